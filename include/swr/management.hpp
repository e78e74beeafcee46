// SPDX-License-Identifier: MIT
// swrkit — the SWR v2 management API: organizations, repositories, tags and sharing (docs/api.md, "The
// management API"). Each operation is a request type that describes itself (operation.hpp says how); the
// requests, responses and their JSON are described here once, and operation.hpp's functions build, sign and
// read all of them. Create-repository is `create_repo_request` (model.hpp), on the same machinery.
#ifndef SWR_MANAGEMENT_HPP
#define SWR_MANAGEMENT_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "swr/api_response.hpp"
#include "swr/category.hpp"
#include "swr/config.hpp"
#include "swr/detail/json_struct.hpp"
#include "swr/error.hpp"
#include "swr/http.hpp"
#include "swr/model.hpp"
#include "swr/names.hpp"
#include "swr/operation.hpp"
#include "swr/reference.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

// ---- Enums as SWR spells them ----

/// The order of a list.
enum class order_type : unsigned char { asc, desc };
/// What ListReposDetails orders by: `updated_at` as a plain parameter; the others exist only in its filter form.
enum class repository_order : unsigned char { updated_at, name, updated_time, tag_count };
/// What ListRepositoryTags orders by.
enum class tag_order : unsigned char { updated_at, tag };
/// ListNamespaces' mode: `visible` lists every organization the account can see, not only those it has rights on.
enum class namespace_mode : unsigned char { visible };
/// The right a share grants: SWR documents `read` only.
enum class share_permit : unsigned char { read };

[[nodiscard]] constexpr std::string_view to_string(order_type v) noexcept {
  return v == order_type::asc ? "asc" : v == order_type::desc ? "desc" : "";
}
[[nodiscard]] constexpr std::string_view to_string(repository_order v) noexcept {
  switch (v) {
    case repository_order::updated_at: return "updated_at";
    case repository_order::name: return "name";
    case repository_order::updated_time: return "updated_time";
    case repository_order::tag_count: return "tag_count";
  }
  return "";
}
[[nodiscard]] constexpr std::string_view to_string(tag_order v) noexcept {
  return v == tag_order::updated_at ? "updated_at" : v == tag_order::tag ? "tag" : "";
}
[[nodiscard]] constexpr std::string_view to_string(namespace_mode v) noexcept {
  return v == namespace_mode::visible ? "visible" : "";
}
[[nodiscard]] constexpr std::string_view to_string(share_permit v) noexcept {
  return v == share_permit::read ? "read" : "";
}

namespace detail {
// How the JSON tables and the parameters write and read these enums (json_struct.hpp): their wire strings.
template <class E, std::size_t N>
struct wire_enum : std::true_type {
  static constexpr std::string_view name(E value) noexcept { return to_string(value); }
  static bool parse(std::string_view text, E& out) noexcept {
    for (std::size_t i = 0; i < N; ++i) {
      if (to_string(static_cast<E>(i)) == text) {
        out = static_cast<E>(i);
        return true;
      }
    }
    return false;
  }
};
template <>
struct json_enum<order_type> : wire_enum<order_type, 2> {};
template <>
struct json_enum<repository_order> : wire_enum<repository_order, 4> {};
template <>
struct json_enum<tag_order> : wire_enum<tag_order, 2> {};
template <>
struct json_enum<namespace_mode> : wire_enum<namespace_mode, 1> {};
template <>
struct json_enum<share_permit> : wire_enum<share_permit, 1> {};
template <>
struct json_enum<category> : std::true_type {  // written "arm", read "arm" or "arms"
  static constexpr std::string_view name(category value) noexcept { return to_string(value); }
  static bool parse(std::string_view text, category& out) noexcept {
    const std::optional<category> c = parse_category(text);
    if (c) out = *c;
    return c.has_value();
  }
};
}  // namespace detail

// ---- Responses ----

/// An organization (ListNamespaces, ShowNamespace). `auth` is the caller's right: 7 manage, 3 edit, 1 read.
struct namespace_info {
  std::int64_t id = 0;
  std::string name;
  std::string creator_name;
  std::int64_t auth = 0;

