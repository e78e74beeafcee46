// libFuzzer target for the parsers: any bytes, no crash, no sanitizer report, and these properties:
// - check_json, parse_create_repo_body and parse_error_response agree on syntax errors (same code, same offset);
// - an error never points past the end of the input;
// - an accepted body survives its own round trip: parse(to_json(b)) == b;
// - the body parser's fast path (detail/body_fast_path.hpp) agrees with the general reader: a body it reads
//   is the one the general reader reads, and parse_create_repo_body gives the general reader's result.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "swr/body_parser.hpp"
#include "swr/json_reader.hpp"
#include "swr/json_writer.hpp"
#include "swr/response.hpp"

namespace {
void require(bool condition) {
  if (!condition) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const swr::error json = swr::check_json(input);
  const auto body = swr::parse_create_repo_body(input);
  const auto response = swr::parse_error_response(input);

  if (json.kind() == swr::error_kind::syntax && !json.ok()) {
    require(!body && body.error() == json);
    require(!response && response.error() == json);
  } else {
    require(body || body.error().kind() != swr::error_kind::syntax);
    require(response || response.error().kind() != swr::error_kind::syntax);
  }
#if defined(SWR_HAS_BODY_FAST_PATH)
  {
    swr::create_repo_body fast;
    const auto general = swr::detail::parse_create_repo_body_general(input);
    if (swr::detail::parse_create_repo_body_fast(input, fast)) require(general && *general == fast);
    require(body == general);
  }
#endif
  if (!body) require(!body.error().ok() && body.error().offset <= size);
  if (!response) require(!response.error().ok() && response.error().offset <= size);
  if (body) {
    const auto again = swr::to_json(*body);
    require(again.has_value());
    const auto reparsed = swr::parse_create_repo_body(*again);
    require(reparsed && *reparsed == *body);
  }
  return 0;
}
