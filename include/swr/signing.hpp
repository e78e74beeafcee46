// SPDX-License-Identifier: MIT
// swrkit — AK/SK request signing, SDK-HMAC-SHA256 (docs/signing.md), and its verification for servers.
// Pure functions of the request's bytes, the keys and a time the caller gives: no I/O, no clock, no crypto
// library (sha256.hpp). sign() works for any SWR request; to_http_request (http.hpp) signs the
// create-repository request with it. Nothing here ever writes the secret key, and no error quotes a key.
//
// The functions that sort or hold containers of their own are templates with a defaulted parameter
// (`template <class = void>`): a template is instantiated only where it is used, so a translation unit that
// includes swrkit and signs nothing does not pay for them.
#ifndef SWR_SIGNING_HPP
#define SWR_SIGNING_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "swr/config.hpp"
#include "swr/error.hpp"
#include "swr/http_header.hpp"
#include "swr/result.hpp"
#include "swr/sdk_date.hpp"
#include "swr/sha256.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// The name of the signing scheme, the first word of the Authorization header.
inline constexpr std::string_view signing_algorithm = "SDK-HMAC-SHA256";

/// How far a request's X-Sdk-Date may be from the server's clock: 15 minutes, either way.
inline constexpr std::int64_t signing_max_skew_seconds = 15 * 60;

/// One query parameter, decoded: `{"name", "web app"}` is sent as `name=web%20app`.
struct query_parameter {
  std::string name;
  std::string value;
};

/// A request to sign: the method, the decoded path (a `$` in it is signed, and sent by
/// to_request_target, as `%24`), the decoded query parameters, every header to sign, and the exact body.
struct signing_input {
  std::string method;
  std::string path;
  std::vector<query_parameter> query;
  std::vector<http_header> headers;
  std::string body;
};

/// An access key pair, and for temporary credentials the security token (sent and signed as
/// X-Security-Token; empty for permanent keys). Visible ASCII only.
struct access_key {
  std::string id;
  std::string secret;
  std::string security_token = {};
};

/// What sign() made. `headers` are the headers to add to the request as they are: X-Sdk-Date, the
/// X-Security-Token if any, and Authorization; they are the only member that holds the security token.
/// The other members show the steps, for tests and debugging: `canonical_request` shows the
/// x-security-token line as `x-security-token:<redacted>` (the signature is over the token itself), and
/// `signature` and `authorization` are credentials for 15 minutes: do not log them.
struct signature {
  std::string canonical_request;
  std::string string_to_sign;
  std::string signed_headers;  ///< e.g. "content-type;host;x-sdk-date"
  std::string signature;       ///< 64 lowercase hex digits
  std::string authorization;   ///< "SDK-HMAC-SHA256 Access=AK, SignedHeaders=…, Signature=…"
  std::vector<http_header> headers;
};

namespace detail {
// Sorts `v` by `less`: a heapsort, O(n log n) also on a query a client chose to make long, written here because
// <algorithm> would add about 100 M compiler instructions to every translation unit that includes swrkit.
// Not stable: the canonical request sorts values that are equal only when identical.
template <class T, class Less>
constexpr void heap_sort(std::vector<T>& v, Less less) {
  const auto sift_down = [&v, &less](std::size_t root, std::size_t end) {
    for (std::size_t child = 2 * root + 1; child < end; root = child, child = 2 * root + 1) {
      if (child + 1 < end && less(v[child], v[child + 1])) ++child;
      if (!less(v[root], v[child])) return;
      std::swap(v[root], v[child]);
    }
  };
  for (std::size_t i = v.size() / 2; i-- > 0;) sift_down(i, v.size());
  for (std::size_t end = v.size(); end-- > 1;) {
    std::swap(v[0], v[end]);
    sift_down(0, end);
  }
}

// Puts `s` with each byte that is not unreserved (A-Z a-z 0-9 - _ . ~), nor `kept`, written %XX, uppercase
// hex, as runs: `put(std::string_view)` appends to a string or feeds a hash.
template <class Put>
constexpr void put_uri_escaped(std::string_view s, Put&& put, char kept = '\0') {
  constexpr char hex[] = "0123456789ABCDEF";
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                            c == '_' || c == '.' || c == '~' || (c == kept && c != '\0');
    if (unreserved) continue;
    const auto byte = static_cast<unsigned char>(c);
    const char escaped[3] = {'%', hex[byte >> 4], hex[byte & 0xF]};
    put(s.substr(run, i - run));
    put(std::string_view(escaped, 3));
    run = i + 1;
  }
  put(s.substr(run));
}

