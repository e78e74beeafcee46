// Tests for swr/reference.hpp against docs/references.md: tags, digests, image references by distribution/reference
// v0.6.0's grammar with Docker's registry rule, SWR references under swrkit's name rules, and building them.
// The differential test against the grammar's regular expressions is reference_grammar_test.cpp.
#include "swr/swr.hpp"

#include <cstddef>
#include <iterator>
#include <random>
#include <regex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "guarded_page.hpp"
#include "test_support.hpp"

using swr::error;
using swr::error_code;
using swr::field;
using swr::name_check;
using swr::name_error;

namespace {
constexpr name_check tag_at(name_error e, std::size_t position) { return {e, position}; }
constexpr error fault(error_code code, field f, std::size_t position) { return {code, f, position}; }

// The diagnosis of parse_image_reference: none when it parses.
constexpr error reference_error(std::string_view text) {
  const auto parsed = swr::parse_image_reference(text);
  return parsed ? error{} : parsed.error();
}
constexpr error swr_reference_error(std::string_view text) {
  const auto parsed = swr::parse_swr_image_reference(text);
  return parsed ? error{} : parsed.error();
}

const std::string sha256_hex(64, 'a');
const std::string sha384_hex(96, 'b');
const std::string sha512_hex(128, 'c');

using swr_test::repeated;
}  // namespace

// In constant expressions, in C++17.
// The byte before a registry that starts with '.' is never read (a constant expression would refuse to).
static_assert(swr::parse_image_reference(".example.com/app").error() ==
              error{error_code::invalid_host, field::registry, 0});
