// libFuzzer target for SWR error bodies (parse_error_response, docs/api.md "Error bodies"): any bytes, no
// crash, no sanitizer report, and these properties:
// - a failure has a code, never a value-kind one (an error body has no field values to judge), an offset
//   within the input (at its end only for a syntax error) and position == offset;
// - parse_error_response reports a syntax error exactly when check_json does, and then the same error;
//   a nesting_too_deep from one is the same as check_json's, and when check_json finds the document too
//   deep, parse_error_response fails with a limit or schema problem no later in the document (the earliest
//   non-syntax problem wins);
// - a success is a non-empty list, the document is JSON (check_json reports nothing), every field of every
//   entry is well-formed UTF-8, and the entries written back in the documented shape read back the same.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "swr/json_reader.hpp"
#include "swr/response.hpp"
#include "swr/utf8.hpp"

namespace {
void require(bool condition) {
  if (!condition) std::abort();
}

// A JSON string, written independently of swrkit's writer: '"', '\\' and control bytes escaped.
void put_string(std::string& out, std::string_view text) {
  constexpr char hex[] = "0123456789abcdef";
  out += '"';
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte < 0x20) {
      out += "\\u00";
      out += hex[byte >> 4];
      out += hex[byte & 0x0F];
    } else {
      out += c;
    }
  }
  out += '"';
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const swr::error json = swr::check_json(input);
  const auto response = swr::parse_error_response(input);

  // check_json itself: none, a syntax error, or nesting_too_deep; never past the input.
  const bool json_syntax = !json.ok() && json.kind() == swr::error_kind::syntax;
  require(json.ok() || json_syntax || json.code == swr::error_code::nesting_too_deep);
  if (!json.ok()) require(json.offset <= size);

  if (!response) {
    const swr::error& e = response.error();
    require(!e.ok() && e.kind() != swr::error_kind::value);
    require(e.offset <= size && e.position == e.offset);
    // Only a syntax error can be at the end: every other problem is at a byte of the document.
    if (e.kind() != swr::error_kind::syntax) require(e.offset < size);
    require((e.kind() == swr::error_kind::syntax) == json_syntax);
    if (json_syntax || e.code == swr::error_code::nesting_too_deep) require(e == json);
    if (json.code == swr::error_code::nesting_too_deep) {
      require(e.kind() == swr::error_kind::limit || e.kind() == swr::error_kind::schema);
      require(e.offset <= json.offset);
    }
    return 0;
  }

  require(json.ok());
  const std::vector<swr::service_error>& errors = *response;
  require(!errors.empty());
  for (const swr::service_error& entry : errors) {
    require(swr::is_valid_utf8(entry.code) && swr::is_valid_utf8(entry.message) && swr::is_valid_utf8(entry.detail));
  }

  // Written back in the documented shape, the entries read back the same.
  std::string again = "[";
  for (const swr::service_error& entry : errors) {
    if (again.size() > 1) again += ',';
    again += "{\"errorCode\":";
    put_string(again, entry.code);
    again += ",\"errorMessage\":";
    put_string(again, entry.message);
    again += ",\"detail\":";
    put_string(again, entry.detail);
    again += '}';
  }
  again += ']';
  const auto reread = swr::parse_error_response(again);
  require(reread && *reread == errors);
  return 0;
}
