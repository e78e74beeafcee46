// SPDX-License-Identifier: MIT
#include "service.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>

#include <swr/swr.hpp>

namespace swr_mock {

// What the service holds. Repositories are keyed by their logical name (with '/'), tags and shares by their name.
// Every change takes the next `sequence` number, so that "ordered by update time" is exact and the same on every
// run even when the clock stands still (the tests' clock does).
struct tag_state {
  std::int64_t id = 0;
  std::string digest;  // "sha256:<hex>": the image the tag names
  std::string created;
  std::string updated;
  std::uint64_t sequence = 0;  // of its last change
};

struct share_state {
  std::string permit;
  std::string deadline;
  std::string description;
  std::string created;
  std::string updated;
};

struct repository_state {
  std::int64_t id = 0;
  bool is_public = false;
  std::string category;  // SWR's wire string; empty when none was given
  std::string description;
  std::string created;
  std::string updated;
  std::uint64_t sequence = 0;
  std::map<std::string, tag_state, std::less<>> tags;
  std::map<std::string, share_state, std::less<>> shares;  // by access domain (account)
};

struct organization_state {
  std::int64_t id = 0;
  std::map<std::string, repository_state, std::less<>> repositories;
};

struct service::state {
  std::map<std::string, organization_state, std::less<>> organizations;
  std::int64_t next_id = 1;
  std::uint64_t sequence = 0;
};

namespace {
// ---- Answers ----

answer refuse(const swr::service_error_info& info, std::string_view detail = {}) {
  return {info.http_status, *swr::error_response_json(info, detail), {}};  // every detail here is ASCII
}

answer refuse(std::string_view code, std::string_view detail = {}) {
  return refuse(*swr::find_service_error(code), detail);
}

answer refuse(const swr::error& problem) {
  return {swr::service_error_for(problem).http_status, swr::error_response_json(problem), {}};
}

// SWR documents no code for an organization or a share that exists, nor for a share that does not, so the emulator
// answers those with codes of its own, in SWR's form (docs/api.md, "Refusals, as the emulator gives them").
constexpr swr::service_error_info already_exists{"SVCSTG.SWR.4090000", 409, swr::field::none, swr::field::none,
                                                 "The resource already exists"};
constexpr swr::service_error_info does_not_exist{"SVCSTG.SWR.4040000", 404, swr::field::none, swr::field::none,
                                                 "The resource does not exist"};

// The API gateway's error body (its members, not SWR's: docs/api.md); `message` is one of the constants below.
answer gateway_error(int status, std::string_view code, std::string_view message) {
  std::string body = R"({"error_code":")";
  body.append(code).append(R"(","error_msg":")").append(message).append(R"("})");
  return {status, std::move(body), {}};
}

template <class Response>
answer success(int status, const Response& response) {
  return {status, swr::to_response_json(response), {}};
}

answer no_content(int status) { return {status, {}, {}}; }

// A page of a list: the items from `offset`, at most `limit`, with its Content-Range.
template <class T>
answer page(std::vector<T> all, std::int64_t offset, std::int64_t limit) {
  const auto total = static_cast<std::int64_t>(all.size());
  const std::int64_t first = std::min(offset, total);
  const std::int64_t last = std::min(total, first + std::min(limit, total - first));
  swr::list<T> list;
  list.items.assign(std::make_move_iterator(all.begin() + first), std::make_move_iterator(all.begin() + last));
  const swr::content_range range{offset, last - first, total};
  return {200, swr::to_response_json(list), swr::to_string(range)};
}

// ---- Times, digests ----

// A time as SWR writes it, e.g. 2024-01-02T03:04:05Z.
std::string iso_time(std::chrono::system_clock::time_point t) {
  const auto date = swr::to_sdk_date(t);  // YYYYMMDDTHHMMSSZ
  if (!date) return "1970-01-01T00:00:00Z";
  const std::string_view d = date->view();
  std::string out;
  out.append(d.substr(0, 4)).append("-").append(d.substr(4, 2)).append("-").append(d.substr(6, 2));
  out.append("T").append(d.substr(9, 2)).append(":").append(d.substr(11, 2)).append(":").append(d.substr(13, 2));
  return out.append("Z");
}

std::string digest_of(std::string_view namespace_name, std::string_view repository, std::string_view tag) {
  std::string image(namespace_name);
  image.append("/").append(repository).append(":").append(tag);
  return "sha256:" + std::string(swr::to_hex(swr::sha256::digest(image)).view());
}