// The path with each '/'-separated segment escaped (the '/' kept): what goes in the request line and, with
// a final '/', in the canonical request. A segment never escapes to a '/', so the result ends in '/' when the
// path does.
template <class Put>
constexpr void put_escaped_path(std::string_view path, Put&& put) {
  put_uri_escaped(path, put, '/');
}

SWR_CONSTEXPR_STRING auto appender(std::string& out) {
  return [&out](std::string_view part) { out.append(part); };
}

// Spaces and tabs removed from both ends.
constexpr std::string_view trim_header_value(std::string_view value) noexcept {
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
  return value;
}

// A header as the canonical request has it: the name in lowercase, the value trimmed.
struct canonical_header {
  std::string name;
  std::string_view value;
};

// The decoded parts of a request, as views: what sign() and verification both canonicalize.
struct request_parts {
  std::string_view method;
  std::string_view path;
  std::vector<std::pair<std::string_view, std::string_view>> query;
  std::vector<canonical_header> headers;  // sorted by name, no two alike
  std::string_view body;
};

// Writes the canonical request (docs/signing.md) through `put`.
// The method goes in as it is: methods are case-sensitive (RFC 9110, 9.1), so `post` is not `POST`, and a
// signature of one must not verify the other.
template <class Put>
SWR_CONSTEXPR_STRING void put_canonical_request(const request_parts& parts, Put&& put) {
  put(parts.method);
  put(std::string_view("\n"));
  put_escaped_path(parts.path, put);
  put(std::string_view(parts.path.empty() || parts.path.back() != '/' ? "/\n" : "\n"));
  if (!parts.query.empty()) {
    std::vector<std::pair<std::string, std::string>> query(parts.query.size());
    for (std::size_t i = 0; i < query.size(); ++i) {
      put_uri_escaped(parts.query[i].first, appender(query[i].first));
      put_uri_escaped(parts.query[i].second, appender(query[i].second));
    }
    heap_sort(query, [](const auto& a, const auto& b) { return a < b; });
    for (std::size_t i = 0; i < query.size(); ++i) {
      if (i > 0) put(std::string_view("&"));
      put(query[i].first);
      put(std::string_view("="));
      put(query[i].second);
    }
  }
  put(std::string_view("\n"));
  bool unsigned_payload = false;
  for (const canonical_header& h : parts.headers) {
    put(h.name);
    put(std::string_view(":"));
    put(h.value);
    put(std::string_view("\n"));
    unsigned_payload = unsigned_payload || (h.name == "x-sdk-content-sha256" && h.value == "UNSIGNED-PAYLOAD");
  }
  put(std::string_view("\n"));
  for (std::size_t i = 0; i < parts.headers.size(); ++i) {
    if (i > 0) put(std::string_view(";"));
    put(parts.headers[i].name);
  }
  put(std::string_view("\n"));
  put(unsigned_payload ? std::string_view("UNSIGNED-PAYLOAD") : to_hex(sha256::digest(parts.body)).view());
}

template <class = void>
SWR_CONSTEXPR_STRING std::string canonical_request(const request_parts& parts) {
  std::string out;
  out.reserve(256 + parts.path.size());
  put_canonical_request(parts, appender(out));
  return out;
}

// The hex SHA-256 of the canonical request: written into a buffer on the stack, which holds most requests
// (a string when it does not), then hashed in one pass.
template <class = void>
inline sha256_hex canonical_request_hash(const request_parts& parts) {
  char buffer[512];
  std::size_t size = 0;
  bool fits = true;
  put_canonical_request(parts, [&](std::string_view part) {
    if (!fits || part.empty()) return;
    fits = part.size() <= sizeof buffer - size;
    if (fits) std::memcpy(buffer + size, part.data(), part.size());
    size += part.size();
  });
  return to_hex(sha256::digest(fits ? std::string_view(buffer, size) : std::string_view(canonical_request(parts))));
}

