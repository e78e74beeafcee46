// Tests for examples/mock-swr-server and examples/swr-client: the service's answers (docs/api.md,
// "Answering as SWR does"), signed requests verified (docs/signing.md) and each refusal a 401 that names it, then
// the real server on loopback (cpp-httplib, in this process): signatures verified on the raw target as sent; bad
// input of every kind gets an answer and the server keeps answering (a raw CR LF in the request line included);
// anything not served gets the API gateway's JSON error, whole whatever the Range header; bounded loads, 8 clients x
// 400 requests and 64 keep-alive clients in lock step (each on one connection; the worst latency printed, never
// asserted), each answer right and none lost; a bad body's SWR-style 400 read back by the library into the same
// field and code. Then the programs themselves (their paths in SWR_MOCK_SERVER and SWR_CLIENT):
// the server's log never holds a request up, whoever stops reading it; the client shows a server's text escaped.
#include <httplib.h>

#include <arpa/inet.h>
#include <dirent.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
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

// The access key of the signing vectors (docs/signing.md), and the time the tests' servers read on their clock.
const swr::access_key spec_key{"QTWAOYTTINDUT2QVKYUC", "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc", ""};
const swr_mock::key_table spec_keys = {{spec_key.id, spec_key.secret}};

std::chrono::system_clock::time_point spec_time() {
  return std::chrono::system_clock::time_point(std::chrono::seconds(*swr::parse_sdk_date("20240102T030405Z")));
}

// The server, on a free loopback port, in a thread of this process; its clock reads spec_time(). `after` sees
// each request and its status, as the server's log does.
struct running_server {
  swr_mock::service service;
  swr_mock::http_server server;
  std::thread thread;
  int port = 0;

