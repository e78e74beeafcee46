// SPDX-License-Identifier: MIT
// swrkit — the nearest valid name to free text (a project title, a path, a pasted name), so that a GUI can
// offer a fix instead of only refusing. Deterministic and locale-free, constexpr and allocation-free in the
// buffer form. The rules, in order (docs/names.md, "Suggestions"):
//   - ASCII letters become lowercase; digits stay;
//   - the Latin letters of Latin-1 Supplement and Latin Extended-A lose their diacritics (é -> e, Ü -> u,
//     ß -> ss, Æ -> ae, Œ -> oe, Þ -> th, Ĳ -> ij);
//   - in a repository, a run of separators, spaces and other characters that holds a '/' becomes one '/'
//     ("Team//App" and "Team / App" -> "team/app": what a person means by a slash); a namespace has no '/',
//     so there a '/' is like any other separator;
//   - any other run that the rules allow between two letters or digits ('.', '_', "__", any run of '-')
//     stays, and any other run of separators, spaces, other characters and bytes that are not UTF-8 becomes
//     one '-';
//   - what starts or ends the text other than a letter or a digit is dropped;
//   - a namespace that would start with a digit gets an 'n' in front ("1org" -> "n1org");
//   - the result is cut at the maximum length (64 or 128 bytes, or the buffer's capacity if smaller), then
//     any separators it ends with are dropped;
//   - the namespace "library", which SWR reserves, becomes "my-library".
// The result is always a valid name, or empty when nothing usable is left (only punctuation, only CJK...).
// A valid name comes back unchanged, so suggesting is idempotent.
#ifndef SWR_SUGGEST_HPP
#define SWR_SUGGEST_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "swr/config.hpp"
#include "swr/name_check.hpp"
#include "swr/utf8.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

// What U+00C0..U+017F become: two bytes per code point, a letter or two ('\0' pads one), or "--" for a
// character that is not a letter (× and ÷).
inline constexpr char latin_transliterations[] =
    "a\0a\0a\0a\0a\0a\0aec\0e\0e\0e\0e\0i\0i\0i\0i\0"    // U+00C0 À Á Â Ã Ä Å Æ Ç È É Ê Ë Ì Í Î Ï
    "d\0n\0o\0o\0o\0o\0o\0--o\0u\0u\0u\0u\0y\0thss"      // U+00D0 Ð Ñ Ò Ó Ô Õ Ö × Ø Ù Ú Û Ü Ý Þ ß
    "a\0a\0a\0a\0a\0a\0aec\0e\0e\0e\0e\0i\0i\0i\0i\0"    // U+00E0 à á â ã ä å æ ç è é ê ë ì í î ï
    "d\0n\0o\0o\0o\0o\0o\0--o\0u\0u\0u\0u\0y\0thy\0"     // U+00F0 ð ñ ò ó ô õ ö ÷ ø ù ú û ü ý þ ÿ
    "a\0a\0a\0a\0a\0a\0c\0c\0c\0c\0c\0c\0c\0c\0d\0d\0"   // U+0100 Ā ā Ă ă Ą ą Ć ć Ĉ ĉ Ċ ċ Č č Ď ď
    "d\0d\0e\0e\0e\0e\0e\0e\0e\0e\0e\0e\0g\0g\0g\0g\0"   // U+0110 Đ đ Ē ē Ĕ ĕ Ė ė Ę ę Ě ě Ĝ ĝ Ğ ğ
    "g\0g\0g\0g\0h\0h\0h\0h\0i\0i\0i\0i\0i\0i\0i\0i\0"   // U+0120 Ġ ġ Ģ ģ Ĥ ĥ Ħ ħ Ĩ ĩ Ī ī Ĭ ĭ Į į
    "i\0i\0ijijj\0j\0k\0k\0k\0l\0l\0l\0l\0l\0l\0l\0"     // U+0130 İ ı Ĳ ĳ Ĵ ĵ Ķ ķ ĸ Ĺ ĺ Ļ ļ Ľ ľ Ŀ
    "l\0l\0l\0n\0n\0n\0n\0n\0n\0n\0n\0n\0o\0o\0o\0o\0"   // U+0140 ŀ Ł ł Ń ń Ņ ņ Ň ň ŉ Ŋ ŋ Ō ō Ŏ ŏ
    "o\0o\0oeoer\0r\0r\0r\0r\0r\0s\0s\0s\0s\0s\0s\0"     // U+0150 Ő ő Œ œ Ŕ ŕ Ŗ ŗ Ř ř Ś ś Ŝ ŝ Ş ş
    "s\0s\0t\0t\0t\0t\0t\0t\0u\0u\0u\0u\0u\0u\0u\0u\0"   // U+0160 Š š Ţ ţ Ť ť Ŧ ŧ Ũ ũ Ū ū Ŭ ŭ Ů ů
    "u\0u\0u\0u\0w\0w\0y\0y\0y\0z\0z\0z\0z\0z\0z\0s\0";  // U+0170 Ű ű Ų ų Ŵ ŵ Ŷ ŷ Ÿ Ź ź Ż ż Ž ž ſ
