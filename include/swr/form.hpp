// SPDX-License-Identifier: MIT
// swrkit — a create-repository form validated as a whole, from the raw values a GUI, a web server or a
// command line holds: every problem, each with its field, code and position, in the order of the form's
// fields; and the HTTP request the form stands for once it has none.
//
// The fields, and what an empty one means:
//   namespace_name, repository   checked as names (docs/names.md); empty is `empty`
//   is_public                    a checkbox: cannot be wrong
//   category                     a wire string (parse_category: "arms" reads as arm); empty: none chosen
//   description                  UTF-8, at most 30,000 code points; empty: none given
//   region, host                 where to send it: a region id ("cn-north-4"; unknown_region, field region,
//                                when not in the table), or else a host ("swr.example.com:8443"; check_host,
//                                field host). When the region is not empty the host is not looked at; when
//                                both are empty, the host is `empty`
//   token                        the IAM token (check_token); not looked at when the form is validated or sent
//                                with an access key (validate(form, key), to_http_request(form, key, time))
#ifndef SWR_FORM_HPP
#define SWR_FORM_HPP

#include <string_view>
#include <vector>

#include "swr/category.hpp"
#include "swr/config.hpp"
#include "swr/error.hpp"
#include "swr/error_message.hpp"
#include "swr/host.hpp"
#include "swr/http.hpp"
#include "swr/model.hpp"
#include "swr/names.hpp"
#include "swr/regions.hpp"
#include "swr/result.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// The raw values of a create-repository form (see the header comment for each). Views: the form does not
/// own the text.
struct create_repo_form {
  std::string_view namespace_name;
  std::string_view repository;
  bool is_public = false;
  std::string_view category;
  std::string_view description;
  std::string_view region;
  std::string_view host;
  std::string_view token;
};

/// The host the form sends to: its region's host, or else its host; or the problem with the one it names.
[[nodiscard]] constexpr result<std::string_view, error> form_host(const create_repo_form& form) noexcept {
  if (!form.region.empty()) return region_host(form.region);
  const error problem = check_host(form.host);
  if (!problem.ok()) return unexpected(problem);
  return form.host;
}

namespace detail {
// The form as a source of problems for first_problem_of and all_problems_of (found by ADL in detail).
struct form_inputs {
  const create_repo_form& form;
  const access_key* key = nullptr;  // signing with it: its problem takes the token's place
};

// Calls `report(error)` for each problem of the form, in field order; stops early when it returns false.
template <class Report>
constexpr bool for_each_problem(const form_inputs& inputs, Report&& report) {
  const create_repo_form& form = inputs.form;
  const error ns = from_name_check(check_namespace(form.namespace_name), field::namespace_name);
  if (!ns.ok() && !report(ns)) return false;
  const error repository = from_name_check(check_repository(form.repository), field::repository);
  if (!repository.ok() && !report(repository)) return false;
  if (!form.category.empty() && !parse_category(form.category)) {
    if (!report(error{error_code::unknown_category, field::category, 0, no_offset})) return false;
  }
  const error description = check_description(form.description);
  if (!description.ok() && !report(description)) return false;
  const result<std::string_view, error> host = form_host(form);
  if (!host && !report(host.error())) return false;
  const error credentials = inputs.key != nullptr ? credentials_problem(*inputs.key) : credentials_problem(form.token);
  return credentials.ok() || report(credentials);
}

// The request the form stands for (an unknown category reads as none: validate the form first).
inline create_repo_request request_of(const create_repo_form& form) {
  create_repo_request request;
  request.namespace_name = std::string(form.namespace_name);
  request.body.repository = std::string(form.repository);
  request.body.is_public = form.is_public;
  if (!form.category.empty()) request.body.category = parse_category(form.category);
  if (!form.description.empty()) request.body.description = std::string(form.description);
  return request;
}
}  // namespace detail

/// Every problem of the form, in the order of its fields (namespace, repository, category, description,
/// region or host, token), each with its field, code and position; `message(e)` says it in a sentence. Empty: the
/// form is valid, and to_http_request(form) succeeds.
[[nodiscard]] inline std::vector<error> validate(const create_repo_form& form) {
  return detail::all_problems_of(detail::form_inputs{form});
}

/// The form's first problem (in field order), or an error that is ok().
[[nodiscard]] constexpr error first_problem(const create_repo_form& form) {
  return detail::first_problem_of(detail::form_inputs{form});
}

/// The HTTP request the form stands for, or its first problem.
[[nodiscard]] inline result<http_request, error> to_http_request(const create_repo_form& form) {
  const error problem = first_problem(form);
  if (!problem.ok()) return unexpected(problem);
  return to_http_request(detail::request_of(form), *form_host(form), form.token);
}

/// Every problem of the form sent signed with `key`: the same fields, and the key's problem (see
/// check_access_key) in place of the token's.
[[nodiscard]] inline std::vector<error> validate(const create_repo_form& form, const access_key& key) {
  return detail::all_problems_of(detail::form_inputs{form, &key});
}

/// The HTTP request the form stands for, signed with `key` at `time` (a std::chrono::system_clock time
/// point; see the signed to_http_request in http.hpp), or its first problem.
template <class TimePoint, class = detail::system_clock_time_point<TimePoint>>
[[nodiscard]] result<http_request, error> to_http_request(const create_repo_form& form, const access_key& key,
                                                          const TimePoint& time) {
  const error problem = detail::first_problem_of(detail::form_inputs{form, &key});
  if (!problem.ok()) return unexpected(problem);
  return to_http_request(detail::request_of(form), *form_host(form), key, time);
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_FORM_HPP
