// swr/reference.hpp against distribution/reference v0.6.0's grammar, written independently of it: the regular
// expressions of its regexp.go compiled with PCRE2, Docker's rule for the registry (normalize.go's
// splitDockerDomain), the 255-byte limit on the path (the registry not counted) and go-digest v1.0.0's registered
// algorithms with their exact lowercase lengths. On 120,000 generated references swrkit must accept exactly what
// they accept, with the same parts; where it refuses, the error must point inside the text and, where the grammar
// decides which part is wrong, name that part and a byte of it. The tag and digest checks alone are held to their
// expressions on generated tags and digests. An integration suite: it links PCRE2 (Debian: libpcre2-dev).
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "byte_generator.hpp"
#include "swr/swr.hpp"
#include "test_support.hpp"

using swr::error_code;
using swr::field;

namespace {

constexpr std::size_t npos = std::string_view::npos;

// ---- The grammar: distribution/reference v0.6.0's regexp.go, its constants as published, composed as it composes
// them (optional, anyTimes, capture, anchored).
const std::string alphanumeric = "[a-z0-9]+";
const std::string separator = "(?:[._]|__|[-]+)";
const std::string domain_name_component = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const std::string optional_port = "(?::[0-9]+)?";
const std::string tag_pattern = R"([\w][\w.-]{0,127})";
const std::string digest_pattern = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][[:xdigit:]]{32,}";
const std::string ipv6_address = R"(\[(?:[a-fA-F0-9:]+)\])";
const std::string domain_name = domain_name_component + R"((?:\.)" + domain_name_component + ")*";
const std::string domain_and_port = "(?:" + domain_name + "|" + ipv6_address + ")" + optional_port;
const std::string path_component = alphanumeric + "(?:" + separator + alphanumeric + ")*";
const std::string remote_name = path_component + "(?:/" + path_component + ")*";
const std::string name_pattern = "(?:" + domain_and_port + "/)?" + remote_name;
const std::string reference_pattern =
    "^(" + name_pattern + ")(?::(" + tag_pattern + "))?(?:@(" + digest_pattern + "))?$";
std::string anchored(const std::string& pattern) { return "^" + pattern + "$"; }

// go-digest v1.0.0's registered algorithms and the number of hex digits of each.
constexpr std::pair<std::string_view, std::size_t> registered_algorithms[] = {
    {"sha256", 64}, {"sha384", 96}, {"sha512", 128}};

using swr_test::repeated;

// A text as C would write it, so that control bytes and UTF-8 show in a message.
std::string printable(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte < 0x7f && c != '\\') {
      out += c;
    } else {
      static constexpr char hex[] = "0123456789abcdef";
      out.append("\\x").append(1, hex[byte >> 4]).append(1, hex[byte & 15]);
    }
  }
  return out;
}

// One compiled expression. Go's `$` matches only at the end of the text; PCRE2's also before a final newline,
// unless PCRE2_DOLLAR_ENDONLY. Bytes, not UTF-8: no class of the grammar holds a byte above 0x7F either way.
class regex {
 public:
  explicit regex(const std::string& pattern) {
    int error = 0;
    PCRE2_SIZE offset = 0;
    code_ = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(), PCRE2_DOLLAR_ENDONLY, &error,
                          &offset, nullptr);
    REQUIRE_MESSAGE(code_ != nullptr, "PCRE2 cannot compile " << pattern << " (error " << error << ")");
    pcre2_jit_compile(code_, PCRE2_JIT_COMPLETE);  // pcre2_match uses the JIT code when there is some
    data_ = pcre2_match_data_create_from_pattern(code_, nullptr);
  }
  ~regex() {
    pcre2_match_data_free(data_);
    pcre2_code_free(code_);
  }
  regex(const regex&) = delete;
  regex& operator=(const regex&) = delete;

  // Whether `text` matches; then group(i) is the i-th capture, or nothing when the group took no part.
  bool match(std::string_view text) const {
    text_ = text;
    const int rc = pcre2_match(code_, reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), 0, 0, data_, nullptr);
    if (rc < PCRE2_ERROR_NOMATCH) FAIL("PCRE2 error " << rc << " on \"" << printable(text) << "\"");
    return rc >= 0;
  }
  std::optional<std::string_view> group(std::size_t i) const {
    const PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(data_);
    if (i >= pcre2_get_ovector_count(data_) || ovector[2 * i] == PCRE2_UNSET) return std::nullopt;
    return text_.substr(ovector[2 * i], ovector[2 * i + 1] - ovector[2 * i]);
  }

 private:
  pcre2_code* code_ = nullptr;
  pcre2_match_data* data_ = nullptr;
  mutable std::string_view text_;
};

// The parts of an image reference, as swrkit's image_reference holds them: empty when absent.
struct parts {
  std::string_view registry, path, tag, digest;
  friend bool operator==(const parts& a, const parts& b) {
    return a.registry == b.registry && a.path == b.path && a.tag == b.tag && a.digest == b.digest;
  }
};

