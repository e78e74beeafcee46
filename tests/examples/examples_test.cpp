// Tests for examples/mock-swr-server: the service's answers (docs/api.md, "Answering as SWR does"), signed
// requests verified (docs/signing.md) and each refusal a 401 that names it, then the real server on loopback
// (cpp-httplib, in this process): signatures verified on the raw target as sent; bad input of every kind gets an answer
// and the server keeps answering (a raw CR LF in the request line included); a bounded load of 8 clients x 400 requests
// mixing new, duplicate and invalid requests, each answered right and none lost; a bad body's SWR-style 400 read back
// by the library into the same field and code.
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

// The server, on a free loopback port, in a thread of this process; its clock reads spec_time().
struct running_server {
  swr_mock::service service;
  httplib::Server server;
  std::thread thread;
  int port = 0;

  explicit running_server(swr_mock::key_table keys = {}) : service({"my-org"}, std::move(keys), spec_time) {
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
  CHECK(code_of(s.create_repo_signed("/v2/manage/namespaces/my-org/other", {"POST", "/", {}, ""})) ==
        "404 SVCSTG.SWR.4000014");
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