// HMAC-SHA256(SK, "SDK-HMAC-SHA256\n" + date + "\n" + the canonical request's hash), in hex.
constexpr sha256_hex signature_of(std::string_view secret, std::string_view date, const sha256_hex& canonical_hash) {
  hmac_sha256 mac(secret);
  mac.update(signing_algorithm).update("\n").update(date).update("\n").update(canonical_hash.view());
  return to_hex(mac.finish());
}

template <class = void>
SWR_CONSTEXPR_STRING std::string signed_headers_of(const request_parts& parts) {
  std::string names;
  for (std::size_t i = 0; i < parts.headers.size(); ++i) {
    if (i > 0) names += ';';
    names += parts.headers[i].name;
  }
  return names;
}

// Adds what sign() adds to a request: X-Sdk-Date, X-Security-Token (with temporary credentials), Authorization.
template <class = void>
SWR_CONSTEXPR_STRING void add_signature_headers(std::vector<http_header>& headers, const access_key& key,
                                                std::string_view date, std::string_view signed_headers,
                                                std::string_view signature) {
  std::string authorization;
  authorization.reserve(signing_algorithm.size() + key.id.size() + signed_headers.size() + 100);
  authorization.append(signing_algorithm).append(" Access=").append(key.id);
  authorization.append(", SignedHeaders=").append(signed_headers).append(", Signature=").append(signature);
  headers.push_back({"X-Sdk-Date", std::string(date)});
  if (!key.security_token.empty()) headers.push_back({"X-Security-Token", key.security_token});
  headers.push_back({"Authorization", std::move(authorization)});
}

// A decoded path: starts with '/', no control character (any other byte is escaped where it is sent and signed).
constexpr error check_path(std::string_view path) noexcept {
  if (path.empty()) return {error_code::empty, field::path, 0};
  if (path.front() != '/') return {error_code::invalid_character, field::path, 0};
  for (std::size_t i = 0; i < path.size(); ++i) {
    const auto byte = static_cast<unsigned char>(path[i]);
    if (byte < 0x20 || byte == 0x7F) return {error_code::invalid_character, field::path, i};
  }
  return {};
}

// The headers that sign() adds itself; a caller may not give them.
constexpr bool is_signer_header(std::string_view name) noexcept {
  return equal_ignoring_case(name, "x-sdk-date") || equal_ignoring_case(name, "x-security-token") ||
         equal_ignoring_case(name, "authorization");
}

template <class Headers>
constexpr error check_signing_headers(const Headers& headers) noexcept {
  for (std::size_t i = 0; i < headers.size(); ++i) {
    const error name = check_header_name(headers[i].name);
    if (!name.ok()) return name;
    const error value = check_header_value(headers[i].value);
    if (!value.ok()) return value;
    if (is_signer_header(headers[i].name)) return {error_code::duplicate_header, field::header_name, 0};
    for (std::size_t j = 0; j < i; ++j) {
      if (equal_ignoring_case(headers[j].name, headers[i].name)) {
        return {error_code::duplicate_header, field::header_name, 0};
      }
    }
  }
  return {};
}

template <class = void>
SWR_CONSTEXPR_STRING std::vector<canonical_header> canonical_headers(const std::vector<http_header>& headers,
                                                                     std::string_view date,
                                                                     std::string_view security_token) {
  std::vector<canonical_header> out;
  out.reserve(headers.size() + 2);
  for (const http_header& h : headers) {
    out.push_back({std::string(h.name.size(), '\0'), trim_header_value(h.value)});
    for (std::size_t i = 0; i < h.name.size(); ++i) out.back().name[i] = ascii_lower(h.name[i]);
  }
  out.push_back({"x-sdk-date", date});
  if (!security_token.empty()) out.push_back({"x-security-token", security_token});
  heap_sort(out, [](const canonical_header& a, const canonical_header& b) { return a.name < b.name; });
  return out;
}

