// Tests for examples/mock-swr-server: the service's answers (docs/api.md, "Answering as SWR does"), then the
// real server on loopback (cpp-httplib, in this process): bad input of every kind gets an answer and the
// server keeps answering (a raw CR LF in the request line included); a bounded load of 8 clients x 400 requests mixing
// new, duplicate and invalid requests, each answered right and none lost; a bad body's SWR-style 400 read back by the
// library into the same field and code.
#include <httplib.h>

#include <arpa/inet.h>
#include <dirent.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <swr/swr.hpp>

#include "../test_support.hpp"
#include "routes.hpp"
#include "service.hpp"

namespace {
constexpr std::string_view token = "MIIEXAMPLE-token_123";
const std::string path = "/v2/manage/namespaces/my-org/repos";

std::string code_of(const swr_mock::answer& a) {
  const auto errors = swr::parse_error_response(a.body);
  if (!errors) return std::to_string(a.status) + " (no SWR body)";
  return std::to_string(a.status) + " " + errors->front().code;
}

std::string body(std::string_view repository) {
  return R"({"repository":")" + std::string(repository) + R"(","is_public":true})";
}

// The server, on a free loopback port, in a thread of this process.
struct running_server {
  swr_mock::service service{{"my-org"}};
  httplib::Server server;
  std::thread thread;
  int port = 0;

  running_server() {
    swr_mock::install_routes(server, service, [](const httplib::Request&, int) {});
    port = server.bind_to_any_port("127.0.0.1");
    thread = std::thread([this] { server.listen_after_bind(); });
    while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~running_server() {
    server.stop();
    thread.join();
  }
  running_server(const running_server&) = delete;
  running_server& operator=(const running_server&) = delete;
};

// Sends `request` as it is on a new connection to 127.0.0.1:port and returns the answer's status line and
// header (waiting at most 2 seconds for them).
std::string raw_exchange(int port, const std::string& request) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(fd >= 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0);
  timeval timeout{2, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  REQUIRE(send(fd, request.data(), request.size(), 0) == static_cast<ssize_t>(request.size()));
  std::string answer;  // up to the end of the answer's header (the server may keep the connection open)
  char buffer[4096];
  for (ssize_t n; answer.find("\r\n\r\n") == std::string::npos && (n = recv(fd, buffer, sizeof buffer, 0)) > 0;) {
    answer.append(buffer, static_cast<std::size_t>(n));
  }
  close(fd);
  return answer;
}

httplib::Result post(httplib::Client& client, const std::string& target, const std::string& content) {
  return client.Post(target.c_str(), httplib::Headers{{"X-Auth-Token", std::string(token)}}, content,
                     "application/json;charset=utf-8");
}
}  // namespace

TEST_CASE("mock service: each answer of the table") {
  swr_mock::service s({"my-org"});
  CHECK(s.create_repo(path, token, body("team/app")).status == 200);
  CHECK(code_of(s.create_repo(path, token, body("team/app"))) == "409 SVCSTG.SWR.4090006");
  CHECK(code_of(s.create_repo(path, token, body("team$app"))) == "409 SVCSTG.SWR.4090006");  // either form
  CHECK(code_of(s.create_repo(path, std::nullopt, body("x"))) == "401 SVCSTG.SWR.4010000");
  CHECK(code_of(s.create_repo(path, "", body("x"))) == "401 SVCSTG.SWR.4010000");
  CHECK(code_of(s.create_repo("/v2/manage/namespaces/My-Org/repos", token, body("x"))) == "400 SVCSTG.SWR.4001028");
  CHECK(code_of(s.create_repo(path, token, body("Team//app"))) == "400 SVCSTG.SWR.4001029");
  CHECK(code_of(s.create_repo("/v2/manage/namespaces/other-org/repos", token, body("x"))) == "404 SVCSTG.SWR.4041061");
  CHECK(code_of(s.create_repo(path, token, R"({"repository":"x"})")) == "400 SVCSTG.SWR.4001014");
  CHECK(code_of(s.create_repo(path, token, R"({"repository":"x","is_public":"yes"})")) == "400 SVCSTG.SWR.4001009");
  CHECK(code_of(s.create_repo(path, token, R"({"repository":"x",)")) == "400 SVCSTG.SWR.4000014");
  const std::string long_description =
      R"({"repository":"x","is_public":true,"description":")" + std::string(30001, 'd') + "\"}";
  CHECK(code_of(s.create_repo(path, token, long_description)) == "413 SVCSTG.SWR.4131012");
  CHECK(code_of(s.create_repo(path, token, std::string(swr_mock::service::body_limit + 1, ' '))) ==
        "413 SVCSTG.SWR.4131001");
  CHECK(code_of(s.create_repo("/v2/manage/namespaces/my-org/other", token, body("x"))) == "404 SVCSTG.SWR.4000014");
  CHECK(s.repository_count() == 1);
}

