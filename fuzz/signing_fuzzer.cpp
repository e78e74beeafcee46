// libFuzzer target for AK/SK signing: random requests and keys. sign() never crashes and either refuses with
// a problem or signs; what it signed, sent as to_request_target and the signature's headers say, verifies; and
// any single-byte change to the method, the path, a query name or value, a signed header's value or the body
// is refused (the body only when it is signed, not UNSIGNED-PAYLOAD).
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "swr/signing.hpp"

namespace {
void require(bool condition) {
  if (!condition) std::abort();
}

constexpr std::string_view date = "20240102T030405Z";

// The input, split at NUL bytes: method, path, body, AK, SK, security token, then name/value pairs (a name
// starting with '?' is a query parameter, any other a header).
struct fuzz_case {
  swr::signing_input input;
  swr::access_key key;
};

fuzz_case split(std::string_view data) {
  std::vector<std::string> parts;
  for (std::size_t start = 0; parts.size() < 40;) {
    const std::size_t nul = data.find('\0', start);
    parts.emplace_back(data.substr(start, nul == std::string_view::npos ? nul : nul - start));
    if (nul == std::string_view::npos) break;
    start = nul + 1;
  }
  parts.resize(std::max<std::size_t>(parts.size(), 6));
  fuzz_case c{{parts[0], parts[1], {}, {}, parts[2]}, {parts[3], parts[4], parts[5]}};
  for (std::size_t i = 6; i + 1 < parts.size(); i += 2) {
    if (!parts[i].empty() && parts[i][0] == '?') {
      c.input.query.push_back({parts[i].substr(1), parts[i + 1]});
    } else {
      c.input.headers.push_back({parts[i], parts[i + 1]});
    }
  }
  return c;
}

struct verifier {
  const swr::access_key& key;

  swr::signature_status operator()(const swr::signing_input& input, const swr::signature& s) const {
    const std::string target = swr::to_request_target(input);
    std::vector<swr::http_header> headers = input.headers;
    for (const swr::http_header& h : s.headers) headers.push_back(h);
    const auto secret_for = [this](std::string_view id) { return id == key.id ? &key.secret : nullptr; };
    const std::chrono::system_clock::time_point now{std::chrono::seconds(1704164645)};
    return swr::verify_signature(swr::received_request{input.method, target, headers, input.body}, secret_for, now)
        .status;
  }
};

// Another byte, not equal to `c` in any way the canonical request folds (case, surrounding whitespace).
char other(char c) { return c == 'a' || c == 'A' ? 'b' : 'a'; }

// Changes the byte at `at % size` of `text` inside its trimmed part; false when there is none.
bool change_one_byte(std::string& text, std::size_t at) {
  std::size_t first = 0, last = text.size();
  while (first < last && (text[first] == ' ' || text[first] == '\t')) ++first;
  while (last > first && (text[last - 1] == ' ' || text[last - 1] == '\t')) --last;
  if (first == last) return false;
  char& c = text[first + at % (last - first)];
  c = other(c);
  return true;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const fuzz_case c = split(bytes);
  const auto s = swr::sign(c.input, c.key, date);
  if (!s) {
    require(!s.error().ok());
    return 0;
  }
  require(s->authorization.find_first_of("\r\n") == std::string::npos);
  require(s->signature.size() == 64);
  const verifier verify{c.key};
  require(verify(c.input, *s) == swr::signature_status::valid);

  const std::size_t at = size;  // where in each part to change a byte: any fixed function of the input will do
  swr::signing_input changed = c.input;
  if (change_one_byte(changed.method, at)) require(verify(changed, *s) != swr::signature_status::valid);
  changed = c.input;
  if (change_one_byte(changed.path, at)) require(verify(changed, *s) != swr::signature_status::valid);
  for (std::size_t i = 0; i < c.input.query.size(); ++i) {
    changed = c.input;
    if (change_one_byte(changed.query[i].name, at)) require(verify(changed, *s) != swr::signature_status::valid);
    changed = c.input;
    if (change_one_byte(changed.query[i].value, at)) require(verify(changed, *s) != swr::signature_status::valid);
  }
  bool unsigned_payload = false;
  for (std::size_t i = 0; i < c.input.headers.size(); ++i) {
    const std::string_view name = c.input.headers[i].name;
    unsigned_payload =
        unsigned_payload || (swr::detail::equal_ignoring_case(name, "x-sdk-content-sha256") &&
                             swr::detail::trim_header_value(c.input.headers[i].value) == "UNSIGNED-PAYLOAD");
    changed = c.input;
    if (change_one_byte(changed.headers[i].value, at)) require(verify(changed, *s) != swr::signature_status::valid);
  }
  changed = c.input;
  if (!unsigned_payload && !changed.body.empty()) {
    changed.body[at % changed.body.size()] ^= 1;
    require(verify(changed, *s) != swr::signature_status::valid);
  }
  return 0;
}