std::string describe(const parts& p) {
  return "registry \"" + printable(p.registry) + "\", path \"" + printable(p.path) + "\", tag \"" + printable(p.tag) +
         "\", digest \"" + printable(p.digest) + "\"";
}

// The oracle: distribution's expressions, Docker's rule and go-digest, each part also alone.
class grammar {
 public:
  // normalize.go's splitDockerDomain: the first component of a name, when a '/' follows it, is the registry when
  // it is "localhost", holds '.' or ':', or is not lowercase (ASCII here, as docs/references.md says; Go's
  // strings.ToLower also changes non-ASCII bytes, which neither a registry nor a path may hold).
  static bool docker_registry(std::string_view first) {
    if (first == "localhost") return true;
    for (const char c : first) {
      if (c == '.' || c == ':' || (c >= 'A' && c <= 'Z')) return true;
    }
    return false;
  }

  bool registry_ok(std::string_view text) const { return domain_.match(text); }
  bool path_ok(std::string_view text) const { return path_.match(text) && text.size() <= 255; }
  bool tag_ok(std::string_view text) const { return tag_.match(text); }
  bool digest_grammar_ok(std::string_view text) const { return digest_.match(text); }
  // go-digest's Digest.Validate after distribution's grammar: a registered algorithm (sha256, sha384, sha512,
  // spelled so) whose encoded part matches ^[a-f0-9]{n}$ for its length n.
  bool digest_registered(std::string_view text) const {
    const std::size_t colon = text.find(':');
    const std::string_view algorithm = text.substr(0, colon), encoded = text.substr(colon + 1);
    if (algorithm == "sha256") return sha256_.match(encoded);
    if (algorithm == "sha384") return sha384_.match(encoded);
    if (algorithm == "sha512") return sha512_.match(encoded);
    return false;
  }
  bool digest_ok(std::string_view text) const { return digest_grammar_ok(text) && digest_registered(text); }
  // The shortest completions of a text decide whether any completion is valid: a path prefix needs at most an
  // "a" (after a separator), a tag prefix nothing (a tag has no end rule) but one byte when empty.
  bool path_prefix_ok(std::string_view text) const { return path_.match(text) || path_.match(std::string(text) + "a"); }
  bool tag_prefix_ok(std::string_view text) const { return tag_.match(text) || tag_.match(std::string(text) + "a"); }
  // A registry may need a letter, a port digit, the closing ']' or both; a digest hex digits, or ':' and hex
  // digits, or a letter first.
  bool registry_prefix_ok(std::string_view text) const {
    for (const char* completion : {"", "a", "1", "]", "1]"}) {
      if (domain_.match(std::string(text) + completion)) return true;
    }
    return false;
  }
  bool digest_prefix_ok(std::string_view text) const {
    const std::string hex(32, 'a');
    for (const std::string& completion : {std::string(), hex, ":" + hex, "a:" + hex}) {
      if (digest_.match(std::string(text) + completion)) return true;
    }
    return false;
  }

  // The reference expression with its three groups, then Docker's rule on the name, the path's length and the
  // digest's algorithm: the parts, or nothing for a text that distribution (as Docker applies it) refuses.
  std::optional<parts> parse(std::string_view text) const {
    if (!whole_reference.match(text)) return std::nullopt;
    const std::string_view name = *whole_reference.group(1);
    parts p{{}, name, whole_reference.group(2).value_or(""), whole_reference.group(3).value_or("")};
    const std::size_t slash = name.find('/');
    if (slash != npos && docker_registry(name.substr(0, slash))) {
      p.registry = name.substr(0, slash);
      p.path = name.substr(slash + 1);
      if (!registry_ok(p.registry)) return std::nullopt;
    }
    if (!path_ok(p.path)) return std::nullopt;
    if (!p.digest.empty() && !digest_registered(p.digest)) return std::nullopt;
    return p;
  }

  const regex whole_reference{reference_pattern};
  const regex anchored_name{anchored("(?:(" + domain_and_port + ")/)?(" + remote_name + ")")};  // anchoredNamePat

 private:
  const regex domain_{anchored(domain_and_port)};
  const regex path_{anchored(remote_name)};
  const regex tag_{anchored(tag_pattern)};
  const regex digest_{anchored(digest_pattern)};
  const regex sha256_{"^[a-f0-9]{64}$"}, sha384_{"^[a-f0-9]{96}$"}, sha512_{"^[a-f0-9]{128}$"};
};