// Signs checked parts: fills every member of the signature.
template <class = void>
SWR_CONSTEXPR_STRING signature sign_parts(const request_parts& parts, const access_key& key, std::string_view date) {
  signature s;
  s.canonical_request = canonical_request(parts);
  const sha256_hex canonical_hash = to_hex(sha256::digest(s.canonical_request));
  if (!key.security_token.empty()) {  // only the header to send may carry the token: redact it here
    constexpr std::string_view line = "\nx-security-token:";
    const std::size_t at = s.canonical_request.find(line);
    s.canonical_request.replace(at + line.size(), key.security_token.size(), redacted);
  }
  s.string_to_sign.append(signing_algorithm).append("\n").append(date).append("\n").append(canonical_hash.view());
  s.signed_headers = signed_headers_of(parts);
  s.signature = std::string(signature_of(key.secret, date, canonical_hash).view());
  add_signature_headers(s.headers, key, date, s.signed_headers, s.signature);
  s.authorization = s.headers.back().value;
  return s;
}

}  // namespace detail

/// Checks an access key: the id and the secret non-empty, the three parts visible ASCII only, and no comma in
/// the id (it would end the Access parameter of the Authorization header).
/// `empty` or `invalid_character`, with the field (`access_key_id`, `secret_key`, `security_token`) and
/// the byte; the message never quotes a key.
[[nodiscard]] SWR_CONSTEXPR_STRING error check_access_key(const access_key& key) noexcept {
  error e = detail::check_credential_text(key.id, field::access_key_id, false);
  if (e.ok() && key.id.find(',') != std::string::npos)
    e = {error_code::invalid_character, field::access_key_id, key.id.find(',')};
  if (e.ok()) e = detail::check_credential_text(key.secret, field::secret_key, false);
  if (e.ok()) e = detail::check_credential_text(key.security_token, field::security_token, true);
  return e;
}

namespace detail {
// The first problem of the keys and the date: AK, SK, security token, date.
SWR_CONSTEXPR_STRING error check_credentials(const access_key& key, std::string_view date) noexcept {
  const error e = check_access_key(key);
  return e.ok() ? check_sdk_date(date) : e;
}
}  // namespace detail

/// Signs a request with SDK-HMAC-SHA256 at the time `sdk_date` (an X-Sdk-Date, see to_sdk_date). Every header
/// in `input.headers` is signed, with X-Sdk-Date and, for temporary credentials, X-Security-Token, which sign
/// adds itself. Returns the first problem, in this order: the access key, the date (`invalid_date`), the
/// method (an HTTP token), the path (starts with '/'; no control character), then each
/// header in turn: its name (an HTTP token), its value (no control character but tab), and
/// `duplicate_header` for a name given twice or one of X-Sdk-Date, X-Security-Token and Authorization.
template <class = void>
[[nodiscard]] SWR_CONSTEXPR_STRING result<signature, error> sign(const signing_input& input, const access_key& key,
                                                                 std::string_view sdk_date) {
  error e = detail::check_credentials(key, sdk_date);
  if (e.ok()) e = detail::check_token_text(input.method, field::method);
  if (e.ok()) e = detail::check_path(input.path);
  if (e.ok()) e = detail::check_signing_headers(input.headers);
  if (!e.ok()) return unexpected(e);
  detail::request_parts parts{input.method, input.path, {}, {}, input.body};
  parts.query.reserve(input.query.size());
  for (const query_parameter& q : input.query) parts.query.emplace_back(q.name, q.value);
  parts.headers = detail::canonical_headers(input.headers, sdk_date, key.security_token);
  return detail::sign_parts(parts, key, sdk_date);
}

/// The request target to send for `input`: each path segment and each query name and value escaped as the
/// signature has them (`$` as `%24`, a space as `%20`), the parameters in their order:
/// `/v2/manage/repos?namespace=my-org&name=web%20app`.
template <class = void>
[[nodiscard]] inline std::string to_request_target(const signing_input& input) {
  std::string target;
  detail::put_escaped_path(input.path, detail::appender(target));
  for (std::size_t i = 0; i < input.query.size(); ++i) {
    target += i == 0 ? '?' : '&';
    detail::put_uri_escaped(input.query[i].name, detail::appender(target));
    target += '=';
    detail::put_uri_escaped(input.query[i].value, detail::appender(target));
  }
  return target;
}

// ---- Verification (server side) ----

