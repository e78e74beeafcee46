// SPDX-License-Identifier: MIT
// swr-mock-server: a stand-in for SWR's create-repository call, on cpp-httplib, for tests and demos.
//   swr-mock-server [--port N] [--namespace NAME]...
// Listens on 127.0.0.1 only (port 0, the default, picks a free one) and prints, as its first line,
// "listening on http://127.0.0.1:PORT". The organizations named with --namespace exist; no others. Then one
// line per request: "POST <path> -> <status>", the path shown only when it is printable ASCII.
#include <httplib.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <swr/swr.hpp>

#include "routes.hpp"
#include "service.hpp"

namespace {
int usage(const char* problem) {
  std::fprintf(stderr, "swr-mock-server: %s\nusage: swr-mock-server [--port N] [--namespace NAME]...\n", problem);
  return 2;
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
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::printf("usage: swr-mock-server [--port N] [--namespace NAME]...\n");
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
    } else {
      return usage("unknown option");
    }
  }

  swr_mock::service service(organizations);
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