  template <class Self, class Visit>
  static void json_members(Self& self, Visit&& visit) {
    visit("id", self.id);
    visit("name", self.name);
    visit("creator_name", self.creator_name);
    visit("auth", self.auth);
  }
};

/// ListNamespaces' answer: `{"namespaces":[…]}`.
struct namespace_list {
  std::vector<namespace_info> namespaces;

  template <class Self, class Visit>
  static void json_members(Self& self, Visit&& visit) {
    visit("namespaces", self.namespaces);
  }
};

/// A repository as ShowRepository describes it. `name` is the logical name (`/`, not `$`); `category` as SWR
/// spells it (swr::parse_category reads it); times as SWR writes them.
struct repository_info {
  std::int64_t id = 0;
  std::int64_t ns_id = 0;
  std::string name;
  std::string category;
  std::string description;
  std::string creator_id;
  std::string creator_name;
  std::int64_t size = 0;
  bool is_public = false;
  std::int64_t num_images = 0;
  std::int64_t num_download = 0;
  std::string url;
  std::string path;
  std::string internal_path;
  std::string created;
  std::string updated;
  std::string domain_id;
  std::int64_t priority = 0;

  template <class Self, class Visit>
  static void json_members(Self& self, Visit&& visit) {
    visit("id", self.id);
    visit("ns_id", self.ns_id);
    visit("name", self.name);
    visit("category", self.category);
    visit("description", self.description);
    visit("creator_id", self.creator_id);
    visit("creator_name", self.creator_name);
    visit("size", self.size);
    visit("is_public", self.is_public);
    visit("num_images", self.num_images);
    visit("num_download", self.num_download);
    visit("url", self.url);
    visit("path", self.path);
    visit("internal_path", self.internal_path);
    visit("created", self.created);
    visit("updated", self.updated);
    visit("domain_id", self.domain_id);
    visit("priority", self.priority);
  }
};

/// A repository as ListReposDetails lists it.
struct repository_summary {
  std::string name;
  std::string category;
  std::string description;
  std::int64_t size = 0;
  bool is_public = false;
  std::int64_t num_images = 0;
  std::int64_t num_download = 0;
  std::string created_at;
  std::string updated_at;
  std::string logo;
  std::string url;
  std::string path;
  std::string internal_path;
  std::string domain_name;
  std::string namespace_name;  ///< "namespace"
  std::vector<std::string> tags;
  bool status = false;
  std::int64_t total_range = 0;

  template <class Self, class Visit>
  static void json_members(Self& self, Visit&& visit) {
    visit("name", self.name);
    visit("category", self.category);
    visit("description", self.description);
    visit("size", self.size);
    visit("is_public", self.is_public);
    visit("num_images", self.num_images);
    visit("num_download", self.num_download);
    visit("created_at", self.created_at);
    visit("updated_at", self.updated_at);
    visit("logo", self.logo);
    visit("url", self.url);
    visit("path", self.path);
    visit("internal_path", self.internal_path);
    visit("domain_name", self.domain_name);
    visit("namespace", self.namespace_name);
    visit("tags", self.tags);
    visit("status", self.status);
    visit("total_range", self.total_range);
  }
};

/// An image tag. ListRepositoryTags spells the tag's member `Tag`, ShowRepoTag `tag`: two tables, one type.
struct image_tag {
  std::int64_t id = 0;
  std::int64_t repo_id = 0;
  std::string tag;
  std::string image_id;
  std::string manifest;
  std::string digest;
  std::int64_t schema = 0;
  std::string path;
  std::string internal_path;
  std::int64_t size = 0;
  bool is_trusted = false;
  std::string created;
  std::string updated;
  std::optional<std::string> deleted;  ///< null for a tag that exists
  std::string domain_id;
  bool scanned = false;
  std::int64_t tag_type = 0;  ///< 0 a manifest, 1 a manifest list