static_assert(swr::is_valid_tag("v1.2"));
static_assert(!swr::is_valid_tag(".hidden"));
static_assert(swr::is_valid_digest("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
static_assert(swr::parse_image_reference("swr.cn-north-4.myhuaweicloud.com/my-org/team/app:v1.2")->path ==
              "my-org/team/app");
static_assert(swr::parse_swr_image_reference("swr.cn-north-4.myhuaweicloud.com/my-org/team/app:v1.2")->region ==
              "cn-north-4");
static_assert(swr::to_image_reference("cn-north-4", "my-org", "team/app", "v1")->view() ==
              "swr.cn-north-4.myhuaweicloud.com/my-org/team/app:v1");
static_assert(*swr::registry_host("eu-west-101") == "swr.eu-west-101.myhuaweicloud.eu");

TEST_CASE("check_tag: distribution's rule, 1-128 of [A-Za-z0-9_.-], not starting with '.' or '-'") {
  for (const char* good : {"v1", "latest", "V1.2.3-rc.1", "_v1", "1", "a-b_c.d", "UPPER", "x..y", "x--"}) {
    CAPTURE(good);
    CHECK(swr::check_tag(good).ok());
  }
  CHECK(swr::check_tag("") == tag_at(name_error::empty, 0));
  CHECK(swr::check_tag(".v1") == tag_at(name_error::invalid_start, 0));
  CHECK(swr::check_tag("-v1") == tag_at(name_error::invalid_start, 0));
  CHECK(swr::check_tag("v1+build") == tag_at(name_error::invalid_character, 2));
  CHECK(swr::check_tag("v1:2") == tag_at(name_error::invalid_character, 2));
  CHECK(swr::check_tag("$v") == tag_at(name_error::invalid_character, 0));
  CHECK(swr::check_tag("v\xC3\xA9") == tag_at(name_error::invalid_character, 1));
  CHECK(swr::check_tag(std::string(128, 'a')).ok());
  CHECK(swr::check_tag(std::string(129, 'a')) == tag_at(name_error::too_long, 128));
  CHECK(swr::check_tag(std::string(129, '$')) == tag_at(name_error::too_long, 128));  // the length first
  // Every byte value in first and in later places.
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    const bool allowed =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
    CAPTURE(b);
    const name_check first = swr::check_tag(std::string(1, c) + "a");
    CHECK(first == (!allowed               ? tag_at(name_error::invalid_character, 0)
                    : c == '.' || c == '-' ? tag_at(name_error::invalid_start, 0)
                                           : name_check{}));
    CHECK(swr::check_tag(std::string("a") + c) == (allowed ? name_check{} : tag_at(name_error::invalid_character, 1)));
  }
}

TEST_CASE("check_tag: the 16-byte blocks agree with a byte-at-a-time reading at every position of every length") {
  // An independent reading of the rule, against which the run-time blocks (and their last, overlapping block)
  // are held; '.' and '-' are tried first too, where the start rule meets the alphabet.
  const auto oracle = [](std::string_view t) -> name_check {
    if (t.empty()) return tag_at(name_error::empty, 0);
    if (t.size() > 128) return tag_at(name_error::too_long, 128);
    for (std::size_t i = 0; i < t.size(); ++i) {
      const char c = t[i];
      const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                      c == '.' || c == '-';
      if (!ok) return tag_at(name_error::invalid_character, i);
      if (i == 0 && (c == '.' || c == '-')) return tag_at(name_error::invalid_start, 0);
    }
    return {};
  };
  std::size_t checked = 0;
  for (std::size_t n = 1; n <= 130; ++n) {
    std::string base;
    for (std::size_t i = 0; i < n; ++i) base += "aZ9_.-"[i % 6];
    base[0] = 'v';
    CHECK(swr::check_tag(base) == oracle(base));
    for (std::size_t at = 0; at < n; ++at) {
      for (const char bad : {'$', ' ', '\x80', '/', ':', '.', '-', '@', '`', '{', '[', '\0'}) {
        std::string t = base;
        t[at] = bad;
        if (swr::check_tag(t) != oracle(t)) {
          CAPTURE(t);
          CHECK(swr::check_tag(t) == oracle(t));
        }
        ++checked;
      }
    }
    std::string two = base;  // a violation in the first block and one in the last
    two[n / 3] = '$';
    two[n - 1] = '#';
    CHECK(swr::check_tag(two) == oracle(two));
  }
  CHECK(checked > 100000);
}

TEST_CASE("check_tag_prefix: a text some completion makes a tag") {
  CHECK(swr::check_tag_prefix("").ok());
  CHECK(swr::check_tag_prefix("v1.").ok());
  CHECK(swr::check_tag_prefix("v1-").ok());
  CHECK(swr::check_tag_prefix(".") == tag_at(name_error::invalid_start, 0));
  CHECK(swr::check_tag_prefix("a b") == tag_at(name_error::invalid_character, 1));
  CHECK(swr::check_tag_prefix(std::string(128, 'a')).ok());
  CHECK(swr::check_tag_prefix(std::string(129, 'a')) == tag_at(name_error::too_long, 128));
}

TEST_CASE("tag_message: a sentence for each diagnosis a tag can have") {
  CHECK(swr::tag_message(name_error::too_long) == "A tag has at most 128 characters.");
  CHECK(swr::tag_message(name_error::invalid_start) == "A tag must start with a letter, a digit or '_'.");
  CHECK(swr::message(error{error_code::invalid_character, field::tag, 3}) ==
        swr::tag_message(name_error::invalid_character));
}

TEST_CASE("check_digest: the grammar, then the registered algorithms and their lengths") {
  CHECK(swr::check_digest("sha256:" + sha256_hex).ok());
  CHECK(swr::check_digest("sha384:" + sha384_hex).ok());
  CHECK(swr::check_digest("sha512:" + sha512_hex).ok());
  const auto at = [](error_code code, std::size_t position) { return fault(code, field::digest, position); };
  CHECK(swr::check_digest("") == at(error_code::empty, 0));
  CHECK(swr::check_digest("sha256") == at(error_code::incomplete, 6));
  CHECK(swr::check_digest("sha256:") == at(error_code::incomplete, 7));
  CHECK(swr::check_digest(":" + sha256_hex) == at(error_code::invalid_start, 0));
  CHECK(swr::check_digest("1sha:" + sha256_hex) == at(error_code::invalid_start, 0));
  CHECK(swr::check_digest("sha+1:" + sha256_hex) == at(error_code::invalid_start, 4));
  CHECK(swr::check_digest("sha++x:" + sha256_hex) == at(error_code::adjacent_separators, 4));
  CHECK(swr::check_digest("+sha:" + sha256_hex) == at(error_code::invalid_start, 0));
  CHECK(swr::check_digest("sha256+:" + sha256_hex) == at(error_code::invalid_end, 6));
  CHECK(swr::check_digest("sha 256:" + sha256_hex) == at(error_code::invalid_character, 3));
  CHECK(swr::check_digest("\xC3\xA9:" + sha256_hex) == at(error_code::invalid_character, 0));
  CHECK(swr::check_digest("sha_:" + sha256_hex) == at(error_code::invalid_end, 3));
  CHECK(swr::check_digest("sha256:" + sha256_hex.substr(0, 10) + "g" + sha256_hex.substr(11)) ==
        at(error_code::invalid_character, 17));
  CHECK(swr::check_digest("sha256:" + std::string(31, 'a')) == at(error_code::invalid_length, 38));
  // Other algorithms of the grammar: unsupported, wherever their length.
  CHECK(swr::check_digest("md5:" + std::string(32, 'a')) == at(error_code::unsupported_algorithm, 0));
  CHECK(swr::check_digest("multihash+base58:" + std::string(40, 'a')) == at(error_code::unsupported_algorithm, 0));
  CHECK(swr::check_digest("SHA256:" + sha256_hex) == at(error_code::unsupported_algorithm, 0));
  // A registered algorithm with another length: at the end when too short, at the first digit too many.
  CHECK(swr::check_digest("sha256:" + std::string(34, 'a')) == at(error_code::invalid_length, 41));
  CHECK(swr::check_digest("sha256:" + std::string(65, 'a')) == at(error_code::invalid_length, 71));
  CHECK(swr::check_digest("sha512:" + sha256_hex) == at(error_code::invalid_length, 71));
  // Uppercase hex: the grammar's, not the registered algorithms'.
  CHECK(swr::check_digest("sha256:" + std::string(63, 'a') + "A") == at(error_code::invalid_character, 70));
}

TEST_CASE("parse_image_reference: the parts, Docker's registry rule and the 255-byte path") {
  const auto parts = [](std::string_view text) {
    const auto r = swr::parse_image_reference(text);
    REQUIRE(r);
    return std::string(r->registry) + "|" + std::string(r->path) + "|" + std::string(r->tag) + "|" +
           std::string(r->digest);
  };
  CHECK(parts("app") == "|app||");
  CHECK(parts("app:v1") == "|app|v1|");
  CHECK(parts("team/app") == "|team/app||");  // "team" has no '.' or ':': a path component
  CHECK(parts("localhost/app") == "localhost|app||");
  CHECK(parts("localhost:5000/app:v1") == "localhost:5000|app|v1|");
  CHECK(parts("localhost:5000") == "|localhost|5000|");  // one component: a name and a tag
  CHECK(parts("example.com/a/b/c") == "example.com|a/b/c||");
  CHECK(parts("Uppercase/lowercase:tag") == "Uppercase|lowercase|tag|");  // an uppercase component is a registry
  CHECK(parts("[2001:db8::1]:5000/app@sha256:" + sha256_hex) == "[2001:db8::1]:5000|app||sha256:" + sha256_hex);
  CHECK(parts("swr.cn-north-4.myhuaweicloud.com/my-org/team/app:v1.2@sha256:" + sha256_hex) ==
        "swr.cn-north-4.myhuaweicloud.com|my-org/team/app|v1.2|sha256:" + sha256_hex);
  CHECK(parts("a--b/c__d.e_f-g") == "|a--b/c__d.e_f-g||");           // every separator; runs of '-'
  CHECK(parts("foo/foo_bar.com:8080") == "|foo/foo_bar.com|8080|");  // "foo" is no registry: 8080 is a tag
  CHECK(parts("b.gcr.io/test.example.com/my-app:test.example.com") ==
        "b.gcr.io|test.example.com/my-app|test.example.com|");
  CHECK(parts("xn--n3h.com/myimage:xn--n3h.com") == "xn--n3h.com|myimage|xn--n3h.com|");
  CHECK(parts("lowercase:Uppercase") == "|lowercase|Uppercase|");  // uppercase is fine in a tag
  // The path's 255 bytes do not count the registry.
  CHECK(parts("example.com/" + std::string(255, 'a') + ":tag") == "example.com|" + std::string(255, 'a') + "|tag|");
  std::string many;
  for (int i = 0; i < 127; ++i) many += "a/";
  CHECK(parts(many + "a:tag-puts-this-over-max") == "|" + many + "a|tag-puts-this-over-max|");
}

TEST_CASE("parse_image_reference: each part's diagnosis, at its byte in the whole text") {
  const auto at = fault;
  CHECK(reference_error("") == at(error_code::empty, field::image_path, 0));
  CHECK(reference_error(":justtag") == at(error_code::empty, field::image_path, 0));
  CHECK(reference_error("@sha256:" + sha256_hex) == at(error_code::empty, field::image_path, 0));
  CHECK(reference_error("Uppercase:tag") == at(error_code::invalid_character, field::image_path, 0));
  CHECK(reference_error("test:5000/Uppercase/lowercase:tag") ==
        at(error_code::invalid_character, field::image_path, 10));
  CHECK(reference_error("aa/asdf$$^/aa") == at(error_code::invalid_character, field::image_path, 7));
  CHECK(reference_error("a___b") == at(error_code::too_many_underscores, field::image_path, 3));
  CHECK(reference_error("a._b") == at(error_code::adjacent_separators, field::image_path, 2));
  CHECK(reference_error("a//b") == at(error_code::adjacent_separators, field::image_path, 2));
  CHECK(reference_error("-a") == at(error_code::invalid_start, field::image_path, 0));
  // The registry, byte by byte: a bracketed IPv6 address, DNS components, the port.
  const auto host_at = [](std::size_t position) { return fault(error_code::invalid_host, field::registry, position); };
  CHECK(reference_error("[::1/app") == host_at(4));
  CHECK(reference_error("[]:5000/app") == host_at(1));
  CHECK(reference_error("[::1]x/app") == host_at(5));
  CHECK(reference_error("[::1]:/app") == host_at(6));
  CHECK(reference_error("[::1]:50a0/app") == host_at(8));
  CHECK(reference_error("a-.b/app") == host_at(1));
  CHECK(reference_error(".a.b/app") == host_at(0));
  CHECK(reference_error("a..b/app") == host_at(2));
  CHECK(reference_error("ab-:5000/app") == host_at(2));
  CHECK(reference_error("a.b-/app") == host_at(3));
  CHECK(reference_error("a.b./app") == host_at(3));
  CHECK(reference_error("a.b:/app") == host_at(4));
  CHECK(reference_error("a.b:x1/app") == host_at(4));
  CHECK(reference_error("localhost:/app") == host_at(10));
  CHECK(reference_error("[g]/app") == at(error_code::invalid_character, field::image_path, 0));  // not a registry
  CHECK(reference_error("a-") == at(error_code::invalid_end, field::image_path, 1));
  CHECK(reference_error("example.com/a/") == at(error_code::invalid_end, field::image_path, 13));
  CHECK(reference_error("example.com/") == at(error_code::empty, field::image_path, 12));
  CHECK(reference_error("example.com/" + std::string(256, 'a')) == at(error_code::too_long, field::image_path, 267));
  std::string many;
  for (int i = 0; i < 128; ++i) many += "a/";
  CHECK(reference_error(many + "a:tag") == at(error_code::too_long, field::image_path, 255));
  // The registry: DNS components with inner '-', or [IPv6], then an optional port of digits.
  CHECK(reference_error("-example.com/app") == at(error_code::invalid_host, field::registry, 0));
  CHECK(reference_error("example-.com/app") == at(error_code::invalid_host, field::registry, 7));
  CHECK(reference_error("example..com/app") == at(error_code::invalid_host, field::registry, 8));
  CHECK(reference_error("exa_mple.com/app") == at(error_code::invalid_host, field::registry, 3));
  CHECK(reference_error("example.com:/app") == at(error_code::invalid_host, field::registry, 12));
  CHECK(reference_error("example.com:50a0/app") == at(error_code::invalid_host, field::registry, 14));
  CHECK(reference_error("[fe80::1%eth0]:5000/repo") == at(error_code::invalid_host, field::registry, 8));
  CHECK(reference_error("[]:5000/repo") == at(error_code::invalid_host, field::registry, 1));
  CHECK(reference_error("[]/repo") == at(error_code::invalid_character, field::image_path, 0));  // no registry
  CHECK(reference_error("example.com./app") == at(error_code::invalid_host, field::registry, 11));
  CHECK(reference_error(".example.com/app") == at(error_code::invalid_host, field::registry, 0));
  // The tag and the digest, after the path.
  CHECK(reference_error("app:") == at(error_code::empty, field::tag, 4));
  CHECK(reference_error("app:.v1") == at(error_code::invalid_start, field::tag, 4));
  CHECK(reference_error("app:v1:v2") == at(error_code::invalid_character, field::tag, 6));
  CHECK(reference_error("app:" + std::string(129, 'a')) == at(error_code::too_long, field::tag, 132));
  CHECK(reference_error("app@") == at(error_code::empty, field::digest, 4));
  CHECK(reference_error("repo@sha256:" + std::string(34, 'f')) == at(error_code::invalid_length, field::digest, 46));
  CHECK(reference_error("validname@invaliddigest:" + sha256_hex) ==
        at(error_code::unsupported_algorithm, field::digest, 10));
  CHECK(reference_error("app:v1@sha256:" + sha256_hex + "@x") == at(error_code::invalid_character, field::digest, 78));
  // Left to right: a bad path is reported before a bad tag.
  CHECK(reference_error("A:.x") == at(error_code::invalid_character, field::image_path, 0));
}

// ---- The run-time masks (reference.hpp: one pass of 16-byte blocks over the name and tag, the digest's hex
// digits 16 at a time) against the byte path, which constant evaluation runs and which the portable configuration
// (SWRKIT_DISABLE_SIMD) runs at run time too: the same error, code, field and position, or the same parts.

namespace {
// What a parse gives, as numbers: the error, or each part's offset in the text and length, an absent part (a
// default view) as npos, so that a part's place counts and not only its bytes.
struct reference_reading {
  error failure;
  std::size_t at[4] = {};
  std::size_t size[4] = {};
  friend constexpr bool operator==(const reference_reading& a, const reference_reading& b) {
    for (int i = 0; i < 4; ++i) {
      if (a.at[i] != b.at[i] || a.size[i] != b.size[i]) return false;
    }
    return a.failure == b.failure;
  }
};

constexpr reference_reading read_reference(std::string_view text,
                                           const swr::result<swr::image_reference, error>& parsed) {
  reference_reading r;
  if (!parsed) {
    r.failure = parsed.error();
    return r;
  }
  const std::string_view parts[4] = {parsed->registry, parsed->path, parsed->tag, parsed->digest};
  for (int i = 0; i < 4; ++i) {
    r.at[i] =
        parts[i].data() == nullptr ? std::string_view::npos : static_cast<std::size_t>(parts[i].data() - text.data());
    r.size[i] = parts[i].size();
  }
  return r;
}

// parse_image_reference at run time (the masks where they exist, with the target's movemask and with the
// portable one) reads `text` as the byte path does.
bool reference_masks_agree(std::string_view text) {
  const reference_reading expected = read_reference(text, swr::detail::parse_image_reference_bytes(text));
  bool agree = read_reference(text, swr::parse_image_reference(text)) == expected;
#if SWR_HAS_NAME_MASKS
  agree = agree && read_reference(
                       text, swr::detail::parse_image_reference_masks<swr::detail::movemask_generic>(text)) == expected;
#endif
  return agree;
}

// A valid path of `length` bytes with every kind of separator: runs of them cross every block edge somewhere.
std::string block_path(std::size_t length) {
  static constexpr std::string_view pattern = "ab1.cd2_ef3__gh4-ij5--kl6/mn7";
  std::string path;
  for (std::size_t i = 0; i < length; ++i) path += pattern[i % pattern.size()];
  if (length > 0 && !swr::detail::is_ascii_alnum(path.back())) path.back() = 'z';
  return path;
}
}  // namespace

// In the test suite "bulk": the coverage run leaves it out (scripts/test.sh), since it takes over a second optimized
// and many unoptimized; the tests after it reach the same code.
TEST_CASE("parse_image_reference: the masks agree with the byte path at every position of every length" *
          doctest::test_suite("bulk")) {
  // References of every length to 150 bytes in each shape, the path growing: every part, and every cut, at every
  // place in and across the 16-byte blocks and the 64-bit words of masks; past 128 bytes of name and tag, and
  // with the digest past them, the other ways. Each byte in turn replaced by each of the bytes the rules tell
  // apart (and a few outside every class).
  const std::string hex64 = repeated("0123456789abcdef", 4);
  const std::string shapes[][2] = {
      {"", ""},
      {"Reg-1.example.com:5000/", ":v1.2_x-Y"},
      {"localhost/", ":" + std::string(20, 'T')},
      {"", "@sha256:" + hex64},
      {"ex.com/", ":" + repeated("t4g_-.", 9)},
      {"[::1]:5000/", ""},
      {"my-registry.io/", ":tag@sha512:" + repeated(hex64, 2)},
  };
  std::size_t checked = 0;
  for (const auto& shape : shapes) {
    for (std::size_t length = 0; length <= 150; ++length) {
      const std::string base = shape[0] + block_path(length) + shape[1];
      if (!reference_masks_agree(base)) FAIL_CHECK("\"" << base << "\"");
      for (std::size_t at = 0; at < base.size(); ++at) {
        for (const char bad : {'$', '\x80', '\0', '/', ':', '@', '.', '-', '_', 'A', '0', '['}) {
          std::string text = base;
          text[at] = bad;
          if (!reference_masks_agree(text)) FAIL_CHECK("\"" << text << "\" (byte " << at << ")");
          ++checked;
        }
      }
    }
  }
  CHECK(checked > 1000000);
}

TEST_CASE("parse_image_reference: every diagnosis of every part, in names and tags of one and of two words") {
  // A few references whose name and tag fit in 64 bytes, and a few that need the 128-bit masks (or, past 128
  // bytes, the byte path), each byte replaced by each byte the rules tell apart: every diagnosis of every part
  // in each width of masks, with each movemask. (The bulk test above does it at every length.)
  const std::string hex64(64, 'e');
  const std::string references[] = {
      "Reg-1.ex.com:5000/ab_c/d-e:v1.x@sha256:" + hex64,
      "Reg-1.example.com:5000/" + block_path(60) + ":tag-1.x_Y@sha256:" + hex64,
      block_path(90) + ":t4g",
      "localhost/" + block_path(70) + ":v",
      "localhos1/" + block_path(20),
      "[::1]:5000/" + block_path(60),
      repeated("a1", 40) + ":" + repeated("B2", 10),
      "localhost/" + block_path(130),
  };
  std::size_t checked = 0;
  for (const std::string& base : references) {
    if (!reference_masks_agree(base)) FAIL_CHECK("\"" << base << "\"");
    for (std::size_t at = 0; at < base.size(); ++at) {
      for (const char bad : {'$', '/', ':', '@', '.', '-', '_', 'A', '['}) {
        std::string text = base;
        text[at] = bad;
        if (!reference_masks_agree(text)) FAIL_CHECK("\"" << text << "\" (byte " << at << ")");
        ++checked;
      }
    }
  }
  CHECK(checked > 5000);
}

TEST_CASE("parse_image_reference: the masks agree with the byte path on mistakes in two parts, and at random") {
  // The first from the left is reported: two mistakes, one in each of two parts, each at every place.
  const std::string text = "Reg-1.example.com:5000/" + block_path(40) + ":v1.2_x-Y@sha256:" + std::string(64, 'a');
  std::size_t checked = 0;
  for (std::size_t first = 0; first < text.size(); first += 3) {
    for (std::size_t second = first + 1; second < text.size(); second += 5) {
      for (const char bad : {'$', '/', ':', '-', 'A'}) {
        std::string twice = text;
        twice[first] = bad;
        twice[second] = '#';
        if (!reference_masks_agree(twice)) FAIL_CHECK("\"" << twice << "\"");
        ++checked;
      }
    }
  }
  // Random texts over the bytes the rules tell apart, and random edits of valid references.
  std::mt19937 rng(20261207);
  const auto pick = [&rng](std::string_view from) { return from[rng() % from.size()]; };
  static constexpr std::string_view edit_bytes = "aZ09._-/:@[]+ \n$AFgf";
  for (int round = 0; round < 20000; ++round, checked += 2) {
    std::string random(rng() % 140, 'a');
    for (char& c : random) c = pick(edit_bytes);
    if (!reference_masks_agree(random)) FAIL_CHECK("\"" << random << "\"");
    std::string edited = (rng() % 2 == 0 ? "swr.cn-north-4.myhuaweicloud.com/" : "") + block_path(rng() % 100) +
                         (rng() % 2 == 0 ? ":" + block_path(rng() % 30) : "") +
                         (rng() % 4 == 0 ? "@sha256:" + std::string(64, 'e') : "");
    for (unsigned edits = rng() % 4; edits > 0 && !edited.empty(); --edits) {
      const std::size_t at = rng() % edited.size();
      if (rng() % 2 == 0) {
        edited[at] = pick(edit_bytes);
      } else {
        edited.insert(at, 1, pick(edit_bytes));
      }
    }
    if (!reference_masks_agree(edited)) FAIL_CHECK("\"" << edited << "\"");
  }
  CHECK(checked > 40000);
}

namespace {
// Texts whose readings are known while compiling: the byte path evaluated by the compiler.
#define SWR_TEST_X16 "abcdefghijklmnop"
constexpr std::string_view compile_time_references[] = {
    "ex.com/" SWR_TEST_X16 "/x",                                                    // 25 bytes
    "ex.com/" SWR_TEST_X16 "Z",                                                     // uppercase at 23
    "ex.com/abcdefgh:" SWR_TEST_X16 SWR_TEST_X16 SWR_TEST_X16 "+",                  // '+' at 64
    "a" SWR_TEST_X16 SWR_TEST_X16 SWR_TEST_X16 "bcdefghijklmno:" SWR_TEST_X16,      // ':' at 63
    SWR_TEST_X16 SWR_TEST_X16 SWR_TEST_X16 SWR_TEST_X16,                            // 64 bytes
    SWR_TEST_X16 SWR_TEST_X16 SWR_TEST_X16 SWR_TEST_X16 "-",                        // '-' last, at 64
    SWR_TEST_X16 SWR_TEST_X16 SWR_TEST_X16 "abcdefghijklmno@sha256:" SWR_TEST_X16,  // '@' at 63
    SWR_TEST_X16 SWR_TEST_X16 SWR_TEST_X16 SWR_TEST_X16 SWR_TEST_X16 SWR_TEST_X16 SWR_TEST_X16 "abcdefghijklmno_",
    SWR_TEST_X16 SWR_TEST_X16 SWR_TEST_X16 SWR_TEST_X16 SWR_TEST_X16 SWR_TEST_X16 SWR_TEST_X16 SWR_TEST_X16,
    "Reg.io:5000/" SWR_TEST_X16 ":" SWR_TEST_X16 SWR_TEST_X16 SWR_TEST_X16 SWR_TEST_X16 SWR_TEST_X16 "..",
    "reg.io/a/b:" SWR_TEST_X16 "@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeF",
    "reg.io/a/b@sha384:" SWR_TEST_X16 SWR_TEST_X16 SWR_TEST_X16 SWR_TEST_X16 SWR_TEST_X16 SWR_TEST_X16,
    "a-.b/c",
    "localhost/c",
    "localhost:/c",
    "[::1]:5000/c:1",
    "a__b___c",
    "a/b:",
    "a/b:-x",
    "A:.x",
};
#undef SWR_TEST_X16

template <std::size_t... I>
constexpr auto compile_time_readings(std::index_sequence<I...>) {
  struct readings {
    reference_reading r[sizeof...(I)];
  };
  return readings{
      {read_reference(compile_time_references[I], swr::parse_image_reference(compile_time_references[I]))...}};
}
}  // namespace

TEST_CASE("parse_image_reference: the run-time reading is the compiler's, around the block and word edges") {
  constexpr std::size_t count = std::size(compile_time_references);
  constexpr auto expected = compile_time_readings(std::make_index_sequence<count>());
  for (std::size_t i = 0; i < count; ++i) {
    CAPTURE(compile_time_references[i]);
    CHECK(read_reference(compile_time_references[i], swr::parse_image_reference(compile_time_references[i])) ==
          expected.r[i]);
  }
}

TEST_CASE("parse_image_reference and check_digest read nothing past the text") {
  // Each text ends on the last readable byte before an unreadable page: a load past its end would fault.
  swr_test::guarded_page page;
  REQUIRE(page.ok());
  if (!page.ok()) return;  // without exceptions, a failed REQUIRE does not stop the test case
  for (std::size_t n = 1; n <= 200; ++n) {
    const std::string path = block_path(n);
    for (const std::string& text : {path, "a.b/" + path, path + "@sha256:" + std::string(n % 80, 'a'),
                                    "a/b:" + std::string(n, 't'), "ab:" + path + "@"}) {
      CAPTURE(text);
      const std::string_view guarded = page.at_end(text);
      CHECK(read_reference(guarded, swr::parse_image_reference(guarded)) ==
            read_reference(text, swr::detail::parse_image_reference_bytes(text)));
    }
    const std::string digest = (n % 3 == 0 ? "sha256:" : n % 3 == 1 ? "sha384:" : "sha512:") + std::string(n, 'f');
    CHECK(swr::check_digest(page.at_end(digest)) == swr::detail::check_digest_bytes(digest));
  }
}

TEST_CASE("check_digest: the 16-byte blocks agree with the byte loop at every position of every length") {
  std::size_t checked = 0;
  for (const swr::digest_algorithm& algorithm : swr::digest_algorithms) {
    for (std::size_t digits = 0; digits <= algorithm.hex_digits + 20; ++digits) {
      std::string base = std::string(algorithm.name) + ":";
      for (std::size_t i = 0; i < digits; ++i) base += "0123456789abcdef"[(i * 7) % 16];
      const auto agree = [](std::string_view digest) {
        const error expected = swr::detail::check_digest_bytes(digest);
        bool same = swr::check_digest(digest) == expected;
#if SWR_HAS_NAME_MASKS
        const std::size_t known = digest.size() >= 8 ? swr::detail::registered_digest_digits(digest.data()) : 0;
        if (known != 0) {
          same = same && swr::detail::check_registered_digest<swr::detail::movemask_generic>(
                             digest.data(), digest.size(), known) == expected;
        }
#endif
        return same;
      };
      if (!agree(base)) FAIL_CHECK("\"" << base << "\"");
      for (std::size_t at = 0; at < base.size(); ++at) {
        for (const char bad : {'g', 'A', 'F', 'G', '/', ':', '@', '\0', '\x80', '0'}) {
          std::string digest = base;
          digest[at] = bad;
          if (!agree(digest)) FAIL_CHECK("\"" << digest << "\" (byte " << at << ")");
          ++checked;
        }
      }
      std::string twice = base + "E";  // an uppercase digit after a wrong one, or one too many
      if (digits > 3) twice[base.size() - 2] = 'x';
      if (!agree(twice)) FAIL_CHECK("\"" << twice << "\"");
    }
  }
  CHECK(checked > 50000);
}

TEST_CASE("parse_swr_image_reference: the registry of a region, an organization and a repository") {
  const std::string text = "swr.eu-west-101.myhuaweicloud.eu/my-org/team/app:v1@sha256:" + sha256_hex;
  const auto r = swr::parse_swr_image_reference(text);  // views into `text`
  REQUIRE(r);
  CHECK(r->registry == "swr.eu-west-101.myhuaweicloud.eu");
  CHECK(r->region == "eu-west-101");
  CHECK(r->namespace_name == "my-org");
  CHECK(r->repository == "team/app");
  CHECK(r->tag == "v1");
  CHECK(r->digest == "sha256:" + sha256_hex);
  for (const swr::region& region : swr::regions) {
    CAPTURE(region.id);
    const std::string one = std::string(region.registry) + "/org/app";
    const auto parsed = swr::parse_swr_image_reference(one);
    REQUIRE(parsed);
    CHECK(parsed->region == region.id);
    CHECK(parsed->tag.empty());
  }
}

TEST_CASE("parse_swr_image_reference: each diagnosis, the name checks' own moved into the text") {
  const std::string registry = "swr.cn-north-4.myhuaweicloud.com/";  // 33 bytes
  const auto at = fault;
  CHECK(swr_reference_error("my-org/app") == at(error_code::unknown_registry, field::registry, 0));
  CHECK(swr_reference_error("docker.io/my-org/app") == at(error_code::unknown_registry, field::registry, 0));
  CHECK(swr_reference_error("swr.mars-1.myhuaweicloud.com/org/app") ==
        at(error_code::unknown_registry, field::registry, 4));
  CHECK(swr_reference_error("swr.cn-north-7.myhuaweicloud.com/org/app") ==
        at(error_code::unknown_registry, field::registry, 13));
  CHECK(swr_reference_error("swr.cn-north-4.myhuaweicloud.com:443/org/app") ==
        at(error_code::unknown_registry, field::registry, 32));
  CHECK(swr_reference_error("swr.eu-west-101.myhuaweicloud.com/org/app") ==
        at(error_code::unknown_registry, field::registry, 30));
  CHECK(swr_reference_error("swr.cn-north-4.myhuaweicloud.com") ==
        at(error_code::unknown_registry, field::registry, 32));
  CHECK(swr_reference_error(registry + "1org/app") == at(error_code::invalid_start, field::namespace_name, 33));
  CHECK(swr_reference_error(registry + "library/app") == at(error_code::reserved, field::namespace_name, 33));
  CHECK(swr_reference_error(registry + std::string(65, 'a') + "/app") ==
        at(error_code::too_long, field::namespace_name, 33 + 64));
  CHECK(swr_reference_error(registry + "My-org/app") == at(error_code::invalid_character, field::namespace_name, 33));
  CHECK(swr_reference_error(registry + "my-org") == at(error_code::empty, field::repository, 39));
  CHECK(swr_reference_error(registry + "my-org/") == at(error_code::empty, field::repository, 40));
  CHECK(swr_reference_error(registry + "my-org:v1") == at(error_code::empty, field::repository, 39));
  CHECK(swr_reference_error(registry + "my-org/team//app") ==
        at(error_code::adjacent_separators, field::repository, 45));
  CHECK(swr_reference_error(registry + "my-org/" + std::string(129, 'a')) ==
        at(error_code::too_long, field::repository, 40 + 128));
  CHECK(swr_reference_error(registry + "my-org/app:-v1") == at(error_code::invalid_start, field::tag, 44));
  CHECK(swr_reference_error(registry + "my-org/app@md5:" + std::string(32, 'a')) ==
        at(error_code::unsupported_algorithm, field::digest, 44));
  // Messages say what is wrong without quoting the text.
  CHECK(swr::message(at(error_code::unknown_registry, field::registry, 0)).find("swr.<region>") !=
        std::string_view::npos);
}

TEST_CASE("registry_host and to_image_reference: every part checked, then the reference to push to") {
  CHECK(*swr::registry_host("cn-north-4") == "swr.cn-north-4.myhuaweicloud.com");
  CHECK(swr::registry_host("mars-1").error() == fault(error_code::unknown_region, field::region, 0));
  const auto pushed = swr::to_image_reference("ap-southeast-3", "my-org", "team/app", "v1.2");
  REQUIRE(pushed);
  CHECK(pushed->view() == "swr.ap-southeast-3.myhuaweicloud.com/my-org/team/app:v1.2");
  CHECK(std::string_view(pushed->text) == pushed->view());  // NUL-terminated
  // What is built parses back into its parts.
  const auto parsed = swr::parse_swr_image_reference(pushed->view());
  REQUIRE(parsed);
  CHECK(parsed->region == "ap-southeast-3");
  CHECK(parsed->repository == "team/app");
  const auto by_digest = swr::to_image_reference_with_digest("cn-north-4", "my-org", "app", "sha256:" + sha256_hex);
  REQUIRE(by_digest);
  CHECK(by_digest->view() == "swr.cn-north-4.myhuaweicloud.com/my-org/app@sha256:" + sha256_hex);
  // Each part's problem, in the order region, organization, repository, tag or digest, positions in the part.
  CHECK(swr::to_image_reference("mars-1", "1org", "", "").error() ==
        fault(error_code::unknown_region, field::region, 0));
  CHECK(swr::to_image_reference("cn-north-4", "1org", "", "").error() ==
        fault(error_code::invalid_start, field::namespace_name, 0));
  CHECK(swr::to_image_reference("cn-north-4", "org", "a//b", "").error() ==
        fault(error_code::adjacent_separators, field::repository, 2));
  CHECK(swr::to_image_reference("cn-north-4", "org", "app", "v 1").error() ==
        fault(error_code::invalid_character, field::tag, 1));
  CHECK(swr::to_image_reference_with_digest("cn-north-4", "org", "app", "sha256:abc").error() ==
        fault(error_code::invalid_length, field::digest, 10));
  // The longest reference fits the buffer.
  const std::string longest_region = "ap-southeast-1";
  const auto longest = swr::to_image_reference_with_digest(longest_region, std::string(64, 'a'), std::string(128, 'b'),
                                                           "sha512:" + sha512_hex);
  REQUIRE(longest);
  CHECK(longest->size <= swr::image_reference_max_length);
  CHECK(longest->view().size() == 36 + 1 + 64 + 1 + 128 + 1 + 7 + 128);
}

// distribution/reference v0.6.0's own tables (reference_test.go, normalize_test.go, and regexp_test.go where it
// speaks of whole references), as facts: what Parse or ParseNormalizedNamed says of each input. The parts are read
// with Docker's rule for the registry (docs/references.md), so where Parse alone would call a lowercase first
// component a domain ("foo/foo_bar.com:8080", domain "foo"), it is part of the path here, as ParseNormalizedNamed
// has it; and where Docker's normalization would add "docker.io" or "library/", the registry stays empty and the
// path as written. Where distribution refuses, swrkit's diagnosis follows docs/references.md.
TEST_CASE("distribution's published references: the parts of those it accepts") {
  const std::string sha_f = "sha256:" + std::string(64, 'f');
  const std::string sha512_f = "sha512:" + std::string(128, 'f');
  const std::string dbcc = "sha256:dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c";
  struct accepted {
    std::string input, registry, path, tag, digest;
  };
  const accepted cases[] = {
      // reference_test.go, TestReferenceParse
      {"test_com", "", "test_com", "", ""},
      {"test.com:tag", "", "test.com", "tag", ""},
      {"test.com:5000", "", "test.com", "5000", ""},
      {"test.com/repo:tag", "test.com", "repo", "tag", ""},
      {"test:5000/repo", "test:5000", "repo", "", ""},
      {"test:5000/repo:tag", "test:5000", "repo", "tag", ""},
      {"test:5000/repo@" + sha_f, "test:5000", "repo", "", sha_f},
      {"test:5000/repo:tag@" + sha_f, "test:5000", "repo", "tag", sha_f},
      {"lowercase:Uppercase", "", "lowercase", "Uppercase", ""},
      {repeated("a/", 127) + "a:tag-puts-this-over-max", "", repeated("a/", 127) + "a", "tag-puts-this-over-max", ""},
      {"sub-dom1.foo.com/bar/baz/quux", "sub-dom1.foo.com", "bar/baz/quux", "", ""},
      {"sub-dom1.foo.com/bar/baz/quux:some-long-tag", "sub-dom1.foo.com", "bar/baz/quux", "some-long-tag", ""},
      {"b.gcr.io/test.example.com/my-app:test.example.com", "b.gcr.io", "test.example.com/my-app", "test.example.com",
       ""},
      {"xn--n3h.com/myimage:xn--n3h.com", "xn--n3h.com", "myimage", "xn--n3h.com", ""},
      {"xn--7o8h.com/myimage:xn--7o8h.com@" + sha512_f, "xn--7o8h.com", "myimage", "xn--7o8h.com", sha512_f},
      {"foo_bar.com:8080", "", "foo_bar.com", "8080", ""},
      {"foo/foo_bar.com:8080", "", "foo/foo_bar.com", "8080", ""},
      {"192.168.1.1", "", "192.168.1.1", "", ""},
      {"192.168.1.1:tag", "", "192.168.1.1", "tag", ""},
      {"192.168.1.1:5000", "", "192.168.1.1", "5000", ""},
      {"192.168.1.1/repo", "192.168.1.1", "repo", "", ""},
      {"192.168.1.1:5000/repo", "192.168.1.1:5000", "repo", "", ""},
      {"192.168.1.1:5000/repo:5050", "192.168.1.1:5000", "repo", "5050", ""},
      {"[2001:db8::1]/repo", "[2001:db8::1]", "repo", "", ""},
      {"[2001:db8:1:2:3:4:5:6]/repo:tag", "[2001:db8:1:2:3:4:5:6]", "repo", "tag", ""},
      {"[2001:db8::1]:5000/repo", "[2001:db8::1]:5000", "repo", "", ""},
      {"[2001:db8::1]:5000/repo:tag", "[2001:db8::1]:5000", "repo", "tag", ""},
      {"[2001:db8::1]:5000/repo@" + sha_f, "[2001:db8::1]:5000", "repo", "", sha_f},
      {"[2001:db8::1]:5000/repo:tag@" + sha_f, "[2001:db8::1]:5000", "repo", "tag", sha_f},
      {"[2001:db8::]:5000/repo", "[2001:db8::]:5000", "repo", "", ""},
      {"[::1]:5000/repo", "[::1]:5000", "repo", "", ""},
      {"example.com/" + std::string(255, 'a') + ":tag", "example.com", std::string(255, 'a'), "tag", ""},
      // TestSerialization, TestWithTag, TestParseReferenceWithTagAndDigest
      {"example.com:8000/named", "example.com:8000", "named", "", ""},
      {"example.com:8000/named:tagged", "example.com:8000", "named", "tagged", ""},
      {"other.com/named@sha256:1234567890098765432112345667890098765432112345667890098765432112", "other.com", "named",
       "", "sha256:1234567890098765432112345667890098765432112345667890098765432112"},
      {"test.com/foo:tag", "test.com", "foo", "tag", ""},
      {"foo:tag2", "", "foo", "tag2", ""},
      {"test.com:8000/foo:TAG5", "test.com:8000", "foo", "TAG5", ""},
      {"busybox:latest@sha256:86e0e091d0da6bde2456dbb48306f3956bbeb2eae1b5b9a43045843f69fe4aaa", "", "busybox",
       "latest", "sha256:86e0e091d0da6bde2456dbb48306f3956bbeb2eae1b5b9a43045843f69fe4aaa"},
      // regexp_test.go, TestReferenceRegexp: "localhost" without a '/' is a name, what follows ':' its tag
      {"localhost:8080@" + dbcc, "", "localhost", "8080", dbcc},
      {"localhost@" + dbcc, "", "localhost", "", dbcc},
      // normalize_test.go, TestValidateReferenceName and TestValidateRemoteName
      {"docker/docker", "", "docker/docker", "", ""},
      {"library/debian", "", "library/debian", "", ""},
      {"debian", "", "debian", "", ""},
      {"docker.io/docker/docker", "docker.io", "docker/docker", "", ""},
      {"docker.io/debian", "docker.io", "debian", "", ""},
      {"index.docker.io/library/debian", "index.docker.io", "library/debian", "", ""},
      {"127.0.0.1:5000/docker/docker", "127.0.0.1:5000", "docker/docker", "", ""},
      {"127.0.0.1:5000/debian", "127.0.0.1:5000", "debian", "", ""},
      {"192.168.0.1:80", "", "192.168.0.1", "80", ""},
      {"192.168.0.1:8/debian", "192.168.0.1:8", "debian", "", ""},
      {"192.168.0.2:25000/debian", "192.168.0.2:25000", "debian", "", ""},
      {"thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev", "",
       "thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev", "", ""},
      {"[fc00::1]:5000/docker", "[fc00::1]:5000", "docker", "", ""},
      {"[fc00::1]:5000/docker/docker", "[fc00::1]:5000", "docker/docker", "", ""},
      {"[fc00:1:2:3:4:5:6:7]:5000/library/debian", "[fc00:1:2:3:4:5:6:7]:5000", "library/debian", "", ""},
      {"docker.io/1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a", "docker.io",
       "1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a", "", ""},
      {"Docker/docker", "Docker", "docker", "", ""},
      {"DOCKER/docker", "DOCKER", "docker", "", ""},
      {"docker-rules/docker", "", "docker-rules/docker", "", ""},
      {"docker---rules/docker", "", "docker---rules/docker", "", ""},
      {"d/docker", "", "d/docker", "", ""},
      {"jess/t", "", "jess/t", "", ""},
      {"dock__er/docker", "", "dock__er/docker", "", ""},
      // TestParseRepositoryInfo and TestNormalizedSplitHostname: Docker's domain and remote name where written
      {"127.0.0.1:8000/private/moonbase", "127.0.0.1:8000", "private/moonbase", "", ""},
      {"example.com:8000/privatebasee", "example.com:8000", "privatebasee", "", ""},
      {"index.docker.io/library/ubuntu-12.04-base", "index.docker.io", "library/ubuntu-12.04-base", "", ""},
      {"store/foo/bar", "", "store/foo/bar", "", ""},
      {"Foo/bar", "Foo", "bar", "", ""},
      {"test_com/foo", "", "test_com/foo", "", ""},
      {"test-com:8080/foo", "test-com:8080", "foo", "", ""},
      {"xn--n3h.com:18080/foo", "xn--n3h.com:18080", "foo", "", ""},
      // TestParseAnyReference, the names: 63 hex digits are a name
      {"docker.io/library/redis:latest", "docker.io", "library/redis", "latest", ""},
      {"redis@" + dbcc, "", "redis", "", dbcc},
      {"dmcgowan/myapp:latest", "", "dmcgowan/myapp", "latest", ""},
      {"docker.io/dmcgowan/myapp@" + dbcc, "docker.io", "dmcgowan/myapp", "", dbcc},
      {"dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9", "",
       "dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9", "", ""},
      {"dbcc1", "", "dbcc1", "", ""},
  };
  for (const accepted& c : cases) {
    CAPTURE(c.input);
    const auto r = swr::parse_image_reference(c.input);
    REQUIRE(r);
    CHECK(r->registry == c.registry);
    CHECK(r->path == c.path);
    CHECK(r->tag == c.tag);
    CHECK(r->digest == c.digest);
  }
}

TEST_CASE("distribution's published references: swrkit's diagnosis of those it refuses") {
  const std::string f64(64, 'f');
  const std::string dbcc = "sha256:be178c0543eb17f5f3043021c9e5fcf30285e557a4fc309cce97ff9ca6182912";
  // WithDigest checks a digest against the grammar alone; Parse, through go-digest, also checks its length.
  const std::string short_digest = "test.com:8000/foo:TAG5@sha256:1234567890098765432112345667890098765";
  const std::string long_namespace =
      repeated("this_is_not_a_valid_namespace_because_its_lenth_is_greater_than_255_", 3) +
      "this_is_not_a_valid_namespace_because_its_lenth_is_greater_than_255/docker";
  struct refused {
    std::string input;
    error expected;
  };
  const refused cases[] = {
      // reference_test.go: TestReferenceParse, TestWithNameFailure, TestWithDigest
      {"", fault(error_code::empty, field::image_path, 0)},
      {":justtag", fault(error_code::empty, field::image_path, 0)},
      {"@sha256:" + f64, fault(error_code::empty, field::image_path, 0)},
      {"repo@sha256:" + std::string(34, 'f'), fault(error_code::invalid_length, field::digest, 46)},
      {"validname@invaliddigest:" + f64, fault(error_code::unsupported_algorithm, field::digest, 10)},
      {"Uppercase:tag", fault(error_code::invalid_character, field::image_path, 0)},
      {"test:5000/Uppercase/lowercase:tag", fault(error_code::invalid_character, field::image_path, 10)},
      {"domain/" + std::string(256, 'a') + ":tag", fault(error_code::too_long, field::image_path, 255)},
      {"aa/asdf$$^/aa", fault(error_code::invalid_character, field::image_path, 7)},
      {"[2001:db8::1]", fault(error_code::invalid_character, field::image_path, 0)},
      {"[2001:db8::1]:5000", fault(error_code::invalid_character, field::image_path, 0)},
      {"[2001:db8::1]:tag", fault(error_code::invalid_character, field::image_path, 0)},
      {"[fe80::1%eth0]:5000/repo", fault(error_code::invalid_host, field::registry, 8)},
      {"[fe80::1%@invalidzone]:5000/repo", fault(error_code::invalid_character, field::image_path, 0)},
      {"example.com/" + std::string(256, 'a'), fault(error_code::too_long, field::image_path, 267)},
      {short_digest, fault(error_code::invalid_length, field::digest, short_digest.size())},
      {"-foo", fault(error_code::invalid_start, field::image_path, 0)},
      // regexp_test.go, TestReferenceRegexp
      {"registry.com:8080/myapp@sha256:badbadbadbad", fault(error_code::invalid_length, field::digest, 43)},
      {"registry.com:8080/myapp:invalid~tag", fault(error_code::invalid_character, field::tag, 31)},
      {"bad_hostname.com:8080/myapp:tag", fault(error_code::invalid_host, field::registry, 3)},
      {"localhost:http/name@" + dbcc, fault(error_code::invalid_host, field::registry, 10)},
      {"registry.com:8080/myapp@bad", fault(error_code::incomplete, field::digest, 27)},
      {"registry.com:8080/myapp@2bad", fault(error_code::invalid_start, field::digest, 24)},
      // normalize_test.go, TestValidateReferenceName and TestValidateRemoteName
      {"https://github.com/docker/docker", fault(error_code::invalid_host, field::registry, 6)},
      {"docker/Docker", fault(error_code::invalid_character, field::image_path, 7)},
      {"-docker", fault(error_code::invalid_start, field::image_path, 0)},
      {"-docker/docker", fault(error_code::invalid_start, field::image_path, 0)},
      {"-docker.io/docker/docker", fault(error_code::invalid_host, field::registry, 0)},
      {"docker///docker", fault(error_code::adjacent_separators, field::image_path, 7)},
      {"docker.io/docker/Docker", fault(error_code::invalid_character, field::image_path, 17)},
      {"docker.io/docker///docker", fault(error_code::adjacent_separators, field::image_path, 17)},
      {"[fc00::1]", fault(error_code::invalid_character, field::image_path, 0)},
      {"[fc00::1]:5000", fault(error_code::invalid_character, field::image_path, 0)},
      {"fc00::1:5000/debian", fault(error_code::invalid_host, field::registry, 5)},
      {"[fe80::1%eth0]:5000/debian", fault(error_code::invalid_host, field::registry, 8)},
      {"[2001:db8:3:4::192.0.2.33]:5000/debian", fault(error_code::invalid_host, field::registry, 18)},
      {"docker-/docker", fault(error_code::adjacent_separators, field::image_path, 7)},
      {"-docker-/docker", fault(error_code::invalid_start, field::image_path, 0)},
      {"____/____", fault(error_code::invalid_start, field::image_path, 0)},
      {"_docker/_docker", fault(error_code::invalid_start, field::image_path, 0)},
      // A first component with a '.' is a registry by Docker's rule, and these are no host names.
      {"dock..er/docker", fault(error_code::invalid_host, field::registry, 5)},
      {"dock_.er/docker", fault(error_code::invalid_host, field::registry, 4)},
      {"dock-.er/docker", fault(error_code::invalid_host, field::registry, 4)},
      {"docker/", fault(error_code::invalid_end, field::image_path, 6)},
      {long_namespace, fault(error_code::too_long, field::image_path, 255)},
  };
  for (const refused& c : cases) {
    CAPTURE(c.input);
    CHECK(reference_error(c.input) == c.expected);
  }
  // TestInvalidReferenceComponents: a tag and a digest alone.
  CHECK(swr::check_tag("-foo") == tag_at(name_error::invalid_start, 0));
  CHECK(swr::check_digest("foo") == fault(error_code::incomplete, field::digest, 3));
}

// Every string of length 0-6 over `a A 0 _ . - $ :` (299,593 strings) against std::regex of distribution's tag
// expression, as tests/names_exhaustive_test.cpp does for names: a text is a valid prefix exactly when some
// completion is a tag, and the shortest ones decide (nothing, or an "a"); a reported scan error at p means that
// the text before p is a valid prefix and the text up to and including p is not.
namespace {
constexpr char tag_alphabet[] = {'a', 'A', '0', '_', '.', '-', '$', ':'};
constexpr std::size_t tag_radix = sizeof tag_alphabet;
constexpr std::size_t tag_exhaustive_length = 6;

std::string spell_tag(std::size_t length, std::size_t index) {
  std::string s(length, '?');
  for (std::size_t i = length; i-- > 0; index /= tag_radix) s[i] = tag_alphabet[index % tag_radix];
  return s;
}
std::size_t tag_radix_power(std::size_t e) {
  std::size_t r = 1;
  while (e-- > 0) r *= tag_radix;
  return r;
}
}  // namespace

TEST_CASE("check_tag_prefix, exhaustively: a valid prefix exactly when some completion is a tag") {
  const std::regex tag_grammar("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}", std::regex::ECMAScript | std::regex::optimize);
  // valid[n][k] / prefix[n][k]: the verdicts for the k-th string of length n.
  std::vector<std::vector<bool>> valid, prefix;
  for (std::size_t n = 0, count = 1; n <= tag_exhaustive_length; ++n, count *= tag_radix) {
    valid.emplace_back(count);
    prefix.emplace_back(count);
    for (std::size_t k = 0; k < count; ++k) {
      const std::string s = spell_tag(n, k);
      valid[n][k] = std::regex_match(s, tag_grammar);
      prefix[n][k] = valid[n][k] || std::regex_match(s + "a", tag_grammar);
    }
  }
  std::size_t checked = 0;
  for (std::size_t n = 0, count = 1; n <= tag_exhaustive_length; ++n, count *= tag_radix) {
    for (std::size_t k = 0; k < count; ++k, ++checked) {
      const std::string s = spell_tag(n, k);
      const name_check full = swr::check_tag(s);
      const name_check as_prefix = swr::check_tag_prefix(s);
      // Report only failures: 600,000 passing CHECKs would drown the output.
      if (full.ok() != valid[n][k] || swr::is_valid_tag(s) != valid[n][k]) FAIL_CHECK("validity of \"" << s << "\"");
      if (as_prefix.ok() != prefix[n][k]) FAIL_CHECK("prefix verdict for \"" << s << "\"");
      if (!as_prefix.ok()) {
        const std::size_t p = as_prefix.position;
        if (p >= n || !prefix[p][k / tag_radix_power(n - p)] || prefix[p + 1][k / tag_radix_power(n - p - 1)])
          FAIL_CHECK("prefix position " << p << " is not the first bad byte of \"" << s << "\"");
      }
      // Below the length limit the full check differs from the prefix check only by `empty`.
      if (full != (n == 0 ? tag_at(name_error::empty, 0) : as_prefix))
        FAIL_CHECK("check_tag and check_tag_prefix disagree on \"" << s << "\"");
    }
  }
  CHECK(checked == 299593);
}