// Where each part of a text lies by the grammar's structure, valid or not (docs/references.md): neither the name
// nor the tag holds '@', so the first '@' starts the digest; neither the tag nor the digest holds '/', so the last
// '/' before it is in the name; a path component holds no ':', so the first ':' after that '/' starts the tag;
// Docker's rule then says whether the name's first component is a registry. The cut is forced, and so is which
// part is wrong, unless the text has two '@' or two ':' after the name's last '/' (is "a:b:c" a bad tag or a bad
// name?): `decided` is false then.
struct located {
  std::string_view registry, path, tag, digest;
  std::size_t path_at = 0, tag_at = npos, digest_at = npos;
  bool has_registry = false, decided = true;
};
located locate(std::string_view text) {
  located l;
  const std::size_t at = text.find('@');
  std::string_view name = text.substr(0, at);
  if (at != npos) {
    l.digest_at = at + 1;
    l.digest = text.substr(at + 1);
    l.decided = l.digest.find('@') == npos;
  }
  const std::size_t last_slash = name.rfind('/');
  const std::size_t colon = name.find(':', last_slash == npos ? 0 : last_slash + 1);
  if (colon != npos) {
    l.tag_at = colon + 1;
    l.tag = name.substr(colon + 1);
    l.decided = l.decided && l.tag.find(':') == npos;
    name = name.substr(0, colon);
  }
  l.path = name;
  const std::size_t slash = name.find('/');
  if (slash != npos && grammar::docker_registry(name.substr(0, slash))) {
    l.has_registry = true;
    l.registry = name.substr(0, slash);
    l.path = name.substr(slash + 1);
    l.path_at = slash + 1;
  }
  return l;
}

// Reports at most 20 disagreements in full, then only counts them: one defect can fail many thousand inputs.
class mismatches {
 public:
  template <class Describe>
  void add(Describe describe_it) {
    if (++count_ <= 20) FAIL_CHECK(describe_it());
  }
  std::size_t count() const { return count_; }

 private:
  std::size_t count_ = 0;
};

bool within(std::size_t position, std::size_t from, std::size_t size) {
  return position >= from && position <= from + size;
}

// The first byte of `text` that no valid text has there: `good` holds for the text before it and not up to it.
template <class PrefixOk>
bool is_first_bad_byte(std::string_view text, std::size_t at, PrefixOk good) {
  return at < text.size() && good(text.substr(0, at)) && !good(text.substr(0, at + 1));
}

// go-digest's verdict on a digest of the grammar, in its order (the algorithm, the length, the encoding), and its
// byte: 0 for an algorithm it has not registered; for a length, the end when too short, else the first digit too
// many; for the encoding, the first uppercase digit.
std::pair<error_code, std::size_t> go_digest_verdict(std::string_view digest) {
  const std::size_t colon = digest.find(':');
  const std::string_view algorithm = digest.substr(0, colon);
  const std::size_t first_hex = colon + 1, hex_digits = digest.size() - first_hex;
  for (const auto& [name, length] : registered_algorithms) {
    if (algorithm != name) continue;
    if (hex_digits != length) {
      return {error_code::invalid_length, hex_digits < length ? digest.size() : first_hex + length};
    }
    return {error_code::invalid_character, digest.find_first_of("ABCDEF", first_hex)};
  }
  return {error_code::unsupported_algorithm, 0};
}

// Why swrkit's diagnosis of a part is wrong, or "" when it is right: `e` is at byte `at` of the text, the part
// starts at `from` and is `part`.
std::string judge_path(const grammar& g, const swr::error& e, std::string_view path, std::size_t from) {
  if (e.field != field::image_path) return "not the path";
  if (!within(e.position, from, path.size())) return "outside the path";
  const std::size_t at = e.position - from;
  switch (e.code) {
    case error_code::empty: return path.empty() ? "" : "empty for a path that is not";
    case error_code::too_long: return path.size() > 255 && at == 255 ? "" : "too_long misplaced";
    case error_code::invalid_end:
      return path.size() <= 255 && at + 1 == path.size() && g.path_prefix_ok(path) ? "" : "invalid_end misplaced";
    case error_code::invalid_character:
    case error_code::invalid_start:
    case error_code::adjacent_separators:
    case error_code::too_many_underscores:
      if (path.size() > 255) return "a scan error before too_long";
      return is_first_bad_byte(path, at, [&](std::string_view p) { return g.path_prefix_ok(p); })
                 ? ""
                 : "not the path's first bad byte";
    default: return "a code the path cannot have";
  }
}
std::string judge_tag(const grammar& g, const swr::error& e, std::string_view tag, std::size_t from) {
  if (e.field != field::tag) return "not the tag";
  if (!within(e.position, from, tag.size())) return "outside the tag";
  const std::size_t at = e.position - from;
  switch (e.code) {
    case error_code::empty: return tag.empty() ? "" : "empty for a tag that is not";
    case error_code::too_long: return tag.size() > 128 && at == 128 ? "" : "too_long misplaced";
    case error_code::invalid_character:
    case error_code::invalid_start:
      if (tag.size() > 128) return "a scan error before too_long";
      return is_first_bad_byte(tag, at, [&](std::string_view t) { return g.tag_prefix_ok(t); })
                 ? ""
                 : "not the tag's first bad byte";
    default: return "a code a tag cannot have";
  }
}
std::string judge_digest(const grammar& g, const swr::error& e, std::string_view digest, std::size_t from) {
  if (e.field != field::digest) return "not the digest";
  if (!within(e.position, from, digest.size())) return "outside the digest";
  const std::size_t at = e.position - from;
  if (g.digest_grammar_ok(digest)) {
    return std::pair(e.code, at) == go_digest_verdict(digest) ? "" : "not go-digest's verdict at its byte";
  }
  const auto good = [&](std::string_view d) { return g.digest_prefix_ok(d); };
  switch (e.code) {
    case error_code::empty: return digest.empty() ? "" : "empty for a digest that is not";
    case error_code::invalid_start:
    case error_code::adjacent_separators:
    case error_code::invalid_character:
      return is_first_bad_byte(digest, at, good) ? "" : "not the digest's first bad byte";
    case error_code::invalid_end:  // at the separator whose ':' is the first bad byte
      return is_first_bad_byte(digest, at + 1, good) && digest[at + 1] == ':' ? "" : "invalid_end misplaced";
    case error_code::incomplete:
    case error_code::invalid_length:  // every byte fits, too few of them
      return at == digest.size() && good(digest) ? "" : "misplaced at the end";
    default: return "a code for a digest outside the grammar";
  }
}
// The registry's byte is the first that no registry has there, but for a component's last '-' (before a '.', a
// ':' or the end), which swrkit points at; a registry that stops too early, at its end or at its last byte.
std::string judge_registry(const grammar& g, const swr::error& e, std::string_view registry) {
  if (e.field != field::registry || e.code != error_code::invalid_host) return "not invalid_host in the registry";
  const std::size_t at = e.position;
  std::size_t first_bad = 0;
  while (first_bad < registry.size() && g.registry_prefix_ok(registry.substr(0, first_bad + 1))) ++first_bad;
  if (first_bad == registry.size()) return at == registry.size() || at + 1 == registry.size() ? "" : "not at its end";
  if (at == first_bad || (at + 1 == first_bad && registry[at] == '-')) return "";
  return "not the registry's first bad byte";
}