  explicit running_server(
      swr_mock::key_table keys = {},
      std::function<void(const httplib::Request&, int)> after = [](const httplib::Request&, int) {})
      : service({"my-org"}, std::move(keys), spec_time) {
    swr_mock::install_routes(server, service, std::move(after));
    port = server.bind_loopback(0);
    REQUIRE(port > 0);
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

// An answer as received: the status line and header, and the body.
struct raw_answer {
  std::string head;
  std::string body;
};

// Sends `request` as it is on a new connection to 127.0.0.1:port and returns the answer: its status line and
// header, and as much body as its Content-Length announces (waiting at most 2 seconds for each read).
raw_answer raw_exchange(int port, const std::string& request) {
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
  std::string answer;  // the server may keep the connection open: read what the header announces
  char buffer[4096];
  const auto receive = [&] {
    const ssize_t n = recv(fd, buffer, sizeof buffer, 0);
    if (n > 0) answer.append(buffer, static_cast<std::size_t>(n));
    return n > 0;
  };
  while (answer.find("\r\n\r\n") == std::string::npos && receive()) {
  }
  const std::size_t end = answer.find("\r\n\r\n");
  if (end != std::string::npos) {
    const std::size_t length = answer.find("\r\nContent-Length: ");
    const std::size_t size = length < end ? std::stoul(answer.substr(length + 18)) : 0;
    while (answer.size() < end + 4 + size && receive()) {
    }
  }
  close(fd);
  if (end == std::string::npos) return {answer, {}};
  return {answer.substr(0, end + 4), answer.substr(end + 4)};
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
  CHECK(code_of(s.create_repo("/v2/manage/namespaces/my-org/other", token, body("x"))) == "404 APIGW.0101");
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
  const std::string corpus = swr_test::json_test_suite_dir();
  DIR* dir = opendir(corpus.c_str());
  REQUIRE(dir != nullptr);
  while (const dirent* entry = readdir(dir)) {
    const std::string name = entry->d_name;
    if (name.rfind("n_", 0) != 0) continue;
    std::ifstream file(corpus + "/" + name, std::ios::binary);
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
  const raw_answer raw = raw_exchange(running.port,
                                      "POST /v2/manage/namespaces/my\r\norg/repos HTTP/1.1\r\nHost: x\r\n"
                                      "X-Auth-Token: t\r\nContent-Length: 2\r\n\r\n{}");
  CAPTURE(raw.head);
  CHECK(raw.head.rfind("HTTP/1.1 4", 0) == 0);
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

namespace {
// Holds each of `count` threads at arrive_and_wait() until all have arrived (std::barrier is C++20).
class lock_step {
 public:
  explicit lock_step(int count) : count_(count) {}
  void arrive_and_wait() {
    std::unique_lock<std::mutex> lock(mutex_);
    const long generation = generation_;
    if (++arrived_ == count_) {
      arrived_ = 0;
      ++generation_;
      all_arrived_.notify_all();
    } else {
      all_arrived_.wait(lock, [&] { return generation_ != generation; });
    }
  }

 private:
  std::mutex mutex_;
  std::condition_variable all_arrived_;
  int count_;
  int arrived_ = 0;
  long generation_ = 0;
};
}  // namespace

// Browsers and Huawei's SDKs keep their connections open between requests; with cpp-httplib's defaults (8
// workers, each held by an open connection until it has been idle 5 s; a connection closed after 5 requests; a
// listen backlog of 5) the 9th client waited 5 s and more, and clients with a 5 s timeout gave up.
TEST_CASE("mock server: 64 keep-alive clients in lock step, each answered right on its one connection") {
  constexpr int clients = 64;
  constexpr int rounds = 9;  // new, duplicate and invalid, three times
  std::mutex mutex;
  std::map<std::string, std::set<std::string>> ports_of;  // client -> the ports its requests came from
  running_server running({}, [&](const httplib::Request& request, int) {
    const std::lock_guard<std::mutex> lock(mutex);
    ports_of[request.get_header_value("X-Client")].insert(request.get_header_value("REMOTE_PORT"));
  });
  // Each client sends its request of a round, then waits for the others: meanwhile its connection is open and
  // idle, as a browser's or an SDK's is between requests.
  lock_step round_start(clients);
  std::atomic<int> right{0};
  std::atomic<int> wrong{0};
  std::vector<double> milliseconds(clients * rounds);
  std::vector<std::thread> threads;
  for (int c = 0; c < clients; ++c) {
    threads.emplace_back([&, c] {
      httplib::Client client("127.0.0.1", running.port);
      client.set_keep_alive(true);
      client.set_tcp_nodelay(true);
      client.set_tcp_nodelay(true);  // as curl, Node.js and browsers: a request's two writes go at once
      const httplib::Headers headers{{"X-Auth-Token", std::string(token)}, {"X-Client", std::to_string(c)}};
      for (int r = 0; r < rounds; ++r) {
        std::string repository = "k" + std::to_string(c) + "/r" + std::to_string(r - r % 3);
        int expected = r % 3 == 0 ? 200 : 409;
        if (r % 3 == 2) {
          repository = "K" + std::to_string(c) + "//bad";
          expected = 400;
        }
        round_start.arrive_and_wait();
        const auto start = std::chrono::steady_clock::now();
        const httplib::Result result = client.Post(path.c_str(), headers, body(repository), "application/json");
        const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
        milliseconds[static_cast<std::size_t>(c * rounds + r)] = took.count();
        (result && result->status == expected ? right : wrong)++;
      }
    });
  }
  for (std::thread& t : threads) t.join();
  CHECK(wrong.load() == 0);
  CHECK(right.load() == clients * rounds);
  CHECK(running.service.repository_count() == static_cast<std::size_t>(clients * rounds / 3));
  // Each client's requests all came over one connection: the server kept every one open.
  CHECK(ports_of.size() == static_cast<std::size_t>(clients));
  for (const auto& client : ports_of) {
    CAPTURE(client.first);
    CHECK(client.second.size() == 1);
  }
  std::sort(milliseconds.begin(), milliseconds.end());
  MESSAGE(clients << " keep-alive clients x " << rounds << " rounds: median " << milliseconds[milliseconds.size() / 2]
                  << " ms, worst " << milliseconds.back() << " ms");
}

TEST_CASE("mock server: anything it does not serve gets the API gateway's JSON error, whole") {
  running_server running;
  httplib::Client client("127.0.0.1", running.port);
  const std::string unknown = "404 APIGW.0101 The API does not exist or has not been published in the environment";
  const std::string other_method = "404 APIGW.0101 The API does not exist";
  // "STATUS CODE MESSAGE" of an answer, its body read by the library as any error body.
  const auto gateway_answer = [](const httplib::Result& result) -> std::string {
    if (!result) return "no answer";
    CHECK(result->get_header_value("Content-Type") == "application/json;charset=utf-8");
    const auto errors = swr::parse_error_response(result->body);
    if (!errors) return std::to_string(result->status) + " (not an error body)";
    return std::to_string(result->status) + " " + errors->front().code + " " + errors->front().message;
  };
  const httplib::Headers auth{{"X-Auth-Token", std::string(token)}};
  // Another method on an operation's path: the gateway knows an API by its method and path.
  CHECK(gateway_answer(client.Get(path.c_str(), auth)) == other_method);
  CHECK(gateway_answer(client.Put(path.c_str(), auth, body("x"), "application/json")) == other_method);
  CHECK(gateway_answer(client.Patch(path.c_str(), auth, body("x"), "application/json")) == other_method);
  CHECK(gateway_answer(client.Delete(path.c_str(), auth)) == other_method);
  CHECK(gateway_answer(client.Options(path.c_str(), auth)) == other_method);
  CHECK(gateway_answer(post(client, "/v2/manage/repos", body("x"))) == other_method);
  CHECK(gateway_answer(client.Put("/v2/manage/namespaces/my-org/repos/team$app", auth, "{}", "application/json")) ==
        other_method);
  // Any method elsewhere, POST included, with or without credentials: an empty segment, a raw '/' in a repository.
  for (const std::string target :
       {"/", "/v2/manage/namespaces/my-org/other", "/v2/manage/namespaces/my-org/repos/",
        "/v2/manage/namespaces/my-org/repos/team/app", "/v2/manage/namespaces//repos", "/v2/manage/repos/"}) {
    CAPTURE(target);
    CHECK(gateway_answer(client.Get(target.c_str())) == unknown);
    CHECK(gateway_answer(post(client, target, body("x"))) == unknown);
    CHECK(gateway_answer(client.Delete(target.c_str(), auth)) == unknown);
  }
  const httplib::Result head = client.Head(path.c_str());
  REQUIRE(head);
  CHECK(head->status == 404);
  CHECK(head->body.empty());
  // What cpp-httplib refuses itself: a body over its limit, a target too long, a method it does not route, a
  // request that is not HTTP, a Range header it cannot read.
  CHECK(gateway_answer(post(client, path, std::string(4 * swr_mock::service::body_limit + 1, ' '))) ==
        "413 APIGW.0201 Request entity too large");
  CHECK(gateway_answer(client.Get(("/" + std::string(9000, 'a')).c_str())) == "414 APIGW.0201 Request URI too large");
  const std::vector<std::pair<std::string, std::string>> refused = {
      {"TRACE / HTTP/1.1\r\nHost: x\r\n\r\n", "400"},
      {"FOO / HTTP/1.1\r\nHost: x\r\n\r\n", "400"},
      {"not http\r\n\r\n", "400"},
      {"GET / HTTP/1.1\r\nHost: x\r\nRange: bytes=x\r\n\r\n", "416"},
  };
  for (const auto& [request, status] : refused) {
    const raw_answer raw = raw_exchange(running.port, request);
    CAPTURE(raw.head);
    CHECK(raw.head.rfind("HTTP/1.1 " + status + " ", 0) == 0);
    CHECK(raw.head.find("\r\nContent-Length: ") != std::string::npos);
    CHECK(raw.body == R"({"error_code":"APIGW.0201","error_msg":"API request error"})");
  }
  // A Range header cuts no answer, served or not (cpp-httplib 0.11 would send the first bytes only).
  const httplib::Headers ranged{{"X-Auth-Token", std::string(token)}, {"Range", "bytes=0-3"}};
  CHECK(gateway_answer(client.Get("/", ranged)) == unknown);
  REQUIRE(post(client, path, body("ranged")));
  const httplib::Result exists = client.Post(path.c_str(), ranged, body("ranged"), "application/json");
  REQUIRE(exists);
  CHECK(code_of({exists->status, exists->body, {}}) == "409 SVCSTG.SWR.4090006");
  // And the server still answers, right.
  const httplib::Result fine = post(client, path, body("still/fine"));
  REQUIRE(fine);
  CHECK(fine->status == 200);
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

namespace {
// A create-repository request for `repository` in `organization`, signed with `key` at `time`.
swr::http_request signed_request(std::string_view repository, const swr::access_key& key,
                                 std::chrono::system_clock::time_point time, std::string_view organization = "my-org") {
  swr::create_repo_request request;
  request.namespace_name = std::string(organization);
  request.body.repository = std::string(repository);
  request.body.is_public = true;
  swr::result<swr::http_request, swr::error> http = swr::to_http_request(request, "swr.example.com", key, time);
  REQUIRE(http.has_value());
  return std::move(*http);
}

// `http` as a server receives it: nothing changed on the way (views into `http`, which must outlive it).
swr::received_request received_of(const swr::http_request& http) {
  return {http.method(), http.target(), http.headers(), http.body()};
}

// The answer's status, code and detail: "401 SVCSTG.SWR.4010000 mismatch: The signature …".
std::string refusal_of(const swr_mock::answer& a) {
  const auto errors = swr::parse_error_response(a.body);
  if (!errors) return code_of(a);
  return code_of(a) + " " + errors->front().detail;
}

// The detail of the 401 that refuses a signature, and the whole refusal as refusal_of gives it.
std::string detail_for(swr::signature_status status) {
  return std::string(swr::to_string(status)) + ": " + std::string(swr::message(status));
}

std::string refusal_for(swr::signature_status status) { return "401 SVCSTG.SWR.4010000 " + detail_for(status); }

std::string_view signature_of(const swr::http_request& http) {
  const std::string& authorization = http.headers().back().value;  // the last header
  return std::string_view(authorization).substr(authorization.size() - 64);
}
}  // namespace

TEST_CASE("mock service: a signed request is verified, and then answered as any other") {
  swr_mock::service s({"my-org"}, spec_keys, spec_time);
  const swr::http_request http = signed_request("team/app", spec_key, spec_time());
  CHECK(s.create_repo_signed(path, received_of(http)).status == 200);  // no X-Auth-Token needed
  CHECK(s.repository_count() == 1);
  CHECK(code_of(s.create_repo_signed(path, received_of(http))) == "409 SVCSTG.SWR.4090006");
  // Temporary credentials: X-Security-Token is signed too.
  const swr::access_key temporary{spec_key.id, spec_key.secret, "temporary-token_123"};
  CHECK(s.create_repo_signed(path, received_of(signed_request("temp", temporary, spec_time()))).status == 200);
  // Within 15 minutes of the server's clock, either way.
  const auto fourteen = std::chrono::minutes(14);
  CHECK(s.create_repo_signed(path, received_of(signed_request("early", spec_key, spec_time() - fourteen))).status ==
        200);
  CHECK(s.create_repo_signed(path, received_of(signed_request("late", spec_key, spec_time() + fourteen))).status ==
        200);
  // The checks after the credentials still apply.
  const swr::http_request elsewhere = signed_request("x", spec_key, spec_time(), "other-org");
  CHECK(code_of(s.create_repo_signed(elsewhere.target(), received_of(elsewhere))) == "404 SVCSTG.SWR.4041061");
  // An X-Auth-Token beside the signature is not read, even a bad one.
  const swr::http_request signed_too = signed_request("with-token", spec_key, spec_time());
  swr::received_request with_token = received_of(signed_too);
  with_token.headers.push_back({"X-Auth-Token", ""});
  CHECK(s.create_repo_signed(path, with_token).status == 200);
  // A path that is not the call is 404 before any signature is looked at.
  CHECK(code_of(s.create_repo_signed("/v2/manage/namespaces/my-org/other", {"POST", "/", {}, ""})) == "404 APIGW.0101");
  CHECK(s.repository_count() == 5);
}

TEST_CASE("mock service: each refused signature is a 401 whose detail names the status, never a key") {
  swr_mock::service s({"my-org"}, spec_keys, spec_time);
  const swr::http_request http = signed_request("team/app", spec_key, spec_time());
  const auto answer_to = [&](const swr::received_request& r) { return refusal_of(s.create_repo_signed(path, r)); };

  swr::received_request garbled = received_of(http);
  garbled.headers.back().value = "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC";
  CHECK(answer_to(garbled) == refusal_for(swr::signature_status::malformed));
  swr::received_request undated = received_of(http);
  undated.headers.erase(undated.headers.begin() + 3);  // X-Sdk-Date
  REQUIRE(undated.headers.size() == 4);
  CHECK(answer_to(undated) == refusal_for(swr::signature_status::malformed));

  const swr::access_key stranger{"UNKNOWNAKUNKNOWNAK00", spec_key.secret, ""};
  CHECK(answer_to(received_of(signed_request("team/app", stranger, spec_time()))) ==
        refusal_for(swr::signature_status::unknown_key));

  const auto sixteen = std::chrono::minutes(16);
  CHECK(answer_to(received_of(signed_request("team/app", spec_key, spec_time() - sixteen))) ==
        refusal_for(swr::signature_status::stale_date));
  CHECK(answer_to(received_of(signed_request("team/app", spec_key, spec_time() + sixteen))) ==
        refusal_for(swr::signature_status::stale_date));

  swr::received_request no_content_type = received_of(http);
  no_content_type.headers.erase(no_content_type.headers.begin() + 1);  // Content-Type, signed
  CHECK(answer_to(no_content_type) == refusal_for(swr::signature_status::missing_signed_header));

  const swr::access_key wrong_secret{spec_key.id, "not-the-secret-key", ""};
  const swr::http_request forged = signed_request("team/app", wrong_secret, spec_time());
  const std::string mismatch = answer_to(received_of(forged));
  CHECK(mismatch == refusal_for(swr::signature_status::mismatch));
  CHECK(mismatch.find(spec_key.secret) == std::string::npos);
  CHECK(mismatch.find(signature_of(forged)) == std::string::npos);
  swr::received_request tampered = received_of(http);
  const std::string other_body = body("other/app");
  tampered.body = other_body;
  CHECK(answer_to(tampered) == refusal_for(swr::signature_status::mismatch));
  swr::received_request moved = received_of(http);
  moved.target = "/v2/manage/namespaces/my-org/repos?again=1";
  CHECK(answer_to(moved) == refusal_for(swr::signature_status::mismatch));

  CHECK(s.repository_count() == 0);
}

TEST_CASE("mock server: a signed request over HTTP is verified on the raw target, query included") {
  running_server running(spec_keys);
  httplib::Client client("127.0.0.1", running.port);
  client.set_url_encode(false);  // send the targets as they are written here
  const std::string host = "127.0.0.1:" + std::to_string(running.port);
  // Sends `target` with `headers` (Content-Type and Content-Length given by httplib) and `content`.
  const auto send = [&](const std::string& target, const std::vector<swr::http_header>& headers,
                        const std::string& content) {
    httplib::Headers sent;
    for (const swr::http_header& h : headers) {
      if (h.name != "Content-Type" && h.name != "Content-Length") sent.emplace(h.name, h.value);
    }
    return client.Post(target.c_str(), sent, content, std::string(swr::json_content_type));
  };

  swr::create_repo_request request;
  request.namespace_name = "my-org";
  request.body.repository = "team/app";
  const auto http = swr::to_http_request(request, host, spec_key, spec_time());
  REQUIRE(http.has_value());
  const httplib::Result created = send(http->target(), http->headers(), http->body());
  REQUIRE(created);
  CHECK(created->status == 200);

  const swr::access_key wrong_secret{spec_key.id, "not-the-secret-key", ""};
  const auto forged = swr::to_http_request(request, host, wrong_secret, spec_time());
  REQUIRE(forged.has_value());
  const httplib::Result refused = send(forged->target(), forged->headers(), forged->body());
  REQUIRE(refused);
  CHECK(refused->status == 401);
  const auto errors = swr::parse_error_response(refused->body);
  REQUIRE(errors.has_value());
  CHECK(errors->front().code == "SVCSTG.SWR.4010000");
  CHECK(errors->front().detail == detail_for(swr::signature_status::mismatch));

  // A query is part of what is signed: the server verifies the target as sent, not only the path it decoded.
  const swr::signing_input input{"POST",
                                 path,
                                 {{"trace", "a b$"}},
                                 {{"Host", host}, {"Content-Type", std::string(swr::json_content_type)}},
                                 body("with/query")};
  const auto signature = swr::sign(input, spec_key, *swr::to_sdk_date(spec_time()));
  REQUIRE(signature.has_value());
  std::vector<swr::http_header> headers = input.headers;
  headers.insert(headers.end(), signature->headers.begin(), signature->headers.end());
  CHECK(swr::to_request_target(input) == path + "?trace=a%20b%24");
  const httplib::Result with_query = send(swr::to_request_target(input), headers, input.body);
  REQUIRE(with_query);
  CHECK(with_query->status == 200);
  // The same query encoded otherwise ('+' for the space, a raw '$') verifies: 409, the repository exists.
  const httplib::Result encoded_otherwise = send(path + "?trace=a+b$", headers, input.body);
  REQUIRE(encoded_otherwise);
  CHECK(encoded_otherwise->status == 409);
  // Without the query (or with another), the signature is not the request's.
  for (const std::string& target : {path, path + "?trace=a%20c%24"}) {
    const httplib::Result other_target = send(target, headers, input.body);
    REQUIRE(other_target);
    CHECK(other_target->status == 401);
    const auto answer = swr::parse_error_response(other_target->body);
    REQUIRE(answer.has_value());
    CHECK(answer->front().detail == detail_for(swr::signature_status::mismatch));
  }
  CHECK(running.service.repository_count() == 2);
}

// ---- The management API: every operation on the service's state (no sockets), then over HTTP ----

namespace {
// Sends an operation's request as swrkit builds it (its target with '$' for '/', its query or filter form, its
// exact body) to the service, with the token.
template <class Request>
swr_mock::answer send(swr_mock::service& s, const Request& request) {
  const auto http = swr::to_http_request(request, "swr.example.com", token);
  REQUIRE(http.has_value());
  return s.handle({http->method(), http->target(), token, nullptr, http->body()});
}

// The same, signed with `key` at the service's time.
template <class Request>
swr_mock::answer send_signed(swr_mock::service& s, const Request& request, const swr::access_key& key = spec_key) {
  const auto http = swr::to_http_request(request, "swr.example.com", key, spec_time());
  REQUIRE(http.has_value());
  const swr::received_request received = received_of(*http);
  return s.handle({http->method(), http->target(), std::nullopt, &received, http->body()});
}

// A request written by hand, with the token.
swr_mock::answer call(swr_mock::service& s, std::string_view method, std::string_view target,
                      std::string_view content = {}) {
  return s.handle({method, target, token, nullptr, content});
}

// A success's body read by swrkit's strict reader as the operation's response (a list with its Content-Range), so
// that the emulator is held to the shapes the library reads from SWR.
template <class Request>
typename swr::operation_traits<Request>::response response_of(const swr_mock::answer& a) {
  CAPTURE(a.body);
  REQUIRE(a.status == 200);
  // Two calls rather than an optional built here, which GCC 12 at -O3 takes for uninitialized.
  auto response = a.content_range.empty() ? swr::read_response<Request>(a.body)
                                          : swr::read_response<Request>(a.body, std::string_view(a.content_range));
  REQUIRE(response.has_value());
  return std::move(*response);
}

std::string range_of(const swr::list<swr::repository_summary>& l) { return l.range ? swr::to_string(*l.range) : "-"; }

// "organization/repository" of each item, in order.
std::vector<std::string> names_of(const swr::list<swr::repository_summary>& l) {
  std::vector<std::string> names;
  for (const auto& item : l.items) names.push_back(item.namespace_name + "/" + item.name);
  return names;
}

std::vector<std::string> tags_of(const swr::list<swr::listed_tag>& l) {
  std::vector<std::string> tags;
  for (const auto& item : l.items) tags.push_back(item.tag);
  return tags;
}

std::string digest_of(std::string_view image) {
  return "sha256:" + std::string(swr::to_hex(swr::sha256::digest(image)).view());
}

const std::string gateway_404 =
    R"({"error_code":"APIGW.0101","error_msg":"The API does not exist or has not been published in the environment"})";
}  // namespace

TEST_CASE("mock service: organizations are created, listed, shown and deleted (406 while they hold repositories)") {
  swr_mock::service s({"my-org"}, {}, spec_time);
  swr::create_namespace_request create;
  create.body.namespace_name = "new-org";
  CHECK(send(s, create).status == 201);
  CHECK(send(s, create).body == R"([{"errorCode":"SVCSTG.SWR.4090000","errorMessage":"The resource already exists",)"
                                R"("detail":"The organization new-org exists."}])");
  CHECK(code_of(call(s, "POST", "/v2/manage/namespaces", R"({"namespace":"New-Org"})")) == "400 SVCSTG.SWR.4001028");
  CHECK(code_of(call(s, "POST", "/v2/manage/namespaces", R"({"namespace":"library"})")) == "400 SVCSTG.SWR.4001028");
  CHECK(code_of(call(s, "POST", "/v2/manage/namespaces", "{}")) == "400 SVCSTG.SWR.4001014");
  CHECK(code_of(call(s, "POST", "/v2/manage/namespaces", R"({"namespace":7})")) == "400 SVCSTG.SWR.4000014");
  CHECK(code_of(call(s, "POST", "/v2/manage/namespaces", "[")) == "400 SVCSTG.SWR.4000014");

  const swr::namespace_list all = response_of<swr::list_namespaces_request>(send(s, swr::list_namespaces_request{}));
  REQUIRE(all.namespaces.size() == 2);
  CHECK(all.namespaces[0].name == "my-org");
  CHECK(all.namespaces[1].name == "new-org");
  CHECK(all.namespaces[1].auth == 7);
  CHECK(all.namespaces[1].id != all.namespaces[0].id);
  swr::list_namespaces_request one;
  one.namespace_name = "new-org";
  CHECK(response_of<swr::list_namespaces_request>(send(s, one)).namespaces.size() == 1);
  one.mode = swr::namespace_mode::visible;  // swrkit sends the filter form
  CHECK(response_of<swr::list_namespaces_request>(send(s, one)).namespaces.size() == 1);
  const auto filtered = call(s, "GET", "/v2/manage/namespaces?filter=namespace::my-org|mode::visible");
  CHECK(response_of<swr::list_namespaces_request>(filtered).namespaces.at(0).name == "my-org");
  CHECK(response_of<swr::list_namespaces_request>(call(s, "GET", "/v2/manage/namespaces?namespace=none"))
            .namespaces.empty());
  CHECK(code_of(call(s, "GET", "/v2/manage/namespaces?namespace=No")) == "400 SVCSTG.SWR.4001028");
  CHECK(code_of(call(s, "GET", "/v2/manage/namespaces?mode=visible")) == "400 SVCSTG.SWR.4000014");  // filter only
  CHECK(code_of(call(s, "GET", "/v2/manage/namespaces?filter=mode::all")) == "400 SVCSTG.SWR.4000014");
  CHECK(code_of(call(s, "GET", "/v2/manage/namespaces?filter=")) == "400 SVCSTG.SWR.4000014");

  swr::show_namespace_request show;
  show.namespace_name = "new-org";
  const swr::namespace_info shown = response_of<swr::show_namespace_request>(send(s, show));
  CHECK(shown.name == "new-org");
  CHECK(shown.id == all.namespaces[1].id);
  show.namespace_name = "none";
  CHECK(code_of(send(s, show)) == "404 SVCSTG.SWR.4041061");

  // An organization that holds a repository is not deleted: 406, and it stays.
  REQUIRE(s.create_repo("/v2/manage/namespaces/new-org/repos", token, body("app")).status == 200);
  swr::delete_namespace_request remove;
  remove.namespace_name = "new-org";
  CHECK(code_of(send(s, remove)) == "406 SVCSTG.SWR.4060012");
  CHECK(refusal_of(send(s, remove)) ==
        "406 SVCSTG.SWR.4060012 The organization new-org still holds 1 repositories: delete them first.");
  CHECK(call(s, "GET", "/v2/manage/namespaces/new-org").status == 200);
  CHECK(call(s, "DELETE", "/v2/manage/namespaces/new-org/repos/app").status == 204);
  CHECK(send(s, remove).status == 204);
  CHECK(send(s, remove).status == 404);
  CHECK(code_of(call(s, "GET", "/v2/manage/namespaces/new-org")) == "404 SVCSTG.SWR.4041061");
  CHECK(code_of(call(s, "DELETE", "/v2/manage/namespaces/Bad")) == "400 SVCSTG.SWR.4001028");
  CHECK(response_of<swr::list_namespaces_request>(call(s, "GET", "/v2/manage/namespaces")).namespaces.size() == 1);
}

TEST_CASE("mock service: repositories are shown by their '$' name with their real name, updated and deleted") {
  swr_mock::service s({"my-org"}, {}, spec_time);
  REQUIRE(s.create_repo(path, token,
                        R"({"repository":"team$app","is_public":false,"category":"arms",)"
                        R"("description":"web"})")
              .status == 200);
  swr::show_repository_request show;
  show.namespace_name = "my-org";
  show.repository = "team/app";  // swrkit writes team$app into the path
  swr::repository_info shown = response_of<swr::show_repository_request>(send(s, show));
  CHECK(shown.name == "team/app");
  CHECK(shown.category == "arm");
  CHECK(shown.description == "web");
  CHECK_FALSE(shown.is_public);
  CHECK(shown.num_images == 0);
  CHECK(shown.size == 0);
  CHECK(shown.created == "2024-01-02T03:04:05Z");
  CHECK(shown.updated == "2024-01-02T03:04:05Z");
  CHECK(shown.path == "swr.cn-north-4.myhuaweicloud.com/my-org/team/app");
  CHECK(response_of<swr::show_repository_request>(call(s, "GET", "/v2/manage/namespaces/my-org/repos/team$app")).name ==
        "team/app");
  CHECK(call(s, "GET", "/v2/manage/namespaces/my-org/repos/team%24app").status == 200);  // '$' percent-encoded

  swr::update_repo_request update;
  update.namespace_name = "my-org";
  update.repository = "team/app";
  update.body.is_public = true;
  update.body.description = "web front";
  CHECK(send(s, update).status == 201);
  CHECK(send(s, update).body.empty());
  shown = response_of<swr::show_repository_request>(send(s, show));
  CHECK(shown.is_public);
  CHECK(shown.description == "web front");
  CHECK(shown.category == "arm");  // not given: kept
  const std::string repo = "/v2/manage/namespaces/my-org/repos/team$app";
  CHECK(call(s, "PATCH", repo, R"({"is_public":false,"category":"linux"})").status == 201);
  shown = response_of<swr::show_repository_request>(send(s, show));
  CHECK(shown.category == "linux");
  CHECK(shown.description == "web front");
  CHECK(code_of(call(s, "PATCH", repo, R"({"description":"x"})")) == "400 SVCSTG.SWR.4001014");
  CHECK(code_of(call(s, "PATCH", repo, R"({"is_public":"yes"})")) == "400 SVCSTG.SWR.4001009");
  // An unknown category: CreateRepo's body reader says unknown_category (4001025), the other bodies' wrong_type.
  CHECK(code_of(call(s, "PATCH", repo, R"({"is_public":true,"category":"cobol"})")) == "400 SVCSTG.SWR.4000014");
  CHECK(code_of(s.create_repo(path, token, R"({"repository":"x","is_public":true,"category":"cobol"})")) ==
        "400 SVCSTG.SWR.4001025");
  CHECK(code_of(call(s, "PATCH", repo, R"({"is_public":true,"description":")" + std::string(30001, 'd') + "\"}")) ==
        "413 SVCSTG.SWR.4131012");
  CHECK(code_of(call(s, "PATCH", repo, std::string(swr_mock::service::body_limit + 1, ' '))) ==
        "413 SVCSTG.SWR.4131001");

  update.repository = "team/none";
  CHECK(refusal_of(send(s, update)) == "404 SVCSTG.SWR.4040010 The repository team/none does not exist in my-org.");
  show.namespace_name = "other-org";
  CHECK(code_of(send(s, show)) == "404 SVCSTG.SWR.4041061");
  CHECK(code_of(call(s, "GET", "/v2/manage/namespaces/my-org/repos/Team$app")) == "400 SVCSTG.SWR.4001029");
  CHECK(code_of(call(s, "GET", "/v2/manage/namespaces/my-org/repos/team$$app")) == "400 SVCSTG.SWR.4001029");
  CHECK(code_of(call(s, "GET", "/v2/manage/namespaces/My-Org/repos/app")) == "400 SVCSTG.SWR.4001028");

  swr::delete_repo_request remove;
  remove.namespace_name = "my-org";
  remove.repository = "team/app";
  CHECK(send(s, remove).status == 204);
  CHECK(code_of(send(s, remove)) == "404 SVCSTG.SWR.4040010");
  show.namespace_name = "my-org";
  CHECK(code_of(send(s, show)) == "404 SVCSTG.SWR.4040010");
  CHECK(s.repository_count() == 0);
}

TEST_CASE("mock service: ListReposDetails pages, filters and orders, with Content-Range on every page") {
  swr_mock::service s({"my-org", "other-org"}, {}, spec_time);
  const std::vector<std::array<std::string, 3>> repositories = {{"my-org", "team/app", "linux"},
                                                                {"my-org", "team/db", "database"},
                                                                {"my-org", "web", "linux"},
                                                                {"other-org", "tools/app", "other"},
                                                                {"other-org", "zeta", "lang"}};
  for (const auto& [organization, name, category] : repositories) {
    const std::string created = R"({"repository":")" + name + R"(","is_public":true,"category":")" + category + "\"}";
    REQUIRE(s.create_repo("/v2/manage/namespaces/" + organization + "/repos", token, created).status == 200);
  }
  s.add_image("my-org", "web", "v1");  // each push updates its repository: zeta is the latest, then web
  s.add_image("my-org", "web", "v2");
  s.add_image("other-org", "zeta", "v1");
  const std::vector<std::string> latest_first = {"other-org/zeta", "my-org/web", "other-org/tools/app",
                                                 "my-org/team/db", "my-org/team/app"};

  swr::list_repos_request list;
  swr::list<swr::repository_summary> page = response_of<swr::list_repos_request>(send(s, list));
  CHECK(names_of(page) == latest_first);
  CHECK(range_of(page) == "0-5/5");
  const swr::repository_summary& web = page.items[1];
  CHECK(web.tags == std::vector<std::string>{"v1", "v2"});
  CHECK(web.num_images == 2);
  CHECK(web.size > 2 * 1048576);
  CHECK(web.category == "linux");
  CHECK(web.total_range == 5);
  CHECK(web.path == "swr.cn-north-4.myhuaweicloud.com/my-org/web");

  list.limit = 2;
  list.offset = 2;
  page = response_of<swr::list_repos_request>(send(s, list));
  CHECK(names_of(page) == std::vector<std::string>{"other-org/tools/app", "my-org/team/db"});
  CHECK(range_of(page) == "2-2/5");
  list.offset = 4;
  CHECK(range_of(response_of<swr::list_repos_request>(send(s, list))) == "4-1/5");
  list.offset = 10;
  page = response_of<swr::list_repos_request>(send(s, list));
  CHECK(page.items.empty());
  CHECK(range_of(page) == "10-0/5");

  swr::list_repos_request by_name;
  by_name.name = "app";  // a part of the name
  CHECK(names_of(response_of<swr::list_repos_request>(send(s, by_name))) ==
        std::vector<std::string>{"other-org/tools/app", "my-org/team/app"});
  by_name.namespace_name = "my-org";
  CHECK(names_of(response_of<swr::list_repos_request>(send(s, by_name))) ==
        std::vector<std::string>{"my-org/team/app"});
  swr::list_repos_request linux_only;
  linux_only.category = swr::category::linux_;
  linux_only.order = swr::order_type::asc;
  CHECK(names_of(response_of<swr::list_repos_request>(send(s, linux_only))) ==
        std::vector<std::string>{"my-org/team/app", "my-org/web"});
  CHECK(response_of<swr::list_repos_request>(call(s, "GET", "/v2/manage/repos?namespace=none")).items.empty());

  // The filter form, as swrkit writes it for an order SWR reads only there.
  swr::list_repos_request ordered;
  ordered.order_column = swr::repository_order::name;
  ordered.order = swr::order_type::asc;
  CHECK(names_of(response_of<swr::list_repos_request>(send(s, ordered))) ==
        std::vector<std::string>{"my-org/team/app", "my-org/team/db", "other-org/tools/app", "my-org/web",
                                 "other-org/zeta"});
  ordered.order_column = swr::repository_order::tag_count;
  ordered.order = swr::order_type::desc;
  CHECK(names_of(response_of<swr::list_repos_request>(send(s, ordered))) ==
        std::vector<std::string>{"my-org/web", "other-org/zeta", "my-org/team/app", "my-org/team/db",
                                 "other-org/tools/app"});
  // By hand: category in the filter too, and the filter wins over the plain parameters.
  page = response_of<swr::list_repos_request>(
      call(s, "GET", "/v2/manage/repos?filter=namespace::my-org|category::linux|limit::1"));
  CHECK(names_of(page) == std::vector<std::string>{"my-org/web"});
  CHECK(range_of(page) == "0-1/2");
  page =
      response_of<swr::list_repos_request>(call(s, "GET", "/v2/manage/repos?limit=1&filter=namespace%3A%3Aother-org"));
  CHECK(range_of(page) == "0-2/2");
  CHECK(range_of(response_of<swr::list_repos_request>(call(s, "GET", "/v2/manage/repos?limit=1000&category=arms"))) ==
        "0-0/0");

  // Bad parameters: SWR's 400, with the problem in the detail.
  for (const std::string query :
       {"limit=0", "limit=1001", "limit=ten", "limit=", "offset=-1", "offset=1e3", "order_column=name",
        "order_column=size", "order_type=up", "name=a%7Cb", "filter=limit::5|limit::6",
        "filter=", "filter=namespace::my-org|", "filter=tag::v1", "filter=namespace", "filter=order_column::size"}) {
    CAPTURE(query);
    CHECK(code_of(call(s, "GET", "/v2/manage/repos?" + query)) == "400 SVCSTG.SWR.4000014");
  }
  CHECK(
      refusal_of(call(s, "GET", "/v2/manage/repos?limit=0")) ==
      "400 SVCSTG.SWR.4000014 limit: out_of_range at byte 0: A list's limit is from 1 to 1000 (SWR's default is 100).");
  CHECK(code_of(call(s, "GET", "/v2/manage/repos?category=cobol")) == "400 SVCSTG.SWR.4001025");
  CHECK(code_of(call(s, "GET", "/v2/manage/repos?namespace=My-Org")) == "400 SVCSTG.SWR.4001028");
}

TEST_CASE("mock service: tags are seeded with a deterministic digest, listed, created, shown and deleted") {
  swr_mock::service s({}, {}, spec_time);
  s.add_image("my-org", "team/app", "v1");  // creates the organization and the repository
  s.add_image("my-org", "team/app", "v2");
  const std::string v1 = digest_of("my-org/team/app:v1");
  const std::string v2 = digest_of("my-org/team/app:v2");
  swr::list_tags_request list;
  list.namespace_name = "my-org";
  list.repository = "team/app";
  swr::list<swr::listed_tag> tags = response_of<swr::list_tags_request>(send(s, list));
  CHECK(tags_of(tags) == std::vector<std::string>{"v2", "v1"});  // the latest first
  CHECK(swr::to_string(*tags.range) == "0-2/2");
  CHECK(tags.items[1].digest == v1);
  CHECK(swr::is_valid_digest(tags.items[1].digest));
  CHECK(tags.items[1].path == "swr.cn-north-4.myhuaweicloud.com/my-org/team/app:v1");
  CHECK(tags.items[0].repo_id ==
        response_of<swr::show_repository_request>(call(s, "GET", "/v2/manage/namespaces/my-org/repos/team$app")).id);
  CHECK_FALSE(tags.items[0].deleted.has_value());

  swr::create_tag_request create;
  create.namespace_name = "my-org";
  create.repository = "team/app";
  create.body.source_tag = "v1";
  create.body.destination_tag = "latest";
  CHECK(send(s, create).status == 201);
  CHECK(refusal_of(send(s, create)) == "409 SVCSTG.SWR.4090006 The tag latest exists: send override to replace it.");
  create.body.source_tag = "v2";
  create.body.override_existing = true;
  CHECK(send(s, create).status == 201);
  swr::show_tag_request show;
  show.namespace_name = "my-org";
  show.repository = "team/app";
  show.tag = "latest";
  const swr::shown_tag latest = response_of<swr::show_tag_request>(send(s, show));
  CHECK(latest.tag == "latest");
  CHECK(latest.digest == v2);  // the image of its source
  // ShowRepoTag spells the member "tag", ListRepositoryTags "Tag".
  CHECK(send(s, show).body.find(R"("tag":"latest")") != std::string::npos);
  CHECK(send(s, list).body.find(R"("Tag":"latest")") != std::string::npos);
  create.body.source_tag = "v9";
  CHECK(refusal_of(send(s, create)) == "404 SVCSTG.SWR.4040010 The tag v9 does not exist in team/app.");
  const std::string tags_path = "/v2/manage/namespaces/my-org/repos/team$app/tags";
  CHECK(code_of(call(s, "POST", tags_path, R"({"source_tag":"v1"})")) == "400 SVCSTG.SWR.4001014");
  CHECK(code_of(call(s, "POST", tags_path, R"({"source_tag":"v1","destination_tag":".x"})")) ==
        "400 SVCSTG.SWR.4000014");

  list.order_column = swr::tag_order::tag;
  list.order = swr::order_type::asc;
  list.limit = 2;
  tags = response_of<swr::list_tags_request>(send(s, list));
  CHECK(tags_of(tags) == std::vector<std::string>{"latest", "v1"});
  CHECK(swr::to_string(*tags.range) == "0-2/3");
  list.offset = 2;
  tags = response_of<swr::list_tags_request>(send(s, list));
  CHECK(tags_of(tags) == std::vector<std::string>{"v2"});
  CHECK(swr::to_string(*tags.range) == "2-1/3");
  swr::list_tags_request only;
  only.namespace_name = "my-org";
  only.repository = "team/app";
  only.tag = "v1";
  CHECK(tags_of(response_of<swr::list_tags_request>(send(s, only))) == std::vector<std::string>{"v1"});
  CHECK(tags_of(response_of<swr::list_tags_request>(call(s, "GET", tags_path + "?filter=tag::v2|order_type::asc"))) ==
        std::vector<std::string>{"v2"});
  CHECK(code_of(call(s, "GET", tags_path + "?limit=0")) == "400 SVCSTG.SWR.4000014");
  CHECK(code_of(call(s, "GET", tags_path + "?order_column=name")) == "400 SVCSTG.SWR.4000014");
  CHECK(code_of(call(s, "GET", tags_path + "?filter=name::x")) == "400 SVCSTG.SWR.4000014");
  CHECK(code_of(call(s, "DELETE", tags_path + "/-v1")) == "400 SVCSTG.SWR.4000014");

  swr::delete_tag_request remove;
  remove.namespace_name = "my-org";
  remove.repository = "team/app";
  remove.tag = "v1";
  CHECK(send(s, remove).status == 204);
  CHECK(code_of(send(s, remove)) == "404 SVCSTG.SWR.4040010");
  show.tag = "v1";
  CHECK(code_of(send(s, show)) == "404 SVCSTG.SWR.4040010");
  CHECK(response_of<swr::show_repository_request>(call(s, "GET", "/v2/manage/namespaces/my-org/repos/team$app"))
            .num_images == 2);

  // DeleteRepo removes its tags: a new repository of the same name has none.
  CHECK(call(s, "DELETE", "/v2/manage/namespaces/my-org/repos/team$app").status == 204);
  CHECK(code_of(send(s, list)) == "404 SVCSTG.SWR.4040010");
  REQUIRE(s.create_repo(path, token, body("team/app")).status == 200);
  tags = response_of<swr::list_tags_request>(send(s, only));
  CHECK(tags.items.empty());
  CHECK(swr::to_string(*tags.range) == "0-0/0");
  // The same image seeded again has the same digest.
  s.add_image("my-org", "team/app", "v1");
  CHECK(response_of<swr::list_tags_request>(send(s, only)).items.at(0).digest == v1);
}

TEST_CASE("mock service: shares, under /repositories/, are created, listed, shown, updated and deleted") {
  swr_mock::service s({}, {}, spec_time);  // 2024-01-02T03:04:05Z
  s.add_image("my-org", "team/app", "v1");
  swr::create_share_request create;
  create.namespace_name = "my-org";
  create.repository = "team/app";
  create.body.access_domain = "partner";
  create.body.description = "CI";
  CHECK(send(s, create).status == 201);
  CHECK(refusal_of(send(s, create)) == "409 SVCSTG.SWR.4090000 The repository team/app is shared with partner.");
  create.body.access_domain = "expired";
  create.body.deadline = "2024-01-01T00:00:00.000Z";
  CHECK(send(s, create).status == 201);
  create.body.access_domain = "today";
  create.body.deadline = "2024-01-02T00:00:00Z";  // valid through its day
  CHECK(send(s, create).status == 201);
  create.body.access_domain = "someone@corp";  // percent-encoded in paths
  create.body.deadline = "forever";
  CHECK(send(s, create).status == 201);

  swr::list_shares_request list;
  list.namespace_name = "my-org";
  list.repository = "team/app";
  swr::list<swr::repository_share> shares = response_of<swr::list_shares_request>(send(s, list));
  REQUIRE(shares.items.size() == 4);
  CHECK(swr::to_string(*shares.range) == "0-4/4");
  CHECK(shares.items[0].access_domain == "expired");
  CHECK_FALSE(shares.items[0].status);
  CHECK(shares.items[1].access_domain == "partner");
  CHECK(shares.items[1].status);
  CHECK(shares.items[1].permit == "read");
  CHECK(shares.items[1].deadline == "forever");
  CHECK(shares.items[1].description == "CI");
  CHECK(shares.items[1].namespace_name == "my-org");
  CHECK(shares.items[1].repository == "team/app");
  CHECK(shares.items[2].access_domain == "someone@corp");
  CHECK(shares.items[3].status);
  CHECK(code_of(call(s, "GET", "/v2/manage/namespaces/my-org/repos/team$app/access-domains")) == "404 APIGW.0101");

  swr::show_share_request show;
  show.namespace_name = "my-org";
  show.repository = "team/app";
  show.access_domain = "someone@corp";
  swr::repository_share_details shown = response_of<swr::show_share_request>(send(s, show));
  CHECK(shown.exist);
  CHECK(shown.access_domain == "someone@corp");
  show.access_domain = "partner";
  swr::update_share_request update;
  update.namespace_name = "my-org";
  update.repository = "team/app";
  update.access_domain = "partner";
  update.body.deadline = "2030-10-01T16:00:00.000Z";
  CHECK(send(s, update).status == 201);
  shown = response_of<swr::show_share_request>(send(s, show));
  CHECK(shown.deadline == "2030-10-01T16:00:00.000Z");
  CHECK(shown.description.empty());  // absent: SWR's default, empty
  CHECK(shown.status);

  const std::string shares_path = "/v2/manage/namespaces/my-org/repositories/team$app/access-domains";
  CHECK(code_of(call(s, "POST", shares_path, R"({"access_domain":"x","permit":"read","deadline":"tomorrow"})")) ==
        "400 SVCSTG.SWR.4000014");
  CHECK(code_of(call(s, "POST", shares_path, R"({"access_domain":"x","permit":"write","deadline":"forever"})")) ==
        "400 SVCSTG.SWR.4000014");
  CHECK(code_of(call(s, "POST", shares_path, R"({"access_domain":"x","permit":"read"})")) == "400 SVCSTG.SWR.4001014");
  CHECK(code_of(call(s, "PATCH", shares_path + "/partner", R"({"permit":"read","deadline":"2030-02-30T00:00:00Z"})")) ==
        "400 SVCSTG.SWR.4000014");

  swr::delete_share_request remove;
  remove.namespace_name = "my-org";
  remove.repository = "team/app";
  remove.access_domain = "partner";
  CHECK(send(s, remove).status == 204);
  CHECK(refusal_of(send(s, remove)) == "404 SVCSTG.SWR.4040000 The repository team/app is not shared with partner.");
  CHECK(code_of(send(s, show)) == "404 SVCSTG.SWR.4040000");
  CHECK(code_of(send(s, update)) == "404 SVCSTG.SWR.4040000");
  CHECK(response_of<swr::list_shares_request>(send(s, list)).items.size() == 3);

  // DeleteRepo removes its shares.
  CHECK(call(s, "DELETE", "/v2/manage/namespaces/my-org/repos/team$app").status == 204);
  CHECK(code_of(send(s, list)) == "404 SVCSTG.SWR.4040010");
  REQUIRE(s.create_repo(path, token, body("team/app")).status == 200);
  shares = response_of<swr::list_shares_request>(send(s, list));
  CHECK(shares.items.empty());
  CHECK(swr::to_string(*shares.range) == "0-0/0");
}

TEST_CASE("mock service: every operation takes its credentials first, and verifies AK/SK on every method") {
  swr_mock::service s({}, spec_keys, spec_time);
  const std::vector<std::pair<std::string, std::string>> calls = {
      {"POST", "/v2/manage/namespaces"},
      {"GET", "/v2/manage/namespaces"},
      {"GET", "/v2/manage/namespaces/my-org"},
      {"DELETE", "/v2/manage/namespaces/my-org"},
      {"POST", "/v2/manage/namespaces/my-org/repos"},
      {"PATCH", "/v2/manage/namespaces/my-org/repos/team$app"},
      {"GET", "/v2/manage/namespaces/my-org/repos/team$app"},
      {"DELETE", "/v2/manage/namespaces/my-org/repos/team$app"},
      {"GET", "/v2/manage/repos"},
      {"GET", "/v2/manage/namespaces/my-org/repos/team$app/tags"},
      {"POST", "/v2/manage/namespaces/my-org/repos/team$app/tags"},
      {"GET", "/v2/manage/namespaces/my-org/repos/team$app/tags/v1"},
      {"DELETE", "/v2/manage/namespaces/my-org/repos/team$app/tags/v1"},
      {"POST", "/v2/manage/namespaces/my-org/repositories/team$app/access-domains"},
      {"GET", "/v2/manage/namespaces/my-org/repositories/team$app/access-domains"},
      {"GET", "/v2/manage/namespaces/my-org/repositories/team$app/access-domains/partner"},
      {"PATCH", "/v2/manage/namespaces/my-org/repositories/team$app/access-domains/partner"},
      {"DELETE", "/v2/manage/namespaces/my-org/repositories/team$app/access-domains/partner"},
  };
  for (const auto& c : calls) {
    const std::string& method = c.first;  // not a structured binding: Clang 14's CAPTURE cannot take one
    const std::string& target = c.second;
    CAPTURE(method);
    CAPTURE(target);
    CHECK(code_of(s.handle({method, target, std::nullopt, nullptr, "{}"})) == "401 SVCSTG.SWR.4010000");
    CHECK(code_of(s.handle({method, target, "", nullptr, "{}"})) == "401 SVCSTG.SWR.4010000");
  }

  // Signed, every operation in turn, on one state.
  swr::create_namespace_request organization;
  organization.body.namespace_name = "my-org";
  CHECK(send_signed(s, organization).status == 201);
  swr::create_repo_request repository;
  repository.namespace_name = "my-org";
  repository.body.repository = "team/app";
  CHECK(send_signed(s, repository).status == 200);
  s.add_image("my-org", "team/app", "v1");
  swr::update_repo_request update;
  update.namespace_name = "my-org";
  update.repository = "team/app";
  update.body.category = swr::category::database;
  CHECK(send_signed(s, update).status == 201);
  swr::show_repository_request show;
  show.namespace_name = "my-org";
  show.repository = "team/app";
  CHECK(send_signed(s, show).status == 200);
  swr::list_repos_request repos;
  repos.name = "team/a";
  repos.limit = 1;
  CHECK(send_signed(s, repos).content_range == "0-1/1");
  repos.order_column = swr::repository_order::tag_count;  // the filter form, its '|' and '::' percent-encoded
  CHECK(send_signed(s, repos).content_range == "0-1/1");
  swr::list_namespaces_request namespaces;
  namespaces.mode = swr::namespace_mode::visible;
  CHECK(send_signed(s, namespaces).status == 200);
  swr::show_namespace_request one;
  one.namespace_name = "my-org";
  CHECK(send_signed(s, one).status == 200);
  swr::create_tag_request tag;
  tag.namespace_name = "my-org";
  tag.repository = "team/app";
  tag.body.source_tag = "v1";
  tag.body.destination_tag = "v1.1";
  CHECK(send_signed(s, tag).status == 201);
  swr::list_tags_request tags;
  tags.namespace_name = "my-org";
  tags.repository = "team/app";
  tags.order_column = swr::tag_order::tag;
  CHECK(send_signed(s, tags).content_range == "0-2/2");
  swr::show_tag_request shown_tag;
  shown_tag.namespace_name = "my-org";
  shown_tag.repository = "team/app";
  shown_tag.tag = "v1.1";
  CHECK(send_signed(s, shown_tag).status == 200);
  swr::delete_tag_request removed_tag;
  removed_tag.namespace_name = "my-org";
  removed_tag.repository = "team/app";
  removed_tag.tag = "v1.1";
  CHECK(send_signed(s, removed_tag).status == 204);
  swr::create_share_request share;
  share.namespace_name = "my-org";
  share.repository = "team/app";
  share.body.access_domain = "partner@corp";
  CHECK(send_signed(s, share).status == 201);
  swr::list_shares_request shares;
  shares.namespace_name = "my-org";
  shares.repository = "team/app";
  CHECK(send_signed(s, shares).status == 200);
  swr::show_share_request shown_share;
  shown_share.namespace_name = "my-org";
  shown_share.repository = "team/app";
  shown_share.access_domain = "partner@corp";
  CHECK(send_signed(s, shown_share).status == 200);
  swr::update_share_request updated_share;
  updated_share.namespace_name = "my-org";
  updated_share.repository = "team/app";
  updated_share.access_domain = "partner@corp";
  CHECK(send_signed(s, updated_share).status == 201);
  swr::delete_share_request removed_share;
  removed_share.namespace_name = "my-org";
  removed_share.repository = "team/app";
  removed_share.access_domain = "partner@corp";
  CHECK(send_signed(s, removed_share).status == 204);

  // A wrong secret key, whatever the method: 401, naming why.
  const swr::access_key wrong{spec_key.id, "not-the-secret-key", ""};
  CHECK(refusal_of(send_signed(s, show, wrong)) == refusal_for(swr::signature_status::mismatch));
  CHECK(refusal_of(send_signed(s, repos, wrong)) == refusal_for(swr::signature_status::mismatch));
  swr::delete_repo_request remove;
  remove.namespace_name = "my-org";
  remove.repository = "team/app";
  CHECK(refusal_of(send_signed(s, remove, wrong)) == refusal_for(swr::signature_status::mismatch));
  CHECK(s.repository_count() == 1);
  CHECK(send_signed(s, remove).status == 204);
  swr::delete_namespace_request removed_organization;
  removed_organization.namespace_name = "my-org";
  CHECK(send_signed(s, removed_organization).status == 204);
}

TEST_CASE("mock service: a raw '/' in a repository is the API gateway's 404, before the credentials") {
  swr_mock::service s({"my-org"}, {}, spec_time);
  REQUIRE(s.create_repo(path, token, body("team/app")).status == 200);
  s.add_image("my-org", "team/app", "v1");
  const std::vector<std::pair<std::string, std::string>> calls = {
      {"GET", "/v2/manage/namespaces/my-org/repos/team/app"},
      {"PATCH", "/v2/manage/namespaces/my-org/repos/team/app"},
      {"DELETE", "/v2/manage/namespaces/my-org/repos/team/app"},
      {"GET", "/v2/manage/namespaces/my-org/repos/team/app/tags"},
      {"POST", "/v2/manage/namespaces/my-org/repos/team/app/tags"},
      {"GET", "/v2/manage/namespaces/my-org/repos/team/app/tags/v1"},
      {"DELETE", "/v2/manage/namespaces/my-org/repos/team/app/tags/v1"},
      {"POST", "/v2/manage/namespaces/my-org/repositories/team/app/access-domains"},
      {"GET", "/v2/manage/namespaces/my-org/repositories/team/app/access-domains"},
      {"GET", "/v2/manage/namespaces/my-org/repositories/team/app/access-domains/partner"},
      {"GET", "/v2/manage/namespaces/my-org/repos/team%2Fapp"},  // an encoded '/' too, once decoded
  };
  for (const auto& c : calls) {
    const std::string& method = c.first;  // not a structured binding: Clang 14's CAPTURE cannot take one
    const std::string& target = c.second;
    CAPTURE(method);
    CAPTURE(target);
    const swr_mock::answer with_token = call(s, method, target, "{}");
    CHECK(with_token.status == 404);
    CHECK(with_token.body == gateway_404);
    CHECK(s.handle({method, target, std::nullopt, nullptr, "{}"}).body == gateway_404);
  }
  CHECK(call(s, "GET", "/v2/manage/namespaces/my-org/repos/team$app").status == 200);
  CHECK(call(s, "GET", "/v2/manage/namespaces/my-org/repos/team$app/tags/v1").status == 200);
  CHECK(swr_mock::service::not_served("GET", "/v2/manage/namespaces/my-org/repos/team/app").body == gateway_404);
  CHECK(swr_mock::service::not_served("PUT", "/v2/manage/namespaces/my-org/repos/team$app").body ==
        R"({"error_code":"APIGW.0101","error_msg":"The API does not exist"})");
}

TEST_CASE("mock service: requests from many threads leave the state consistent") {
  swr_mock::service s({}, {}, spec_time);
  // DeleteNamespaces against CreateRepo: one of them wins, never both.
  for (int i = 0; i < 100; ++i) {
    const std::string organization = "org" + std::to_string(i);
    REQUIRE(call(s, "POST", "/v2/manage/namespaces", R"({"namespace":")" + organization + "\"}").status == 201);
    int created = 0;
    int deleted = 0;
    std::thread create([&] {
      created = s.create_repo("/v2/manage/namespaces/" + organization + "/repos", token, body("app")).status;
    });
    std::thread remove([&] { deleted = call(s, "DELETE", "/v2/manage/namespaces/" + organization).status; });
    create.join();
    remove.join();
    CAPTURE(i);
    CHECK(((created == 200 && deleted == 406) || (created == 404 && deleted == 204)));
  }
  // 8 threads make 40 tags each on one repository and delete every other one: the rest remains, each the image of
  // its source.
  s.add_image("my-org", "team/app", "base");
  std::vector<std::thread> threads;
  std::atomic<int> wrong{0};
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 40; ++i) {
        const std::string tag = "t" + std::to_string(t) + "-" + std::to_string(i);
        const std::string tags = "/v2/manage/namespaces/my-org/repos/team$app/tags";
        if (call(s, "POST", tags, R"({"source_tag":"base","destination_tag":")" + tag + "\"}").status != 201) ++wrong;
        if (i % 2 == 1 && call(s, "DELETE", tags + "/" + tag).status != 204) ++wrong;
      }
    });
  }
  for (std::thread& t : threads) t.join();
  CHECK(wrong.load() == 0);
  const auto tags = response_of<swr::list_tags_request>(
      call(s, "GET", "/v2/manage/namespaces/my-org/repos/team$app/tags?limit=1000"));
  CHECK(swr::to_string(*tags.range) == "0-161/161");
  const std::string base = digest_of("my-org/team/app:base");
  CHECK(std::all_of(tags.items.begin(), tags.items.end(), [&](const swr::listed_tag& t) { return t.digest == base; }));
  CHECK(response_of<swr::show_repository_request>(call(s, "GET", "/v2/manage/namespaces/my-org/repos/team$app"))
            .num_images == 161);
}

