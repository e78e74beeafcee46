// SPDX-License-Identifier: MIT
// swrkit — the names that go on `docker push`: tags, digests and whole image references (docs/references.md).
//
// Tags and digests follow distribution/reference v0.6.0's grammar, as Docker and SWR (a Docker Registry v2
// backend) apply it; SWR documents no tag rule of its own. A reference is parsed as distribution parses it,
// with Docker's rule for whether its first component is a registry; an SWR reference is one whose registry is
// the SWR registry of a known region and whose path is an organization and a repository under swrkit's name
// rules. Everything here is constexpr, noexcept and allocation-free: the parsed parts are views into the text,
// and a built reference is a fixed-size text.
#ifndef SWR_REFERENCE_HPP
#define SWR_REFERENCE_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "swr/config.hpp"
#include "swr/detail/name_masks.hpp"
#include "swr/error.hpp"
#include "swr/host.hpp"
#include "swr/name_check.hpp"
#include "swr/names.hpp"
#include "swr/region_table.hpp"
#include "swr/result.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

// ---- Tags ----

namespace detail {
// GCOVR_EXCL_START: only scan_tag's byte loop uses it (see there)
constexpr bool is_tag_char(char c) noexcept { return is_ascii_alnum(c) || c == '_' || c == '.' || c == '-'; }
// GCOVR_EXCL_STOP

#if SWR_HAS_NAME_MASKS
// At run time, 16 bytes at a time with the name checks' blocks (detail/name_masks.hpp): the bytes outside the
// tag alphabet as a bit mask, the first violation its lowest bit. A tag mixes digits, letters, '.' and '-' from
// byte to byte, where a branch per byte mispredicts (0.4x a table loop; this is about 3x it).
inline std::uint64_t tag_violations(byte_block b) noexcept {
  const byte_block letter =
      reinterpret_cast<byte_block>(((b | splat_byte(0x20)) - splat_byte('a')) <= splat_byte('z' - 'a'));
  const byte_block digit = reinterpret_cast<byte_block>((b - splat_byte('0')) <= splat_byte(9));
  const byte_block other = reinterpret_cast<byte_block>(b == splat_byte('_')) |
                           reinterpret_cast<byte_block>(b == splat_byte('.')) |
                           reinterpret_cast<byte_block>(b == splat_byte('-'));
  return ~movemask_native::of(letter | digit | other) & 0xFFFF;
}

// Precondition: 1 <= n <= tag_max_length.
inline name_check scan_tag_blocks(const char* p, std::size_t n) noexcept {
  const auto first = [](std::uint64_t bad) { return static_cast<std::size_t>(__builtin_ctzll(bad)); };
  std::uint64_t bad = 0;
  std::size_t at = 0;
  if (n < 16) {
    bad = tag_violations(load_short_name(p, n)) & ((std::uint64_t{1} << n) - 1);
  } else {
    for (; at + 16 <= n && bad == 0; at += 16) bad = tag_violations(load_byte_block(p + at));
    if (bad != 0) {
      at -= 16;
    } else if (at < n) {
      at = n - 16;  // the last 16 bytes, overlapping those checked already
      bad = tag_violations(load_byte_block(p + at));
    }
  }
  if (bad != 0 && at + first(bad) == 0) return {name_error::invalid_character, 0};
  if (p[0] == '.' || p[0] == '-') return {name_error::invalid_start, 0};
  return bad == 0 ? name_check{} : name_check{name_error::invalid_character, at + first(bad)};
}
#endif

// The first byte of `text` that no tag may hold there: a byte outside [A-Za-z0-9_.-], or '.' or '-' first.
constexpr name_check scan_tag(std::string_view text) noexcept {
#if SWR_HAS_NAME_MASKS
  if (!SWR_IS_CONSTANT_EVALUATED() && !text.empty() && text.size() <= tag_max_length) {
    return scan_tag_blocks(text.data(), text.size());
  }
#endif
  // GCOVR_EXCL_START: where the masks exist (the coverage build) only constant evaluation runs this loop; the
  // portable configuration (SWRKIT_DISABLE_SIMD) runs it at run time, under the same tests
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_tag_char(text[i])) return {name_error::invalid_character, i};
    if (i == 0 && (text[i] == '.' || text[i] == '-')) return {name_error::invalid_start, 0};
  }
  // GCOVR_EXCL_STOP
  return {};
}
}  // namespace detail

/// Checks a tag: 1-128 bytes of `A-Z a-z 0-9 _ . -`, not starting with '.' or '-'
/// (`[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`). The first violation, in this order: `empty` at 0, `too_long` at 128,
/// then from the left `invalid_character`, or `invalid_start` at 0. Messages: tag_message (name_check.hpp).
[[nodiscard]] constexpr name_check check_tag(std::string_view tag) noexcept {
  if (tag.empty()) return {name_error::empty, 0};
  if (tag.size() > tag_max_length) return {name_error::too_long, tag_max_length};
  return detail::scan_tag(tag);
}

/// As-you-type check: ok when some completion (possibly empty) of `text` is a valid tag. A tag has no end rule,
/// so that is a text of at most 128 bytes without a violation; the empty text is a valid prefix.
[[nodiscard]] constexpr name_check check_tag_prefix(std::string_view text) noexcept {
  if (text.size() > tag_max_length) return {name_error::too_long, tag_max_length};
  return detail::scan_tag(text);
}

[[nodiscard]] constexpr bool is_valid_tag(std::string_view tag) noexcept { return check_tag(tag).ok(); }

// ---- Digests ----

/// The digest algorithms swrkit knows (go-digest's registered ones) and their lengths in hex digits.
struct digest_algorithm {
  std::string_view name;
  std::size_t hex_digits;
};
inline constexpr digest_algorithm digest_algorithms[] = {{"sha256", 64}, {"sha384", 96}, {"sha512", 128}};