// ---- The generator: references of every kind of part, valid or with the mistakes people make, and stray
// separators.
class reference_generator {
 public:
  explicit reference_generator(std::uint64_t seed) : random_(seed) {}

  std::string next() {
    std::string text;
    if (!one_in(3)) text += registry() + "/";
    text += path();
    if (!one_in(3)) text += ":" + tag();
    if (one_in(4)) text += "@" + digest();
    if (one_in(12)) stray(text);
    return text;
  }

  std::string tag() {
    if (one_in(40)) return "";
    const std::size_t length = one_in(8) ? 126 + random_.below(5) : 1 + random_.below(20);
    std::string t(1, pick("abcxyzABCXYZ0189_"));
    t += run("abcxyzABCXYZ0189_.-", length - 1);
    if (one_in(8)) spoil(t, {".", "-", "+", "~", "!", " ", "$", "\xc3\xa9", ":", "/", "\t"});
    return t;
  }

  std::string digest() {
    const auto& [algorithm, length] = registered_algorithms[random_.below(std::size(registered_algorithms))];
    switch (random_.below(16)) {
      case 0:  // another length: near it, another algorithm's, the grammar's least, or below it
        return std::string(algorithm) + ":" + hex(pick_size({length - 1, length + 1, length - 2, 64, 96, 128, 32, 31}));
      case 1: {  // uppercase hex: one digit, or every letter
        std::string h = hex(length);
        if (one_in(2)) {
          h[random_.below(h.size())] = pick("ABCDEF");
        } else {
          for (char& c : h) c = c >= 'a' && c <= 'f' ? static_cast<char>(c - 'a' + 'A') : c;
        }
        return std::string(algorithm) + ":" + h;
      }
      case 2:  // an algorithm of the grammar that go-digest has not registered
        return std::string(pick({"md5", "sha1", "SHA256", "Sha256", "sha256+b64", "multihash+base58", "blake3",
                                 "sha512-256", "sha256.x"})) +
               ":" + hex(32 + random_.below(97));
      case 3:  // outside the grammar
        return std::string(pick(
                   {"sha256", "sha256:", ":", "1sha:", "sha__256:", "sha256-:", "+sha:", "sha 256:", "sha256::", ""})) +
               (one_in(4) ? std::string() : hex(length));
      case 4: {  // a byte that is no hex digit
        std::string h = hex(length);
        h[random_.below(h.size())] = pick("gGz :/@-");
        return std::string(algorithm) + ":" + h;
      }
      default: return std::string(algorithm) + ":" + hex(length);
    }
  }

 private:
  bool one_in(std::size_t n) { return random_.below(n) == 0; }
  char pick(std::string_view from) { return from[random_.below(from.size())]; }
  std::string_view pick(std::initializer_list<std::string_view> from) {
    return from.begin()[random_.below(from.size())];
  }
  std::size_t pick_size(std::initializer_list<std::size_t> from) { return from.begin()[random_.below(from.size())]; }
  std::string run(std::string_view alphabet, std::size_t n) {
    std::string s;
    for (std::size_t i = 0; i < n; ++i) s += pick(alphabet);
    return s;
  }
  std::string hex(std::size_t n) { return run("0123456789abcdef", n); }

