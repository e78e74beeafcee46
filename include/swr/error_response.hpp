// SPDX-License-Identifier: MIT
// swrkit — the server side of errors, the inverse of parse_error_response: which SWR error answers a request
// with a given problem (its code, HTTP status and meaning, from the table in response.hpp), and the error
// body SWR sends, `[{"errorCode":"…","errorMessage":"…","detail":"…"}]`. No I/O.
//
// The answer for a problem (docs/api.md, "Answering as SWR does"):
//   missing_member                          SVCSTG.SWR.4001014  400  Mandatory parameters missing
//   is_public of the wrong type             SVCSTG.SWR.4001009  400  is_public must be true or false
//   any other problem with the document     SVCSTG.SWR.4000014  400  Invalid API parameters
//     (syntax, nesting, not an object, duplicate or mistyped member)
//   namespace                               SVCSTG.SWR.4001028  400  Invalid organization name
//   repository                              SVCSTG.SWR.4001029  400  Invalid image name
//   description too long                    SVCSTG.SWR.4131012  413  Description exceeds the maximum length
//   description not UTF-8, category         SVCSTG.SWR.4001025  400  Invalid parameters
//   token, AK, SK, security token, date     SVCSTG.SWR.4010000  401  Authentication failed
//   anything else (host, region)            SVCSTG.SWR.4000014  400  Invalid API parameters
// errorMessage is the meaning from the table; detail says what swrkit found, as
// "FIELD: CODE at byte N: MESSAGE" (the message never quotes the value).
#ifndef SWR_ERROR_RESPONSE_HPP
#define SWR_ERROR_RESPONSE_HPP

#include <string>
#include <string_view>

#include "swr/config.hpp"
#include "swr/error.hpp"
#include "swr/error_message.hpp"
#include "swr/json_writer.hpp"
#include "swr/response.hpp"
#include "swr/result.hpp"
#include "swr/utf8.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {
// The code of the SWR error that answers a request with problem `e` (see the header comment).
constexpr std::string_view service_error_code_for(const error& e) noexcept {
  if (e.code == error_code::missing_member) return "SVCSTG.SWR.4001014";
  if (e.code == error_code::wrong_type && e.field == field::is_public) return "SVCSTG.SWR.4001009";
  if (e.kind() != error_kind::value) return "SVCSTG.SWR.4000014";
  if (e.field == field::namespace_name) return "SVCSTG.SWR.4001028";
  if (e.field == field::repository) return "SVCSTG.SWR.4001029";
  if (e.field == field::description)
    return e.code == error_code::too_long ? "SVCSTG.SWR.4131012" : "SVCSTG.SWR.4001025";
  if (e.field == field::category) return "SVCSTG.SWR.4001025";
  if (e.field == field::token || e.field == field::access_key_id || e.field == field::secret_key ||
      e.field == field::security_token || e.field == field::sdk_date) {
    return "SVCSTG.SWR.4010000";
  }
  return "SVCSTG.SWR.4000014";
}
}  // namespace detail

/// The SWR error that answers a request with problem `e`: its code, HTTP status, field and meaning. `e` must
/// be a problem (not ok()); for an ok() error the answer is the generic SVCSTG.SWR.4000014.
[[nodiscard]] constexpr const service_error_info& service_error_for(const error& e) noexcept {
  // A reference into the table, never through a pointer that might be null: every code service_error_code_for
  // gives is in the table (error_response_test), and the first entry is the generic one.
  const std::string_view code = detail::service_error_code_for(e);
  for (const service_error_info& info : service_errors) {
    if (info.code == code) return info;
  }
  return service_errors[0];  // GCOVR_EXCL_LINE: unreachable, as said above
}
static_assert(service_errors[0].code == "SVCSTG.SWR.4000014", "service_error_for falls back to the generic error");

/// What swrkit found, as one line: "FIELD: CODE at byte N: MESSAGE". The field when there is one; "at byte
/// N" for a value problem with a position, "at offset N" for a problem found in a document.
[[nodiscard]] inline std::string describe(const error& e) {
  std::string text;
  if (e.field != field::none) text.append(to_string(e.field)).append(": ");
  text.append(to_string(e.code));
  if (e.kind() == error_kind::value) {
    if (has_position(e.code)) text.append(" at byte ").append(std::to_string(e.position));
  } else if (e.offset != no_offset) {
    text.append(" at offset ").append(std::to_string(e.offset));
  }
  return text.append(": ").append(message(e));
}

namespace detail {
template <class OutputIt>
constexpr OutputIt put_error_response(const service_error_info& info, std::string_view detail_text, OutputIt out) {
  out = put_chars("[{\"errorCode\":", out);
  out = put_json_string(info.code, out);
  out = put_chars(",\"errorMessage\":", out);
  out = put_json_string(info.meaning, out);
  out = put_chars(",\"detail\":", out);
  out = put_json_string(detail_text, out);
  return put_chars("}]", out);
}
}  // namespace detail

/// The error body SWR sends for `info`, with `detail_text` as its detail (UTF-8; JSON-escaped here):
/// `[{"errorCode":"SVCSTG.SWR.4090006","errorMessage":"The image already exists","detail":""}]`.
/// Fails with invalid_utf8 (field none, at the first bad byte of detail_text) rather than write invalid JSON.
[[nodiscard]] inline result<std::string, error> error_response_json(const service_error_info& info,
                                                                    std::string_view detail_text = {}) {
  const std::size_t bad = find_invalid_utf8(detail_text);
  if (bad != detail_text.size()) return unexpected(error{error_code::invalid_utf8, field::none, bad});
  std::string json(detail::put_error_response(info, detail_text, detail::counting_iterator{}).count, '\0');
  static_cast<void>(detail::put_error_response(info, detail_text, json.data()));
  return json;
}

/// The error body that answers a request with problem `e`: service_error_for(e), with describe(e) as detail.
[[nodiscard]] inline std::string error_response_json(const error& e) {
  return *error_response_json(service_error_for(e), describe(e));  // describe() is ASCII: always valid
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_ERROR_RESPONSE_HPP