/// Why a signature is refused, or `valid`.
enum class signature_status : unsigned char {
  valid,
  malformed,              ///< no or bad Authorization, X-Sdk-Date or request target
  unknown_key,            ///< the access key id is not known
  stale_date,             ///< X-Sdk-Date more than 15 minutes from the server's clock
  missing_signed_header,  ///< a header named in SignedHeaders is not in the request
  mismatch,               ///< the signature is not the request's
};

/// The status's identifier, e.g. "stale_date"; "" outside the enum. NUL-terminated.
[[nodiscard]] constexpr std::string_view to_string(signature_status status) noexcept {
  switch (status) {
    case signature_status::valid: return "valid";
    case signature_status::malformed: return "malformed";
    case signature_status::unknown_key: return "unknown_key";
    case signature_status::stale_date: return "stale_date";
    case signature_status::missing_signed_header: return "missing_signed_header";
    case signature_status::mismatch: return "mismatch";
  }
  return "";
}

/// A sentence for the status; it never quotes a key or a signature. NUL-terminated.
[[nodiscard]] constexpr std::string_view message(signature_status status) noexcept {
  switch (status) {
    case signature_status::valid: return "The signature is valid.";
    case signature_status::malformed:
      return "The request is not signed as SDK-HMAC-SHA256 says: a missing or malformed Authorization or "
             "X-Sdk-Date, a SignedHeaders list without x-sdk-date, or a malformed request target.";
    case signature_status::unknown_key: return "The access key id is not known.";
    case signature_status::stale_date: return "X-Sdk-Date is more than 15 minutes from the server's clock.";
    case signature_status::missing_signed_header: return "A header named in SignedHeaders is not in the request.";
    case signature_status::mismatch: return "The signature does not match the request.";
  }
  return "";
}

/// A request as a server received it. `target` is the request target as sent (origin form: the path and
/// the query, percent-encoded); `headers` are all its header fields.
struct received_request {
  std::string_view method;
  std::string_view target;
  std::vector<http_header> headers;
  std::string_view body;
};

/// The outcome of verification: the status, and the access key id the request claims (empty when the
/// Authorization could not be read).
struct verification {
  signature_status status = signature_status::malformed;
  std::string access_key_id;

  [[nodiscard]] constexpr bool ok() const noexcept { return status == signature_status::valid; }
};

namespace detail {
constexpr int hex_value(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Percent-decodes `in` (and '+' as a space in a query); false for a '%' not followed by two hex digits.
template <class = void>
inline bool percent_decode(std::string_view in, bool plus_is_space, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '%') {
      if (i + 2 >= in.size()) return false;
      const int high = hex_value(in[i + 1]), low = hex_value(in[i + 2]);
      if (high < 0 || low < 0) return false;
      out += static_cast<char>(high * 16 + low);
      i += 2;
    } else {
      out += plus_is_space && in[i] == '+' ? ' ' : in[i];
    }
  }
  return true;
}

// The parts of "SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…" (after each comma, spaces are
// allowed; each parameter once, in any order).
struct authorization_parts {
  std::string_view access;
  std::string_view signed_headers;
  std::string_view signature;
};

template <class = void>
inline bool parse_authorization(std::string_view value, authorization_parts& parts) {
  value = trim_header_value(value);
  if (value.size() <= signing_algorithm.size() || value.substr(0, signing_algorithm.size()) != signing_algorithm ||
      value[signing_algorithm.size()] != ' ') {
    return false;
  }
  value.remove_prefix(signing_algorithm.size() + 1);
  bool seen[3] = {false, false, false};
  while (!value.empty()) {
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    const std::size_t comma = value.find(',');
    const std::string_view item = value.substr(0, comma);
    value = comma == std::string_view::npos ? std::string_view() : value.substr(comma + 1);
    if (comma != std::string_view::npos && value.empty()) return false;  // a trailing comma
    const std::size_t equals = item.find('=');
    if (equals == std::string_view::npos) return false;
    const std::string_view key = item.substr(0, equals), text = item.substr(equals + 1);
    const std::string_view keys[3] = {"Access", "SignedHeaders", "Signature"};
    std::string_view* targets[3] = {&parts.access, &parts.signed_headers, &parts.signature};
    std::size_t k = 0;
    while (k < 3 && keys[k] != key) ++k;
    if (k == 3 || seen[k] || text.empty()) return false;
    seen[k] = true;
    *targets[k] = text;
  }
  if (!(seen[0] && seen[1] && seen[2])) return false;
  if (parts.signature.size() != 64) return false;
  for (const char c : parts.signature) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

// The one value of the header `name` (any case); nullptr when absent, and `twice` set when it is there twice.
template <class = void>
inline const http_header* find_header(const std::vector<http_header>& headers, std::string_view name, bool& twice) {
  const http_header* found = nullptr;
  twice = false;
  for (const http_header& h : headers) {
    if (!equal_ignoring_case(h.name, name)) continue;
    if (found != nullptr) twice = true;
    found = &h;
  }
  return found;
}

// Equal, in a time that depends on the length only, not on where the texts differ.
constexpr bool equal_in_constant_time(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  unsigned difference = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    difference |= static_cast<unsigned>(static_cast<unsigned char>(a[i]) ^ static_cast<unsigned char>(b[i]));
  }
  return difference == 0;
}