TEST_CASE("mock server: over HTTP, lists carry Content-Range and every method is served") {
  running_server running;
  httplib::Client client("127.0.0.1", running.port);
  const httplib::Headers auth{{"X-Auth-Token", std::string(token)}};
  REQUIRE(post(client, path, body("team/app"))->status == 200);
  REQUIRE(post(client, path, body("web"))->status == 200);
  const httplib::Result list = client.Get("/v2/manage/repos?limit=1&order_type=asc", auth);
  REQUIRE(list);
  CHECK(list->status == 200);
  CHECK(list->get_header_value("Content-Type") == "application/json;charset=utf-8");
  CHECK(list->get_header_value("Content-Range") == "0-1/2");
  const auto page = swr::read_response<swr::list_repos_request>(list->body, list->get_header_value("Content-Range"));
  REQUIRE(page.has_value());
  CHECK(names_of(*page) == std::vector<std::string>{"my-org/team/app"});
  const httplib::Result shown = client.Get("/v2/manage/namespaces/my-org/repos/team$app", auth);
  REQUIRE(shown);
  CHECK(shown->status == 200);
  CHECK(shown->get_header_value("Content-Range").empty());
  CHECK(swr::read_response<swr::show_repository_request>(shown->body)->name == "team/app");
  const httplib::Result updated =
      client.Patch("/v2/manage/namespaces/my-org/repos/team$app", auth, R"({"is_public":false})", "application/json");
  REQUIRE(updated);
  CHECK(updated->status == 201);
  CHECK(updated->body.empty());
  const httplib::Result deleted = client.Delete("/v2/manage/namespaces/my-org/repos/team$app", auth);
  REQUIRE(deleted);
  CHECK(deleted->status == 204);
  const httplib::Result raw_slash = client.Get("/v2/manage/namespaces/my-org/repos/team/app", auth);
  REQUIRE(raw_slash);
  CHECK(raw_slash->status == 404);
  CHECK(raw_slash->body == gateway_404);
  CHECK(running.service.repository_count() == 1);
}