  // A mistake somewhere in a part: replacing a byte, inserted, or at either end.
  void spoil(std::string& part, std::initializer_list<std::string_view> mistakes) {
    const std::string_view m = pick(mistakes);
    switch (random_.below(4)) {
      case 0: part.insert(0, m); break;
      case 1: part += m; break;
      case 2: part.insert(random_.below(part.size() + 1), m); break;
      default:
        if (part.empty()) {
          part = m;
        } else {
          part.replace(random_.below(part.size()), 1, m);
        }
    }
  }

  std::string domain_component() {
    std::string c(1, pick("abcxyzABCXYZ019"));
    if (one_in(2)) c += run("abcxyzXYZ019-", random_.below(6)) + pick("abcXYZ019");
    return c;
  }
  std::string port() { return ":" + run("0123456789", 1 + random_.below(6)); }

  std::string registry() {
    std::string r;
    switch (random_.below(10)) {
      case 0: r = "localhost"; break;
      case 1: r = std::to_string(random_.below(256)) + "." + std::to_string(random_.below(256)) + ".0.1"; break;
      case 2: {  // IPv6: groups of hex digits in either case, "::" somewhere
        r = "[";
        for (std::size_t i = 0, n = 1 + random_.below(5); i < n; ++i)
          r += run("0123456789abcdefABCDEF", random_.below(5)) + ":";
        r += run("0123456789abcdef", 1 + random_.below(4)) + "]";
        break;
      }
      case 3: r = std::string(swr::regions[random_.below(std::size(swr::regions))].registry); break;
      case 4: r = pick({"Registry", "REG", "MyHost", "team", "docker", "index.docker.io"}); break;  // Docker's rule
      default:
        r = domain_component();
        for (std::size_t i = 0, n = random_.below(4); i < n; ++i) r += "." + domain_component();
    }
    if (one_in(3)) r += port();
    if (one_in(6)) {
      spoil(r, {"-", ".", "..", "-.", ".-", "_", ":", "::", ":8a", "[", "]", "%eth0", " ", "\xc3\xa9", "[]"});
    }
    return r;
  }

  std::string path_component() {
    static constexpr std::string_view separators[] = {".", "_", "__", "-", "--", "---"};
    std::string c = run("abcxyz0189", 1 + random_.below(8));
    for (std::size_t i = 0, n = random_.below(4); i < n; ++i) {
      c += separators[random_.below(std::size(separators))];
      c += run("abcxyz0189", 1 + random_.below(6));
    }
    return c;
  }

  std::string path() {
    std::string p;
    if (one_in(10)) {  // around the limit: 250 to 260 bytes, most of them 254 to 257
      const std::size_t target = one_in(3) ? 250 + random_.below(11) : 254 + random_.below(4);
      while (p.size() < target) p += path_component() + "/";
      p.resize(target);
      p.back() = 'a';  // what precedes is a valid prefix, so a letter ends a valid path
    } else {
      p = path_component();
      for (std::size_t i = 0, n = random_.below(4); i < n; ++i) p += "/" + path_component();
    }
    if (one_in(7)) {
      spoil(p, {"A",   "Z",  "$",  "^",  "~",  " ",  "\xc3\xa9",
                "___", "._", "_.", "-.", ".-", "..", "_-",
                "//",  "-",  "_",  ".",  "/",  "\n", std::string_view("\0", 1)});
    }
    return p;
  }

  // A ':', '@' or '/' out of place, or a byte lost or doubled.
  void stray(std::string& text) {
    const std::size_t at = random_.below(text.size() + 1);
    switch (random_.below(4)) {
      case 0: text.insert(at, 1, pick(":@/")); break;
      case 1:
        if (at < text.size()) text.erase(at, 1);
        break;
      case 2:
        if (at < text.size()) text.insert(at, 1, text[at]);
        break;
      default: text.insert(at, pick({"::", "@@", "//", ":/", "/:", "@:", ":@"})); break;
    }
  }

  swr_test::byte_generator random_;
};

// swrkit's parts of a text it accepts, each checked to be a view into that text.
bool views_into(std::string_view text, std::string_view part) {
  return part.empty() || (part.data() >= text.data() && part.data() + part.size() <= text.data() + text.size());
}

}  // namespace

