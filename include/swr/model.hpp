// SPDX-License-Identifier: MIT
// swrkit — the create-repository request model and its validation as a whole (docs/api.md).
// The owning structs mirror Huawei's SDKs (CreateRepoRequest, CreateRepoRequestBody); the view borrows the
// same fields, so that validation and serialization also work in constant expressions and without copies.
#ifndef SWR_MODEL_HPP
#define SWR_MODEL_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "swr/category.hpp"
#include "swr/config.hpp"
#include "swr/error.hpp"
#include "swr/error_message.hpp"
#include "swr/names.hpp"
#include "swr/utf8.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// The JSON body of POST /v2/manage/namespaces/{namespace}/repos.
struct create_repo_body {
  std::string repository;  ///< logical name, '/' allowed; written to the wire as '$'
  bool is_public = false;  ///< required in JSON
  std::optional<swr::category> category;
  std::optional<std::string> description;

  friend bool operator==(const create_repo_body& a, const create_repo_body& b) {
    return a.repository == b.repository && a.is_public == b.is_public && a.category == b.category &&
           a.description == b.description;
  }
  friend bool operator!=(const create_repo_body& a, const create_repo_body& b) { return !(a == b); }
};

/// The whole call: the {namespace} path parameter and the body.
struct create_repo_request {
  std::string namespace_name;
  create_repo_body body;

  friend bool operator==(const create_repo_request& a, const create_repo_request& b) {
    return a.namespace_name == b.namespace_name && a.body == b.body;
  }
  friend bool operator!=(const create_repo_request& a, const create_repo_request& b) { return !(a == b); }
};

/// The fields of a create_repo_body, borrowed. Everything that reads a body takes one, so a body converts
/// implicitly; in constant expressions, build the view directly from literals. Like std::string_view, a
/// view must not outlive the body it was made from: `create_repo_body_view v = make_body();` dangles, and
/// Clang says so (-Wdangling), while `swr::to_json(make_body())` is fine (the body lives until the call
/// returns).
struct create_repo_body_view {
  std::string_view repository;
  bool is_public = false;
  std::optional<swr::category> category;
  std::optional<std::string_view> description;

  constexpr create_repo_body_view() noexcept = default;
  constexpr create_repo_body_view(std::string_view repository_name, bool is_public_repository,
                                  std::optional<swr::category> repository_category = std::nullopt,
                                  std::optional<std::string_view> repository_description = std::nullopt) noexcept
      : repository(repository_name),
        is_public(is_public_repository),
        category(repository_category),
        description(repository_description) {}
  // Implicit on purpose: a body is read through its view everywhere, and a temporary body passed straight
  // to a function taking a view, `swr::to_json(make_body())`, lives until the call returns. What dangles is
  // a view that outlives the full-expression, `create_repo_body_view v = make_body();`: the parameter is
  // SWR_LIFETIMEBOUND (config.hpp), so Clang diagnoses that line (-Wdangling; an error with -Werror).
  // The constructor from create_repo_body&& is deliberately not deleted: that would refuse the valid calls
  // too, in every function that takes a view (the user's as well as swrkit's), unless each one got a body
  // overload. It is the design of std::string_view (no deleted rvalue constructor) and of Abseil's views
  // (ABSL_ATTRIBUTE_LIFETIME_BOUND). GCC has no such diagnostic: there, as with std::string_view, keep the
  // body alive while a view of it is in use (AddressSanitizer reports a use after free).
  create_repo_body_view(const create_repo_body& body SWR_LIFETIMEBOUND) noexcept  // NOLINT(google-explicit-constructor)
      : repository(body.repository), is_public(body.is_public), category(body.category) {
    if (body.description) description = std::string_view(*body.description);
  }
};

/// Checks a description: well-formed UTF-8 and at most 30,000 code points. Returns `none`, or
/// `invalid_utf8` at the first bad byte, or `too_long` at the first byte past the limit — whichever
/// comes first.
[[nodiscard]] constexpr error check_description(std::string_view text) noexcept {
  std::size_t code_points = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    if (++code_points > description_max_code_points) return {error_code::too_long, field::description, i};
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) return {error_code::invalid_utf8, field::description, i};
    i += length;
  }
  return {};
}

namespace detail {
// Calls `report(error)` for each problem of the body, in field order; stops early when it returns false.
// Returns false when stopped.
template <class Report>
constexpr bool for_each_problem(const create_repo_body_view& body, Report&& report) {
  const name_check repository = check_repository(body.repository);
  if (!repository.ok() && !report(from_name_check(repository, field::repository))) return false;
  if (body.category && to_string(*body.category).empty() &&
      !report(error{error_code::unknown_category, field::category, 0})) {
    return false;
  }
  if (body.description) {
    const error description = check_description(*body.description);
    if (!description.ok() && !report(description)) return false;
  }
  return true;
}

template <class Report>
bool for_each_problem(const create_repo_request& request, Report&& report) {
  const name_check ns = check_namespace(request.namespace_name);
  if (!ns.ok() && !report(from_name_check(ns, field::namespace_name))) return false;
  return for_each_problem(create_repo_body_view(request.body), report);
}

// The first problem of anything for_each_problem accepts, or an error with code `none`.
template <class Source>
constexpr error first_problem_of(const Source& source) {
  error first{};
  for_each_problem(source, [&](const error& e) {
    first = e;
    return false;
  });
  return first;
}

// Every problem of anything for_each_problem accepts, in its order.
template <class Source>
std::vector<error> all_problems_of(const Source& source) {
  std::vector<error> problems;
  for_each_problem(source, [&](const error& e) {
    problems.push_back(e);
    return true;
  });
  return problems;
}
}  // namespace detail

/// The first problem of a body, or an error with code `none`. Used where one reason is enough (to refuse).
[[nodiscard]] constexpr error first_problem(const create_repo_body_view& body) noexcept {
  return detail::first_problem_of(body);
}

/// The first problem of a request: the namespace, then the body.
[[nodiscard]] inline error first_problem(const create_repo_request& request) noexcept {
  return detail::first_problem_of(request);
}

/// Every problem of a body, in field order; empty when the body is valid.
[[nodiscard]] inline std::vector<error> validate(const create_repo_body_view& body) {
  return detail::all_problems_of(body);
}

/// Every problem of a request: the namespace first, then the body's.
[[nodiscard]] inline std::vector<error> validate(const create_repo_request& request) {
  return detail::all_problems_of(request);
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_MODEL_HPP