// The load goal of the hardening issue, on the new routes: 64 keep-alive clients in lock step, each through a
// repository's life (create, update, show, share, list its shares and tags, delete), every answer right and each
// client on one connection.
TEST_CASE("mock server: 64 keep-alive clients in lock step through every kind of route, each on one connection") {
  constexpr int clients = 64;
  std::mutex mutex;
  std::map<std::string, std::set<std::string>> ports_of;
  running_server running({}, [&](const httplib::Request& request, int) {
    const std::lock_guard<std::mutex> lock(mutex);
    ports_of[request.get_header_value("X-Client")].insert(request.get_header_value("REMOTE_PORT"));
  });
  struct step {
    const char* method;
    std::string suffix;  // after /v2/manage/namespaces/my-org
    std::string content;
    int expected;
  };
  const auto steps_of = [](int c) {
    const std::string repository = "l" + std::to_string(c) + "$app";
    return std::vector<step>{
        {"POST", "/repos", body("l" + std::to_string(c) + "/app"), 200},
        {"PATCH", "/repos/" + repository, R"({"is_public":true,"description":"d"})", 201},
        {"GET", "/repos/" + repository, "", 200},
        {"POST", "/repositories/" + repository + "/access-domains",
         R"({"access_domain":"partner","permit":"read","deadline":"forever"})", 201},
        {"GET", "/repositories/" + repository + "/access-domains", "", 200},
        {"GET", "/repos/" + repository + "/tags?limit=10", "", 200},
        {"DELETE", "/repos/" + repository, "", 204},
    };
  };
  const std::size_t rounds = steps_of(0).size();
  lock_step round_start(clients);
  std::atomic<int> right{0};
  std::vector<std::string> wrong;
  std::vector<double> milliseconds;
  std::vector<std::thread> threads;
  for (int c = 0; c < clients; ++c) {
    threads.emplace_back([&, c] {
      httplib::Client client("127.0.0.1", running.port);
      client.set_keep_alive(true);
      client.set_tcp_nodelay(true);
      const httplib::Headers headers{{"X-Auth-Token", std::string(token)}, {"X-Client", std::to_string(c)}};
      for (const step& s : steps_of(c)) {
        const std::string target = "/v2/manage/namespaces/my-org" + s.suffix;
        round_start.arrive_and_wait();
        const auto start = std::chrono::steady_clock::now();
        const httplib::Result result =
            s.method == std::string("POST")    ? client.Post(target.c_str(), headers, s.content, "application/json")
            : s.method == std::string("PATCH") ? client.Patch(target.c_str(), headers, s.content, "application/json")
            : s.method == std::string("GET")   ? client.Get(target.c_str(), headers)
                                               : client.Delete(target.c_str(), headers);
        const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
        const std::lock_guard<std::mutex> lock(mutex);
        milliseconds.push_back(took.count());
        if (result && result->status == s.expected) {
          ++right;
        } else {
          wrong.push_back(std::string(s.method) + " " + target + ": " +
                          (result ? std::to_string(result->status) : "-"));
        }
      }
    });
  }
  for (std::thread& t : threads) t.join();
  CHECK(wrong.empty());
  CHECK(right.load() == static_cast<int>(clients * rounds));
  CHECK(running.service.repository_count() == 0);
  CHECK(ports_of.size() == static_cast<std::size_t>(clients));
  for (const auto& client : ports_of) {
    CAPTURE(client.first);
    CHECK(client.second.size() == 1);
  }
  std::sort(milliseconds.begin(), milliseconds.end());
  MESSAGE(clients << " keep-alive clients x " << rounds << " operations: median "
                  << milliseconds[milliseconds.size() / 2] << " ms, worst " << milliseconds.back() << " ms");
}

