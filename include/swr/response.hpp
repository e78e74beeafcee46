// SPDX-License-Identifier: MIT
// swrkit — what comes back from the create call: the meaning of its status codes, SWR's error bodies, and
// the SWR error codes that concern its fields (docs/api.md).
#ifndef SWR_RESPONSE_HPP
#define SWR_RESPONSE_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "swr/config.hpp"
#include "swr/detail/json_object_reader.hpp"
#include "swr/error.hpp"
#include "swr/result.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// The documented outcomes of POST /v2/manage/namespaces/{namespace}/repos.
enum class create_repo_outcome : unsigned char {
  created,                ///< 200 (older documentation: 201)
  bad_request,            ///< 400: a parameter is wrong (see the error body's code)
  authentication_failed,  ///< 401: the credentials (an IAM token or an AK/SK signature) are missing, invalid or expired
  repository_exists,      ///< 409: the repository already exists in the organization
  payload_too_large,      ///< 413: the body or the description is too long
  internal_error,         ///< 500
  unexpected,             ///< any other status
};

[[nodiscard]] constexpr create_repo_outcome create_repo_outcome_of(int http_status) noexcept {
  switch (http_status) {
    case 200:
    case 201: return create_repo_outcome::created;
    case 400: return create_repo_outcome::bad_request;
    case 401: return create_repo_outcome::authentication_failed;
    case 409: return create_repo_outcome::repository_exists;
    case 413: return create_repo_outcome::payload_too_large;
    case 500: return create_repo_outcome::internal_error;
    default: return create_repo_outcome::unexpected;
  }
}

/// The outcome's identifier, e.g. "repository_exists"; "" for a value outside the enum. A view of a
/// string literal, so NUL-terminated (data()[size()] == '\0'): data() can go to a C API as is.
[[nodiscard]] constexpr std::string_view to_string(create_repo_outcome outcome) noexcept {
  switch (outcome) {
    case create_repo_outcome::created: return "created";
    case create_repo_outcome::bad_request: return "bad_request";
    case create_repo_outcome::authentication_failed: return "authentication_failed";
    case create_repo_outcome::repository_exists: return "repository_exists";
    case create_repo_outcome::payload_too_large: return "payload_too_large";
    case create_repo_outcome::internal_error: return "internal_error";
    case create_repo_outcome::unexpected: return "unexpected";
  }
  return "";
}

/// A sentence a GUI can show as is; "" for a value outside the enum. NUL-terminated, like to_string.
[[nodiscard]] constexpr std::string_view message(create_repo_outcome outcome) noexcept {
  switch (outcome) {
    case create_repo_outcome::created: return "The repository was created.";
    case create_repo_outcome::bad_request: return "SWR refused the request as invalid.";
    case create_repo_outcome::authentication_failed:
      return "Authentication failed: the credentials (an IAM token or an AK/SK signature) are missing, invalid or "
             "expired.";
    case create_repo_outcome::repository_exists: return "The repository already exists.";
    case create_repo_outcome::payload_too_large: return "The request body or the description is too long.";
    case create_repo_outcome::internal_error: return "SWR had an internal error.";
    case create_repo_outcome::unexpected: return "SWR answered with a status the API does not document for this call.";
  }
  return "";
}

/// An SWR error code this call can meet, with the field(s) it concerns.
struct service_error_info {
  std::string_view code;  ///< e.g. "SVCSTG.SWR.4001029"
  int http_status;
  swr::field field;        ///< the field it concerns; none for the request as a whole
  swr::field other_field;  ///< a second field it may concern (4001008: namespace or name), or none
  std::string_view meaning;
};

inline constexpr service_error_info service_errors[] = {
    {"SVCSTG.SWR.4000014", 400, field::none, field::none, "Invalid API parameters"},
    {"SVCSTG.SWR.4001008", 400, field::namespace_name, field::repository, "Invalid organization or name"},
    {"SVCSTG.SWR.4001009", 400, field::is_public, field::none, "is_public must be true or false"},
    {"SVCSTG.SWR.4001014", 400, field::none, field::none, "Mandatory parameters missing"},
    {"SVCSTG.SWR.4001025", 400, field::none, field::none, "Invalid parameters"},
    {"SVCSTG.SWR.4001028", 400, field::namespace_name, field::none, "Invalid organization name"},
    {"SVCSTG.SWR.4001029", 400, field::repository, field::none, "Invalid image name"},
    {"SVCSTG.SWR.4009010", 400, field::namespace_name, field::none, "Invalid organization"},
    {"SVCSTG.SWR.4009011", 400, field::repository, field::none, "Invalid image name"},
    {"SVCSTG.SWR.4001048", 400, field::token, field::none, "Failed to get token from context"},
    {"SVCSTG.SWR.4010000", 401, field::token, field::none, "Authentication failed (e.g. token expired)"},
    {"SVCSTG.SWR.4090006", 409, field::repository, field::none, "The image already exists"},
    {"SVCSTG.SWR.4131001", 413, field::none, field::none, "Request body too large"},
    {"SVCSTG.SWR.4131012", 413, field::description, field::none, "Description exceeds the maximum length"},
    {"SVCSTG.SWR.4041061", 404, field::namespace_name, field::none, "Organization not found"},
    {"SVCSTG.SWR.4040058", 404, field::namespace_name, field::none, "Organization not found"},
    {"SVCSTG.SWR.4040010", 404, field::repository, field::none, "The image does not exist"},
    {"SVCSTG.SWR.4060012", 406, field::repository, field::none,
     "Failed to delete the image repository because it contains images"},
};

