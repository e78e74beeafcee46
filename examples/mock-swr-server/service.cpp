// SPDX-License-Identifier: MIT
#include "service.hpp"

#include <string>
#include <utility>

#include <swr/swr.hpp>

namespace swr_mock {
namespace {
constexpr std::string_view path_prefix = "/v2/manage/namespaces/";
constexpr std::string_view path_suffix = "/repos";

answer refuse(std::string_view code, std::string_view detail = {}) {
  const swr::service_error_info& info = *swr::find_service_error(code);
  return {info.http_status, *swr::error_response_json(info, detail)};
}

answer refuse(const swr::error& problem) {
  return {swr::service_error_for(problem).http_status, swr::error_response_json(problem)};
}

// The {namespace} of a create-repository path, or nullopt for any other path.
std::optional<std::string_view> namespace_of(std::string_view path) {
  if (path.size() < path_prefix.size() + path_suffix.size()) return std::nullopt;
  if (path.substr(0, path_prefix.size()) != path_prefix) return std::nullopt;
  if (path.substr(path.size() - path_suffix.size()) != path_suffix) return std::nullopt;
  const std::string_view name = path.substr(path_prefix.size(), path.size() - path_prefix.size() - path_suffix.size());
  if (name.find('/') != std::string_view::npos) return std::nullopt;
  return name;
}

// The API gateway's error body (its members, not SWR's: docs/api.md); `message` is one of the constants below.
answer gateway_error(int status, std::string_view code, std::string_view message) {
  std::string body = R"({"error_code":")";
  body.append(code).append(R"(","error_msg":")").append(message).append(R"("})");
  return {status, std::move(body)};
}
}  // namespace

answer service::not_served(std::string_view method, std::string_view path) {
  const bool known_path = method != "POST" && namespace_of(path).has_value();
  return gateway_error(
      404, "APIG.0101",
      known_path ? "The API does not exist" : "The API does not exist or has not been published in the environment");
}

answer service::refused_by_gateway(int status) {
  return gateway_error(status, "APIG.0201",
                       status == 413   ? "Request entity too large"
                       : status == 414 ? "Request URI too large"
                                       : "API request error");
}

service::service(const std::vector<std::string>& organizations, key_table keys, clock now)
    : organizations_(organizations.begin(), organizations.end()), keys_(std::move(keys)), now_(std::move(now)) {}

answer service::create_repo(std::string_view path, std::optional<std::string_view> token, std::string_view body) {
  const std::optional<std::string_view> name = namespace_of(path);
  if (!name) return not_served("POST", path);
  const swr::error token_problem = swr::check_token(token.value_or(std::string_view()));
  if (!token_problem.ok()) return refuse("SVCSTG.SWR.4010000", swr::describe(token_problem));
  return create_authenticated(*name, body);
}

answer service::create_repo_signed(std::string_view path, const swr::received_request& request) {
  const std::optional<std::string_view> name = namespace_of(path);
  if (!name) return not_served("POST", path);
  const auto secret_for = [this](std::string_view access_key_id) -> const std::string* {
    const auto found = keys_.find(access_key_id);
    return found == keys_.end() ? nullptr : &found->second;
  };
  const swr::verification verified = swr::verify_signature(request, secret_for, now_());
  if (!verified.ok()) {
    // The status and its sentence; neither quotes a key nor the signature.
    std::string detail(swr::to_string(verified.status));
    detail.append(": ").append(swr::message(verified.status));
    return refuse("SVCSTG.SWR.4010000", detail);
  }
  return create_authenticated(*name, request.body);
}

answer service::create_authenticated(std::string_view name, std::string_view body) {
  const swr::name_check ns = swr::check_namespace(name);
  if (!ns.ok()) return refuse(swr::from_name_check(ns, swr::field::namespace_name));
  if (body.size() > body_limit) return refuse("SVCSTG.SWR.4131001");
  const auto parsed = swr::parse_create_repo_body(body);
  if (!parsed) return refuse(parsed.error());
  if (organizations_.find(name) == organizations_.end()) return refuse("SVCSTG.SWR.4041061");
  const std::lock_guard<std::mutex> lock(mutex_);
  if (!repositories_.emplace(std::string(name), parsed->repository).second) return refuse("SVCSTG.SWR.4090006");
  return {200, {}};
}

std::size_t service::repository_count() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  return repositories_.size();
}

}  // namespace swr_mock