  template <class Self, class Visit>
  static void members(Self& self, Visit&& visit, std::string_view tag_member) {
    visit("id", self.id);
    visit("repo_id", self.repo_id);
    visit(tag_member, self.tag);
    visit("image_id", self.image_id);
    visit("manifest", self.manifest);
    visit("digest", self.digest);
    visit("schema", self.schema);
    visit("path", self.path);
    visit("internal_path", self.internal_path);
    visit("size", self.size);
    visit("is_trusted", self.is_trusted);
    visit("created", self.created);
    visit("updated", self.updated);
    visit("deleted", self.deleted);
    visit("domain_id", self.domain_id);
    visit("scanned", self.scanned);
    visit("tag_type", self.tag_type);
  }
};
/// A tag as ListRepositoryTags lists it (`"Tag"`).
struct listed_tag : image_tag {
  template <class Self, class Visit>
  static void json_members(Self& self, Visit&& visit) {
    members(self, visit, "Tag");
  }
};
/// A tag as ShowRepoTag shows it (`"tag"`).
struct shown_tag : image_tag {
  template <class Self, class Visit>
  static void json_members(Self& self, Visit&& visit) {
    members(self, visit, "tag");
  }
};

/// A share of a repository with another account (ListRepoDomains, ShowAccessDomain).
struct repository_share {
  std::string namespace_name;  ///< "namespace"
  std::string repository;
  std::string access_domain;
  std::string permit;
  std::string deadline;
  std::string description;
  std::string creator_id;
  std::string creator_name;
  std::string created;
  std::string updated;
  bool status = false;  ///< true while valid, false once expired

  template <class Self, class Visit>
  static void json_members(Self& self, Visit&& visit) {
    visit("namespace", self.namespace_name);
    visit("repository", self.repository);
    visit("access_domain", self.access_domain);
    visit("permit", self.permit);
    visit("deadline", self.deadline);
    visit("description", self.description);
    visit("creator_id", self.creator_id);
    visit("creator_name", self.creator_name);
    visit("created", self.created);
    visit("updated", self.updated);
    visit("status", self.status);
  }
};
/// ShowAccessDomain's answer: whether the share exists, and it.
struct repository_share_details : repository_share {
  bool exist = false;

  template <class Self, class Visit>
  static void json_members(Self& self, Visit&& visit) {
    visit("exist", self.exist);
    repository_share::json_members(self, visit);
  }
};

// ---- Bodies ----

namespace detail {
inline constexpr std::size_t share_description_max_code_points = 30000;

// `forever`, or a UTC time as SWR's pages write it: YYYY-MM-DDTHH:MM:SS, optionally .sss, then Z.
constexpr error check_deadline(std::string_view text) noexcept {
  const auto bad = [](std::size_t at) { return error{error_code::invalid_time, field::deadline, at}; };
  if (text == std::string_view("forever")) return {};
  constexpr std::string_view shape = "dddd-dd-ddTdd:dd:dd";
  for (std::size_t i = 0; i < shape.size(); ++i) {
    if (i >= text.size()) return bad(i);
    const bool ok = shape[i] == 'd' ? text[i] >= '0' && text[i] <= '9' : text[i] == shape[i];
    if (!ok) return bad(i);
  }
  std::size_t i = shape.size();
  if (i < text.size() && text[i] == '.') {
    const std::size_t digits = ++i;
    while (i < text.size() && i - digits < 9 && text[i] >= '0' && text[i] <= '9') ++i;
    if (i == digits) return bad(i);
  }
  if (i >= text.size() || text[i] != 'Z') return bad(i);
  if (i + 1 != text.size()) return bad(i + 1);
  // The date itself, through the X-Sdk-Date reader (the same calendar): YYYYMMDDTHHMMSSZ.
  const char compact[] = {text[0], text[1],  text[2],  text[3],  text[5],  text[6],  text[8],  text[9],
                          'T',     text[11], text[12], text[14], text[15], text[17], text[18], 'Z'};
  const result<std::int64_t, error> parsed = parse_sdk_date(std::string_view(compact, sizeof compact));
  if (parsed) return {};
  constexpr std::size_t place[] = {0, 1, 2, 3, 5, 6, 8, 9, 10, 11, 12, 14, 15, 17, 18, 19};
  return bad(place[parsed.error().position]);
}

constexpr error share_description_problem(const std::optional<std::string>& description) noexcept {
  if (!description) return {};
  const std::size_t bad = find_invalid_utf8(*description);
  if (bad != description->size()) return {error_code::invalid_utf8, field::description, bad};
  if (count_code_points(*description) > share_description_max_code_points) {
    return {error_code::too_long, field::description, description->size()};
  }
  return {};
}

inline error tag_problem(std::string_view tag, swr::field f) noexcept {
  const name_check c = check_tag(tag);
  return {static_cast<error_code>(c.error), f, c.position};
}
}  // namespace detail

