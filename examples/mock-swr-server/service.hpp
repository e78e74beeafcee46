// SPDX-License-Identifier: MIT
// The logic of swr-mock-server, apart from any HTTP library so that it can be tested without sockets: it
// answers POST /v2/manage/namespaces/{namespace}/repos as SWR does (docs/api.md), validating everything with
// swrkit first, and keeps the repositories it creates in memory, safely from many threads at once.
#ifndef SWR_EXAMPLES_MOCK_SWR_SERVICE_HPP
#define SWR_EXAMPLES_MOCK_SWR_SERVICE_HPP

#include <cstddef>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace swr_mock {

/// An HTTP answer: the status and the body (SWR's JSON error body, or empty).
struct answer {
  int status = 0;
  std::string body;
};

class service {
 public:
  /// The largest body the service reads; a longer one is SVCSTG.SWR.4131001 (413).
  static constexpr std::size_t body_limit = 4u * 1024u * 1024u;

  /// The organizations that exist; every name must be a valid namespace.
  explicit service(const std::vector<std::string>& organizations);

  /// Answers POST `path` (as the server decoded it) with the X-Auth-Token header's value (nullopt: no such
  /// header) and the body. In order: a path that is not the create-repository call is 404; then the token
  /// (401), the namespace (400), the body's size (413), the body (400 or 413, service_error_for), the
  /// organization (404) and the repository (409 when it exists, in either '$' or '/' form; else 200).
  answer create_repo(std::string_view path, std::optional<std::string_view> token, std::string_view body);

  /// How many repositories have been created.
  std::size_t repository_count() const;

 private:
  std::set<std::string, std::less<>> organizations_;
  mutable std::mutex mutex_;
  std::set<std::pair<std::string, std::string>> repositories_;  // (namespace, repository in logical form)
};

}  // namespace swr_mock

#endif  // SWR_EXAMPLES_MOCK_SWR_SERVICE_HPP