/// The fewest hex digits of any digest in the grammar (128 bits).
inline constexpr std::size_t digest_min_hex_digits = 32;

namespace detail {
constexpr bool is_digest_separator(char c) noexcept { return c == '+' || c == '.' || c == '_' || c == '-'; }
constexpr error digest_error(error_code code, std::size_t position) noexcept { return {code, field::digest, position}; }

#if SWR_HAS_NAME_MASKS
// At run time, a digest that starts with a registered algorithm (nearly every digest there is) has its hex digits
// checked 16 at a time. Hex digits mix digits and letters at random, so the byte loop's tests mispredicted every
// few digits, and it read the digits twice (the grammar's, then lowercase): in callgrind, a third of a
// reference's mispredicted branches.

// Bytes from lo to hi as 0xFF: SSE2 compares bytes as signed only, so the range is moved to start at -128, where
// one comparison bounds it (an unsigned <= costs a pminub and a pcmpeqb).
inline byte_block bytes_in(byte_block b, unsigned char lo, unsigned char hi) noexcept {
  typedef signed char signed_block __attribute__((vector_size(16)));
  const signed_block from_lowest =
      reinterpret_cast<signed_block>(b + splat_byte(static_cast<unsigned char>(0x80 - lo)));
  const signed char above = static_cast<signed char>(hi - lo - 127);
  const signed_block bound = {above, above, above, above, above, above, above, above,
                              above, above, above, above, above, above, above, above};
  return reinterpret_cast<byte_block>(from_lowest < bound);
}

inline byte_block not_lowercase_hex(byte_block b) noexcept { return ~(bytes_in(b, '0', '9') | bytes_in(b, 'a', 'f')); }
inline byte_block not_hex(byte_block b) noexcept {
  return ~(bytes_in(b, '0', '9') | bytes_in(b | splat_byte(0x20), 'a', 'f'));
}
inline byte_block uppercase_hex(byte_block b) noexcept { return bytes_in(b, 'A', 'F'); }

// Where in the n >= 1 bytes at p a block test first holds, or n: the first block, then every next one, the last
// moved back to end on byte n - 1 (its bytes already read hold no hit, so its first hit is the text's).
template <class Movemask, class Test>
inline std::size_t first_hit(const char* p, std::size_t n, Test test) noexcept {
  const auto first = [](std::uint64_t m) { return static_cast<std::size_t>(__builtin_ctzll(m)); };
  if (n < 16) {
    const std::uint64_t hits = Movemask::of(test(load_short_name(p, n))) & ((std::uint64_t{1} << n) - 1);
    return hits != 0 ? first(hits) : n;
  }
  for (std::size_t at = 0;; at += 16) {
    if (at + 16 > n) at = n - 16;
    const std::uint64_t hits = Movemask::of(test(load_byte_block(p + at)));
    if (hits != 0) return at + first(hits);
    if (at + 16 == n) return n;
  }
}

// The first `count` (at most 8) bytes of `text` as a little-endian word, as an 8-byte load reads them.
constexpr std::uint64_t little_endian_word(const char* text, unsigned count) noexcept {
  std::uint64_t word = 0;
  for (unsigned i = 0; i < count; ++i) word |= std::uint64_t{static_cast<unsigned char>(text[i])} << (8 * i);
  return word;
}

// The number of hex digits of the registered algorithm whose name and ':' start the 8 or more bytes at p, or 0.
inline std::size_t registered_digest_digits(const char* p) noexcept {
  std::uint64_t word;
  __builtin_memcpy(&word, p, 8);
  word &= 0x00FFFFFFFFFFFFFFU;  // the first 7 bytes
  return word == little_endian_word("sha256:", 7)   ? 64
         : word == little_endian_word("sha384:", 7) ? 96
         : word == little_endian_word("sha512:", 7) ? 128
                                                    : 0;
}

// check_digest of the n bytes at p, which start with a registered algorithm and its ':' (expected: its number of
// digits). The algorithm is then well-formed, so the byte loop's diagnosis is, in its order: the first byte that
// is no hex digit, too few digits, the wrong number of them, the first uppercase one.
template <class Movemask>
inline error check_registered_digest(const char* p, std::size_t n, std::size_t expected) noexcept {
  const char* const hex = p + 7;
  const std::size_t digits = n - 7;
  if (digits == expected) {  // 64, 96 or 128: the first 64 in four blocks, then as many more as there are
    byte_block wrong = not_lowercase_hex(load_byte_block(hex)) | not_lowercase_hex(load_byte_block(hex + 16)) |
                       not_lowercase_hex(load_byte_block(hex + 32)) | not_lowercase_hex(load_byte_block(hex + 48));
    for (std::size_t at = 64; at < expected; at += 16) wrong |= not_lowercase_hex(load_byte_block(hex + at));
    if (Movemask::of(wrong) == 0) return {};
  }
  const std::size_t non_hex = first_hit<Movemask>(hex, digits, not_hex);
  if (non_hex < digits) return digest_error(error_code::invalid_character, 7 + non_hex);
  if (digits < digest_min_hex_digits) return digest_error(error_code::invalid_length, n);
  if (digits != expected) return digest_error(error_code::invalid_length, digits < expected ? n : 7 + expected);
  return digest_error(error_code::invalid_character, 7 + first_hit<Movemask>(hex, digits, uppercase_hex));
}
#endif
}  // namespace detail