/// CreateNamespace's body: `{"namespace":"my-org"}`.
struct create_namespace_body {
  std::string namespace_name;

  template <class Self, class Visit>
  static void json_members(Self& self, Visit&& visit) {
    visit("namespace", self.namespace_name);
  }
  static void add_problems(const create_namespace_body& body, detail::problem_list& problems) {
    const name_check c = check_namespace(body.namespace_name);
    problems.add(error{static_cast<error_code>(c.error), field::namespace_name, c.position});
  }
};

/// UpdateRepo's body: is_public is required; category and description change only when given.
struct update_repo_body {
  bool is_public = false;
  std::optional<swr::category> category;
  std::optional<std::string> description;

  template <class Self, class Visit>
  static void json_members(Self& self, Visit&& visit) {
    visit("is_public", self.is_public);
    visit("category", self.category);
    visit("description", self.description);
  }
  static void add_problems(const update_repo_body& body, detail::problem_list& problems) {
    if (body.description) problems.add(check_description(*body.description));
  }
};

/// CreateRepoTag's body: the tag `destination_tag` made for the image of `source_tag`.
struct create_repo_tag_body {
  std::string source_tag;
  std::string destination_tag;
  std::optional<bool> override_existing;  ///< "override": replace an existing destination tag

  template <class Self, class Visit>
  static void json_members(Self& self, Visit&& visit) {
    visit("source_tag", self.source_tag);
    visit("destination_tag", self.destination_tag);
    visit("override", self.override_existing);
  }
  static void add_problems(const create_repo_tag_body& body, detail::problem_list& problems) {
    problems.add(detail::tag_problem(body.source_tag, field::source_tag));
    problems.add(detail::tag_problem(body.destination_tag, field::destination_tag));
  }
};

/// CreateRepoDomains' body: share with the account `access_domain`, `read`, until `deadline` (`forever` or a UTC
/// time, e.g. 2030-10-01T16:00:00.000Z).
struct create_share_body {
  std::string access_domain;
  share_permit permit = share_permit::read;
  std::string deadline = "forever";
  std::optional<std::string> description;

  template <class Self, class Visit>
  static void json_members(Self& self, Visit&& visit) {
    visit("access_domain", self.access_domain);
    visit("permit", self.permit);
    visit("deadline", self.deadline);
    visit("description", self.description);
  }
  static void add_problems(const create_share_body& body, detail::problem_list& problems) {
    const parameter account{parameter_place::path, "access_domain", field::access_domain, parameter_check::account};
    problems.add(detail::parameter_problem(account, body.access_domain));
    problems.add(detail::check_deadline(body.deadline));
    problems.add(detail::share_description_problem(body.description));
  }
};

/// UpdateRepoDomains' body.
struct update_share_body {
  share_permit permit = share_permit::read;
  std::string deadline = "forever";
  std::optional<std::string> description;

  template <class Self, class Visit>
  static void json_members(Self& self, Visit&& visit) {
    visit("permit", self.permit);
    visit("deadline", self.deadline);
    visit("description", self.description);
  }
  static void add_problems(const update_share_body& body, detail::problem_list& problems) {
    problems.add(detail::check_deadline(body.deadline));
    problems.add(detail::share_description_problem(body.description));
  }
};

// ---- The operations ----