static_assert(sizeof latin_transliterations == 2 * (0x180 - 0xC0) + 1, "two bytes for each of U+00C0..U+017F");

// Writes a suggestion into out[0, limit): letters and digits as they come, each run of separators between
// two of them once the next one arrives (one '/' when it holds one, kept when the rules allow it, else one '-').
class suggestion_writer {
 public:
  constexpr suggestion_writer(name_kind kind, char* out, std::size_t limit) noexcept
      : kind_(kind), out_(out), limit_(limit) {}

  // Only a repository's '/' arrives as '/': in a namespace it is any other character.
  constexpr void separator(char c) noexcept {
    if (run_length_ < 2) run_[run_length_] = c;
    ++run_length_;
    all_hyphens_ = all_hyphens_ && c == '-';
    holds_slash_ = holds_slash_ || c == '/';
  }

  constexpr void letter_or_digit(char c) noexcept {
    if (full_) return;
    if (size_ == 0) {
      run_length_ = 0;  // separators before the first letter or digit are dropped
      if (kind_ == name_kind::namespace_name && c >= '0' && c <= '9') put('n');
    } else if (run_length_ > 0) {
      put_run();
    }
    put(c);
    run_length_ = 0;
    all_hyphens_ = true;
    holds_slash_ = false;
  }

  // The length of the suggestion, its trailing separators dropped.
  constexpr std::size_t finish() noexcept {
    while (size_ > 0 && !is_letter_or_digit(out_[size_ - 1])) --size_;
    return size_;
  }

 private:
  static constexpr bool is_letter_or_digit(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

  constexpr bool run_allowed() const noexcept {
    if (all_hyphens_) return true;
    if (run_length_ == 2) return run_[0] == '_' && run_[1] == '_';
    return run_length_ == 1 && (run_[0] == '.' || run_[0] == '_');
  }

  constexpr void put_run() noexcept {
    if (holds_slash_) return put('/');
    if (!run_allowed()) return put('-');
    if (all_hyphens_) {
      for (std::size_t i = 0; i < run_length_; ++i) put('-');
    } else {
      for (std::size_t i = 0; i < run_length_; ++i) put(run_[i]);
    }
  }

  constexpr void put(char c) noexcept {
    if (size_ == limit_) {
      full_ = true;
      return;
    }
    out_[size_++] = c;
  }

  name_kind kind_;
  char* out_;
  std::size_t limit_;
  std::size_t size_ = 0;
  bool full_ = false;
  char run_[2] = {};
  std::size_t run_length_ = 0;
  bool all_hyphens_ = true;
  bool holds_slash_ = false;
};

// Feeds one code point (or one byte that is not UTF-8, as `other`) to the writer.
constexpr void suggest_code_point(suggestion_writer& writer, name_kind kind, char32_t cp, bool other) noexcept {
  if (other) return writer.separator('?');
  if (cp >= 'A' && cp <= 'Z') return writer.letter_or_digit(static_cast<char>(cp - 'A' + 'a'));
  if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) return writer.letter_or_digit(static_cast<char>(cp));
  if (cp == '.' || cp == '_' || cp == '-' || (cp == '/' && kind == name_kind::repository)) {
    return writer.separator(static_cast<char>(cp));
  }
  if (cp >= 0xC0 && cp < 0x180) {
    const char* const letters = latin_transliterations + 2 * (cp - 0xC0);
    if (letters[0] == '-') return writer.separator('?');
    writer.letter_or_digit(letters[0]);
    if (letters[1] != '\0') writer.letter_or_digit(letters[1]);
    return;
  }
  writer.separator('?');  // any other character: a space, punctuation, CJK, an emoji...
}