// An image's size, made up from its digest: the same for the same image, different for most others.
std::int64_t size_of(std::string_view digest) {
  std::int64_t size = 0;
  for (const char c : digest.substr(7, 5)) size = size * 16 + (c <= '9' ? c - '0' : c - 'a' + 10);
  return 1048576 + size;
}

// ---- Targets ----

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Percent-decodes `in` ('+' as a space in a query, as HTML forms and Node.js's querystring write it); a '%' not
// followed by two hex digits stays as it is, as cpp-httplib leaves it in a path.
std::string decoded(std::string_view in, bool plus_is_space) {
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '%' && i + 2 < in.size() && hex_value(in[i + 1]) >= 0 && hex_value(in[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hex_value(in[i + 1]) * 16 + hex_value(in[i + 2])));
      i += 2;
    } else {
      out.push_back(plus_is_space && in[i] == '+' ? ' ' : in[i]);
    }
  }
  return out;
}

// The decoded query parameters, in order.
using query_list = std::vector<std::pair<std::string, std::string>>;

query_list query_of(std::string_view query) {
  query_list out;
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (pair.empty()) continue;
    const std::size_t equals = pair.find('=');
    out.emplace_back(decoded(pair.substr(0, equals), true),
                     equals == std::string_view::npos ? std::string() : decoded(pair.substr(equals + 1), true));
  }
  return out;
}

// A path parameter's name in a template, and its value in a path.
using captures = std::vector<std::pair<std::string_view, std::string_view>>;

// Matches a decoded `path` against a path template ("/v2/manage/namespaces/{namespace}"): its parameters, or
// nullopt. Segment by segment, as the API gateway matches, so that a raw '/' inside a parameter makes a path of more
// segments than the template, which matches nothing; a parameter is never empty.
std::optional<captures> match(std::string_view pattern, std::string_view path) {
  captures out;
  while (!pattern.empty() && !path.empty()) {
    if (pattern[0] != '/' || path[0] != '/') return std::nullopt;
    pattern.remove_prefix(1);
    path.remove_prefix(1);
    const std::string_view want = pattern.substr(0, pattern.find('/'));
    const std::string_view have = path.substr(0, path.find('/'));
    if (want.size() > 2 && want.front() == '{' && want.back() == '}') {
      if (have.empty()) return std::nullopt;
      out.emplace_back(want.substr(1, want.size() - 2), have);
    } else if (want != have) {
      return std::nullopt;
    }
    pattern.remove_prefix(want.size());
    path.remove_prefix(have.size());
  }
  if (!pattern.empty() || !path.empty()) return std::nullopt;
  return out;
}

// ---- The operations ----

// Every operation of the management API that the service serves, as swrkit describes it (swr/management.hpp).
using operations =
    std::tuple<swr::create_namespace_request, swr::list_namespaces_request, swr::show_namespace_request,
               swr::delete_namespace_request, swr::create_repo_request, swr::update_repo_request,
               swr::show_repository_request, swr::delete_repo_request, swr::list_repos_request, swr::list_tags_request,
               swr::create_tag_request, swr::show_tag_request, swr::delete_tag_request, swr::create_share_request,
               swr::list_shares_request, swr::show_share_request, swr::update_share_request, swr::delete_share_request>;

template <class F, std::size_t... I>
void for_each_operation(F&& f, std::index_sequence<I...>) {
  (f(static_cast<std::tuple_element_t<I, operations>*>(nullptr)), ...);
}
template <class F>
void for_each_operation(F&& f) {
  for_each_operation(f, std::make_index_sequence<std::tuple_size_v<operations>>{});
}

// Whether some operation has this path, whatever its method.
bool known_path(std::string_view path) {
  bool known = false;
  for_each_operation([&](auto* type) {
    using R = std::remove_pointer_t<decltype(type)>;
    known = known || match(swr::operation_traits<R>::info().path, path).has_value();
  });
  return known;
}

template <class R, class = void>
struct has_body : std::false_type {};
template <class R>
struct has_body<R, std::void_t<decltype(std::declval<R&>().body)>> : std::true_type {};

template <class R, class = void>
struct has_filter_rule : std::false_type {};
template <class R>
struct has_filter_rule<R, std::void_t<decltype(R::uses_filter(std::declval<const R&>()))>> : std::true_type {};

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