// Splits the target into the decoded path and query; false when it is not an origin-form target, or when its
// path holds an encoded '/' (%2F): decoded, "/a%2Fb" would be the path "/a/b", another resource signed the same.
// A signer never sends one: the path it signs is decoded, its '/' are separators (docs/signing.md).
template <class = void>
inline bool decode_target(std::string_view target, std::string& path, std::vector<std::string>& query_texts) {
  const std::size_t question = target.find('?');
  if (target.empty() || target.front() != '/' || target.find('#') != std::string_view::npos) return false;
  const std::string_view raw_path = target.substr(0, question);
  for (std::size_t at = raw_path.find('%'); at != std::string_view::npos; at = raw_path.find('%', at + 1)) {
    if (at + 2 < raw_path.size() && raw_path[at + 1] == '2' && (raw_path[at + 2] == 'F' || raw_path[at + 2] == 'f')) {
      return false;
    }
  }
  if (!percent_decode(raw_path, false, path)) return false;
  if (question == std::string_view::npos) return true;
  std::string_view query = target.substr(question + 1);
  std::string text;
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (pair.empty()) continue;
    const std::size_t equals = pair.find('=');
    if (!percent_decode(pair.substr(0, equals), true, text)) return false;
    query_texts.push_back(text);
    if (!percent_decode(equals == std::string_view::npos ? std::string_view() : pair.substr(equals + 1), true, text)) {
      return false;
    }
    query_texts.push_back(text);
  }
  return true;
}

// The SignedHeaders list: lowercase tokens, strictly ascending, x-sdk-date among them.
template <class = void>
inline bool parse_signed_headers(std::string_view list, std::vector<std::string_view>& names) {
  bool has_date = false;
  for (std::size_t start = 0;;) {
    const std::size_t semicolon = list.find(';', start);
    const std::string_view name =
        list.substr(start, semicolon == std::string_view::npos ? semicolon : semicolon - start);
    if (!check_token_text(name, field::header_name).ok()) return false;
    for (const char c : name) {
      if (c >= 'A' && c <= 'Z') return false;
    }
    if (!names.empty() && !(names.back() < name)) return false;
    names.push_back(name);
    has_date = has_date || name == "x-sdk-date";
    if (semicolon == std::string_view::npos) break;
    start = semicolon + 1;
  }
  return has_date;
}

// |signed_at - now| > the allowed skew, without overflow for any `now` (signed_at is a parsed X-Sdk-Date, so
// far from the int64 limits).
constexpr bool is_stale(std::int64_t signed_at, std::int64_t now) noexcept {
  return now < signed_at - signing_max_skew_seconds || now > signed_at + signing_max_skew_seconds;
}