namespace detail {
// The byte loop: constant evaluation, the portable configuration, and at run time the digests that do not start
// with a registered algorithm.
constexpr error check_digest_bytes(std::string_view digest) noexcept {
  if (digest.empty()) return digest_error(error_code::empty, 0);
  std::size_t colon = 0;
  bool component_starts = true;  // the next byte starts an algorithm component
  for (; colon < digest.size() && digest[colon] != ':'; ++colon) {
    const char c = digest[colon];
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (component_starts) {
      if (letter) {
        component_starts = false;
      } else if (is_digest_separator(c) && colon > 0) {
        return digest_error(error_code::adjacent_separators, colon);
      } else if (is_digest_separator(c) || (c >= '0' && c <= '9')) {
        return digest_error(error_code::invalid_start, colon);
      } else {
        return digest_error(error_code::invalid_character, colon);
      }
    } else if (is_digest_separator(c)) {
      component_starts = true;
    } else if (!is_ascii_alnum(c)) {
      return digest_error(error_code::invalid_character, colon);
    }
  }
  if (colon == 0) return digest_error(error_code::invalid_start, 0);
  if (colon == digest.size()) return digest_error(error_code::incomplete, digest.size());
  if (component_starts) return digest_error(error_code::invalid_end, colon - 1);
  const std::size_t first_hex = colon + 1;
  if (first_hex == digest.size()) return digest_error(error_code::incomplete, digest.size());
  for (std::size_t i = first_hex; i < digest.size(); ++i) {
    if (!is_ascii_hex(digest[i])) return digest_error(error_code::invalid_character, i);
  }
  const std::size_t hex_digits = digest.size() - first_hex;
  if (hex_digits < digest_min_hex_digits) return digest_error(error_code::invalid_length, digest.size());
  const std::string_view algorithm = digest.substr(0, colon);
  std::size_t expected = 0;
  for (const digest_algorithm& known : digest_algorithms) {
    if (known.name == algorithm) expected = known.hex_digits;
  }
  if (expected == 0) return digest_error(error_code::unsupported_algorithm, 0);
  if (hex_digits != expected) {
    return digest_error(error_code::invalid_length, hex_digits < expected ? digest.size() : first_hex + expected);
  }
  for (std::size_t i = first_hex; i < digest.size(); ++i) {
    if (digest[i] >= 'A' && digest[i] <= 'F') return digest_error(error_code::invalid_character, i);
  }
  return {};
}

}  // namespace detail

/// Checks a digest, `algorithm:hex` (docs/references.md). The first problem, field `digest`, in this order:
/// - `empty` at 0;
/// - the algorithm, components `[A-Za-z][A-Za-z0-9]*` joined by one of `+ . _ -`: `invalid_start` where a
///   component starts otherwise (also an empty algorithm, ":…"), `adjacent_separators` at a second separator,
///   `invalid_character` at a byte outside the grammar, `invalid_end` at a separator right before ':';
/// - `incomplete` at the end when there is no ':' or nothing after it;
/// - `invalid_character` at a byte that is not a hex digit; `invalid_length` at the end when there are fewer
///   than 32 hex digits;
/// - `unsupported_algorithm` (position 0) for an algorithm other than sha256, sha384 and sha512;
/// - `invalid_length` when the hex digits are not exactly 64, 96 or 128 (at the end when too few, at the first
///   one too many otherwise);
/// - `invalid_character` at an uppercase hex digit: the registered algorithms are written in lowercase.
[[nodiscard]] constexpr error check_digest(std::string_view digest) noexcept {
#if SWR_HAS_NAME_MASKS
  if (!SWR_IS_CONSTANT_EVALUATED() && digest.size() >= 8) {  // GCOVR_EXCL_BR_LINE: constant evaluation
    const std::size_t expected = detail::registered_digest_digits(digest.data());
    if (expected != 0) {
      return detail::check_registered_digest<detail::movemask_native>(digest.data(), digest.size(), expected);
    }
  }
#endif
  return detail::check_digest_bytes(digest);
}

[[nodiscard]] constexpr bool is_valid_digest(std::string_view digest) noexcept { return check_digest(digest).ok(); }

// ---- References ----

/// The longest path of an image reference, its registry not counted (distribution's RepositoryNameTotalLengthMax).
inline constexpr std::size_t image_path_max_length = 255;

/// An image reference, `[registry/]path[:tag][\@digest]`, as views into the parsed text; a part that is absent
/// is empty. `registry` holds its port, if any (`localhost:5000`).
struct image_reference {
  std::string_view registry;
  std::string_view path;
  std::string_view tag;
  std::string_view digest;
};