// An operation's request seen through its parameters alone, so that swr::for_each_problem checks them with
// swrkit's rules before the body is read.
template <class R>
struct parameters_of {
  static constexpr swr::operation_info operation = swr::operation_traits<R>::info();
  using response = typename swr::operation_traits<R>::response;
  R* request;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    swr::operation_traits<R>::parameters(*self.request, visit);
  }
};

// Reads a parameter's text into its value. The checks of the value (a name's rules, a limit's range) come after,
// in swr::for_each_problem; here only what makes no value of the type.
template <class T>
swr::error assign(const swr::parameter& p, std::string_view text, T& value) {
  if constexpr (is_optional<T>::value) {
    typename T::value_type v{};
    const swr::error e = assign(p, text, v);
    if (e.ok()) value = std::move(v);
    return e;
  } else if constexpr (std::is_same_v<T, std::string>) {
    value = p.check == swr::parameter_check::repository ? swr::unescape_repository(text) : std::string(text);
    return {};
  } else if constexpr (std::is_same_v<T, std::int64_t>) {
    if (text.empty()) return {swr::error_code::empty, p.field, 0};
    const bool negative = text[0] == '-';  // read, so that swrkit's range check says what is wrong with it
    if (negative && text.size() == 1) return {swr::error_code::invalid_character, p.field, 0};
    std::int64_t magnitude = 0;
    for (std::size_t i = negative ? 1 : 0; i < text.size(); ++i) {
      if (text[i] < '0' || text[i] > '9') return {swr::error_code::invalid_character, p.field, i};
      const std::int64_t digit = text[i] - '0';
      if (magnitude > (std::numeric_limits<std::int64_t>::max() - digit) / 10) {
        return {swr::error_code::out_of_range, p.field, 0};
      }
      magnitude = magnitude * 10 + digit;
    }
    value = negative ? -magnitude : magnitude;
    return {};
  } else if constexpr (std::is_same_v<T, swr::category>) {
    const std::optional<swr::category> c = swr::parse_category(text);  // "arms" too, as SWR's SDKs send it
    if (!c) return {swr::error_code::unknown_category, p.field, 0};
    value = *c;
    return {};
  } else {
    static_assert(std::is_enum_v<T>, "a parameter of a type the service cannot read");
    for (unsigned i = 0; i <= std::numeric_limits<std::underlying_type_t<T>>::max(); ++i) {
      const std::string_view name = to_string(static_cast<T>(i));
      if (name.empty()) break;
      if (name == text) {
        value = static_cast<T>(i);
        return {};
      }
    }
    return {swr::error_code::invalid_character, p.field, 0};  // none of its wire strings
  }
}

// The query parameters an operation reads, by name: the plain ones, or those of SWR's filter form
// (`filter=name::value|name::value`, which wins over the plain ones, as SWR documents).
struct query_values {
  std::map<std::string, std::string, std::less<>> values;
  bool filter_form = false;
};

// The query parameters of a request to `R`, or the refusal of its filter: every part NAME::VALUE, each name one of
// the operation's query parameters, at most once.
template <class R>
std::variant<query_values, answer> query_parameters(std::string_view raw) {
  std::vector<std::string_view> names;
  R probe{};
  swr::operation_traits<R>::parameters(probe, [&](const swr::parameter& p, const auto&) {
    if (p.place == swr::parameter_place::query) names.push_back(p.name);
  });
  query_values out;
  const query_list query = query_of(raw);
  const auto filter = std::find_if(query.begin(), query.end(), [](const auto& q) { return q.first == "filter"; });
  if (names.empty() || filter == query.end()) {
    for (const auto& [name, value] : query) out.values.emplace(name, value);  // the first of a name
    return out;
  }
  out.filter_form = true;
  const std::string_view text = filter->second;
  if (text.empty()) return refuse("SVCSTG.SWR.4000014", "filter: at least one NAME::VALUE");
  std::size_t start = 0;
  for (int part = 1;; ++part) {
    const std::size_t bar = text.find('|', start);
    const std::string_view item = text.substr(start, bar == std::string_view::npos ? bar : bar - start);
    const std::size_t colons = item.find("::");
    const std::string number = std::to_string(part);
    if (colons == std::string_view::npos) {
      return refuse("SVCSTG.SWR.4000014", "filter: part " + number + " is not NAME::VALUE");
    }
    const std::string_view name = item.substr(0, colons);
    if (std::find(names.begin(), names.end(), name) == names.end()) {
      return refuse("SVCSTG.SWR.4000014", "filter: part " + number + " names no parameter of " +
                                              std::string(swr::operation_traits<R>::info().name));
    }
    if (!out.values.emplace(std::string(name), std::string(item.substr(colons + 2))).second) {
      return refuse("SVCSTG.SWR.4000014", "filter: part " + number + " names a parameter again");
    }
    if (bar == std::string_view::npos) return out;
    start = bar + 1;
  }
}