TEST_CASE("the oracle: PCRE2 runs distribution's expressions as its regexp_test.go says they match") {
  // The composition is the fully expanded reference expression, as published (distribution/reference v0.6.0).
  CHECK(reference_pattern == R"(^((?:(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))"
                             R"((?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*)"
                             R"(|\[(?:[a-fA-F0-9:]+)\])(?::[0-9]+)?/)?)"
                             R"([a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*)*))"
                             R"((?::([\w][\w.-]{0,127}))?)"
                             R"((?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][[:xdigit:]]{32,}))?$)");
  const grammar g;
  // TestDomainRegexp: ^domainAndPort$.
  struct domain_case {
    const char* input;
    bool match;
  };
  for (const domain_case& c : {
           domain_case{"test.com", true},
           {"test.com:10304", true},
           {"test.com:http", false},
           {"localhost", true},
           {"localhost:8080", true},
           {"a", true},
           {"a.b", true},
           {"ab.cd.com", true},
           {"a-b.com", true},
           {"-ab.com", false},
           {"ab-.com", false},
           {"ab.c-om", true},
           {"ab.-com", false},
           {"ab.com-", false},
           {"0101.com", true},
           {"001a.com", true},
           {"b.gbc.io:443", true},
           {"b.gbc.io", true},
           {"xn--n3h.com", true},
           {"Asdf.com", true},
           {"192.168.1.1:75050", true},
           {"192.168.1.1:750050", true},
           {"[fd00:1:2::3]:75050", true},
           {"[fd00:1:2::3]75050", false},
           {"[fd00:1:2::3]::75050", false},
           {"[fd00:1:2::3%eth0]:75050", false},
           {"[fd00123123123]:75050", true},
           {"[2001:0db8:85a3:0000:0000:8a2e:0370:7334]:75050", true},
           {"[2001:0db8:85a3:0000:0000:8a2e:0370:7334]:750505", true},
           {"fd00:1:2::3:75050", false},
       }) {
    CAPTURE(c.input);
    CHECK(g.registry_ok(c.input) == c.match);
  }
  // TestFullNameRegexp: anchoredNamePat, its groups the raw domain and the path (Docker's rule comes after).
  struct name_case {
    std::string input;
    bool match;
    const char* domain;
    std::string path;
  };
  const name_case names[] = {
      {"", false, "", ""},
      {"short", true, "", "short"},
      {"simple/name", true, "simple", "name"},
      {"docker/stevvooe/app", true, "docker", "stevvooe/app"},
      {"a/a/a/a/", false, "", ""},
      {"a//a/a", false, "", ""},
      {"foo.com", true, "", "foo.com"},
      {"foo.com/", false, "", ""},
      {"foo.com:8080/bar", true, "foo.com:8080", "bar"},
      {"foo.com:http/bar", false, "", ""},
      {"localhost:8080/bar", true, "localhost:8080", "bar"},
      {"a^a", false, "", ""},
      {"aa/asdf$$^/aa", false, "", ""},
      {"aa-a/a", true, "aa-a", "a"},
      {repeated("a/", 128) + "a", true, "a", repeated("a/", 127) + "a"},
      {"a-/a/a/a", false, "", ""},
      {"foo_bar.com", true, "", "foo_bar.com"},
      {"foo_bar.com:8080", false, "", ""},
      {"foo_bar.com:8080/app", false, "", ""},
      {"____/____", false, "", ""},
      {"docker./docker", false, "", ""},
      {"do__cker:8080/docker", false, "", ""},
      {"do__cker/docker", true, "", "do__cker/docker"},
      {"registry.io/foo/project--id.module--name.ver---sion--name", true, "registry.io",
       "foo/project--id.module--name.ver---sion--name"},
      {"Asdf.com/foo/bar", true, "Asdf.com", "foo/bar"},
      {"Foo/FarB", false, "", ""},
  };
  for (const name_case& c : names) {
    CAPTURE(c.input);
    REQUIRE(g.anchored_name.match(c.input) == c.match);
    if (c.match) {
      CHECK(g.anchored_name.group(1).value_or("") == c.domain);
      CHECK(*g.anchored_name.group(2) == c.path);
    }
  }
  // TestReferenceRegexp: the reference expression and its groups name, tag and digest.
  const std::string hex = "be178c0543eb17f5f3043021c9e5fcf30285e557a4fc309cce97ff9ca6182912";
  struct reference_case {
    std::string input;
    bool match;
    std::string name, tag, digest;
  };
  const reference_case references[] = {
      {"registry.com:8080/myapp:tag", true, "registry.com:8080/myapp", "tag", ""},
      {"registry.com:8080/myapp@sha256:" + hex, true, "registry.com:8080/myapp", "", "sha256:" + hex},
      {"registry.com:8080/myapp:tag2@sha256:" + hex, true, "registry.com:8080/myapp", "tag2", "sha256:" + hex},
      {"registry.com:8080/myapp@sha256:badbadbadbad", false, "", "", ""},
      {"registry.com:8080/myapp:invalid~tag", false, "", "", ""},
      {"bad_hostname.com:8080/myapp:tag", false, "", "", ""},
      {"localhost:8080@sha256:" + hex, true, "localhost", "8080", "sha256:" + hex},
      {"localhost:8080/name@sha256:" + hex, true, "localhost:8080/name", "", "sha256:" + hex},
      {"localhost:http/name@sha256:" + hex, false, "", "", ""},
      {"localhost@sha256:" + hex, true, "localhost", "", "sha256:" + hex},
      {"registry.com:8080/myapp@bad", false, "", "", ""},
      {"registry.com:8080/myapp@2bad", false, "", "", ""},
      {"app\n", false, "", "", ""},  // Go's `$` is the end of the text, and so is this one's
  };
  for (const reference_case& c : references) {
    CAPTURE(c.input);
    REQUIRE(g.whole_reference.match(c.input) == c.match);
    if (c.match) {
      CHECK(*g.whole_reference.group(1) == c.name);
      CHECK(g.whole_reference.group(2).value_or("") == c.tag);
      CHECK(g.whole_reference.group(3).value_or("") == c.digest);
    }
  }
  // go-digest after the grammar: the registered algorithms, their lengths, lowercase only.
  CHECK(g.digest_ok("sha256:" + hex));
  CHECK(g.digest_grammar_ok("sha256:" + hex.substr(0, 39)));
  CHECK_FALSE(g.digest_ok("sha256:" + hex.substr(0, 39)));
  CHECK_FALSE(g.digest_ok("md5:" + hex.substr(0, 32)));
  CHECK_FALSE(g.digest_ok("sha256:" + hex.substr(0, 63) + "A"));
  CHECK(g.digest_ok("sha512:" + hex + hex));
}

