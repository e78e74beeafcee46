// SPDX-License-Identifier: MIT
// The logic of swr-mock-server, apart from any HTTP library so that it can be tested without sockets: it serves
// SWR's v2 management API (organizations, repositories, tags and shares) on state it keeps in memory, safely from
// many threads at once, answering as SWR does (docs/api.md, docs/examples.md). Every operation comes from its
// description in swrkit (swr/management.hpp): its method and path template route the request, its parameters are
// read and validated by swrkit's rules, its body by swr::parse_request_body, and its answer written by
// swr::to_response_json. A request proves who sends it with an IAM token (X-Auth-Token) or an AK/SK signature
// (Authorization, docs/signing.md), verified against the access keys the service is given and its clock. What it
// does not serve is answered as Huawei's API gateway, in front of SWR, answers it.
#ifndef SWR_EXAMPLES_MOCK_SWR_SERVICE_HPP
#define SWR_EXAMPLES_MOCK_SWR_SERVICE_HPP

#include <chrono>
#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <swr/signing.hpp>

namespace swr_mock {

/// An HTTP answer: the status, the body (a success's JSON, SWR's or the API gateway's JSON error body, or empty)
/// and, for a page of a list, its Content-Range header ("offset-count/total"; empty for any other answer).
struct answer {
  int status = 0;
  std::string body;
  std::string content_range;
};

/// The access keys a service knows: each access key id (AK) with its secret key (SK).
using key_table = std::map<std::string, std::string, std::less<>>;

/// The server's clock, which signatures are checked against and times are written from.
using clock = std::function<std::chrono::system_clock::time_point()>;

/// A request as the server received it.
struct request {
  std::string_view method;
  std::string_view target;                ///< as sent: the path, then '?' and the query, percent-encoded
  std::optional<std::string_view> token;  ///< X-Auth-Token's value; nullopt: no such header
  /// The request exactly as received (the method, the raw target, every header, the body) when it has an
  /// Authorization header: its signature is verified, and X-Auth-Token is not read.
  const swr::received_request* signed_request = nullptr;
  std::string_view body;
};

class service {
 public:
  /// The largest body the service reads; a longer one is SVCSTG.SWR.4131001 (413).
  static constexpr std::size_t body_limit = 4u * 1024u * 1024u;
  /// The registry the answers name in an image's path (`path`, `url` of a tag).
  static constexpr std::string_view registry = "swr.cn-north-4.myhuaweicloud.com";

  /// The organizations that exist (every name must be a valid namespace), the access keys whose signatures it
  /// accepts, and its clock (the system's unless given; the tests give a fixed time).
  explicit service(
      const std::vector<std::string>& organizations, key_table keys = {},
      clock now = [] { return std::chrono::system_clock::now(); });
  ~service();
  service(const service&) = delete;
  service& operator=(const service&) = delete;

  /// Seeds the image `namespace_name`/`repository`:`tag` (valid names; the repository in its logical form, with
  /// '/'), creating its organization and its repository (private, no category) when they do not exist. Its digest
  /// is "sha256:" and the SHA-256 of "namespace/repository:tag" in hex: the same on every run.
  void add_image(std::string_view namespace_name, std::string_view repository, std::string_view tag);

  /// Answers a request. In order (docs/examples.md, "The mock server"): the API gateway's 404 when no operation
  /// has this method and path (a raw '/' in a repository name makes a path of more segments than its template);
  /// the credentials (401); the path and query parameters (400); the body's size (413) and the body (400 or 413,
  /// swr::service_error_for); then the operation on the state: 404 for an organization, repository, tag or share
  /// that does not exist, 409 for one that does, 406 for an organization that still holds repositories.
  answer handle(const request& r);

  /// POST `path` with the X-Auth-Token header's value (nullopt: no such header) and the body: CreateRepo, as
  /// handle() answers it (200 when created, as before).
  answer create_repo(std::string_view path, std::optional<std::string_view> token, std::string_view body);

  /// POST `path` with an Authorization header: `request` exactly as received, `path` its target. As handle()
  /// answers it: a refused signature is 401 SVCSTG.SWR.4010000, its detail the status and what it means
  /// ("stale_date: X-Sdk-Date is more than 15 minutes from the server's clock.").
  answer create_repo_signed(std::string_view path, const swr::received_request& request);

  /// The API gateway's answer to `method` on `path` (decoded), a call SWR does not serve: 404 APIGW.0101,
  /// {"error_code":"APIGW.0101","error_msg":"…"}. The gateway matches an API by method and path: on the path of
  /// an operation (another method) the message is "The API does not exist", elsewhere "The API does not exist or
  /// has not been published in the environment".
  static answer not_served(std::string_view method, std::string_view path);

  /// The API gateway's answer to a request refused before any API is looked for (cpp-httplib's own refusals, with
  /// `status` 4xx): APIGW.0201, "Request entity too large" for 413, "Request URI too large" for 414, else "API
  /// request error".
  static answer refused_by_gateway(int status);

  /// How many repositories exist, in all organizations.
  std::size_t repository_count() const;

  struct state;  // the organizations, repositories, tags and shares (service.cpp)

 private:
  key_table keys_;
  clock now_;
  mutable std::mutex mutex_;  // guards *state_
  std::unique_ptr<state> state_;
};

}  // namespace swr_mock

#endif  // SWR_EXAMPLES_MOCK_SWR_SERVICE_HPP