/// What swrkit knows of an SWR error code (exact, e.g. "SVCSTG.SWR.4001029"), or nullptr.
[[nodiscard]] constexpr const service_error_info* find_service_error(std::string_view code) noexcept {
  for (const service_error_info& info : service_errors) {
    if (info.code == code) return &info;
  }
  return nullptr;
}

/// One entry of an SWR error body.
struct service_error {
  std::string code;     ///< "errorCode", e.g. "SVCSTG.SWR.4001029"
  std::string message;  ///< "errorMessage"
  std::string detail;   ///< "detail"; empty when absent or null

  /// What swrkit knows of the code, or nullptr.
  const service_error_info* info() const noexcept { return find_service_error(code); }

  friend bool operator==(const service_error& a, const service_error& b) {
    return a.code == b.code && a.message == b.message && a.detail == b.detail;
  }
  friend bool operator!=(const service_error& a, const service_error& b) { return !(a == b); }
};

namespace detail {
// The members of an error object; "error_code"/"error_msg" is the API gateway's spelling of the first two.
inline constexpr member_rule service_error_rules[] = {
    {"errorCode", "error_code", json_type::string, false, true, field::none},
    {"errorMessage", "error_msg", json_type::string, false, true, field::none},
    {"detail", {}, json_type::string, true, false, field::none},
};

// Reads one error object into `out`; false on a syntax error.
inline bool read_service_error(json_reader& reader, std::vector<service_error>& out) {
  service_error entry;
  std::string* const targets[] = {&entry.code, &entry.message, &entry.detail};
  const bool read = reader.read_members(service_error_rules, [&](std::size_t index, const json_member_value& value) {
    if (value.is_null) {
      targets[index]->clear();
    } else {
      *targets[index] = value.take_text();
    }
  });
  if (read) out.push_back(std::move(entry));
  return read;
}

// An element of the list: an error object, or something else (recorded as not_an_object).
inline bool read_service_error_element(json_reader& reader, std::vector<service_error>& out) {
  const json_type type = reader.peek_type();
  const std::size_t at = reader.offset();
  if (type == json_type::object) return read_service_error(reader, out);
  if (!reader.skip_value()) return false;
  reader.record(error_code::not_an_object, field::none, at);
  return true;
}
}  // namespace detail

/// Reads an SWR error body in either shape seen in the wild: an array of error objects
/// `[{"errorCode":"SVCSTG.SWR.4001029","errorMessage":"…","detail":""}]` (the documented one) or a single
/// object `{"errorCode":…,"errorMessage":…}`; the API gateway's `error_code`/`error_msg` are read as the
/// same members. errorCode and errorMessage are required strings; detail is an optional string or null;
/// other members are skipped. Same strictness and error reporting as parse_create_repo_body; an empty list
/// is a `missing_member` at its '['.
[[nodiscard]] inline result<std::vector<service_error>, error> parse_error_response(std::string_view json) {
  detail::json_reader reader(json);
  std::vector<service_error> errors;
  const detail::json_type type = reader.peek_type();
  const std::size_t start = reader.offset();
  bool read = false;
  if (type == detail::json_type::object) {
    read = detail::read_service_error(reader, errors);
  } else if (type == detail::json_type::array) {
    std::size_t count = 0;
    read = reader.read_elements([&] { return detail::read_service_error_element(reader, errors); }, count);
    if (read && count == 0)
      reader.record(error_code::missing_member, field::none, start);  // an empty list says nothing
  } else {
    read = reader.skip_value();
    if (read) reader.record(error_code::not_an_object, field::none, start);
  }
  if (read) reader.finish();
  if (!reader.outcome().ok()) return unexpected(reader.outcome());
  return errors;
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_RESPONSE_HPP