TEST_CASE("parse_image_reference against distribution's grammar with Docker's rule on 120,000 references") {
  const grammar g;
  reference_generator generate(20261223);
  mismatches wrong;
  std::map<std::string, std::size_t> seen;  // what the generator reached, so that a weak one fails the test
  for (int i = 0; i < 120000; ++i) {
    const std::string text = generate.next();
    const std::optional<parts> expected = g.parse(text);
    const auto parsed = swr::parse_image_reference(text);
    const located l = locate(text);
    // The cut and the parts alone decide as the whole expression does: a check of the oracle itself.
    const bool parts_ok = (!l.has_registry || g.registry_ok(l.registry)) && g.path_ok(l.path) &&
                          (l.tag_at == npos || g.tag_ok(l.tag)) && (l.digest_at == npos || g.digest_ok(l.digest));
    if (parts_ok != expected.has_value()) {
      wrong.add([&] { return "the oracle's cut disagrees with its expression on \"" + printable(text) + "\""; });
    }
    if (expected) {
      ++seen["accepted"];
      if (!expected->registry.empty()) ++seen["with a registry"];
      if (expected->registry.find('[') != npos) ++seen["an IPv6 registry"];
      if (expected->registry.find(':') != npos && expected->registry.back() != ']') ++seen["a registry with a port"];
      if (expected->registry.substr(0, 9) == "localhost") ++seen["localhost"];
      if (expected->path.size() == 255) ++seen["a path of 255 bytes"];
      if (expected->tag.size() == 128) ++seen["a tag of 128 bytes"];
      if (!expected->digest.empty()) ++seen[std::string(expected->digest.substr(0, 6))];
      if (!parsed) {
        wrong.add([&] {
          return "swrkit refuses \"" + printable(text) + "\" (" + std::string(swr::to_string(parsed.error().code)) +
                 " at " + std::to_string(parsed.error().position) + "), the grammar accepts " + describe(*expected);
        });
        continue;
      }
      const parts got{parsed->registry, parsed->path, parsed->tag, parsed->digest};
      if (!(got == *expected) || !views_into(text, got.registry) || !views_into(text, got.path) ||
          !views_into(text, got.tag) || !views_into(text, got.digest)) {
        wrong.add([&] {
          return "on \"" + printable(text) + "\" swrkit gives " + describe(got) + ", the grammar " +
                 describe(*expected);
        });
      }
      continue;
    }
    ++seen["refused"];
    if (parsed) {
      wrong.add([&] {
        return "swrkit accepts \"" + printable(text) + "\" as " +
               describe({parsed->registry, parsed->path, parsed->tag, parsed->digest}) + ", the grammar refuses it";
      });
      continue;
    }
    const swr::error& e = parsed.error();
    ++seen["refused: " + std::string(swr::to_string(e.field))];
    ++seen["refused: " + std::string(swr::to_string(e.code))];
    std::string why;
    if (e.position > text.size()) {
      why = "the position is past the text";
    } else if (!l.decided) {
      const bool part = e.field == field::registry || e.field == field::image_path || e.field == field::tag ||
                        e.field == field::digest;
      if (!part) why = "no part of a reference";
    } else if (l.has_registry && !g.registry_ok(l.registry)) {
      why = judge_registry(g, e, l.registry);
    } else if (!g.path_ok(l.path)) {
      why = judge_path(g, e, l.path, l.path_at);
    } else if (l.tag_at != npos && !g.tag_ok(l.tag)) {
      why = judge_tag(g, e, l.tag, l.tag_at);
    } else if (l.digest_at != npos) {
      why = judge_digest(g, e, l.digest, l.digest_at);
    } else {
      why = "no part is wrong";
    }
    if (!why.empty()) {
      wrong.add([&] {
        return "on \"" + printable(text) + "\" swrkit says " + std::string(swr::to_string(e.code)) + " in " +
               std::string(swr::to_string(e.field)) + " at " + std::to_string(e.position) + ": " + why;
      });
    }
  }
  CHECK(wrong.count() == 0);
  // Both verdicts in good number, and every kind of part and diagnosis the generator is meant to reach.
  CHECK(seen["accepted"] > 40000);
  CHECK(seen["refused"] > 30000);
  for (const char* kind : {"with a registry",
                           "an IPv6 registry",
                           "a registry with a port",
                           "localhost",
                           "a path of 255 bytes",
                           "a tag of 128 bytes",
                           "sha256",
                           "sha384",
                           "sha512",
                           "refused: registry",
                           "refused: image_path",
                           "refused: tag",
                           "refused: digest",
                           "refused: too_long",
                           "refused: unsupported_algorithm",
                           "refused: invalid_length",
                           "refused: invalid_host",
                           "refused: adjacent_separators",
                           "refused: too_many_underscores",
                           "refused: invalid_end",
                           "refused: incomplete",
                           "refused: empty"}) {
    CAPTURE(kind);
    CHECK(seen[kind] > 0);
  }
}