namespace detail {
// Shifts a part's diagnosis to its place in the whole text.
constexpr error at_offset(error e, std::size_t offset) noexcept {
  e.position += offset;
  return e;
}
constexpr error from_name_check(name_check c, swr::field f, std::size_t offset) noexcept {
  return {static_cast<error_code>(c.error), f, c.position + offset};
}

// A registry, distribution's `host [':' port]`: DNS components `[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?` joined by
// '.', or a bracketed IPv6 address `\[[0-9A-Fa-f:]+\]`; then optionally ':' and digits. `invalid_host` at the
// first byte that does not fit.
constexpr error check_registry(std::string_view text) noexcept {
  const auto bad = [](std::size_t at) { return error{error_code::invalid_host, field::registry, at}; };
  std::size_t i = 0;
  if (!text.empty() && text[0] == '[') {
    for (i = 1; i < text.size() && (is_ascii_hex(text[i]) || text[i] == ':'); ++i) {
    }
    if (i == 1 || i == text.size() || text[i] != ']') return bad(i);
    ++i;
  } else {
    bool component_starts = true;
    for (; i < text.size() && text[i] != ':'; ++i) {
      const char c = text[i];
      if (is_ascii_alnum(c)) {
        component_starts = false;
      } else if (c == '-' && !component_starts) {
      } else if (c == '.' && !component_starts && text[i - 1] != '-') {
        component_starts = true;
      } else {
        return bad(c == '.' && i > 0 && text[i - 1] == '-' ? i - 1 : i);  // "a-.b": the '-' ends a component
      }
    }
    if (component_starts) return bad(i == 0 ? 0 : i - (i < text.size() ? 0 : 1));
    if (text[i - 1] == '-') return bad(i - 1);
  }
  if (i == text.size()) return {};
  if (text[i] != ':' || i + 1 == text.size()) return bad(i + (text[i] == ':' ? 1 : 0));
  for (std::size_t p = i + 1; p < text.size(); ++p) {
    if (text[p] < '0' || text[p] > '9') return bad(p);
  }
  return {};
}

// The path: components of lowercase letters and digits joined by '.', '_', "__" or runs of '-', separated by
// '/' (the repository grammar of docs/names.md), at most 255 bytes.
constexpr error check_image_path(std::string_view path, std::size_t offset) noexcept {
  if (path.empty()) return {error_code::empty, field::image_path, offset};
  if (path.size() > image_path_max_length)
    return {error_code::too_long, field::image_path, offset + image_path_max_length};
  const name_scan_result scanned = scan_name(name_kind::repository, path);
  if (!scanned.first_violation.ok()) return from_name_check(scanned.first_violation, field::image_path, offset);
  if (scanned.ends_with_separator) return {error_code::invalid_end, field::image_path, offset + path.size() - 1};
  return {};
}

// Docker's rule: the first component of a name with a '/' is a registry when it holds '.' or ':', is
// "localhost", or has an uppercase letter.
constexpr bool is_registry_component(std::string_view first) noexcept {
  if (first == std::string_view("localhost")) return true;
  for (const char c : first) {
    if (c == '.' || c == ':' || (c >= 'A' && c <= 'Z')) return true;
  }
  return false;
}

// Splits `[name][:tag][\@digest]` where the name holds no '@' and the tag's ':' is the first after the name's
// last '/': name, tag and digest, each with where it starts (npos for an absent tag or digest).
struct reference_parts {
  std::string_view name, tag, digest;
  std::size_t tag_at = std::string_view::npos, digest_at = std::string_view::npos;
};
constexpr reference_parts split_reference(std::string_view text) noexcept {
  reference_parts parts;
  const std::size_t at = text.find('@');
  std::string_view name = text.substr(0, at);
  if (at != std::string_view::npos) {
    parts.digest_at = at + 1;
    parts.digest = text.substr(at + 1);
  }
  const std::size_t slash = name.rfind('/');
  const std::size_t colon = name.find(':', slash == std::string_view::npos ? 0 : slash + 1);
  if (colon != std::string_view::npos) {
    parts.tag_at = colon + 1;
    parts.tag = name.substr(colon + 1);
    name = name.substr(0, colon);
  }
  parts.name = name;
  return parts;
}

// The tag and the digest of a reference, where present, checked in that order.
constexpr error check_tag_and_digest(const reference_parts& parts) noexcept {
  if (parts.tag_at != std::string_view::npos) {
    const name_check tag = check_tag(parts.tag);
    if (!tag.ok()) return from_name_check(tag, field::tag, parts.tag_at);
  }
  if (parts.digest_at != std::string_view::npos) {
    const error digest = check_digest(parts.digest);
    if (!digest.ok()) return at_offset(digest, parts.digest_at);
  }
  return {};
}
}  // namespace detail