namespace {
// A program of this build, its path in the environment variable `program` (ctest sets SWR_MOCK_SERVER and
// SWR_CLIENT), started with `arguments` and `environment` added to this process's environment but for the
// credentials swr-client reads; its standard output and error go to pipes whose read ends this object holds.
// Stopped (SIGTERM) and waited for at the end.
class child_process {
 public:
  child_process(const char* program, const std::vector<std::string>& arguments,
                const std::vector<std::string>& environment = {}) {
    const char* file = std::getenv(program);
    REQUIRE_MESSAGE(file != nullptr, program, " is not set: run the tests through ctest");
    int out_pipe[2];
    int err_pipe[2];
    REQUIRE(pipe2(out_pipe, O_CLOEXEC) == 0);
    REQUIRE(pipe2(err_pipe, O_CLOEXEC) == 0);
    std::vector<std::string> strings = {file};
    strings.insert(strings.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (std::string& s : strings) argv.push_back(s.data());
    argv.push_back(nullptr);
    std::vector<std::string> variables = environment;
    for (char** e = environ; *e != nullptr; ++e) {
      const std::string_view variable = *e;
      if (!swr_test::starts_with(variable, "SWR_")) variables.emplace_back(variable);
    }
    std::vector<char*> envp;
    for (std::string& v : variables) envp.push_back(v.data());
    envp.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out_pipe[1], STDOUT_FILENO);  // dup2 leaves close-on-exec off
    posix_spawn_file_actions_adddup2(&actions, err_pipe[1], STDERR_FILENO);
    const int spawned = posix_spawn(&pid_, file, &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(out_pipe[1]);
    close(err_pipe[1]);
    out = out_pipe[0];
    err = err_pipe[0];
    REQUIRE(spawned == 0);
  }
  ~child_process() {
    if (pid_ > 0) stop();
    if (out >= 0) close(out);
    if (err >= 0) close(err);
  }
  child_process(const child_process&) = delete;
  child_process& operator=(const child_process&) = delete;

  /// Waits for the program to end; its exit status, or -1 when a signal ended it.
  int wait() {
    int status = 0;
    while (waitpid(pid_, &status, 0) < 0) {
    }
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  /// Ends the program (SIGTERM) and waits for it.
  void stop() {
    kill(pid_, SIGTERM);
    wait();
  }

  bool running() const {
    int status = 0;
    return waitpid(pid_, &status, WNOHANG) == 0;
  }

  int out = -1;  ///< the read end of its standard output
  int err = -1;  ///< the read end of its standard error

 private:
  pid_t pid_ = -1;
};

// The first line on `fd`, without its '\n' (read a byte at a time: nothing after it is taken from the pipe).
std::string read_line(int fd) {
  std::string line;
  char c = 0;
  while (read(fd, &c, 1) == 1 && c != '\n') line.push_back(c);
  return line;
}

// What `fd` holds now, without waiting for more.
std::string read_available(int fd) {
  fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
  std::string text;
  char buffer[4096];
  for (ssize_t n; (n = read(fd, buffer, sizeof buffer)) > 0;) text.append(buffer, static_cast<std::size_t>(n));
  return text;
}

// Everything `fd` gives until its end.
std::string read_all(int fd) {
  std::string text;
  char buffer[4096];
  for (ssize_t n; (n = read(fd, buffer, sizeof buffer)) > 0;) text.append(buffer, static_cast<std::size_t>(n));
  return text;
}

std::size_t count_of(std::string_view text, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

// The port of swr-mock-server's first line, "listening on http://127.0.0.1:PORT"; 0 when it is not that.
int listening_port(const std::string& first_line) {
  const std::string start = "listening on http://127.0.0.1:";
  if (!swr_test::starts_with(first_line, start) || first_line.size() == start.size()) return 0;
  return std::atoi(first_line.c_str() + start.size());
}

const std::string created_line = "POST /v2/manage/namespaces/my-org/repos -> 200\n";
}  // namespace

// A harness that reads the port from the first line, then stops reading, must not stop the server: the log used to
// go to standard output, and every request blocked once its pipe was full (64 KiB, some 1,300 lines).
TEST_CASE("swr-mock-server: its log never holds a request up, whoever stops reading it") {
  child_process server("SWR_MOCK_SERVER", {"--namespace", "my-org"});
  const int port = listening_port(read_line(server.out));
  REQUIRE(port > 0);
  // Neither standard output nor standard error is read from here on.
  httplib::Client client("127.0.0.1", port);
  client.set_keep_alive(true);
  client.set_tcp_nodelay(true);
  constexpr std::size_t requests = 3000;  // 141,000 bytes of log
  std::size_t answered = 0;
  while (answered < requests) {
    const httplib::Result result = post(client, path, body("r" + std::to_string(answered)));
    if (!result || result->status != 200) break;  // a server held up: the client gives up after 5 s
    ++answered;
  }
  CHECK(answered == requests);
  // Standard output has nothing after its first line; standard error every line it could take, the others counted.
  CHECK(read_available(server.out).empty());
  const std::string logged = read_available(server.err);
  const std::size_t lines = count_of(logged, created_line);
  CHECK(logged.size() == lines * created_line.size());
  CHECK(lines > 0);
  CHECK(lines < requests);
  REQUIRE(post(client, path, body("after")));
  CHECK(read_available(server.err) ==
        "(" + std::to_string(requests - lines) + " log lines dropped: the log was not read)\n" + created_line);
  // A reader that goes away: the log's writes fail, no SIGPIPE ends the server, every request is answered.
  close(server.err);
  server.err = -1;
  close(server.out);
  server.out = -1;
  std::size_t after_close = 0;
  for (int i = 0; i < 100; ++i) {
    const httplib::Result result = post(client, path, body("gone/" + std::to_string(i)));
    if (result && result->status == 200) ++after_close;
  }
  CHECK(after_close == 100);
  CHECK(server.running());
}

TEST_CASE("swr-mock-server: --log FILE takes the log; standard output has only the first line") {
  std::string file =
      std::string(std::getenv("TMPDIR") != nullptr ? std::getenv("TMPDIR") : "/tmp") + "/swrkit-mock-log.XXXXXX";
  const int fd = mkstemp(file.data());
  REQUIRE(fd >= 0);
  close(fd);
  {
    child_process server("SWR_MOCK_SERVER", {"--namespace", "my-org", "--log", file});
    const int port = listening_port(read_line(server.out));
    REQUIRE(port > 0);
    httplib::Client client("127.0.0.1", port);
    REQUIRE(post(client, path, body("team/app")));
    REQUIRE(post(client, path, body("team/app")));
    REQUIRE(client.Get("/v2/manage/repos?namespace=my-org"));
    std::ifstream log(file);
    const std::string text((std::istreambuf_iterator<char>(log)), std::istreambuf_iterator<char>());
    CHECK(text == created_line + "POST /v2/manage/namespaces/my-org/repos -> 409\nGET /v2/manage/repos -> 401\n");
    server.stop();
    CHECK(read_all(server.out).empty());
    CHECK(read_all(server.err).empty());
  }
  std::remove(file.c_str());
}

TEST_CASE("swr-mock-server: --tag seeds an image, its organization and repository; a bad one is a usage error") {
  {
    child_process server("SWR_MOCK_SERVER", {"--tag", "seeded/team/app:v1", "--tag", "seeded/team/app:v2"});
    const int port = listening_port(read_line(server.out));
    REQUIRE(port > 0);
    httplib::Client client("127.0.0.1", port);
    const httplib::Headers auth{{"X-Auth-Token", std::string(token)}};
    const httplib::Result tags = client.Get("/v2/manage/namespaces/seeded/repos/team$app/tags", auth);
    REQUIRE(tags);
    CHECK(tags->status == 200);
    CHECK(tags->get_header_value("Content-Range") == "0-2/2");
    const auto listed = swr::read_response<swr::list_tags_request>(tags->body, tags->get_header_value("Content-Range"));
    REQUIRE(listed.has_value());
    REQUIRE(listed->items.size() == 2);
    CHECK(listed->items[1].tag == "v1");
    CHECK(listed->items[1].digest == digest_of("seeded/team/app:v1"));
    const httplib::Result organization = client.Get("/v2/manage/namespaces/seeded", auth);
    REQUIRE(organization);
    CHECK(organization->status == 200);
  }
  for (const std::string bad : {"seeded", "seeded/app", "Seeded/app:v1", "seeded/team//app:v1", "seeded/app:.v1"}) {
    CAPTURE(bad);
    child_process server("SWR_MOCK_SERVER", {"--tag", bad});
    CHECK(server.wait() == 2);
    CHECK(read_all(server.out).empty());
    CHECK(read_all(server.err).find("--tag") != std::string::npos);
  }
}

// What a server says is shown, not obeyed: the client (swr-create-repo then) used to print an error's text raw, so
// that an errorMessage holding ESC [2J cleared the user's screen and a CR LF forged a line of output.
TEST_CASE("swr-client: a server's error text reaches the terminal escaped") {
  httplib::Server hostile;
  hostile.Post(".*", [](const httplib::Request&, httplib::Response& response) {
    response.status = 409;
    response.set_content(
        R"([{"errorCode":"SVCSTG.SWR.4090006\u001b[1A","errorMessage":"\u001b[2J\u001b]0;owned\u0007 bell",)"
        R"("detail":"x\r\n200: The repository was created.\u007f\u009b\u202e"}])",
        "application/json");
  });
  const int port = hostile.bind_to_any_port("127.0.0.1");
  REQUIRE(port > 0);
  std::thread serving([&] { hostile.listen_after_bind(); });
  child_process client("SWR_CLIENT",
                       {"repo", "create", "--endpoint", "http://127.0.0.1:" + std::to_string(port), "--namespace",
                        "my-org", "--repository", "team/app"},
                       {"SWR_TOKEN=MIIEXAMPLE-token_123"});
  const std::string out = read_all(client.out);
  const std::string err = read_all(client.err);
  const int status = client.wait();
  hostile.stop();
  serving.join();
  CAPTURE(err);
  CHECK(status == 1);
  CHECK(out.empty());  // a refusal goes to standard error; standard output carries results only
  // Nothing a terminal obeys: no control byte but the line ends, no DEL, no C1 control, no bidi override.
  const auto obeyed = [](unsigned char c) { return (c < 0x20 && c != '\n') || c == 0x7f; };
  CHECK(std::count_if(err.begin(), err.end(), obeyed) == 0);
  CHECK(err.find("\xC2\x9B") == std::string::npos);
  CHECK(err.find("\xE2\x80\xAE") == std::string::npos);
  // Each shown as an escape, as the {fmt} formatter of swr::service_error shows it (swr/fmt.hpp).
  CHECK(err ==
        "error: CreateRepo: 409 conflict: the repository exists\n"
        R"(  "SVCSTG.SWR.4090006\x1b[1A": "\x1b[2J\x1b]0;owned\x07 bell" ()"
        R"("x\r\n200: The repository was created.\x7f\x9b\u202e"))"
        "\n");
}