TEST_CASE("parse_swr_image_reference accepts only what the grammar accepts, with the same parts") {
  const grammar g;
  reference_generator generate(20261224);
  mismatches wrong;
  std::size_t accepted = 0;
  for (int i = 0; i < 20000; ++i) {
    // An SWR registry first, so that the organization and repository rules are reached.
    const std::string text = std::string(swr::regions[static_cast<std::size_t>(i) % std::size(swr::regions)].registry) +
                             "/" + generate.next();
    const auto swr_parsed = swr::parse_swr_image_reference(text);
    if (!swr_parsed) {
      if (swr_parsed.error().position > text.size()) wrong.add([&] { return "past the end: " + printable(text); });
      continue;
    }
    ++accepted;
    const std::optional<parts> expected = g.parse(text);
    const std::string path = std::string(swr_parsed->namespace_name) + "/" + std::string(swr_parsed->repository);
    if (!expected || expected->registry != swr_parsed->registry || expected->path != path ||
        expected->tag != swr_parsed->tag || expected->digest != swr_parsed->digest) {
      wrong.add([&] { return "swrkit's SWR reference is not the grammar's: " + printable(text); });
    }
  }
  CHECK(wrong.count() == 0);
  CHECK(accepted > 1000);
}

TEST_CASE("check_tag and check_tag_prefix against the tag expression on 100,000 generated tags") {
  const grammar g;
  reference_generator generate(20261225);
  swr_test::byte_generator random(20261226);
  mismatches wrong;
  std::size_t valid = 0;
  for (int i = 0; i < 100000; ++i) {
    // The generator's tags, or bytes of any value of any length up to 140.
    const std::string tag = i % 4 == 0 ? random.bytes(random.below(141)) : generate.tag();
    const swr::name_check full = swr::check_tag(tag);
    const swr::name_check prefix = swr::check_tag_prefix(tag);
    const bool expected = g.tag_ok(tag);
    valid += expected ? 1 : 0;
    std::string why;
    if (full.ok() != expected || swr::is_valid_tag(tag) != expected) {
      why = "validity";
    } else if (prefix.ok() != g.tag_prefix_ok(tag)) {
      why = "the prefix verdict";
    } else if (!full.ok()) {
      const swr::error as_part{static_cast<error_code>(full.error), field::tag, full.position};
      why = judge_tag(g, as_part, tag, 0);
      // The prefix check reports the same scan error; it has no `empty`.
      const bool scan =
          full.error == swr::name_error::invalid_character || full.error == swr::name_error::invalid_start;
      if (why.empty() && (scan || full.error == swr::name_error::too_long) && prefix != full) why = "the prefix check";
    }
    if (!why.empty()) {
      wrong.add([&] {
        return "on tag \"" + printable(tag) + "\": " + why + " (" + std::string(swr::to_string(full.error)) + " at " +
               std::to_string(full.position) + ")";
      });
    }
  }
  CHECK(wrong.count() == 0);
  CHECK(valid > 30000);
  CHECK(valid < 80000);
}

TEST_CASE("check_digest against the digest expression and go-digest on 100,000 generated digests") {
  const grammar g;
  reference_generator generate(20261227);
  swr_test::byte_generator random(20261228);
  mismatches wrong;
  std::map<error_code, std::size_t> codes;
  for (int i = 0; i < 100000; ++i) {
    std::string digest = generate.digest();
    if (i % 5 == 0 && !digest.empty()) digest[random.below(digest.size())] = static_cast<char>(random.next() >> 56);
    const swr::error e = swr::check_digest(digest);
    const bool expected = g.digest_ok(digest);
    ++codes[e.code];
    std::string why;
    if (e.ok() != expected || swr::is_valid_digest(digest) != expected) {
      why = "validity";
    } else if (!e.ok()) {
      why = judge_digest(g, e, digest, 0);
    }
    if (!why.empty()) {
      wrong.add([&] {
        return "on digest \"" + printable(digest) + "\": " + why + " (" + std::string(swr::to_string(e.code)) + " at " +
               std::to_string(e.position) + ")";
      });
    }
  }
  CHECK(wrong.count() == 0);
  for (const error_code code :
       {error_code::none, error_code::empty, error_code::invalid_start, error_code::adjacent_separators,
        error_code::invalid_character, error_code::invalid_end, error_code::incomplete, error_code::invalid_length,
        error_code::unsupported_algorithm}) {
    CAPTURE(swr::to_string(code));
    CHECK(codes[code] > 0);
  }
}