namespace detail {
// The byte path: constant evaluation, the portable configuration, and at run time the rare references that the
// masks below do not take (a name and tag of more than 128 bytes).
constexpr result<image_reference, error> parse_image_reference_bytes(std::string_view text) noexcept {
  const detail::reference_parts parts = detail::split_reference(text);
  image_reference reference{{}, parts.name, parts.tag, parts.digest};
  std::size_t path_at = 0;
  const std::size_t slash = parts.name.find('/');
  if (slash != std::string_view::npos && detail::is_registry_component(parts.name.substr(0, slash))) {
    reference.registry = parts.name.substr(0, slash);
    reference.path = parts.name.substr(slash + 1);
    path_at = slash + 1;
    const error registry = detail::check_registry(reference.registry);
    if (!registry.ok()) return unexpected(registry);
  }
  error e = detail::check_image_path(reference.path, path_at);
  if (e.ok()) e = detail::check_tag_and_digest(parts);
  if (!e.ok()) return unexpected(e);
  return reference;
}

#if SWR_HAS_NAME_MASKS
// At run time, one pass classifies every byte of the reference's name and tag (the text before its first '@') 16
// at a time into four masks, one bit a byte, and every part is checked from the same masks, without a branch: the
// cuts ('@', the last '/', the tag's ':'), Docker's rule, a DNS registry and its port, the path (the name checks'
// rules), the tag. The byte loops cost a mispredicted branch every few bytes, where the parts mix classes of
// bytes at random (and libstdc++'s rfind reads byte by byte); here a valid reference takes one branch or two. Only
// a part found wrong is diagnosed, in the byte path's order: the path and the tag from the masks, a registry by
// check_registry's byte loop.
//
// Four bits tell apart the ten classes of bytes that matter: the name masks' three (detail/name_masks.hpp), with
// ':' and '@', which are outside the path's alphabet, added to the second and the third, and a fourth for the
// letters of either case and '/':
//
//   byte   valid  dot_under_colon  under_hyphen_at  letter_slash
//   a-z      1          0                0               1
//   0-9      1          0                0               0
//   .        1          1                0               0
//   /        1          1                0               1
//   _        1          1                1               0
//   -        1          0                1               0
//   A-Z      0          0                0               1
//   :        0          1                0               0
//   @        0          0                1               0
//   other    0          0                0               0
template <class Mask>
struct reference_masks {
  Mask valid = 0, dot_under_colon = 0, under_hyphen_at = 0, letter_slash = 0;
};

// GCOVR_EXCL_BR_START: these templates have a copy for each width of masks, each movemask and each translation
// unit that parses a reference, and gcovr counts each copy's branches apart, though the linker keeps one (at -O0
// GCC also lowers the block arithmetic with branch points of its own, as in name_masks.hpp). Their behaviour is
// held to the byte path instead, at every position of every length, by reference_test.cpp and the fuzzers.
template <class Movemask>
inline reference_masks<std::uint64_t> classify_reference_block(byte_block b) noexcept {
  const byte_block under = reinterpret_cast<byte_block>(b == splat_byte('_'));
  const byte_block slash = reinterpret_cast<byte_block>(b == splat_byte('/'));
  reference_masks<std::uint64_t> m;
  m.letter_slash = Movemask::of(bytes_in(b | splat_byte(0x20), 'a', 'z') | slash);
  m.dot_under_colon = Movemask::of(reinterpret_cast<byte_block>(b == splat_byte('.')) | slash | under |
                                   reinterpret_cast<byte_block>(b == splat_byte(':')));
  m.under_hyphen_at = Movemask::of(under | reinterpret_cast<byte_block>(b == splat_byte('-')) |
                                   reinterpret_cast<byte_block>(b == splat_byte('@')));
  m.valid = Movemask::of(bytes_in(b, '-', '9') | bytes_in(b, 'a', 'z') | under);  // '-' '.' '/' 0-9: 0x2D..0x39
  return m;
}

// The masks of the first 64 bytes of a text of n >= 16 bytes: blocks at 0, 16, 32 and 48, each moved back to end on
// byte n - 1 when it would pass it, its bits shifted to where its bytes are. A block so moved repeats bytes that
// the last block holds too, at the same bits, so OR-ing it in changes nothing: four loads, no branch on the
// length, one shift a mask.
template <class Movemask>
__attribute__((always_inline)) inline reference_masks<std::uint64_t> reference_mask_word(const char* p,
                                                                                         std::size_t n) noexcept {
  reference_masks<std::uint64_t> word;
#pragma GCC unroll 4
  for (std::size_t k = 0; k < 4; ++k) {
    const std::size_t at = k == 0 || 16 * k + 16 <= n ? 16 * k : n - 16;
    const reference_masks<std::uint64_t> m = classify_reference_block<Movemask>(load_byte_block(p + at));
    word.valid |= m.valid << at;
    word.dot_under_colon |= m.dot_under_colon << at;
    word.under_hyphen_at |= m.under_hyphen_at << at;
    word.letter_slash |= m.letter_slash << at;
  }
  return word;
}

// The masks of the first 128 bytes of a text of n > 64 bytes, the same way, given those of the first 64.
template <class Movemask>
inline reference_masks<name_mask128> reference_mask_words(const char* p, std::size_t n,
                                                          const reference_masks<std::uint64_t>& low) noexcept {
  reference_masks<name_mask128> both{low.valid, low.dot_under_colon, low.under_hyphen_at, low.letter_slash};
#pragma GCC unroll 4
  for (std::size_t k = 4; k < 8; ++k) {
    const std::size_t at = 16 * k + 16 <= n ? 16 * k : n - 16;
    const reference_masks<std::uint64_t> m = classify_reference_block<Movemask>(load_byte_block(p + at));
    both.valid |= static_cast<name_mask128>(m.valid) << at;
    both.dot_under_colon |= static_cast<name_mask128>(m.dot_under_colon) << at;
    both.under_hyphen_at |= static_cast<name_mask128>(m.under_hyphen_at) << at;
    both.letter_slash |= static_cast<name_mask128>(m.letter_slash) << at;
  }
  return both;
}

template <class Mask>
inline Mask lowest_set(Mask m) noexcept {  // the lowest set bit alone, 0 for 0
  return m & (~m + 1);
}
inline unsigned highest_bit(std::uint64_t m) noexcept { return 63 - static_cast<unsigned>(__builtin_clzll(m)); }
inline unsigned highest_bit(name_mask128 m) noexcept {
  const auto high = static_cast<std::uint64_t>(m >> 64);
  return high != 0 ? 64 + highest_bit(high) : highest_bit(static_cast<std::uint64_t>(m));
}

// A view of `size` bytes at `data` when `present`, else the empty view {} that the byte path gives an absent part;
// without a branch, since whether a part is there changes at random from one reference to the next.
inline std::string_view view_if(bool present, const char* data, std::size_t size) noexcept {
  const std::uintptr_t keep = std::uintptr_t{0} - std::uintptr_t{present};
  return {reinterpret_cast<const char*>(reinterpret_cast<std::uintptr_t>(data) & keep), size & keep};
}

// Docker's "localhost": the 9 bytes at p, which are in the text.
inline bool is_localhost(const char* p) noexcept {
  std::uint64_t word;
  __builtin_memcpy(&word, p, 8);
  return word == little_endian_word("localhost", 8) && p[8] == 't';
}

// The digest after the '@' at `at`: check_digest, with the caller's movemask.
template <class Movemask>
inline error check_reference_digest(std::string_view text, std::size_t at) noexcept {
  const std::string_view digest(text.data() + at + 1, text.size() - at - 1);
  const std::size_t expected = digest.size() >= 8 ? registered_digest_digits(digest.data()) : 0;
  const error e = expected != 0 ? check_registered_digest<Movemask>(digest.data(), digest.size(), expected)
                                : check_digest_bytes(digest);
  return e.ok() ? e : at_offset(e, at + 1);
}

// parse_image_reference from the masks of a text whose first `end` bytes (its name and tag; end is less than the
// masks' width) they cover. The parts are masks, their bits the part's bytes, and the rules set a bit where a
// part breaks one; positions are needed only for the views of a valid reference, and for diagnosing. Inlined, so
// that the masks stay in registers.
template <class Movemask, class Mask>
__attribute__((always_inline)) inline result<image_reference, error> reference_from_masks(
    std::string_view text, const reference_masks<Mask>& m, std::size_t end) noexcept {
  const char* const p = text.data();
  const Mask end_bit = Mask{1} << end, name_and_tag = end_bit - 1;
  const Mask slash = m.dot_under_colon & m.letter_slash & name_and_tag;
  const Mask colon = m.dot_under_colon & ~m.valid & name_and_tag;
  const Mask dot = m.dot_under_colon & m.valid & ~m.under_hyphen_at & ~m.letter_slash;
  const Mask hyphen = m.under_hyphen_at & m.valid & ~m.dot_under_colon;
  const Mask upper = m.letter_slash & ~m.valid;

  // The tag's ':' is the first after the last '/' (a text without '/' shifts its one bit out).
  const Mask through_last_slash = ((Mask{2} << highest_bit(slash | 1)) - 1) >> (slash == 0 ? 1 : 0);
  const Mask tag_colon = lowest_set(colon & ~through_last_slash);
  const Mask name = name_and_tag & (tag_colon - 1);  // all of name_and_tag without a tag
  const Mask tag = name_and_tag & ~name & ~tag_colon;

  // Docker's rule: the first component is a registry when a '/' follows it and it holds '.', ':' or an
  // uppercase letter, or is "localhost".
  const Mask first_slash = lowest_set(slash), first_component = (first_slash - 1) & through_last_slash;
  bool registry = ((dot | colon | upper) & first_component) != 0;
  if (((first_slash ^ Mask{1} << 9) | Mask{registry}) == 0) registry = is_localhost(p);  // one branch, rarely taken
  const Mask is_registry = Mask{0} - Mask{registry};
  const Mask path = name & ~((first_component | first_slash) & is_registry);

  // The registry: DNS components [A-Za-z0-9] ([A-Za-z0-9-]* [A-Za-z0-9])? joined by '.', then ':' and digits.
  // Before the first violation, a component starts at 0 and after each '.'. Its rules are read on the first
  // component whether or not it is one, and the verdict applied last: they need not wait for it.
  const Mask port_colon = lowest_set(colon & first_component);
  const Mask host = first_component & (port_colon - 1), port = first_component & ~host & ~port_colon;
  const Mask alnum = (m.valid | m.letter_slash) & ~(m.dot_under_colon | m.under_hyphen_at);
  const Mask digit = m.valid & ~(m.dot_under_colon | m.under_hyphen_at | m.letter_slash);
  const Mask separator = dot | hyphen;
  const Mask registry_wrong =
      ((host & (~(alnum | separator) | (separator & (Mask{1} | dot << 1)) | (dot & hyphen << 1))) |
       (separator & host & ~(host >> 1)) |                   // a component that ends with '.' or '-'
       (port_colon & (Mask{1} | ~(first_component >> 1))) |  // no host, or no port after the ':'
       (port & ~digit)) &
      is_registry;

  // The path: the name masks' rules (scan_name_masks), and a separator first or last.
  const Mask path_sep = (m.dot_under_colon | m.under_hyphen_at) & m.valid & path;
  const Mask under = m.dot_under_colon & m.under_hyphen_at & path, path_hyphen = hyphen & path;
  const Mask pairs_allowed = (under & under << 1) | (path_hyphen & path_hyphen << 1);
  const Mask path_invalid = path & ~m.valid, path_first = path & ~(path << 1);
  const Mask third_underscore = under & under << 1 & under << 2;
  const Mask path_violations =
      path_invalid | third_underscore | (path_sep & path_sep << 1 & ~pairs_allowed) | (path_sep & path_first);
  const Mask path_wrong = path_violations | (path_sep & ~(path >> 1)) | Mask{path == 0};

  // The tag: [A-Za-z0-9_.-], not empty, not starting with '.' or '-'.
  const Mask tag_first = tag & ~(tag << 1);
  const Mask tag_invalid = tag & ~((m.valid | m.letter_slash) & ~slash);
  const Mask tag_wrong = tag_invalid | (separator & tag_first) | (tag_colon & end_bit >> 1);

  // Where the parts are, as the views need them.
  const std::size_t name_end = name_lowest_bit(tag_colon | end_bit);
  const std::size_t path_at = (name_lowest_bit(first_slash | end_bit) + 1) & (std::size_t{0} - std::size_t{registry});
  if ((registry_wrong | path_wrong | tag_wrong) != 0) {
    // The first part found wrong, diagnosed as the byte path does: the registry by check_registry, which finds
    // a bracketed IPv6 address valid (the masks take it for a DNS name: rare enough to leave to the loop); the
    // path as check_image_path (scan_name_masks' order) and the tag as check_tag do, from their masks.
    if (registry_wrong != 0) {
      const error e = check_registry(std::string_view(p, path_at - 1));
      if (!e.ok()) return unexpected(e);
    }
    if (path_wrong != 0) {
      if (path == 0) return unexpected(error{error_code::empty, field::image_path, path_at});
      if (path_violations != 0) {
        const std::size_t i = name_lowest_bit(path_violations);
        const error_code code = name_bit(path_invalid, i)       ? error_code::invalid_character
                                : i == path_at                  ? error_code::invalid_start
                                : name_bit(third_underscore, i) ? error_code::too_many_underscores
                                                                : error_code::adjacent_separators;
        return unexpected(error{code, field::image_path, i});
      }
      return unexpected(error{error_code::invalid_end, field::image_path, name_end - 1});
    }
    if (tag_wrong != 0) {
      const std::size_t tag_at = name_end + 1;
      if (tag == 0) return unexpected(error{error_code::empty, field::tag, tag_at});
      if ((tag_invalid & tag_first) == 0 && (separator & tag_first) != 0) {
        return unexpected(error{error_code::invalid_start, field::tag, tag_at});
      }
      return unexpected(error{error_code::invalid_character, field::tag, name_lowest_bit(tag_invalid)});
    }
  }
  const bool has_tag = tag_colon != 0;
  image_reference reference{view_if(registry, p, path_at - 1),
                            std::string_view(p + path_at, name_end - path_at),
                            view_if(has_tag, p + name_end + std::size_t{has_tag}, end - name_end - 1),
                            {}};
  if (end < text.size()) {
    const error e = check_reference_digest<Movemask>(text, end);
    if (!e.ok()) return unexpected(e);
    reference.digest = std::string_view(p + end + 1, text.size() - end - 1);
  }
  return reference;
}

// The masks of the first 64 bytes, then, when no '@' ends the name and tag there, of the first 128 (a long tag,
// or a long path); beyond, the byte path. The empty text has no bytes to classify.
template <class Movemask = movemask_native>
inline result<image_reference, error> parse_image_reference_masks(std::string_view text) noexcept {
  const char* const p = text.data();
  const std::size_t n = text.size();
  if (n == 0) return parse_image_reference_bytes(text);
  const reference_masks<std::uint64_t> low =
      n < 16 ? classify_reference_block<Movemask>(load_short_name(p, n)) : reference_mask_word<Movemask>(p, n);
  // The end of the name and tag: the first '@', or n; when neither is in the first 64 bytes (rare), wider masks.
  const std::uint64_t at = low.under_hyphen_at & ~low.valid;
  if ((at | std::uint64_t{n < 64}) != 0) {                                 // one branch, rarely not taken
    const std::size_t end = name_lowest_bit(at | std::uint64_t{1} << 63);  // without an '@', 63 >= n
    return reference_from_masks<Movemask>(text, low, end < n ? end : n);
  }
  const reference_masks<name_mask128> both =
      n > 64 ? reference_mask_words<Movemask>(p, n, low)
             : reference_masks<name_mask128>{low.valid, low.dot_under_colon, low.under_hyphen_at, low.letter_slash};
  const name_mask128 at128 = both.under_hyphen_at & ~both.valid;
  if (at128 == 0 && n >= 128) return parse_image_reference_bytes(text);
  return reference_from_masks<Movemask>(text, both, at128 != 0 ? name_lowest_bit(at128) : n);
}
// GCOVR_EXCL_BR_STOP
#endif
}  // namespace detail