// The request to `R` of a routed request's path parameters and query, checked by swrkit's rules; or its refusal.
template <class R>
std::variant<R, answer> read_parameters(const captures& path, std::string_view raw_query) {
  auto query = query_parameters<R>(raw_query);
  if (std::holds_alternative<answer>(query)) return std::get<answer>(std::move(query));
  const query_values& given = std::get<query_values>(query);
  R request{};
  swr::error problem;
  swr::operation_traits<R>::parameters(request, [&](const swr::parameter& p, auto& value) {
    if (!problem.ok()) return;
    std::optional<std::string_view> text;
    if (p.place == swr::parameter_place::path) {
      for (const auto& [name, captured] : path) {
        if (name == p.name) text = captured;
      }
    } else if (const auto found = given.values.find(p.name); found != given.values.end()) {
      text = found->second;
    }
    if (text) problem = assign(p, *text, value);
  });
  if (!problem.ok()) return refuse(problem);
  swr::for_each_problem(parameters_of<R>{&request}, [&](const swr::error& e) {
    problem = e;
    return false;
  });
  if (!problem.ok()) return refuse(problem);
  if constexpr (has_filter_rule<R>::value) {
    // What SWR reads only in the filter form (ListReposDetails' order by name, updated_time or tag_count;
    // ListNamespaces' mode) is refused in the plain one rather than silently ignored.
    if (!given.filter_form && R::uses_filter(request)) {
      return refuse("SVCSTG.SWR.4000014", "this parameter's value is read only in the filter form");
    }
  }
  return request;
}

// ---- The state's operations (under the service's lock) ----

struct context {
  service::state& state;
  std::string now;  // the time of this request, as SWR writes times
};

answer organization_not_found(std::string_view detail = {}) { return refuse("SVCSTG.SWR.4041061", detail); }

// The organization and repository a request names, or the refusal.
struct located {
  organization_state* organization = nullptr;
  repository_state* repository = nullptr;
  std::optional<answer> refusal;
};

located locate(context& c, const std::string& namespace_name, const std::string& repository) {
  located at;
  const auto org = c.state.organizations.find(namespace_name);
  if (org == c.state.organizations.end()) {
    at.refusal = organization_not_found("The organization " + namespace_name + " does not exist.");
    return at;
  }
  at.organization = &org->second;
  const auto repo = org->second.repositories.find(repository);
  if (repo == org->second.repositories.end()) {
    at.refusal =
        refuse("SVCSTG.SWR.4040010", "The repository " + repository + " does not exist in " + namespace_name + ".");
    return at;
  }
  at.repository = &repo->second;
  return at;
}

void touch(context& c, repository_state& repository) {
  repository.updated = c.now;
  repository.sequence = ++c.state.sequence;
}

tag_state& put_tag(context& c, repository_state& repository, const std::string& tag, std::string digest) {
  tag_state& t = repository.tags[tag];
  if (t.id == 0) {
    t.id = c.state.next_id++;
    t.created = c.now;
  }
  t.digest = std::move(digest);
  t.updated = c.now;
  t.sequence = ++c.state.sequence;
  touch(c, repository);
  return t;
}

std::string image_path(std::string_view namespace_name, std::string_view repository) {
  std::string path(service::registry);
  return path.append("/").append(namespace_name).append("/").append(repository);
}

std::string internal_image_path(std::string_view namespace_name, std::string_view repository) {
  std::string path = "10.125.0.198:20202/";  // SWR's example of an address inside a region
  return path.append(namespace_name).append("/").append(repository);
}

std::int64_t repository_size(const repository_state& repository) {
  std::int64_t size = 0;
  for (const auto& entry : repository.tags) size += size_of(entry.second.digest);
  return size;
}

template <class Tag>
Tag tag_response(std::string_view namespace_name, const std::string& repository_name,
                 const repository_state& repository, const std::string& name, const tag_state& t) {
  Tag out;
  out.id = t.id;
  out.repo_id = repository.id;
  out.tag = name;
  out.image_id = t.digest.substr(7);
  out.digest = t.digest;
  out.schema = 2;
  out.path = image_path(namespace_name, repository_name) + ":" + name;
  out.internal_path = internal_image_path(namespace_name, repository_name) + ":" + name;
  out.size = size_of(t.digest);
  out.created = t.created;
  out.updated = t.updated;
  out.domain_id = "swrkit-mock-domain-id";
  return out;
}