namespace detail {
inline constexpr parameter namespace_path{parameter_place::path, "namespace", field::namespace_name,
                                          parameter_check::namespace_name};
inline constexpr parameter repository_path{parameter_place::path, "repository", field::repository,
                                           parameter_check::repository};
inline constexpr parameter tag_path{parameter_place::path, "tag", field::tag, parameter_check::tag};
inline constexpr parameter access_domain_path{parameter_place::path, "access_domain", field::access_domain,
                                              parameter_check::account};
inline constexpr parameter limit_query{parameter_place::query, "limit", field::limit, parameter_check::limit};
inline constexpr parameter offset_query{parameter_place::query, "offset", field::offset, parameter_check::offset};
inline constexpr parameter order_column_query{parameter_place::query, "order_column", field::order_column,
                                              parameter_check::choice};
inline constexpr parameter order_type_query{parameter_place::query, "order_type", field::order_type,
                                            parameter_check::choice};

// What each documented error status means, per group of operations (docs/api.md has the same table).
inline constexpr documented_status namespace_errors[] = {
    {400, "bad request: an invalid organization name, or the account's organization quota is used up"},
    {401, "authentication failed"},
    {404, "the organization does not exist"},
    {409, "the organization exists (names are unique in a region, across accounts)"},
    {500, "internal error"},
};
inline constexpr documented_status delete_namespace_errors[] = {
    {400, "bad request"},
    {401, "authentication failed"},
    {404, "the organization does not exist"},
    {406, "the organization still holds repositories: delete them first"},
    {500, "internal error"},
};
inline constexpr documented_status repository_errors[] = {
    {400, "bad request"},
    {401, "authentication failed"},
    {404, "the organization or the repository does not exist"},
    {500, "internal error"},
};
inline constexpr documented_status tag_errors[] = {
    {400, "bad request"},
    {401, "authentication failed"},
    {404, "the organization, the repository or the tag does not exist"},
    {409, "the destination tag exists (send override to replace it)"},
    {500, "internal error"},
};
inline constexpr documented_status share_errors[] = {
    {400, "bad request"},
    {401, "authentication failed"},
    {404, "the organization, the repository or the share does not exist"},
    {409, "the repository is already shared with this account"},
    {500, "internal error"},
};

template <std::size_t N>
constexpr operation_info describe(std::string_view name, http_method method, std::string_view path, int success,
                                  const documented_status (&errors)[N]) noexcept {
  return {name, method, path, success, errors, N};
}
}  // namespace detail

// Organizations.

/// CreateNamespace: POST /v2/manage/namespaces.
struct create_namespace_request {
  static constexpr operation_info operation =
      detail::describe("CreateNamespace", http_method::post, "/v2/manage/namespaces", 201, detail::namespace_errors);
  using response = no_content;
  create_namespace_body body;

  template <class Self, class Visit>
  static void parameters(Self&, Visit&&) {}
};

/// ListNamespaces: GET /v2/manage/namespaces, optionally for one name or, with `mode` visible, every organization
/// the account can see (the filter form: `filter=namespace::…|mode::visible`).
struct list_namespaces_request {
  static constexpr operation_info operation =
      detail::describe("ListNamespaces", http_method::get, "/v2/manage/namespaces", 200, detail::namespace_errors);
  using response = namespace_list;
  std::optional<std::string> namespace_name;
  std::optional<namespace_mode> mode;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(parameter{parameter_place::query, "namespace", field::namespace_name, parameter_check::namespace_name},
          self.namespace_name);
    visit(parameter{parameter_place::query, "mode", field::mode, parameter_check::choice}, self.mode);
  }
  static bool uses_filter(const list_namespaces_request& self) noexcept { return self.mode.has_value(); }
};

/// ShowNamespace: GET /v2/manage/namespaces/{namespace}.
struct show_namespace_request {
  static constexpr operation_info operation = detail::describe(
      "ShowNamespace", http_method::get, "/v2/manage/namespaces/{namespace}", 200, detail::namespace_errors);
  using response = namespace_info;
  std::string namespace_name;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(detail::namespace_path, self.namespace_name);
  }
};

/// DeleteNamespaces: DELETE /v2/manage/namespaces/{namespace}; refused (406) while it holds repositories.
struct delete_namespace_request {
  static constexpr operation_info operation =
      detail::describe("DeleteNamespaces", http_method::delete_, "/v2/manage/namespaces/{namespace}", 204,
                       detail::delete_namespace_errors);
  using response = no_content;
  std::string namespace_name;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(detail::namespace_path, self.namespace_name);
  }
};

// Repositories. (CreateRepo is create_repo_request, model.hpp.)

/// UpdateRepo: PATCH /v2/manage/namespaces/{namespace}/repos/{repository}.
struct update_repo_request {
  static constexpr operation_info operation =
      detail::describe("UpdateRepo", http_method::patch, "/v2/manage/namespaces/{namespace}/repos/{repository}", 201,
                       detail::repository_errors);
  using response = no_content;
  std::string namespace_name;
  std::string repository;
  update_repo_body body;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(detail::namespace_path, self.namespace_name);
    visit(detail::repository_path, self.repository);
  }
};

