// SPDX-License-Identifier: MIT
// The HTTP side of swr-mock-server: every POST goes to the service, signed (with an Authorization header: the
// request as received, its raw target and every header, to verify) or with the X-Auth-Token header when there
// is one; the answer's body is SWR's JSON. Shared by the server and its in-process tests.
#ifndef SWR_EXAMPLES_MOCK_SWR_ROUTES_HPP
#define SWR_EXAMPLES_MOCK_SWR_ROUTES_HPP

#include <httplib.h>

#include <optional>
#include <string>
#include <string_view>

#include <swr/signing.hpp>

#include "service.hpp"

namespace swr_mock {

/// `request` as received, to verify its signature: the target as sent (httplib's `target`, not the decoded
/// `path`), every header and the body as read. httplib adds REMOTE_ADDR, REMOTE_PORT, LOCAL_ADDR and
/// LOCAL_PORT to the headers; no client signs them.
inline swr::received_request received_of(const httplib::Request& request) {
  swr::received_request received{request.method, request.target, {}, request.body};
  received.headers.reserve(request.headers.size());
  for (const auto& [name, value] : request.headers) received.headers.push_back({name, value});
  return received;
}

/// Routes every POST of `server` to `s`; then calls after(request, status).
template <class After>
void install_routes(httplib::Server& server, service& s, After after) {
  server.set_payload_max_length(4 * service::body_limit);  // beyond that, httplib's own 413
  server.Post(".*", [&s, after](const httplib::Request& request, httplib::Response& response) {
    answer a;
    if (request.has_header("Authorization")) {
      a = s.create_repo_signed(request.path, received_of(request));
    } else {
      const std::string token = request.get_header_value("X-Auth-Token");
      const bool has_token = request.has_header("X-Auth-Token");
      a = s.create_repo(request.path, has_token ? std::optional<std::string_view>(token) : std::nullopt, request.body);
    }
    response.status = a.status;
    if (!a.body.empty()) response.set_content(a.body, "application/json;charset=utf-8");
    after(request, a.status);
  });
}

}  // namespace swr_mock

#endif  // SWR_EXAMPLES_MOCK_SWR_ROUTES_HPP