/// Parses an image reference, `[registry/]path[:tag][\@digest]`, by distribution/reference v0.6.0's grammar
/// (docs/references.md). The parts are views into `text`, which must outlive them. The registry (Docker's rule decides
/// whether the first component is one) a DNS name or a bracketed IPv6 address with an optional port; the path lowercase
/// components joined by `.`, `_`, `__` or runs of `-`, separated by `/`, at most 255 bytes; the tag as check_tag; the
/// digest as check_digest. The first problem from the left, with its field (`registry`, `image_path`, `tag`, `digest`)
/// and its byte in `text`.
[[nodiscard]] constexpr result<image_reference, error> parse_image_reference(
    std::string_view text SWR_LIFETIMEBOUND) noexcept {
#if SWR_HAS_NAME_MASKS
  if (!SWR_IS_CONSTANT_EVALUATED()) {  // GCOVR_EXCL_BR_LINE: constant evaluation
    return detail::parse_image_reference_masks(text);
  }
#endif
  // Where the masks exist (the coverage build), only constant evaluation comes here; the portable configuration
  // (SWRKIT_DISABLE_SIMD) comes here at run time, under the same tests.
  return detail::parse_image_reference_bytes(text);  // GCOVR_EXCL_LINE
}

/// An image reference in SWR, as views into the parsed text: `registry` is the SWR registry of `region`;
/// `repository` may hold '/'; `tag` and `digest` are empty when absent.
struct swr_image_reference {
  std::string_view registry;
  std::string_view region;
  std::string_view namespace_name;
  std::string_view repository;
  std::string_view tag;
  std::string_view digest;
};

