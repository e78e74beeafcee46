// SPDX-License-Identifier: MIT
// swrkit — the create-repository call as an HTTP/1.1 request, without I/O: method, target, headers and
// body ready for any HTTP client, or rendered as one complete message. An http_request can only be made by
// to_http_request, from validated parts, so nothing in it can inject a header or a request line. Debug
// output redacts the token.
#ifndef SWR_HTTP_HPP
#define SWR_HTTP_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "swr/config.hpp"
#include "swr/error.hpp"
#include "swr/host.hpp"
#include "swr/json_writer.hpp"
#include "swr/model.hpp"
#include "swr/result.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// The Content-Type swrkit sends (the API accepts it and plain application/json).
inline constexpr std::string_view json_content_type = "application/json;charset=utf-8";

/// What debug output shows instead of a sensitive header's value.
inline constexpr std::string_view redacted = "<redacted>";

/// Checks an X-Auth-Token value: non-empty, visible ASCII only (0x21-0x7E). Returns `none`, `empty` or
/// `invalid_character` at the first offending byte. The message never quotes the token.
[[nodiscard]] constexpr error check_token(std::string_view token) noexcept {
  if (token.empty()) return {error_code::empty, field::token, 0};
  for (std::size_t i = 0; i < token.size(); ++i) {
    const auto byte = static_cast<unsigned char>(token[i]);
    if (byte < 0x21 || byte > 0x7E) return {error_code::invalid_character, field::token, i};
  }
  return {};
}

/// Header names whose values debug output never shows (compared case-insensitively).
[[nodiscard]] constexpr bool is_sensitive_header(std::string_view name) noexcept {
  constexpr std::string_view sensitive[] = {"x-auth-token", "x-subject-token", "authorization", "proxy-authorization",
                                            "cookie"};
  for (const std::string_view s : sensitive) {
    if (s.size() != name.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < s.size() && same; ++i) {
      const char c = name[i];
      same = (c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) == s[i];
    }
    if (same) return true;
  }
  return false;
}

struct http_header {
  std::string name;
  std::string value;
};

class http_request;
[[nodiscard]] inline result<http_request, error> to_http_request(const create_repo_request& request,
                                                                 std::string_view host, std::string_view token);

/// A complete, validated request. Read it through the accessors and hand the parts to an HTTP client, or
/// render it with to_http_message. Built only by to_http_request.
///
/// Moved from, an http_request is the empty request (not a request to send): method(), target(), body()
/// and host() are empty strings, headers() is empty, and to_http_message and debug_string render it as
/// "  HTTP/1.1\r\n\r\n" (an empty method and target).
/// Every member stays defined on it; assign it a new request to use it again. The move operations empty
/// the source on purpose: the standard leaves a moved-from std::string "valid but unspecified", and
/// host() needs to know that there is no Host header.
class http_request {
 public:
  const std::string& method() const noexcept { return method_; }
  /// The request target (origin form), e.g. "/v2/manage/namespaces/my-org/repos".
  const std::string& target() const noexcept { return target_; }
  /// In wire order: Host, Content-Type, Content-Length, X-Auth-Token (the token in clear, for the client).
  /// Empty only in the empty (moved-from) request.
  const std::vector<http_header>& headers() const noexcept { return headers_; }
  const std::string& body() const noexcept { return body_; }
  /// The value of the Host header; an empty string in the empty (moved-from) request.
  const std::string& host() const noexcept {
    static const std::string no_host;  // the empty (moved-from) request has no Host header
    return headers_.empty() ? no_host : headers_.front().value;
  }

  http_request(const http_request&) = default;
  http_request& operator=(const http_request&) = default;
  /// Leaves `other` the empty request.
  http_request(http_request&& other) noexcept
      : method_(std::move(other.method_)),
        target_(std::move(other.target_)),
        headers_(std::move(other.headers_)),
        body_(std::move(other.body_)) {
    other.clear();
  }
  /// Leaves `other` the empty request (unless it is this one: a self-move changes nothing).
  http_request& operator=(http_request&& other) noexcept {
    if (this != &other) {
      method_ = std::move(other.method_);
      target_ = std::move(other.target_);
      headers_ = std::move(other.headers_);
      body_ = std::move(other.body_);
      other.clear();
    }
    return *this;
  }
  ~http_request() = default;

 private:
  friend result<http_request, error> to_http_request(const create_repo_request&, std::string_view, std::string_view);
  http_request() = default;

  // Makes this the empty request.
  void clear() noexcept {
    method_.clear();
    target_.clear();
    headers_.clear();
    body_.clear();
  }

  std::string method_;
  std::string target_;
  std::vector<http_header> headers_;
  std::string body_;
};

namespace detail {
// What to_http_request takes, as one source of problems: the request's, then the host's, then the token's.
struct http_inputs {
  const create_repo_request& request;
  std::string_view host;
  std::string_view token;
};

template <class Report>
bool for_each_problem(const http_inputs& inputs, Report&& report) {
  if (!for_each_problem(inputs.request, report)) return false;
  const error host = check_host(inputs.host);
  if (!host.ok() && !report(host)) return false;
  const error token = check_token(inputs.token);
  return token.ok() || report(token);
}
}  // namespace detail

/// Every problem of a request together with the host and token it would be sent with.
[[nodiscard]] inline std::vector<error> validate(const create_repo_request& request, std::string_view host,
                                                 std::string_view token) {
  return detail::all_problems_of(detail::http_inputs{request, host, token});
}

/// Builds POST /v2/manage/namespaces/{namespace}/repos with its headers and JSON body, or returns the first
/// problem of the request, the host (see check_host) or the token (see check_token).
[[nodiscard]] inline result<http_request, error> to_http_request(const create_repo_request& request,
                                                                 std::string_view host, std::string_view token) {
  const error first = detail::first_problem_of(detail::http_inputs{request, host, token});
  if (!first.ok()) return unexpected(first);

  http_request http;
  http.method_ = "POST";
  http.target_ = "/v2/manage/namespaces/";
  http.target_ += request.namespace_name;  // a valid namespace needs no percent-encoding
  http.target_ += "/repos";
  http.body_ = detail::body_json(request.body);  // validated above, not again
  http.headers_ = {
      {"Host", std::string(host)},
      {"Content-Type", std::string(json_content_type)},
      {"Content-Length", std::to_string(http.body_.size())},
      {"X-Auth-Token", std::string(token)},
  };
  return http;
}

namespace detail {
inline std::string render_http_message(const http_request& request, bool redact) {
  std::size_t size = request.method().size() + request.target().size() + 14 + request.body().size();
  for (const http_header& h : request.headers()) size += h.name.size() + h.value.size() + 4;
  std::string message;
  message.reserve(size);
  message.append(request.method()).append(" ").append(request.target()).append(" HTTP/1.1\r\n");
  for (const http_header& h : request.headers()) {
    message.append(h.name).append(": ");
    message.append(redact && is_sensitive_header(h.name) ? std::string_view(redacted) : std::string_view(h.value));
    message.append("\r\n");
  }
  message.append("\r\n").append(request.body());
  return message;
}
}  // namespace detail

/// The request as one complete HTTP/1.1 message, exactly as it goes on the wire (CRLF line ends, the
/// token in clear). For logs, use debug_string.
[[nodiscard]] inline std::string to_http_message(const http_request& request) {
  return detail::render_http_message(request, false);
}

/// The same message with every sensitive header's value replaced by "<redacted>": safe to log.
[[nodiscard]] inline std::string debug_string(const http_request& request) {
  return detail::render_http_message(request, true);
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_HTTP_HPP