template <class Share>
Share share_response(const std::string& namespace_name, const std::string& repository, const std::string& domain,
                     const share_state& s, const std::string& now) {
  Share out;
  out.namespace_name = namespace_name;
  out.repository = repository;
  out.access_domain = domain;
  out.permit = s.permit;
  out.deadline = s.deadline;
  out.description = s.description;
  out.creator_id = "swrkit-mock-user-id";
  out.creator_name = "swrkit-mock-user";
  out.created = s.created;
  out.updated = s.updated;
  // Valid through the deadline's day: a share expires at 00:00:00 the day after (SWR's documentation).
  out.status = s.deadline == "forever" || now.compare(0, 10, s.deadline, 0, 10) <= 0;
  return out;
}

swr::namespace_info namespace_response(const std::string& name, const organization_state& org) {
  return {org.id, name, "swrkit-mock-user", 7};  // 7: the caller manages it (it is the account's)
}

int success_status(const swr::operation_info& info) { return info.success_status; }

// Organizations.

answer run(context& c, const swr::create_namespace_request& r) {
  if (c.state.organizations.count(r.body.namespace_name) != 0) {
    return refuse(already_exists, "The organization " + r.body.namespace_name + " exists.");
  }
  c.state.organizations[r.body.namespace_name].id = c.state.next_id++;
  return no_content(success_status(r.operation));
}

answer run(context& c, const swr::list_namespaces_request& r) {
  // With mode visible, every organization the account can see: here, as without it, all of the account's.
  swr::namespace_list list;
  for (const auto& [name, org] : c.state.organizations) {
    if (!r.namespace_name || *r.namespace_name == name) list.namespaces.push_back(namespace_response(name, org));
  }
  return success(success_status(r.operation), list);
}

answer run(context& c, const swr::show_namespace_request& r) {
  const auto org = c.state.organizations.find(r.namespace_name);
  if (org == c.state.organizations.end()) return organization_not_found();
  return success(success_status(r.operation), namespace_response(org->first, org->second));
}

answer run(context& c, const swr::delete_namespace_request& r) {
  const auto org = c.state.organizations.find(r.namespace_name);
  if (org == c.state.organizations.end()) return organization_not_found();
  if (!org->second.repositories.empty()) {
    return refuse("SVCSTG.SWR.4060012", "The organization " + r.namespace_name + " still holds " +
                                            std::to_string(org->second.repositories.size()) +
                                            " repositories: delete them first.");
  }
  c.state.organizations.erase(org);
  return no_content(success_status(r.operation));
}

// Repositories.

answer run(context& c, const swr::create_repo_request& r) {
  const auto org = c.state.organizations.find(r.namespace_name);
  if (org == c.state.organizations.end()) return organization_not_found();  // no detail, as before
  auto [it, created] = org->second.repositories.try_emplace(r.body.repository);
  if (!created) return refuse("SVCSTG.SWR.4090006");
  repository_state& repository = it->second;
  repository.id = c.state.next_id++;
  repository.is_public = r.body.is_public;
  if (r.body.category) repository.category = std::string(swr::to_string(*r.body.category));
  repository.description = r.body.description.value_or("");
  repository.created = c.now;
  touch(c, repository);
  return no_content(200);  // SWR's current page documents 200 (older ones 201); the emulator has always sent 200
}

answer run(context& c, const swr::update_repo_request& r) {
  located at = locate(c, r.namespace_name, r.repository);
  if (at.refusal) return *at.refusal;
  at.repository->is_public = r.body.is_public;
  if (r.body.category) at.repository->category = std::string(swr::to_string(*r.body.category));
  if (r.body.description) at.repository->description = *r.body.description;
  touch(c, *at.repository);
  return no_content(success_status(r.operation));
}

answer run(context& c, const swr::show_repository_request& r) {
  located at = locate(c, r.namespace_name, r.repository);
  if (at.refusal) return *at.refusal;
  const repository_state& repo = *at.repository;
  swr::repository_info out;
  out.id = repo.id;
  out.ns_id = at.organization->id;
  out.name = r.repository;  // the real name, with '/', whatever form the path had
  out.category = repo.category;
  out.description = repo.description;
  out.creator_id = "swrkit-mock-user-id";
  out.creator_name = "swrkit-mock-user";
  out.size = repository_size(repo);
  out.is_public = repo.is_public;
  out.num_images = static_cast<std::int64_t>(repo.tags.size());
  out.path = image_path(r.namespace_name, r.repository);
  out.internal_path = internal_image_path(r.namespace_name, r.repository);
  out.created = repo.created;
  out.updated = repo.updated;
  out.domain_id = "swrkit-mock-domain-id";
  return success(success_status(r.operation), out);
}