/// ShowRepository: GET /v2/manage/namespaces/{namespace}/repos/{repository}.
struct show_repository_request {
  static constexpr operation_info operation =
      detail::describe("ShowRepository", http_method::get, "/v2/manage/namespaces/{namespace}/repos/{repository}", 200,
                       detail::repository_errors);
  using response = repository_info;
  std::string namespace_name;
  std::string repository;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(detail::namespace_path, self.namespace_name);
    visit(detail::repository_path, self.repository);
  }
};

/// DeleteRepo: DELETE /v2/manage/namespaces/{namespace}/repos/{repository}.
struct delete_repo_request {
  static constexpr operation_info operation =
      detail::describe("DeleteRepo", http_method::delete_, "/v2/manage/namespaces/{namespace}/repos/{repository}", 204,
                       detail::repository_errors);
  using response = no_content;
  std::string namespace_name;
  std::string repository;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(detail::namespace_path, self.namespace_name);
    visit(detail::repository_path, self.repository);
  }
};

/// ListReposDetails: GET /v2/manage/repos, a page of the repositories the account can see (a bare array, paged
/// with Content-Range). Ordering by name, updated_time or tag_count exists only in the filter form, which the
/// request then takes.
struct list_repos_request {
  static constexpr operation_info operation =
      detail::describe("ListReposDetails", http_method::get, "/v2/manage/repos", 200, detail::repository_errors);
  using response = list<repository_summary>;
  std::optional<std::string> namespace_name;
  std::optional<std::string> name;  ///< a part of the name (SWR matches it fuzzily)
  std::optional<swr::category> category;
  std::optional<std::int64_t> limit;  ///< 1-1000; SWR's default is 100
  std::optional<std::int64_t> offset;
  std::optional<repository_order> order_column;
  std::optional<order_type> order;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(parameter{parameter_place::query, "namespace", field::namespace_name, parameter_check::namespace_name},
          self.namespace_name);
    visit(parameter{parameter_place::query, "name", field::name, parameter_check::text}, self.name);
    visit(parameter{parameter_place::query, "category", field::category, parameter_check::choice}, self.category);
    visit(detail::limit_query, self.limit);
    visit(detail::offset_query, self.offset);
    visit(detail::order_column_query, self.order_column);
    visit(detail::order_type_query, self.order);
  }
  static bool uses_filter(const list_repos_request& self) noexcept {
    return self.order_column && *self.order_column != repository_order::updated_at;
  }
};

// Tags.

/// ListRepositoryTags: GET /v2/manage/namespaces/{namespace}/repos/{repository}/tags (a bare array, paged with
/// Content-Range).
struct list_tags_request {
  static constexpr operation_info operation =
      detail::describe("ListRepositoryTags", http_method::get,
                       "/v2/manage/namespaces/{namespace}/repos/{repository}/tags", 200, detail::tag_errors);
  using response = list<listed_tag>;
  std::string namespace_name;
  std::string repository;
  std::optional<std::int64_t> limit;
  std::optional<std::int64_t> offset;
  std::optional<tag_order> order_column;
  std::optional<order_type> order;
  std::optional<std::string> tag;  ///< only this tag

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(detail::namespace_path, self.namespace_name);
    visit(detail::repository_path, self.repository);
    visit(detail::limit_query, self.limit);
    visit(detail::offset_query, self.offset);
    visit(detail::order_column_query, self.order_column);
    visit(detail::order_type_query, self.order);
    visit(parameter{parameter_place::query, "tag", field::tag, parameter_check::tag}, self.tag);
  }
};

/// CreateRepoTag: POST …/repos/{repository}/tags, a new tag for the image of an existing one.
struct create_tag_request {
  static constexpr operation_info operation =
      detail::describe("CreateRepoTag", http_method::post, "/v2/manage/namespaces/{namespace}/repos/{repository}/tags",
                       201, detail::tag_errors);
  using response = no_content;
  std::string namespace_name;
  std::string repository;
  create_repo_tag_body body;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(detail::namespace_path, self.namespace_name);
    visit(detail::repository_path, self.repository);
  }
};

