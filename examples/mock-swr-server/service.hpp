// SPDX-License-Identifier: MIT
// The logic of swr-mock-server, apart from any HTTP library so that it can be tested without sockets: it
// answers POST /v2/manage/namespaces/{namespace}/repos as SWR does (docs/api.md), validating everything with
// swrkit first, and keeps the repositories it creates in memory, safely from many threads at once. A request
// proves who sends it with an IAM token (X-Auth-Token) or an AK/SK signature (Authorization, docs/signing.md),
// verified against the access keys the service is given and its clock. What it does not serve is answered as
// Huawei's API gateway, in front of SWR, answers it (docs/examples.md).
#ifndef SWR_EXAMPLES_MOCK_SWR_SERVICE_HPP
#define SWR_EXAMPLES_MOCK_SWR_SERVICE_HPP

#include <chrono>
#include <cstddef>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <swr/signing.hpp>

namespace swr_mock {

/// An HTTP answer: the status and the body (SWR's or the API gateway's JSON error body, or empty).
struct answer {
  int status = 0;
  std::string body;
};

/// The access keys a service knows: each access key id (AK) with its secret key (SK).
using key_table = std::map<std::string, std::string, std::less<>>;

/// The server's clock, which signatures are checked against.
using clock = std::function<std::chrono::system_clock::time_point()>;

class service {
 public:
  /// The largest body the service reads; a longer one is SVCSTG.SWR.4131001 (413).
  static constexpr std::size_t body_limit = 4u * 1024u * 1024u;

  /// The organizations that exist (every name must be a valid namespace), the access keys whose signatures it
  /// accepts, and its clock (the system's unless given; the tests give a fixed time).
  explicit service(
      const std::vector<std::string>& organizations, key_table keys = {},
      clock now = [] { return std::chrono::system_clock::now(); });

  /// Answers POST `path` (as the server decoded it) with the X-Auth-Token header's value (nullopt: no such
  /// header) and the body. In order: a path that is not the create-repository call is not_served; then the token
  /// (401), the namespace (400), the body's size (413), the body (400 or 413, service_error_for), the
  /// organization (404) and the repository (409 when it exists, in either '$' or '/' form; else 200).
  answer create_repo(std::string_view path, std::optional<std::string_view> token, std::string_view body);

  /// Answers a request that carries an Authorization header: `request` exactly as received (the method, the
  /// raw target, every header, the body), and `path`, the target's path as the server decoded it. As
  /// create_repo, with the signature verified where the token is checked (swr::verify_signature, against the
  /// keys and the clock): a refused one is 401 SVCSTG.SWR.4010000, its detail the status and what it means
  /// ("stale_date: X-Sdk-Date is more than 15 minutes from the server's clock."). X-Auth-Token is not read.
  answer create_repo_signed(std::string_view path, const swr::received_request& request);

  /// The API gateway's answer to `method` on `path`, a call this service does not serve: 404 APIG.0101,
  /// {"error_code":"APIG.0101","error_msg":"…"}. The gateway matches an API by method and path: on the
  /// create-repository path (another method than POST) the message is "The API does not exist", elsewhere "The
  /// API does not exist or has not been published in the environment".
  static answer not_served(std::string_view method, std::string_view path);

  /// The API gateway's answer to a request refused before any API is looked for (cpp-httplib's own refusals, with
  /// `status` 4xx): APIG.0201, "Request entity too large" for 413, "Request URI too large" for 414, else "API
  /// request error".
  static answer refused_by_gateway(int status);

  /// How many repositories have been created.
  std::size_t repository_count() const;

 private:
  // The answer to an authenticated request for organization `name`: the checks after the credentials'.
  answer create_authenticated(std::string_view name, std::string_view body);

  std::set<std::string, std::less<>> organizations_;
  key_table keys_;
  clock now_;
  mutable std::mutex mutex_;
  std::set<std::pair<std::string, std::string>> repositories_;  // (namespace, repository in logical form)
};

}  // namespace swr_mock

#endif  // SWR_EXAMPLES_MOCK_SWR_SERVICE_HPP