answer run(context& c, const swr::delete_repo_request& r) {
  located at = locate(c, r.namespace_name, r.repository);
  if (at.refusal) return *at.refusal;
  at.organization->repositories.erase(r.repository);  // its tags and shares with it
  return no_content(success_status(r.operation));
}

answer run(context& c, const swr::list_repos_request& r) {
  struct entry {
    std::uint64_t sequence;
    std::size_t tag_count;
    swr::repository_summary summary;
  };
  std::vector<entry> found;
  const std::string category = r.category ? std::string(swr::to_string(*r.category)) : std::string();
  for (const auto& [namespace_name, org] : c.state.organizations) {
    if (r.namespace_name && *r.namespace_name != namespace_name) continue;
    for (const auto& [name, repo] : org.repositories) {
      if (r.name && name.find(*r.name) == std::string::npos) continue;  // SWR matches a part of the name
      if (r.category && repo.category != category) continue;
      swr::repository_summary s;
      s.name = name;
      s.category = repo.category;
      s.description = repo.description;
      s.size = repository_size(repo);
      s.is_public = repo.is_public;
      s.num_images = static_cast<std::int64_t>(repo.tags.size());
      s.created_at = repo.created;
      s.updated_at = repo.updated;
      s.path = image_path(namespace_name, name);
      s.internal_path = internal_image_path(namespace_name, name);
      s.domain_name = "swrkit-mock-domain";
      s.namespace_name = namespace_name;
      for (const auto& tag : repo.tags) s.tags.push_back(tag.first);
      s.status = true;
      found.push_back({repo.sequence, repo.tags.size(), std::move(s)});
    }
  }
  const swr::repository_order column = r.order_column.value_or(swr::repository_order::updated_at);
  const bool ascending = r.order.value_or(swr::order_type::desc) == swr::order_type::asc;
  // Ties go by organization, then name, so that a page is the same on every run.
  const auto key = [column](const entry& e) {
    return column == swr::repository_order::name        ? std::make_tuple(std::uint64_t{0}, e.summary.name)
           : column == swr::repository_order::tag_count ? std::make_tuple(std::uint64_t{e.tag_count}, std::string())
                                                        : std::make_tuple(e.sequence, std::string());
  };
  std::stable_sort(found.begin(), found.end(), [&](const entry& a, const entry& b) {
    const auto ka = key(a);
    const auto kb = key(b);
    if (ka != kb) return ascending ? ka < kb : kb < ka;
    return std::tie(a.summary.namespace_name, a.summary.name) < std::tie(b.summary.namespace_name, b.summary.name);
  });
  std::vector<swr::repository_summary> items;
  for (entry& e : found) {
    e.summary.total_range = static_cast<std::int64_t>(found.size());
    items.push_back(std::move(e.summary));
  }
  return page(std::move(items), r.offset.value_or(0), r.limit.value_or(100));
}

// Tags.

answer run(context& c, const swr::list_tags_request& r) {
  located at = locate(c, r.namespace_name, r.repository);
  if (at.refusal) return *at.refusal;
  std::vector<std::pair<std::uint64_t, swr::listed_tag>> found;
  for (const auto& [name, t] : at.repository->tags) {
    if (r.tag && *r.tag != name) continue;
    found.emplace_back(t.sequence,
                       tag_response<swr::listed_tag>(r.namespace_name, r.repository, *at.repository, name, t));
  }
  const bool by_tag = r.order_column.value_or(swr::tag_order::updated_at) == swr::tag_order::tag;
  const bool ascending = r.order.value_or(swr::order_type::desc) == swr::order_type::asc;
  std::stable_sort(found.begin(), found.end(), [&](const auto& a, const auto& b) {
    const bool less = by_tag ? a.second.tag < b.second.tag : a.first < b.first;
    const bool greater = by_tag ? b.second.tag < a.second.tag : b.first < a.first;
    return ascending ? less : greater;
  });
  std::vector<swr::listed_tag> items;
  for (auto& entry : found) items.push_back(std::move(entry.second));
  return page(std::move(items), r.offset.value_or(0), r.limit.value_or(100));
}