namespace detail {
// The region whose registry `text` is, or nullptr.
constexpr const region* region_of_registry(std::string_view text) noexcept {
  for (const region& r : regions) {
    if (r.registry == text) return &r;
  }
  return nullptr;
}

// How far `text` agrees with some known registry: where no known registry has the byte that `text` has.
constexpr std::size_t registry_mismatch(std::string_view text) noexcept {
  std::size_t longest = 0;
  for (const region& r : regions) {
    std::size_t n = 0;
    while (n < text.size() && n < r.registry.size() && text[n] == r.registry[n]) ++n;
    if (n > longest) longest = n;
  }
  return longest;
}
}  // namespace detail

/// Parses an image reference in SWR: `swr.<region>.myhuaweicloud.com/<organization>/<repository>[:tag][\@digest]`
/// (`swr.eu-west-101.myhuaweicloud.eu` for eu-west-101), no port. The organization is checked as check_namespace
/// does and the repository (the rest of the path, `/` allowed) as check_repository does, their diagnoses moved
/// to their place in `text`; the tag and the digest as parse_image_reference. The first problem from the left:
/// `unknown_registry` (field `registry`) where the registry stops being the SWR registry of a known region;
/// then the organization's (field `namespace`), the repository's (field `repository`: `empty` at the end of the
/// path when there is none), the tag's and the digest's.
[[nodiscard]] constexpr result<swr_image_reference, error> parse_swr_image_reference(
    std::string_view text SWR_LIFETIMEBOUND) noexcept {
  const std::size_t slash = text.find('/');
  const std::string_view registry = text.substr(0, slash);
  const region* r = detail::region_of_registry(registry);
  if (r == nullptr || slash == std::string_view::npos) {
    const std::size_t at = r == nullptr ? detail::registry_mismatch(registry) : text.size();
    return unexpected(error{error_code::unknown_registry, field::registry, at});
  }
  detail::reference_parts parts = detail::split_reference(text.substr(slash + 1));
  const std::size_t path_at = slash + 1;
  if (parts.tag_at != std::string_view::npos) parts.tag_at += path_at;
  if (parts.digest_at != std::string_view::npos) parts.digest_at += path_at;
  const std::size_t organization_end = parts.name.find('/');
  const std::string_view organization = parts.name.substr(0, organization_end);
  const name_check organization_check = check_namespace(organization);
  if (!organization_check.ok()) {
    return unexpected(detail::from_name_check(organization_check, field::namespace_name, path_at));
  }
  const std::string_view repository =
      organization_end == std::string_view::npos ? std::string_view() : parts.name.substr(organization_end + 1);
  const name_check repository_check = check_repository(repository);
  if (!repository_check.ok()) {
    const std::size_t repository_at =
        organization_end == std::string_view::npos ? path_at + parts.name.size() : path_at + organization_end + 1;
    return unexpected(detail::from_name_check(repository_check, field::repository, repository_at));
  }
  const error e = detail::check_tag_and_digest(parts);
  if (!e.ok()) return unexpected(e);
  return swr_image_reference{registry, r->id, organization, repository, parts.tag, parts.digest};
}