TEST_CASE("mock server: bad input of every kind gets an answer, and the server keeps answering") {
  running_server running;
  httplib::Client client("127.0.0.1", running.port);
  std::size_t answered = 0;
  const auto expect_refused = [&](const std::string& target, const std::string& content) {
    const httplib::Result result = post(client, target, content);
    REQUIRE(result);
    CHECK(result->status >= 400);
    CHECK(result->status < 500);
    ++answered;
  };
  // Every n_ file of JSONTestSuite as a body.
  DIR* dir = opendir(SWRKIT_JSON_TEST_SUITE_DIR);
  REQUIRE(dir != nullptr);
  while (const dirent* entry = readdir(dir)) {
    const std::string name = entry->d_name;
    if (name.rfind("n_", 0) != 0) continue;
    std::ifstream file(std::string(SWRKIT_JSON_TEST_SUITE_DIR) + "/" + name, std::ios::binary);
    const std::string content((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    CAPTURE(name);
    expect_refused(path, content);
  }
  closedir(dir);
  CHECK(answered >= 188);
  expect_refused(path, std::string(10u * 1024u * 1024u, '['));                // 10 MB
  expect_refused(path, std::string(100000, '[') + std::string(100000, ']'));  // deep nesting
  expect_refused(path, R"({"repository":"caf)"
                       "\xC3\x28"
                       R"(","is_public":true})");                        // not UTF-8
  expect_refused("/v2/manage/namespaces/my%0D%0Aorg/repos", body("x"));  // CRLF, percent-encoded
  expect_refused("/v2/manage/namespaces/my%2Forg/repos", body("x"));     // an encoded '/'
  expect_refused("/v2/manage/namespaces/%FF%FE/repos", body("x"));       // not UTF-8 in the path
  // A raw CR LF inside the request line: written by hand, since no HTTP client sends one.
  const std::string raw = raw_exchange(running.port,
                                       "POST /v2/manage/namespaces/my\r\norg/repos HTTP/1.1\r\nHost: x\r\n"
                                       "X-Auth-Token: t\r\nContent-Length: 2\r\n\r\n{}");
  CAPTURE(raw);
  CHECK(raw.rfind("HTTP/1.1 4", 0) == 0);
  // Still answering, and right.
  const httplib::Result fine = post(client, path, body("after/all-that"));
  REQUIRE(fine);
  CHECK(fine->status == 200);
}

TEST_CASE("mock server: 8 clients x 400 requests, new, duplicate and invalid, each answered right") {
  running_server running;
  constexpr int clients = 8;
  constexpr int requests = 400;
  std::atomic<int> right{0};
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int c = 0; c < clients; ++c) {
    threads.emplace_back([&, c] {
      httplib::Client client("127.0.0.1", running.port);
      for (int i = 0; i < requests; ++i) {
        std::string repository = "c" + std::to_string(c) + "/r" + std::to_string(i - i % 3);  // new, then duplicate
        int expected = i % 3 == 0 ? 200 : 409;
        if (i % 3 == 2) {
          repository = "C" + std::to_string(c) + "//bad";
          expected = 400;
        }
        const httplib::Result result = post(client, path, body(repository));
        (result && result->status == expected ? right : wrong)++;
      }
    });
  }
  for (std::thread& t : threads) t.join();
  CHECK(wrong.load() == 0);
  CHECK(right.load() == clients * requests);
  CHECK(running.service.repository_count() == static_cast<std::size_t>(clients * ((requests + 2) / 3)));
}

TEST_CASE("mock server: a bad body's SWR-style 400 reads back into the same field and code") {
  running_server running;
  httplib::Client client("127.0.0.1", running.port);
  const std::string bad = R"({"repository":"team//app","is_public":true})";
  const httplib::Result result = post(client, path, bad);
  REQUIRE(result);
  CHECK(result->status == 400);
  const auto errors = swr::parse_error_response(result->body);
  REQUIRE(errors.has_value());
  const auto local = swr::parse_create_repo_body(bad);
  REQUIRE_FALSE(local.has_value());
  REQUIRE(errors->front().info() != nullptr);
  CHECK(errors->front().info() == &swr::service_error_for(local.error()));
  CHECK(errors->front().info()->field == local.error().field);    // repository
  CHECK(errors->front().detail == swr::describe(local.error()));  // ... adjacent_separators at byte 5
}
