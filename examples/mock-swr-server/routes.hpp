// SPDX-License-Identifier: MIT
// The HTTP side of swr-mock-server, shared by the server and its in-process tests: cpp-httplib's server set up for
// many keep-alive clients at once, and the routes. Every request goes to the service, signed (with an Authorization
// header: the request as received, its raw target and every header, to verify) or with the X-Auth-Token header
// when there is one; what cpp-httplib refuses itself gets the API gateway's answer. Every answer's body is JSON,
// and a page of a list carries its Content-Range.
#ifndef SWR_EXAMPLES_MOCK_SWR_ROUTES_HPP
#define SWR_EXAMPLES_MOCK_SWR_ROUTES_HPP

#include <httplib.h>
#include <sys/socket.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <swr/signing.hpp>

#include "service.hpp"

namespace swr_mock {

/// cpp-httplib's server, set up for many keep-alive clients at once (docs/examples.md, "Concurrency"). An open
/// connection holds a worker thread, idle between requests too, until the client closes it or stays idle for the
/// keep-alive timeout (5 s); the library's defaults (8 workers, a connection closed after 5 requests, a listen
/// backlog of 5, all compiled into Debian's libcpp-httplib) made a 9th keep-alive client wait 5 s and more.
class http_server : public httplib::Server {
 public:
  /// Connections served at once; one more waits until one of them closes.
  static constexpr std::size_t workers = 256;
  /// Requests on one connection before the server closes it, so that keep-alive clients keep their connection.
  static constexpr std::size_t requests_per_connection = 100000;

  http_server() {
    new_task_queue = [] { return new httplib::ThreadPool(workers); };
    set_keep_alive_max_count(requests_per_connection);
    set_tcp_nodelay(true);  // the headers and the body are two writes: no waiting for the first one's ACK
  }

  /// Binds to 127.0.0.1:port (0: a free port) and sets the listen backlog to SOMAXCONN; returns the port, or -1.
  /// The library's backlog of 5 drops the SYNs of a burst of new connections, and each drop costs its client a
  /// second (TCP's first retransmission); listen() again on the bound socket raises it (Linux, BSD).
  int bind_loopback(int port) {
    const int bound = port == 0 ? bind_to_any_port("127.0.0.1") : (bind_to_port("127.0.0.1", port) ? port : -1);
    return bound > 0 && ::listen(svr_sock_, SOMAXCONN) == 0 ? bound : -1;
  }
};

/// `request` as received, to verify its signature: the target as sent (httplib's `target`, not the decoded
/// `path`), every header and the body as read. httplib adds REMOTE_ADDR, REMOTE_PORT, LOCAL_ADDR and
/// LOCAL_PORT to the headers; no client signs them.
inline swr::received_request received_of(const httplib::Request& request) {
  swr::received_request received{request.method, request.target, {}, request.body};
  received.headers.reserve(request.headers.size());
  for (const auto& [name, value] : request.headers) received.headers.push_back({name, value});
  return received;
}

/// Routes every request to `server` to `s`, then calls after(request, status) before the answer is sent (for
/// requests cpp-httplib refuses itself too, whose method and path may be empty).
template <class After>
void install_routes(httplib::Server& server, service& s, After after) {
  server.set_payload_max_length(4 * service::body_limit);  // beyond that, 413 from the library
  // cpp-httplib 0.11 cuts every answer, errors included, to the bytes a Range header asks for; SWR serves no
  // ranges. The request is the library's own object, only handed over as const.
  const auto respond = [after](const httplib::Request& request, httplib::Response& response, const answer& a) {
    const_cast<httplib::Request&>(request).ranges.clear();
    response.status = a.status;
    if (!a.content_range.empty()) response.set_header("Content-Range", a.content_range);
    if (!a.body.empty()) response.set_content(a.body, "application/json;charset=utf-8");
    after(request, a.status);
  };
  // Every method goes to the service, which routes it as the API gateway does (HEAD too, answered without the
  // body): the target as sent, for the service to decode, and the credentials.
  const httplib::Server::Handler handle = [&s, respond](const httplib::Request& request, httplib::Response& response) {
    if (request.has_header("Authorization")) {
      const swr::received_request received = received_of(request);
      respond(request, response, s.handle({request.method, request.target, std::nullopt, &received, request.body}));
    } else {
      const std::string token = request.get_header_value("X-Auth-Token");
      const bool has_token = request.has_header("X-Auth-Token");
      respond(request, response,
              s.handle({request.method, request.target,
                        has_token ? std::optional<std::string_view>(token) : std::nullopt, nullptr, request.body}));
    }
  };
  server.Get(".*", handle);
  server.Post(".*", handle);
  server.Put(".*", handle);
  server.Patch(".*", handle);
  server.Delete(".*", handle);
  server.Options(".*", handle);
  // Called for every answer of 400 or more. An empty body is the library's own refusal (a malformed request, a
  // method it does not route such as TRACE, a body or a target too long). Handled: the library then writes the
  // Content-Length of the new body.
  const httplib::Server::HandlerWithResponse refused = [respond, after](const httplib::Request& request,
                                                                        httplib::Response& response) {
    if (response.body.empty()) {
      if (response.status < 500) {
        respond(request, response, service::refused_by_gateway(response.status));
      } else {
        after(request, response.status);  // an exception in a handler
      }
    }
    return httplib::Server::HandlerResponse::Handled;
  };
  server.set_error_handler(refused);
}

}  // namespace swr_mock

#endif  // SWR_EXAMPLES_MOCK_SWR_ROUTES_HPP