answer run(context& c, const swr::create_tag_request& r) {
  located at = locate(c, r.namespace_name, r.repository);
  if (at.refusal) return *at.refusal;
  const auto source = at.repository->tags.find(r.body.source_tag);
  if (source == at.repository->tags.end()) {
    return refuse("SVCSTG.SWR.4040010", "The tag " + r.body.source_tag + " does not exist in " + r.repository + ".");
  }
  if (at.repository->tags.count(r.body.destination_tag) != 0 && !r.body.override_existing.value_or(false)) {
    return refuse("SVCSTG.SWR.4090006", "The tag " + r.body.destination_tag + " exists: send override to replace it.");
  }
  const std::string digest = source->second.digest;  // the new tag names the same image
  put_tag(c, *at.repository, r.body.destination_tag, digest);
  return no_content(success_status(r.operation));
}

answer run(context& c, const swr::show_tag_request& r) {
  located at = locate(c, r.namespace_name, r.repository);
  if (at.refusal) return *at.refusal;
  const auto t = at.repository->tags.find(r.tag);
  if (t == at.repository->tags.end()) {
    return refuse("SVCSTG.SWR.4040010", "The tag " + r.tag + " does not exist in " + r.repository + ".");
  }
  return success(success_status(r.operation),
                 tag_response<swr::shown_tag>(r.namespace_name, r.repository, *at.repository, t->first, t->second));
}

answer run(context& c, const swr::delete_tag_request& r) {
  located at = locate(c, r.namespace_name, r.repository);
  if (at.refusal) return *at.refusal;
  if (at.repository->tags.erase(r.tag) == 0) {
    return refuse("SVCSTG.SWR.4040010", "The tag " + r.tag + " does not exist in " + r.repository + ".");
  }
  touch(c, *at.repository);
  return no_content(success_status(r.operation));
}

// Sharing.

answer share_not_found(const std::string& domain, const std::string& repository) {
  return refuse(does_not_exist, "The repository " + repository + " is not shared with " + domain + ".");
}

answer run(context& c, const swr::create_share_request& r) {
  located at = locate(c, r.namespace_name, r.repository);
  if (at.refusal) return *at.refusal;
  auto [it, created] = at.repository->shares.try_emplace(r.body.access_domain);
  if (!created) {
    return refuse(already_exists, "The repository " + r.repository + " is shared with " + r.body.access_domain + ".");
  }
  it->second = {std::string(swr::to_string(r.body.permit)), r.body.deadline, r.body.description.value_or(""), c.now,
                c.now};
  return no_content(success_status(r.operation));
}

answer run(context& c, const swr::list_shares_request& r) {
  located at = locate(c, r.namespace_name, r.repository);
  if (at.refusal) return *at.refusal;
  std::vector<swr::repository_share> items;
  for (const auto& [domain, s] : at.repository->shares) {
    items.push_back(share_response<swr::repository_share>(r.namespace_name, r.repository, domain, s, c.now));
  }
  const auto total = static_cast<std::int64_t>(items.size());
  return page(std::move(items), 0, total);  // SWR pages no share list: all of them, in one page
}

answer run(context& c, const swr::show_share_request& r) {
  located at = locate(c, r.namespace_name, r.repository);
  if (at.refusal) return *at.refusal;
  const auto s = at.repository->shares.find(r.access_domain);
  if (s == at.repository->shares.end()) return share_not_found(r.access_domain, r.repository);
  auto out = share_response<swr::repository_share_details>(r.namespace_name, r.repository, s->first, s->second, c.now);
  out.exist = true;
  return success(success_status(r.operation), out);
}

answer run(context& c, const swr::update_share_request& r) {
  located at = locate(c, r.namespace_name, r.repository);
  if (at.refusal) return *at.refusal;
  const auto s = at.repository->shares.find(r.access_domain);
  if (s == at.repository->shares.end()) return share_not_found(r.access_domain, r.repository);
  s->second.permit = std::string(swr::to_string(r.body.permit));
  s->second.deadline = r.body.deadline;
  s->second.description = r.body.description.value_or("");  // SWR's default: an empty description
  s->second.updated = c.now;
  return no_content(success_status(r.operation));
}

answer run(context& c, const swr::delete_share_request& r) {
  located at = locate(c, r.namespace_name, r.repository);
  if (at.refusal) return *at.refusal;
  if (at.repository->shares.erase(r.access_domain) == 0) return share_not_found(r.access_domain, r.repository);
  return no_content(success_status(r.operation));
}
}  // namespace

