// SPDX-License-Identifier: MIT
// swr-mock-server: a stand-in for SWR's create-repository call, on cpp-httplib, for tests and demos.
//   swr-mock-server [--port N] [--namespace NAME]... [--key AK:SK]...
// Listens on 127.0.0.1 only (port 0, the default, picks a free one) and prints, as its first line,
// "listening on http://127.0.0.1:PORT". The organizations named with --namespace exist; no others. A request
// with an Authorization header is verified as signed with AK/SK (SDK-HMAC-SHA256) by one of the --key pairs,
// against this machine's clock; any other needs an X-Auth-Token (any well-formed token passes). Then one line
// per request: "POST <path> -> <status>", the path shown only when it is printable ASCII.
#include <httplib.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <swr/swr.hpp>

#include "routes.hpp"
#include "service.hpp"

namespace {
constexpr const char* usage_line = "usage: swr-mock-server [--port N] [--namespace NAME]... [--key AK:SK]...\n";

int usage(std::string_view problem) {
  std::fprintf(stderr, "swr-mock-server: %.*s\n%s", static_cast<int>(problem.size()), problem.data(), usage_line);
  return 2;
}

// Adds "AK:SK" (split at the first ':') to `keys`; returns the problem, never quoting the key, or "".
std::string add_key(std::string_view pair, swr_mock::key_table& keys) {
  const std::size_t colon = pair.find(':');
  if (colon == std::string_view::npos) return "--key needs AK:SK";
  const swr::access_key key{std::string(pair.substr(0, colon)), std::string(pair.substr(colon + 1)), {}};
  const swr::error problem = swr::check_access_key(key);
  if (!problem.ok()) return "--key: " + swr::describe(problem);
  if (!keys.emplace(key.id, key.secret).second) return "--key: an access key id given twice";
  return {};
}

bool printable(std::string_view text) {
  for (const char c : text) {
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}
}  // namespace

int main(int argc, char** argv) {
  int port = 0;
  std::vector<std::string> organizations;
  swr_mock::key_table keys;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::printf("%s", usage_line);
      return 0;
    }
    if (i + 1 >= argc) return usage("an option needs a value");
    const std::string_view value = argv[++i];
    if (arg == "--port") {
      char* end = nullptr;
      const long parsed = std::strtol(argv[i], &end, 10);
      if (value.empty() || *end != '\0' || parsed < 0 || parsed > 65535) return usage("--port needs 0-65535");
      port = static_cast<int>(parsed);
    } else if (arg == "--namespace") {
      if (!swr::is_valid_namespace(value)) return usage("--namespace needs a valid organization name");
      organizations.emplace_back(value);
    } else if (arg == "--key") {
      if (const std::string problem = add_key(value, keys); !problem.empty()) return usage(problem);
    } else {
      return usage("unknown option");
    }
  }

  swr_mock::service service(organizations, std::move(keys));
  httplib::Server server;
  swr_mock::install_routes(server, service, [](const httplib::Request& request, int status) {
    std::printf("POST %s -> %d\n", printable(request.path) ? request.path.c_str() : "<unprintable>", status);
    std::fflush(stdout);
  });

  const int bound =
      port == 0 ? server.bind_to_any_port("127.0.0.1") : (server.bind_to_port("127.0.0.1", port) ? port : -1);
  if (bound <= 0) {
    std::fprintf(stderr, "swr-mock-server: cannot listen on 127.0.0.1:%d\n", port);
    return 1;
  }
  std::printf("listening on http://127.0.0.1:%d\n", bound);
  std::fflush(stdout);
  return server.listen_after_bind() ? 0 : 1;
}
