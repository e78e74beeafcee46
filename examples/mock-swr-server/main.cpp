// SPDX-License-Identifier: MIT
// swr-mock-server: a stand-in for SWR's v2 management API (organizations, repositories, tags, shares), on
// cpp-httplib, for tests and demos.
//   swr-mock-server [--port N] [--namespace NAME]... [--tag NAMESPACE/REPOSITORY:TAG]... [--key AK:SK]... [--log FILE]
// Listens on 127.0.0.1 only (port 0, the default, picks a free one) and prints "listening on
// http://127.0.0.1:PORT" on standard output, its only line there. The organizations named with --namespace exist,
// and each image named with --tag (its organization and repository with it): SWR has no API to push one. A request with
// an Authorization header is verified as signed with AK/SK (SDK-HMAC-SHA256) by one of the --key pairs, against this
// machine's clock; any other needs an X-Auth-Token (any well-formed token passes). Anything else is answered as SWR's
// API gateway answers it. The request log, one line per request ("METHOD PATH
// -> STATUS", each shown only when printable ASCII), goes to standard error or to FILE, and never holds a request
// up: a line the log cannot take at once is dropped, and counted.
#include <httplib.h>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <swr/swr.hpp>

#include "routes.hpp"
#include "service.hpp"

namespace {
constexpr const char* usage_line =
    "usage: swr-mock-server [--port N] [--namespace NAME]... [--tag NAMESPACE/REPOSITORY:TAG]... [--key AK:SK]...\n"
    "                       [--log FILE]\n";

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

// An image to seed: NAMESPACE/REPOSITORY:TAG, each part valid (the repository may hold '/').
struct image {
  std::string namespace_name;
  std::string repository;
  std::string tag;
};

// Reads "NAMESPACE/REPOSITORY:TAG" into `out`; returns the problem, or "".
std::string read_image(std::string_view text, image& out) {
  const std::size_t slash = text.find('/');
  const std::size_t colon = text.rfind(':');
  if (slash == std::string_view::npos || colon == std::string_view::npos || colon < slash) {
    return "--tag needs NAMESPACE/REPOSITORY:TAG";
  }
  out = {std::string(text.substr(0, slash)), std::string(text.substr(slash + 1, colon - slash - 1)),
         std::string(text.substr(colon + 1))};
  const swr::error problems[] = {
      swr::from_name_check(swr::check_namespace(out.namespace_name), swr::field::namespace_name),
      swr::from_name_check(swr::check_repository(out.repository), swr::field::repository),
      swr::from_name_check(swr::check_tag(out.tag), swr::field::tag)};
  for (const swr::error& e : problems) {
    if (!e.ok()) return "--tag: " + swr::describe(e);
  }
  return {};
}

// `text` as the log shows it: "-" when empty, "<unprintable>" unless printable ASCII, cut after `longest` bytes.
std::string shown(std::string_view text, std::size_t longest) {
  if (text.empty()) return "-";
  for (const char c : text) {
    if (c < 0x20 || c > 0x7e) return "<unprintable>";
  }
  return text.size() <= longest ? std::string(text) : std::string(text.substr(0, longest)) + "...";
}

// The request log, on a file descriptor. A line is written only when the descriptor can take it at once (poll
// says so, and a line is shorter than PIPE_BUF, so that the write cannot block on a pipe): else it is dropped and
// counted, and the count is written before the next line that goes through. A reader that stops reading, or a
// full terminal, can never hold a request up.
class request_log {
 public:
  explicit request_log(int fd) : fd_(fd) {}

  void write(std::string_view method, std::string_view path, int status) {
    // A line stays far below PIPE_BUF (4096 bytes).
    const std::string line = shown(method, 16) + " " + shown(path, 256) + " -> " + std::to_string(status) + "\n";
    const std::lock_guard<std::mutex> lock(mutex_);
    std::string text;
    if (dropped_ > 0) {
      text.append("(").append(std::to_string(dropped_)).append(" log lines dropped: the log was not read)\n");
    }
    text.append(line);
    pollfd ready{fd_, POLLOUT, 0};
    const bool writable = poll(&ready, 1, 0) == 1 && (ready.revents & (POLLERR | POLLHUP | POLLNVAL)) == 0;
    if (writable && ::write(fd_, text.data(), text.size()) == static_cast<ssize_t>(text.size())) {
      dropped_ = 0;
    } else {
      ++dropped_;
    }
  }

 private:
  int fd_;
  std::mutex mutex_;
  unsigned long long dropped_ = 0;
};
}  // namespace

int main(int argc, char** argv) {
  int port = 0;
  const char* log_file = nullptr;
  std::vector<std::string> organizations;
  std::vector<image> images;
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
    } else if (arg == "--tag") {
      image seeded;
      if (const std::string problem = read_image(value, seeded); !problem.empty()) return usage(problem);
      images.push_back(std::move(seeded));
    } else if (arg == "--key") {
      if (const std::string problem = add_key(value, keys); !problem.empty()) return usage(problem);
    } else if (arg == "--log") {
      log_file = argv[i];
    } else {
      return usage("unknown option");
    }
  }

  int log_fd = STDERR_FILENO;
  if (log_file != nullptr) {
    log_fd = open(log_file, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (log_fd < 0) {
      std::fprintf(stderr, "swr-mock-server: cannot open %s: %s\n", log_file, std::strerror(errno));
      return 1;
    }
  }
  std::signal(SIGPIPE, SIG_IGN);  // a log or a client that went away is an error to a write, not the end
  request_log log(log_fd);

  swr_mock::service service(organizations, std::move(keys));
  for (const image& i : images) service.add_image(i.namespace_name, i.repository, i.tag);
  swr_mock::http_server server;
  swr_mock::install_routes(server, service, [&log](const httplib::Request& request, int status) {
    log.write(request.method, request.path, status);
  });

  const int bound = server.bind_loopback(port);
  if (bound <= 0) {
    std::fprintf(stderr, "swr-mock-server: cannot listen on 127.0.0.1:%d\n", port);
    return 1;
  }
  std::printf("listening on http://127.0.0.1:%d\n", bound);
  std::fflush(stdout);
  return server.listen_after_bind() ? 0 : 1;
}
