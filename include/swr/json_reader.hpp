// SPDX-License-Identifier: MIT
// swrkit — strict RFC 8259 JSON, as the parsers of request bodies and error responses read it, and
// check_json for any document. Strict means: one value and nothing but whitespace around it; no BOM,
// comments, trailing commas, single quotes, NaN, leading zeros or '+'; strings must be well-formed UTF-8
// with no raw control characters and no \u escape of a lone surrogate. Nesting deeper than json_max_depth
// is refused (error kind `limit`), but only after the whole document has been found to be JSON, so that the
// kinds `syntax` ("not JSON") and `limit`/`schema` ("JSON, but not what we take") never mix.
// The reader is in parts under swr/detail/: json_lexer.hpp (tokens), json_object_reader.hpp (containers,
// depth, the declarative member rules) and json_diagnostics.hpp (which problem is reported).
#ifndef SWR_JSON_READER_HPP
#define SWR_JSON_READER_HPP

#include <string_view>

#include "swr/config.hpp"
#include "swr/detail/json_object_reader.hpp"
#include "swr/error.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// Checks that `document` is one JSON value (RFC 8259, strict as above) nested at most json_max_depth
/// deep. Returns `none`, or the first syntax error, or `nesting_too_deep`, with the byte offset.
[[nodiscard]] inline error check_json(std::string_view document) {
  detail::json_reader reader(document);
  if (reader.skip_value()) reader.finish();
  return reader.outcome();
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_JSON_READER_HPP