// ---- The service ----

answer service::not_served(std::string_view method, std::string_view path) {
  static_cast<void>(method);  // the method is why it is not served; the path says which message
  const bool known = known_path(path);
  return gateway_error(
      404, "APIGW.0101",
      known ? "The API does not exist" : "The API does not exist or has not been published in the environment");
}

answer service::refused_by_gateway(int status) {
  return gateway_error(status, "APIGW.0201",
                       status == 413   ? "Request entity too large"
                       : status == 414 ? "Request URI too large"
                                       : "API request error");
}

service::service(const std::vector<std::string>& organizations, key_table keys, clock now)
    : keys_(std::move(keys)), now_(std::move(now)), state_(std::make_unique<state>()) {
  for (const std::string& name : organizations) state_->organizations[name].id = state_->next_id++;
}

service::~service() = default;

void service::add_image(std::string_view namespace_name, std::string_view repository, std::string_view tag) {
  const std::lock_guard<std::mutex> lock(mutex_);
  context c{*state_, iso_time(now_())};
  organization_state& org = state_->organizations[std::string(namespace_name)];
  if (org.id == 0) org.id = state_->next_id++;
  repository_state& repo = org.repositories[std::string(repository)];
  if (repo.id == 0) {
    repo.id = state_->next_id++;
    repo.created = c.now;
  }
  put_tag(c, repo, std::string(tag), digest_of(namespace_name, repository, tag));
}

answer service::handle(const request& r) {
  const std::size_t question = r.target.find('?');
  const std::string path = decoded(r.target.substr(0, question), false);
  const std::string_view query =
      question == std::string_view::npos ? std::string_view() : r.target.substr(question + 1);
  bool path_known = false;
  std::optional<answer> result;
  for_each_operation([&](auto* type) {
    using R = std::remove_pointer_t<decltype(type)>;
    if (result) return;
    const swr::operation_info info = swr::operation_traits<R>::info();
    const std::optional<captures> params = match(info.path, path);
    if (!params) return;
    path_known = true;
    if (swr::to_string(info.method) != r.method) return;
    // The credentials first: nothing about the request is told to one who cannot prove who sends it.
    if (r.signed_request != nullptr) {
      const auto secret_for = [this](std::string_view access_key_id) -> const std::string* {
        const auto found = keys_.find(access_key_id);
        return found == keys_.end() ? nullptr : &found->second;
      };
      const swr::verification verified = swr::verify_signature(*r.signed_request, secret_for, now_());
      if (!verified.ok()) {
        // The status and its sentence; neither quotes a key nor the signature.
        std::string detail(swr::to_string(verified.status));
        detail.append(": ").append(swr::message(verified.status));
        result = refuse("SVCSTG.SWR.4010000", detail);
        return;
      }
    } else {
      const swr::error token_problem = swr::check_token(r.token.value_or(std::string_view()));
      if (!token_problem.ok()) {
        result = refuse("SVCSTG.SWR.4010000", swr::describe(token_problem));
        return;
      }
    }
    std::variant<R, answer> read = read_parameters<R>(*params, query);
    if (std::holds_alternative<answer>(read)) {
      result = std::get<answer>(std::move(read));
      return;
    }
    R& request = std::get<R>(read);
    if constexpr (has_body<R>::value) {
      if (r.body.size() > body_limit) {
        result = refuse("SVCSTG.SWR.4131001");
        return;
      }
      auto body = swr::parse_request_body<R>(r.body);
      if (!body) {
        result = refuse(body.error());
        return;
      }
      request.body = std::move(*body);
    }
    const std::string now = iso_time(now_());
    const std::lock_guard<std::mutex> lock(mutex_);
    context c{*state_, now};
    result = run(c, request);
  });
  if (result) return std::move(*result);
  return gateway_error(
      404, "APIGW.0101",
      path_known ? "The API does not exist" : "The API does not exist or has not been published in the environment");
}

answer service::create_repo(std::string_view path, std::optional<std::string_view> token, std::string_view body) {
  return handle({"POST", path, token, nullptr, body});
}

answer service::create_repo_signed(std::string_view path, const swr::received_request& request) {
  return handle({"POST", path, std::nullopt, &request, request.body});
}

std::size_t service::repository_count() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  std::size_t count = 0;
  for (const auto& entry : state_->organizations) count += entry.second.repositories.size();
  return count;
}

}  // namespace swr_mock
