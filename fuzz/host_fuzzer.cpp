// libFuzzer target for the request builder's inputs: whatever the host, token and description bytes, either
// a problem is reported (the first of validate's list) or the message has exactly the expected shape — never
// an extra header or line — and its debug string differs only by the redacted token.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "swr/http.hpp"

namespace {
void require(bool condition) {
  if (!condition) std::abort();
}
std::size_t count(std::string_view text, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string_view::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Split the input at the first NUL into host and token, the rest (if any) is the description.
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t cut = input.find('\0');
  const std::string_view host = input.substr(0, cut);
  const std::string_view rest = cut == std::string_view::npos ? std::string_view() : input.substr(cut + 1);
  const std::size_t cut2 = rest.find('\0');
  const std::string_view token = rest.substr(0, cut2);
  const std::string description(cut2 == std::string_view::npos ? std::string_view() : rest.substr(cut2 + 1));

  const swr::create_repo_request request{"my-org", {"team/app", true, std::nullopt, description}};
  const auto http = swr::to_http_request(request, host, token);
  const auto problems = swr::validate(request, host, token);
  require(http.has_value() == problems.empty());
  if (!http) {
    require(http.error() == problems.front());
    return 0;
  }
  const std::string message = swr::to_http_message(*http);
  const std::string_view head = std::string_view(message).substr(0, message.find("\r\n\r\n"));
  require(count(message, "\r\n") == 6 && count(head, "\n") == 4 && count(head, "\r") == 4);
  require(message.substr(message.size() - http->body().size()) == http->body());
  // The debug string is the message with exactly the token's line redacted.
  std::string redacted = message;
  const std::string token_line = "\r\nX-Auth-Token: " + std::string(token) + "\r\n";
  const std::size_t at = redacted.find(token_line);
  require(at != std::string::npos);
  redacted.replace(at, token_line.size(), "\r\nX-Auth-Token: <redacted>\r\n");
  require(swr::debug_string(*http) == redacted);
  return 0;
}