/// ShowRepoTag: GET …/repos/{repository}/tags/{tag}.
struct show_tag_request {
  static constexpr operation_info operation =
      detail::describe("ShowRepoTag", http_method::get,
                       "/v2/manage/namespaces/{namespace}/repos/{repository}/tags/{tag}", 200, detail::tag_errors);
  using response = shown_tag;
  std::string namespace_name;
  std::string repository;
  std::string tag;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(detail::namespace_path, self.namespace_name);
    visit(detail::repository_path, self.repository);
    visit(detail::tag_path, self.tag);
  }
};

/// DeleteRepoTag: DELETE …/repos/{repository}/tags/{tag}.
struct delete_tag_request {
  static constexpr operation_info operation =
      detail::describe("DeleteRepoTag", http_method::delete_,
                       "/v2/manage/namespaces/{namespace}/repos/{repository}/tags/{tag}", 204, detail::tag_errors);
  using response = no_content;
  std::string namespace_name;
  std::string repository;
  std::string tag;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(detail::namespace_path, self.namespace_name);
    visit(detail::repository_path, self.repository);
    visit(detail::tag_path, self.tag);
  }
};

// Sharing: access domains, under /repositories/ (not /repos/).

/// CreateRepoDomains: POST …/repositories/{repository}/access-domains.
struct create_share_request {
  static constexpr operation_info operation = detail::describe(
      "CreateRepoDomains", http_method::post,
      "/v2/manage/namespaces/{namespace}/repositories/{repository}/access-domains", 201, detail::share_errors);
  using response = no_content;
  std::string namespace_name;
  std::string repository;
  create_share_body body;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(detail::namespace_path, self.namespace_name);
    visit(detail::repository_path, self.repository);
  }
};

/// ListRepoDomains: GET …/repositories/{repository}/access-domains (a bare array).
struct list_shares_request {
  static constexpr operation_info operation = detail::describe(
      "ListRepoDomains", http_method::get, "/v2/manage/namespaces/{namespace}/repositories/{repository}/access-domains",
      200, detail::share_errors);
  using response = list<repository_share>;
  std::string namespace_name;
  std::string repository;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(detail::namespace_path, self.namespace_name);
    visit(detail::repository_path, self.repository);
  }
};

/// ShowAccessDomain: GET …/access-domains/{access_domain}.
struct show_share_request {
  static constexpr operation_info operation =
      detail::describe("ShowAccessDomain", http_method::get,
                       "/v2/manage/namespaces/{namespace}/repositories/{repository}/access-domains/{access_domain}",
                       200, detail::share_errors);
  using response = repository_share_details;
  std::string namespace_name;
  std::string repository;
  std::string access_domain;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(detail::namespace_path, self.namespace_name);
    visit(detail::repository_path, self.repository);
    visit(detail::access_domain_path, self.access_domain);
  }
};

/// UpdateRepoDomains: PATCH …/access-domains/{access_domain}.
struct update_share_request {
  static constexpr operation_info operation =
      detail::describe("UpdateRepoDomains", http_method::patch,
                       "/v2/manage/namespaces/{namespace}/repositories/{repository}/access-domains/{access_domain}",
                       201, detail::share_errors);
  using response = no_content;
  std::string namespace_name;
  std::string repository;
  std::string access_domain;
  update_share_body body;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(detail::namespace_path, self.namespace_name);
    visit(detail::repository_path, self.repository);
    visit(detail::access_domain_path, self.access_domain);
  }
};

/// DeleteRepoDomains: DELETE …/access-domains/{access_domain}.
struct delete_share_request {
  static constexpr operation_info operation =
      detail::describe("DeleteRepoDomains", http_method::delete_,
                       "/v2/manage/namespaces/{namespace}/repositories/{repository}/access-domains/{access_domain}",
                       204, detail::share_errors);
  using response = no_content;
  std::string namespace_name;
  std::string repository;
  std::string access_domain;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(detail::namespace_path, self.namespace_name);
    visit(detail::repository_path, self.repository);
    visit(detail::access_domain_path, self.access_domain);
  }
};

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_MANAGEMENT_HPP