// ---- Building references ----

/// The image registry of a region (`docker login`, `docker push`): `swr.<region>.myhuaweicloud.com`, and
/// `swr.eu-west-101.myhuaweicloud.eu`. `unknown_region` (field `region`) for an id that is not in `regions`.
[[nodiscard]] constexpr result<std::string_view, error> registry_host(std::string_view region_id) noexcept {
  for (const region& r : regions) {
    if (r.id == region_id) return r.registry;
  }
  return unexpected(error{error_code::unknown_region, field::region, 0});
}

namespace detail {
constexpr std::size_t longest_registry() noexcept {
  std::size_t longest = 0;
  for (const region& r : regions) longest = r.registry.size() > longest ? r.registry.size() : longest;
  return longest;
}
}  // namespace detail

/// The longest reference to_image_reference makes: the longest registry, an organization, a repository and the
/// longer of a tag and a sha512 digest, with their separators.
inline constexpr std::size_t image_reference_max_length =
    detail::longest_registry() + 1 + namespace_max_length + 1 + repository_max_length + 1 + (7 + 128);

/// A reference that to_image_reference built, in a buffer of its own (no allocation).
struct image_reference_text {
  char text[image_reference_max_length + 1] = {};  ///< NUL-terminated
  std::size_t size = 0;

  // The views borrow `text`: a view of a temporary dangles, which Clang diagnoses (SWR_LIFETIMEBOUND).
  [[nodiscard]] constexpr std::string_view view() const noexcept SWR_LIFETIMEBOUND { return {text, size}; }
  constexpr operator std::string_view() const noexcept SWR_LIFETIMEBOUND { return view(); }
};

namespace detail {
constexpr void append(image_reference_text& out, std::string_view part) noexcept {
  for (const char c : part) out.text[out.size++] = c;
  out.text[out.size] = '\0';
}

// Checks the region, the organization and the repository, in that order, and writes registry/org/repo.
constexpr result<image_reference_text, error> reference_base(std::string_view region_id, std::string_view organization,
                                                             std::string_view repository) noexcept {
  const result<std::string_view, error> registry = registry_host(region_id);
  if (!registry) return unexpected(registry.error());
  const name_check organization_check = check_namespace(organization);
  if (!organization_check.ok()) return unexpected(from_name_check(organization_check, field::namespace_name, 0));
  const name_check repository_check = check_repository(repository);
  if (!repository_check.ok()) return unexpected(from_name_check(repository_check, field::repository, 0));
  image_reference_text out;
  append(out, *registry);
  append(out, "/");
  append(out, organization);
  append(out, "/");
  append(out, repository);
  return out;
}
}  // namespace detail

/// The reference to push to: `swr.<region>.myhuaweicloud.com/<organization>/<repository>:<tag>`, after checking the
/// region (`unknown_region`, field `region`), the organization and the repository (their name checks, fields
/// `namespace` and `repository`) and the tag (check_tag, field `tag`), in that order. Positions are in the part.
[[nodiscard]] constexpr result<image_reference_text, error> to_image_reference(std::string_view region_id,
                                                                               std::string_view organization,
                                                                               std::string_view repository,
                                                                               std::string_view tag) noexcept {
  result<image_reference_text, error> out = detail::reference_base(region_id, organization, repository);
  if (!out) return out;
  const name_check tag_check = check_tag(tag);
  if (!tag_check.ok()) return unexpected(detail::from_name_check(tag_check, field::tag, 0));
  detail::append(*out, ":");
  detail::append(*out, tag);
  return out;
}

/// The same with a digest instead of a tag: `…/<repository>\@<digest>`, the digest checked as check_digest does.
[[nodiscard]] constexpr result<image_reference_text, error> to_image_reference_with_digest(
    std::string_view region_id, std::string_view organization, std::string_view repository,
    std::string_view digest) noexcept {
  result<image_reference_text, error> out = detail::reference_base(region_id, organization, repository);
  if (!out) return out;
  const error digest_check = check_digest(digest);
  if (!digest_check.ok()) return unexpected(digest_check);
  detail::append(*out, "@");
  detail::append(*out, digest);
  return out;
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_REFERENCE_HPP