template <class = void>
inline verification verify_with_secret_lookup(const received_request& request, std::int64_t now_seconds,
                                              std::string_view (*lookup)(void*, std::string_view, bool&),
                                              void* lookup_state) {
  // Everything `malformed` first, so that the key is looked up only for a request that could be valid.
  verification outcome;
  bool twice = false;
  const http_header* authorization = find_header(request.headers, "authorization", twice);
  authorization_parts auth;
  if (authorization == nullptr || twice || !check_header_value(authorization->value).ok() ||
      !parse_authorization(authorization->value, auth)) {
    return outcome;
  }
  // The Access parameter follows sign()'s rule for an access key id: visible ASCII (a comma ended it already).
  if (!check_credential_text(auth.access, field::access_key_id, false).ok()) return outcome;
  outcome.access_key_id = std::string(auth.access);
  std::vector<std::string_view> signed_names;
  const http_header* date = find_header(request.headers, "x-sdk-date", twice);
  if (!parse_signed_headers(auth.signed_headers, signed_names) || date == nullptr || twice) return outcome;
  const std::string_view date_text = trim_header_value(date->value);
  const result<std::int64_t, error> signed_at = parse_sdk_date(date_text);
  std::string path;
  std::vector<std::string> query_texts;
  if (!signed_at || !check_token_text(request.method, field::method).ok() ||
      !decode_target(request.target, path, query_texts)) {
    return outcome;
  }
  // Each signed header once, with a value sign() could have signed: a control byte (CR, LF...) written into
  // the canonical request could make one signature fit two different sets of headers.
  std::vector<const http_header*> signed_headers(signed_names.size());
  for (std::size_t i = 0; i < signed_names.size(); ++i) {
    signed_headers[i] = find_header(request.headers, signed_names[i], twice);
    if (twice || (signed_headers[i] != nullptr && !check_header_value(signed_headers[i]->value).ok())) return outcome;
  }

  bool known = false;
  const std::string_view secret = lookup(lookup_state, auth.access, known);
  const auto refused = [&outcome](signature_status status) {
    outcome.status = status;
    return outcome;
  };
  if (!known) return refused(signature_status::unknown_key);
  if (is_stale(*signed_at, now_seconds)) return refused(signature_status::stale_date);

  request_parts parts{request.method, path, {}, {}, request.body};
  for (std::size_t i = 0; i + 1 < query_texts.size(); i += 2)
    parts.query.emplace_back(query_texts[i], query_texts[i + 1]);
  for (std::size_t i = 0; i < signed_names.size(); ++i) {
    if (signed_headers[i] == nullptr) return refused(signature_status::missing_signed_header);
    parts.headers.push_back({std::string(signed_names[i]), trim_header_value(signed_headers[i]->value)});
  }
  const sha256_hex expected = signature_of(secret, date_text, canonical_request_hash(parts));
  outcome.status =
      equal_in_constant_time(expected.view(), auth.signature) ? signature_status::valid : signature_status::mismatch;
  return outcome;
}
}  // namespace detail

/// Verifies the SDK-HMAC-SHA256 signature of a received request. `secret_for(access_key_id)` gives the
/// secret key of an access key id, as anything that tests false when the id is unknown and gives the secret
/// with `*`: a `std::optional<std::string>`, a `const std::string*`… `now` is the server's time, a
/// `std::chrono::system_clock` time point.
///
/// The checks, in order: Authorization (its Access a visible-ASCII key id), SignedHeaders (lowercase, sorted,
/// with x-sdk-date) and X-Sdk-Date are well formed and each present once, the method is an HTTP token, the
/// request target is origin-form without an encoded '/' in its path, and every signed header that is there is
/// there once with no control character but tab in its value (`malformed`; `secret_for` is not called); the
/// key is known (`unknown_key`); the date is within 15 minutes of `now` (`stale_date`); every signed header is
/// there (`missing_signed_header`); the signature, compared in constant time, is the request's (`mismatch`).
template <class SecretFor, class TimePoint, class = detail::system_clock_time_point<TimePoint>>
[[nodiscard]] verification verify_signature(const received_request& request, SecretFor&& secret_for,
                                            const TimePoint& now) {
  struct lookup_state {
    SecretFor& secret_for;
    std::string secret;
  } state{secret_for, {}};
  const auto lookup = [](void* raw, std::string_view access_key_id, bool& known) -> std::string_view {
    auto& s = *static_cast<lookup_state*>(raw);
    auto&& found = s.secret_for(access_key_id);
    known = static_cast<bool>(found);
    if (!known) return {};
    s.secret = std::string(std::string_view(*found));
    return s.secret;
  };
  return detail::verify_with_secret_lookup(request, detail::unix_seconds(now), +lookup, &state);
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_SIGNING_HPP