// The code point of the well-formed sequence of `length` bytes at text[i].
constexpr char32_t decode_utf8_at(std::string_view text, std::size_t i, std::size_t length) noexcept {
  const auto byte = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(text[i + k])); };
  if (length == 1) return byte(0);
  char32_t cp = byte(0) & (0x7Fu >> length);
  for (std::size_t k = 1; k < length; ++k) cp = (cp << 6) | (byte(k) & 0x3Fu);
  return cp;
}
}  // namespace detail

/// Writes the suggestion for `text` as a name of `kind` into `out` (at most `capacity` bytes, and never more
/// than the kind's maximum length) and returns its length: 0 when nothing usable is left. No NUL is added.
[[nodiscard]] constexpr std::size_t suggest_name(name_kind kind, std::string_view text, char* out,
                                                 std::size_t capacity) noexcept {
  const std::size_t limit = capacity < max_length(kind) ? capacity : max_length(kind);
  detail::suggestion_writer writer(kind, out, limit);
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8_sequence_length(text, i);
    const bool other = length == 0;  // a byte that starts no well-formed sequence: never copied
    detail::suggest_code_point(writer, kind, other ? U'\0' : detail::decode_utf8_at(text, i, length), other);
    i += other ? 1 : length;
  }
  std::size_t size = writer.finish();
  if (kind == name_kind::namespace_name && std::string_view(out, size) == std::string_view("library")) {
    detail::suggestion_writer reserved(kind, out, limit);  // "my-library", cut to the limit like any other
    for (const char c : std::string_view("my-library")) {
      if (c == '-') {
        reserved.separator(c);
      } else {
        reserved.letter_or_digit(c);
      }
    }
    size = reserved.finish();
  }
  return size;
}

[[nodiscard]] constexpr std::size_t suggest_namespace(std::string_view text, char* out, std::size_t capacity) noexcept {
  return suggest_name(name_kind::namespace_name, text, out, capacity);
}
[[nodiscard]] constexpr std::size_t suggest_repository(std::string_view text, char* out,
                                                       std::size_t capacity) noexcept {
  return suggest_name(name_kind::repository, text, out, capacity);
}

/// The nearest valid namespace to `text`, or "" when nothing usable is left: suggest_namespace("Café Ünïcode")
/// is "cafe-unicode".
[[nodiscard]] SWR_CONSTEXPR_STRING std::string suggest_namespace(std::string_view text) {
  char buffer[namespace_max_length] = {};
  return std::string(buffer, suggest_namespace(text, buffer, sizeof buffer));
}
/// The nearest valid repository name to `text`, or "": a run of separators that holds a '/' becomes one '/',
/// so suggest_repository("/srv//git/My App.git/") is "srv/git/my-app.git".
[[nodiscard]] SWR_CONSTEXPR_STRING std::string suggest_repository(std::string_view text) {
  char buffer[repository_max_length] = {};
  return std::string(buffer, suggest_repository(text, buffer, sizeof buffer));
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_SUGGEST_HPP
