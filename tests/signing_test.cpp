// Tests for swr/signing.hpp against docs/signing.md: the published vectors byte for byte (canonical request,
// string to sign, signature), the escaping of paths and queries, which headers are signed, what the signer
// refuses (with field and position, never quoting a key), and verification: it accepts what sign() made and
// refuses each kind of bad request with its reason.
#include "swr/swr.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "signing_vectors.hpp"
#include "test_support.hpp"

using swr::access_key;
using swr::error;
using swr::error_code;
using swr::field;
using swr::signature_status;
using swr::signing_input;
using namespace swr_test::signing_vectors;

namespace {
std::chrono::system_clock::time_point at(std::string_view date) {
  return std::chrono::system_clock::time_point(std::chrono::seconds(*swr::parse_sdk_date(date)));
}

// The request a server receives when a client sends `input` signed as `s`.
struct sent_request {
  std::string target;
  std::vector<swr::http_header> headers;
  std::string body;
  std::string method;

  swr::received_request received() const { return {method, target, headers, body}; }
};

sent_request send(const signing_input& input, const swr::signature& s) {
  sent_request sent{swr::to_request_target(input), input.headers, input.body, input.method};
  for (const swr::http_header& h : s.headers) sent.headers.push_back(h);
  return sent;
}

const std::map<std::string, std::string, std::less<>> known_keys = {{guide_key.id, guide_key.secret},
                                                                    {"OTHERKEY", "other-secret"}};

const std::string* secret_for(std::string_view access_key_id) {
  const auto it = known_keys.find(access_key_id);
  return it == known_keys.end() ? nullptr : &it->second;
}

signature_status verify(const sent_request& sent, std::string_view now = swr_date) {
  return swr::verify_signature(sent.received(), secret_for, at(now)).status;
}
}  // namespace

TEST_CASE("sign: Huawei's signing guide vector, byte for byte") {
  const auto s = swr::sign(guide_input(), guide_key, "20191115T033655Z");
  REQUIRE(s);
  CHECK(s->canonical_request == guide_canonical_request);
  CHECK(swr::to_hex(swr::sha256::digest(s->canonical_request)).view() ==
        "b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a");
  CHECK(s->string_to_sign ==
        "SDK-HMAC-SHA256\n20191115T033655Z\nb25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a");
  CHECK(s->signed_headers == "content-type;host;x-sdk-date");
  CHECK(s->signature == "7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe");
  CHECK(s->authorization ==
        "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, "
        "Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe");
  REQUIRE(s->headers.size() == 2);
  CHECK(s->headers[0].name == "X-Sdk-Date");
  CHECK(s->headers[0].value == "20191115T033655Z");
  CHECK(s->headers[1].name == "Authorization");
  CHECK(s->headers[1].value == s->authorization);
}

TEST_CASE("sign: the SWR vectors S1, S2 and S3") {
  const auto s1 = swr::sign(s1_input(), guide_key, swr_date);
  REQUIRE(s1);
  CHECK(s1->signed_headers == "host;x-sdk-date");
  CHECK(s1->canonical_request == "POST\n/v2/manage/namespaces/my-org/repos/\n\nhost:" + std::string(swr_host) +
                                     "\nx-sdk-date:20240102T030405Z\n\nhost;x-sdk-date\n" +
                                     std::string(swr::to_hex(swr::sha256::digest(s1_body)).view()));
  CHECK(s1->signature == "52d99068caed6e1bbce56034264eb4fb811396a6be9f97a57db9368bf1ef6089");

  const auto signed2 = swr::sign(s2_input(), guide_key, swr_date);
  REQUIRE(signed2);
  CHECK(signed2->signed_headers == "content-type;host;x-sdk-date");
  CHECK(signed2->signature == "84b4670140709c4b1c7da927518afbfdf0e65c680174a8c9879994e7a5889d09");

  const auto s3 = swr::sign(s3_input(), guide_key, swr_date);
  REQUIRE(s3);
  CHECK(s3->canonical_request ==
        "GET\n/v2/manage/repos/\n"
        "filter=center%3A%3Aself&limit=10&name=web%20app&namespace=my-org&offset=0\n"
        "host:" +
            std::string(swr_host) + "\nx-sdk-date:20240102T030405Z\n\nhost;x-sdk-date\n" +
            std::string(empty_body_hash));
  CHECK(s3->signature == "10e4cedbd642a356eb0e131a631dd559c228c4db52a3897ee3d9ea806a892888");
}

TEST_CASE("sign: the issue's example compiles as written, each part usable as a std::string_view") {
  const std::string ak = "AKEXAMPLE", sk = "secret";
  swr::signing_input in{"GET",
                        "/v2/manage/repos",
                        {{"namespace", "my-org"}, {"limit", "10"}},
                        {{"Host", "swr-api.cn-north-4.myhuaweicloud.com"}},
                        ""};
  in.headers.push_back({"Content-Type", "application/json"});
  swr::result<swr::signature, swr::error> s = swr::sign(in, swr::access_key{ak, sk}, "20240102T030405Z");
  REQUIRE(s);
  const std::string_view parts[] = {s->signature, s->authorization, s->canonical_request, s->string_to_sign};
  CHECK(parts[0].size() == 64);
  CHECK(parts[1].find("Access=AKEXAMPLE, SignedHeaders=content-type;host;x-sdk-date, Signature=") != std::string::npos);
  CHECK(parts[2].find("\nlimit=10&namespace=my-org\n") != std::string::npos);
  CHECK(parts[3].substr(0, 33) == "SDK-HMAC-SHA256\n20240102T030405Z\n");
}

TEST_CASE("sign: escaping of path segments, query names and values") {
  signing_input in{"GET", "/v2/manage/namespaces/my-org/repos/team$app/tags/a b?#", {}, {{"Host", "h"}}, ""};
  in.query = {{"b", "2"}, {"a", "x/y"}, {"a", "é+~"}, {"a", "!"}, {"key only", ""}};
  const auto s = swr::sign(in, guide_key, swr_date);
  REQUIRE(s);
  // '$' as %24, a space as %20; sorted by escaped name then value.
  CHECK(s->canonical_request.substr(0, s->canonical_request.find("\nhost:")) ==
        "GET\n/v2/manage/namespaces/my-org/repos/team%24app/tags/a%20b%3F%23/\n"
        "a=%21&a=%C3%A9%2B~&a=x%2Fy&b=2&key%20only=");
  CHECK(swr::to_request_target(in) ==
        "/v2/manage/namespaces/my-org/repos/team%24app/tags/a%20b%3F%23?b=2&a=x%2Fy&a=%C3%A9%2B~&a=%21&key%20only=");

  // A path that ends in '/' gets no second one; "/" stays "/".
  in.path = "/v2/";
  in.query.clear();
  CHECK(swr::sign(in, guide_key, swr_date)->canonical_request.substr(0, 9) == "GET\n/v2/\n");
  in.path = "/";
  CHECK(swr::sign(in, guide_key, swr_date)->canonical_request.substr(0, 7) == "GET\n/\n\n");
}

TEST_CASE("sign: every byte class of the escaping, the method's case, trimming at both ends") {
  // The edges of each unreserved range, NUL, and '/' outside a path.
  signing_input in{"Ge|t", "/a", {{std::string("@AZ[`az{/09:-_.~\0", 17), "x"}}, {{"Host", "\t h\t "}}, ""};
  in.headers.push_back({"X-Blank", " \t "});
  in.headers.push_back({"X-Sdk-Content-Sha256", "e3b0"});  // not UNSIGNED-PAYLOAD: the body is hashed
  const auto s = swr::sign(in, guide_key, swr_date);
  REQUIRE(s);
  // The method as given: methods are case-sensitive.
  CHECK(s->canonical_request.rfind("Ge|t\n/a/\n%40AZ%5B%60az%7B%2F09%3A-_.~%00=x\nhost:h\n", 0) == 0);
  CHECK(s->canonical_request.find("\nx-blank:\nx-sdk-content-sha256:e3b0\n") != std::string::npos);
  CHECK(s->canonical_request.substr(s->canonical_request.size() - 64) == empty_body_hash);
}

TEST_CASE("sign: header names in lowercase, values trimmed, sorted; UNSIGNED-PAYLOAD") {
  signing_input in{"PUT", "/x", {}, {{"X-B", " \tb value\t "}, {"host", "h"}, {"A-Header", "a"}}, "body"};
  const auto s = swr::sign(in, guide_key, swr_date);
  REQUIRE(s);
  CHECK(s->signed_headers == "a-header;host;x-b;x-sdk-date");
  CHECK(s->canonical_request.find("\na-header:a\nhost:h\nx-b:b value\nx-sdk-date:20240102T030405Z\n\n") !=
        std::string::npos);
  CHECK(s->canonical_request.substr(s->canonical_request.size() - 64) ==
        swr::to_hex(swr::sha256::digest("body")).view());

  in.headers.push_back({"X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD"});
  const auto unsigned_payload = swr::sign(in, guide_key, swr_date);
  REQUIRE(unsigned_payload);
  CHECK(unsigned_payload->signed_headers == "a-header;host;x-b;x-sdk-content-sha256;x-sdk-date");
  CHECK(unsigned_payload->canonical_request.substr(unsigned_payload->canonical_request.size() - 17) ==
        "\nUNSIGNED-PAYLOAD");
}

TEST_CASE("sign: the order of the query and of the headers does not change the signature") {
  signing_input in{"GET", "/x", {}, {}, ""};
  for (int i = 0; i < 40; ++i) {
    in.query.push_back({"k" + std::to_string(i % 7), std::to_string((i * 37) % 11)});
    in.headers.push_back({"X-H" + std::to_string(i), std::to_string(i)});
  }
  const auto reference = swr::sign(in, guide_key, swr_date);
  REQUIRE(reference);
  // The canonical query is sorted by name, then by value, in byte order ("10" before "4").
  CHECK(reference->canonical_request.find("\nk0=0&k0=1&k0=2&k0=6&k0=7&k0=8&k1=0&k1=1&k1=10&k1=4&") !=
        std::string::npos);
  std::uint32_t state = 7;
  for (int round = 0; round < 20; ++round) {
    signing_input shuffled = in;
    for (std::size_t i = shuffled.query.size(); i > 1; --i) {  // Fisher-Yates with a fixed LCG
      state = state * 1664525U + 1013904223U;
      std::swap(shuffled.query[i - 1], shuffled.query[state % i]);
      std::swap(shuffled.headers[i - 1], shuffled.headers[(state >> 8) % i]);
    }
    const auto s = swr::sign(shuffled, guide_key, swr_date);
    REQUIRE(s);
    CHECK(s->canonical_request == reference->canonical_request);
    CHECK(s->signature == reference->signature);
  }
}

TEST_CASE("sign: a security token is sent and signed as X-Security-Token") {
  const access_key temporary{guide_key.id, guide_key.secret, "token-of-temporary-credentials"};
  const auto s = swr::sign(s1_input(), temporary, swr_date);
  REQUIRE(s);
  CHECK(s->signed_headers == "host;x-sdk-date;x-security-token");
  // The canonical request shows the token's line redacted; only the header to send holds the token.
  CHECK(s->canonical_request.find("\nx-security-token:<redacted>\n") != std::string::npos);
  CHECK(s->canonical_request.find(temporary.security_token) == std::string::npos);
  CHECK(s->string_to_sign.find(temporary.security_token) == std::string::npos);
  CHECK(s->authorization.find(temporary.security_token) == std::string::npos);
  REQUIRE(s->headers.size() == 3);
  CHECK(s->headers[1].name == "X-Security-Token");
  CHECK(s->headers[1].value == temporary.security_token);
  CHECK(s->signature != swr::sign(s1_input(), guide_key, swr_date)->signature);
  CHECK(verify(send(s1_input(), *s)) == signature_status::valid);
}

TEST_CASE("sign: each problem with its field and position, and nothing else") {
  const auto refused = [](const signing_input& in, const access_key& key, std::string_view date = swr_date) {
    const auto s = swr::sign(in, key, date);
    return s ? error{} : s.error();
  };
  const signing_input good = s1_input();
  CHECK(refused(good, {"", "sk", ""}) == error{error_code::empty, field::access_key_id, 0});
  CHECK(refused(good, {"ak", "", ""}) == error{error_code::empty, field::secret_key, 0});
  CHECK(refused(good, {"a k", "sk", ""}) == error{error_code::invalid_character, field::access_key_id, 1});
  CHECK(refused(good, {"ak\r\n", "sk", ""}) == error{error_code::invalid_character, field::access_key_id, 2});
  CHECK(refused(good, {"a,k", "sk", ""}) == error{error_code::invalid_character, field::access_key_id, 1});
  CHECK(refused(good, {"ak", "s,k", ""}) == error{});  // the secret is never written: any visible ASCII
  CHECK(refused(good, {"ak", "s\x01k", ""}) == error{error_code::invalid_character, field::secret_key, 1});
  CHECK(refused(good, {"ak", "sk\xC3\xA9", ""}) == error{error_code::invalid_character, field::secret_key, 2});
  CHECK(refused(good, {"ak", "sk", "tok\nen"}) == error{error_code::invalid_character, field::security_token, 3});
  CHECK(refused(good, guide_key, "2024-01-02T03:04:05Z") == error{error_code::invalid_date, field::sdk_date, 4});
  CHECK(refused(good, guide_key, "20240102T030405") == error{error_code::invalid_date, field::sdk_date, 15});
  CHECK(refused(good, guide_key, "") == error{error_code::invalid_date, field::sdk_date, 0});

  signing_input in = good;
  in.method = "";
  CHECK(refused(in, guide_key) == error{error_code::empty, field::method, 0});
  in.method = "PO ST";
  CHECK(refused(in, guide_key) == error{error_code::invalid_character, field::method, 2});
  in = good;
  in.path = "";
  CHECK(refused(in, guide_key) == error{error_code::empty, field::path, 0});
  in.path = "v2/manage";
  CHECK(refused(in, guide_key) == error{error_code::invalid_character, field::path, 0});
  for (const char* path : {"/v2/a\rb", "/v2/a\nb", "/v2/a\x7f", "/v2/a\tb", "/v2/a\x01"}) {
    CAPTURE(path);
    in.path = path;
    CHECK(refused(in, guide_key) == error{error_code::invalid_character, field::path, 5});
  }
  in = good;
  in.headers.push_back({"X-Bad Name", "v"});
  CHECK(refused(in, guide_key) == error{error_code::invalid_character, field::header_name, 5});
  in.headers.back() = {"", "v"};
  CHECK(refused(in, guide_key) == error{error_code::empty, field::header_name, 0});
  in.headers.back() = {"X-Name:", "v"};
  CHECK(refused(in, guide_key) == error{error_code::invalid_character, field::header_name, 6});
  in.headers.back() = {"X-Inject", "v\r\nX-Evil: 1"};
  CHECK(refused(in, guide_key) == error{error_code::invalid_character, field::header_value, 1});
  in.headers.back() = {"X-Inject", "v\nX-Evil: 1"};
  CHECK(refused(in, guide_key) == error{error_code::invalid_character, field::header_value, 1});
  in.headers.back() = {"X-Tab", "a\tb"};  // a tab is allowed inside a value
  CHECK(refused(in, guide_key) == error{});
  for (const char* name : {"HOST", "x-sdk-date", "X-Security-Token", "authorization"}) {
    CAPTURE(name);
    in.headers.back() = {name, "v"};
    CHECK(refused(in, guide_key) == error{error_code::duplicate_header, field::header_name, 0});
  }
}

TEST_CASE("sign: no error message quotes a key, a token or a header value") {
  const std::string secret = "SECRETVALUE\n";
  const auto s = swr::sign(s1_input(), {"AKVALUE", secret, ""}, swr_date);
  REQUIRE_FALSE(s);
  const std::string text = swr::describe(s.error());
  CHECK(text ==
        "secret_key: invalid_character at byte 11: An access key may contain only visible ASCII characters "
        "(no spaces or control characters).");
  CHECK(text.find("SECRETVALUE") == std::string::npos);
  CHECK(text.find("AKVALUE") == std::string::npos);
}

TEST_CASE("sign: the secret key never appears in what sign() makes") {
  const auto s = swr::sign(s1_input(), guide_key, swr_date);
  REQUIRE(s);
  for (const std::string_view part : {std::string_view(s->canonical_request), std::string_view(s->string_to_sign),
                                      std::string_view(s->authorization), std::string_view(s->signature)}) {
    CHECK(part.find(guide_key.secret) == std::string_view::npos);
  }
  for (const swr::http_header& h : s->headers) CHECK(h.value.find(guide_key.secret) == std::string::npos);
}

TEST_CASE("verify_signature: accepts what sign() made, for every vector and at the edges of the 15 minutes") {
  for (const signing_input& in : {s1_input(), s3_input(), guide_input()}) {
    const auto s = swr::sign(in, guide_key, swr_date);
    REQUIRE(s);
    const sent_request sent = send(in, *s);
    const swr::verification v = swr::verify_signature(sent.received(), secret_for, at(swr_date));
    CHECK(v.ok());
    CHECK(v.access_key_id == guide_key.id);
    CHECK(verify(sent, "20240102T031905Z") == signature_status::valid);       // 15 minutes later
    CHECK(verify(sent, "20240102T024905Z") == signature_status::valid);       // 15 minutes earlier
    CHECK(verify(sent, "20240102T031906Z") == signature_status::stale_date);  // 15 minutes and 1 second
    CHECK(verify(sent, "20240102T024904Z") == signature_status::stale_date);
  }
}

TEST_CASE("verify_signature: a client that encodes differently still verifies (raw '$', '+' for a space)") {
  signing_input in{"GET", "/v2/manage/namespaces/my-org/repos/team$app", {{"name", "web app"}}, {{"Host", "h"}}, ""};
  const auto s = swr::sign(in, guide_key, swr_date);
  REQUIRE(s);
  sent_request sent = send(in, *s);
  for (const char* target : {"/v2/manage/namespaces/my-org/repos/team$app?name=web+app",
                             "/v2/manage/namespaces/my-org/repos/team%24app?name=web%20app",
                             "/v2/manage/namespaces/my-org/repos/team%24app?&name=web+app&"}) {
    CAPTURE(target);
    sent.target = target;
    CHECK(verify(sent) == signature_status::valid);
  }
  sent.target = "/v2/manage/namespaces/my-org/repos/team%24app?name=web%2Bapp";  // a real '+'
  CHECK(verify(sent) == signature_status::mismatch);
}

TEST_CASE("verify_signature: every reason to refuse") {
  const signing_input in = s3_input();
  const auto s = swr::sign(in, guide_key, swr_date);
  REQUIRE(s);
  const sent_request good = send(in, *s);
  REQUIRE(verify(good) == signature_status::valid);
  const auto with_authorization = [&](std::string value) {
    sent_request sent = good;
    for (swr::http_header& h : sent.headers) {
      if (h.name == "Authorization") h.value = value;
    }
    return sent;
  };
  const std::string signature = s->signature;

  SUBCASE("malformed") {
    sent_request none = good;
    none.headers.pop_back();
    CHECK(verify(none) == signature_status::malformed);
    CHECK(swr::verify_signature(none.received(), secret_for, at(swr_date)).access_key_id.empty());
    for (const std::string& value : {
             std::string("SDK-HMAC-SHA256"),
             "SDK-HMAC-SHA1 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=host;x-sdk-date, Signature=" + signature,
             std::string("SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=host;x-sdk-date"),
             "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=host;x-sdk-date, Signature=" +
                 signature.substr(1),
             "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=host;x-sdk-date, Signature=" +
                 signature.substr(1) + "G",
             "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=host, Signature=" + signature,
             "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=x-sdk-date;host, Signature=" + signature,
             "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=Host;x-sdk-date, Signature=" + signature,
             "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=host;;x-sdk-date, Signature=" + signature,
             "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, Access=X, SignedHeaders=host;x-sdk-date, Signature=" +
                 signature,
             "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, Other=1, SignedHeaders=host;x-sdk-date, Signature=" +
                 signature,
             "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=host;x-sdk-date, Signature=" + signature + ",",
         }) {
      CAPTURE(value);
      CHECK(verify(with_authorization(value)) == signature_status::malformed);
    }
    sent_request twice = good;
    twice.headers.push_back({"authorization", s->authorization});
    CHECK(verify(twice) == signature_status::malformed);
    sent_request no_date = good;
    no_date.headers.erase(no_date.headers.end() - 2);
    CHECK(verify(no_date) == signature_status::malformed);
    sent_request bad_date = good;
    bad_date.headers[bad_date.headers.size() - 2].value = "20240102T030465Z";
    CHECK(verify(bad_date) == signature_status::malformed);
    for (const char* target : {"", "v2/manage/repos", "/v2/manage/repos?namespace=%G1", "/v2/%2", "/v2#frag"}) {
      CAPTURE(target);
      sent_request bad_target = good;
      bad_target.target = target;
      CHECK(verify(bad_target) == signature_status::malformed);
    }
    sent_request bad_method = good;
    bad_method.method = "G ET";
    CHECK(verify(bad_method) == signature_status::malformed);
  }
  SUBCASE("the parameters in another order, with other spacing, are read") {
    CHECK(verify(with_authorization("SDK-HMAC-SHA256 Signature=" + signature +
                                    ",SignedHeaders=host;x-sdk-date,   Access=QTWAOYTTINDUT2QVKYUC")) ==
          signature_status::valid);
  }
  SUBCASE("unknown_key") {
    const swr::verification v = swr::verify_signature(
        with_authorization("SDK-HMAC-SHA256 Access=NOSUCHKEY, SignedHeaders=host;x-sdk-date, Signature=" + signature)
            .received(),
        secret_for, at(swr_date));
    CHECK(v.status == signature_status::unknown_key);
    CHECK(v.access_key_id == "NOSUCHKEY");
  }
  SUBCASE("stale_date") { CHECK(verify(good, "20240103T030405Z") == signature_status::stale_date); }
  SUBCASE("missing_signed_header") {
    sent_request missing = good;
    missing.headers.erase(missing.headers.begin());  // Host
    CHECK(verify(missing) == signature_status::missing_signed_header);
  }
  SUBCASE("mismatch") {
    // Another key's signature, another method, path, query, header value or body.
    CHECK(verify(with_authorization("SDK-HMAC-SHA256 Access=OTHERKEY, SignedHeaders=host;x-sdk-date, Signature=" +
                                    signature)) == signature_status::mismatch);
    sent_request changed = good;
    changed.method = "POST";
    CHECK(verify(changed) == signature_status::mismatch);
    changed = good;
    changed.target = "/v2/manage/repo?namespace=my-org&name=web%20app&limit=10&offset=0&filter=center%3A%3Aself";
    CHECK(verify(changed) == signature_status::mismatch);
    changed = good;
    changed.target = "/v2/manage/repos?namespace=my-org&name=web%20app&limit=11&offset=0&filter=center%3A%3Aself";
    CHECK(verify(changed) == signature_status::mismatch);
    changed = good;
    changed.headers[0].value = "swr-api.cn-north-1.myhuaweicloud.com";
    CHECK(verify(changed) == signature_status::mismatch);
    changed = good;
    changed.body = " ";
    CHECK(verify(changed) == signature_status::mismatch);
    // An unsigned header may change.
    changed = good;
    changed.headers.push_back({"X-Request-Id", "1"});
    CHECK(verify(changed) == signature_status::valid);
  }
}

TEST_CASE("verify_signature: long requests, parameters without a value, headers sent twice") {
  // A canonical request longer than the verifier's stack buffer (512 bytes).
  signing_input in = s3_input();
  in.headers.push_back({"X-Long", std::string(700, 'v')});
  in.query.push_back({"flag", ""});
  const auto s = swr::sign(in, guide_key, swr_date);
  REQUIRE(s);
  REQUIRE(s->canonical_request.size() > 700);
  sent_request sent = send(in, *s);
  CHECK(verify(sent) == signature_status::valid);
  sent.target += "&other";  // a parameter without '=' is a name with an empty value
  CHECK(verify(sent) == signature_status::mismatch);
  sent.target = swr::to_request_target(in);
  char& digit = sent.headers.back().value[sent.headers.back().value.size() - 10];  // in the signature
  digit = digit == '0' ? '1' : '0';
  CHECK(verify(sent) == signature_status::mismatch);

  // A signed header, or X-Sdk-Date, sent twice: which one was signed?
  sent = send(in, *s);
  sent.headers.push_back({"host", "other.example.com"});
  CHECK(verify(sent) == signature_status::malformed);
  sent = send(in, *s);
  sent.headers.push_back({"X-SDK-DATE", std::string(swr_date)});
  CHECK(verify(sent) == signature_status::malformed);
  // An unsigned header sent twice does not matter.
  sent = send(in, *s);
  sent.headers.push_back({"Accept", "a"});
  sent.headers.push_back({"Accept", "b"});
  CHECK(verify(sent) == signature_status::valid);
}

TEST_CASE("verify_signature: malformed escapes and Authorization headers, parameter by parameter") {
  const signing_input in = s3_input();
  const auto s = swr::sign(in, guide_key, swr_date);
  REQUIRE(s);
  sent_request sent = send(in, *s);
  // Escapes in either case decode alike; a bad one anywhere is malformed.
  sent.target = "/v2/manage/repos?namespace=my-org&name=web%20app&limit=10&offset=0&filter=center%3a%3Aself";
  CHECK(verify(sent) == signature_status::valid);
  for (const char* target : {"/v2/manage/repos?%G1=x", "/v2/manage/repos?name=%2G", "/v2/manage/repos?name=%g2",
                             "/v2/manage/repos?name=%"}) {
    CAPTURE(target);
    sent.target = target;
    CHECK(verify(sent) == signature_status::malformed);
  }
  sent = send(in, *s);
  const std::string tail = ", SignedHeaders=host;x-sdk-date, Signature=" + s->signature;
  for (const std::string& value :
       {"SDK-HMAC-SHA256X Access=QTWAOYTTINDUT2QVKYUC" + tail, "SDK-HMAC-SHA256 Access" + tail,
        "SDK-HMAC-SHA256 Access=" + tail, "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, Signature=" + s->signature,
        std::string("SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=host;x-sdk-date"),
        "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC" + tail.substr(0, tail.size() - 1) + "A"}) {
    CAPTURE(value);
    sent.headers.back().value = value;
    CHECK(verify(sent) == signature_status::malformed);
  }
  sent.headers.back().value = "SDK-HMAC-SHA256  Access=QTWAOYTTINDUT2QVKYUC" + tail;  // spaces before a parameter
  CHECK(verify(sent) == signature_status::valid);
  CHECK(swr::detail::equal_in_constant_time("abc", "abc"));
  CHECK_FALSE(swr::detail::equal_in_constant_time("abc", "abd"));
  CHECK_FALSE(swr::detail::equal_in_constant_time("abc", "ab"));
}

TEST_CASE("verify_signature: the AK-to-SK function may return an optional or a pointer") {
  const auto s = swr::sign(s1_input(), guide_key, swr_date);
  REQUIRE(s);
  const sent_request sent = send(s1_input(), *s);
  const auto optional_secret = [](std::string_view ak) -> std::optional<std::string> {
    if (ak == "QTWAOYTTINDUT2QVKYUC") return std::string("MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc");
    return std::nullopt;
  };
  CHECK(swr::verify_signature(sent.received(), optional_secret, at(swr_date)).ok());
  const auto view_secret = [](std::string_view ak) -> std::optional<std::string_view> {
    if (ak == "QTWAOYTTINDUT2QVKYUC") return std::string_view("MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc");
    return std::nullopt;
  };
  CHECK(swr::verify_signature(sent.received(), view_secret, at(swr_date)).ok());
  const auto nobody = [](std::string_view) -> std::optional<std::string_view> { return std::nullopt; };
  CHECK(swr::verify_signature(sent.received(), nobody, at(swr_date)).status == signature_status::unknown_key);
}

// ---- What one signature must not verify (issue 22) ----

TEST_CASE("verify_signature: a control byte in a received header value is malformed, never written raw") {
  // Two header sets whose canonical requests would be the same bytes if the values were written raw:
  // "a:x\nb:y\nb:z\n" both ways. A signer bypassing sign()'s checks makes one signature for both.
  const auto signed_with = [](std::vector<swr::http_header> headers) {
    swr::detail::request_parts parts{"GET", "/", {}, {}, ""};
    parts.headers = swr::detail::canonical_headers(headers, swr_date, "");
    const swr::signature s = swr::detail::sign_parts(parts, guide_key, swr_date);
    sent_request sent{"/", headers, "", "GET"};
    for (const swr::http_header& h : s.headers) sent.headers.push_back(h);
    return sent;
  };
  const sent_request first = signed_with({{"A", "x\nb:y"}, {"B", "z"}});
  sent_request second = first;
  second.headers[0].value = "x";
  second.headers[1].value = "y\nb:z";
  CHECK(verify(first) == signature_status::malformed);
  CHECK(verify(second) == signature_status::malformed);
  // Every control byte but tab, in any signed header, Authorization or X-Sdk-Date included.
  const auto s = swr::sign(s3_input(), guide_key, swr_date);
  REQUIRE(s);
  const sent_request good = send(s3_input(), *s);
  REQUIRE(verify(good) == signature_status::valid);
  for (int byte = 0; byte < 0x20; ++byte) {
    if (byte == '\t') continue;
    for (std::size_t h = 0; h < good.headers.size(); ++h) {
      sent_request bad = good;
      bad.headers[h].value.insert(bad.headers[h].value.size() / 2, 1, static_cast<char>(byte));
      CAPTURE(byte);
      CAPTURE(bad.headers[h].name);
      CHECK(verify(bad) == signature_status::malformed);
    }
  }
  sent_request del = good;
  del.headers[0].value += '\x7F';
  CHECK(verify(del) == signature_status::malformed);
}

TEST_CASE("verify_signature: an encoded '/' in the path and the method's case make other requests") {
  const signing_input in{"POST", "/a/b", {}, {{"Host", "h"}}, ""};
  const auto s = swr::sign(in, guide_key, swr_date);
  REQUIRE(s);
  sent_request sent = send(in, *s);
  REQUIRE(verify(sent) == signature_status::valid);
  for (const char* target : {"/a%2Fb", "/a%2fb", "/a%2Fb?x=1"}) {  // one segment, not two
    CAPTURE(target);
    sent.target = target;
    CHECK(verify(sent) == signature_status::malformed);
  }
  sent.target = "/a/b?x=%2F";  // in the query, %2F is a '/' in a value: signed escaped, nothing ambiguous
  CHECK(verify(sent) == signature_status::mismatch);
  sent = send(in, *s);
  sent.method = "post";  // RFC 9110: methods are case-sensitive
  CHECK(verify(sent) == signature_status::mismatch);
  // What the scheme makes equal stays equal: a trailing slash, and the order of repeated query keys.
  sent = send(in, *s);
  sent.target = "/a/b/";
  CHECK(verify(sent) == signature_status::valid);
  const signing_input repeated{"GET", "/r", {{"k", "1"}, {"k", "2"}}, {{"Host", "h"}}, ""};
  const auto r = swr::sign(repeated, guide_key, swr_date);
  REQUIRE(r);
  sent = send(repeated, *r);
  sent.target = "/r?k=2&k=1";
  CHECK(verify(sent) == signature_status::valid);
}

TEST_CASE("verify_signature: every malformed request is refused before the key is looked up, in order") {
  const auto s = swr::sign(s3_input(), guide_key, swr_date);
  REQUIRE(s);
  const sent_request good = send(s3_input(), *s);
  std::size_t lookups = 0;
  const auto counting = [&lookups](std::string_view ak) {
    ++lookups;
    return secret_for(ak);
  };
  const auto status = [&](const sent_request& sent, std::string_view now) {
    return swr::verify_signature(sent.received(), counting, at(now)).status;
  };
  // A signed header sent twice is malformed, though the key is unknown or the date stale.
  sent_request doubled = good;
  doubled.headers.push_back({"HOST", "other.example.com"});
  CHECK(status(doubled, swr_date) == signature_status::malformed);
  CHECK(status(doubled, "20250102T030405Z") == signature_status::malformed);
  sent_request unknown_and_doubled = doubled;
  for (swr::http_header& h : unknown_and_doubled.headers) {
    if (h.name == "Authorization") h.value.replace(h.value.find(guide_key.id), guide_key.id.size(), "NOBODY");
  }
  CHECK(status(unknown_and_doubled, swr_date) == signature_status::malformed);
  // A control byte in a signed header's value, likewise.
  sent_request control = good;
  control.headers[0].value += '\r';
  CHECK(status(control, "20250102T030405Z") == signature_status::malformed);
  // The Access parameter: visible ASCII, as sign() requires of a key id.
  for (const std::string& access :
       {std::string("QTW\x01AK"), std::string("QTW\x7F"), std::string("Q\xC3\xA9"), std::string("QT\tW")}) {
    sent_request bad = good;
    for (swr::http_header& h : bad.headers) {
      if (h.name == "Authorization") h.value.replace(h.value.find(guide_key.id), guide_key.id.size(), access);
    }
    CAPTURE(access);
    const swr::verification v = swr::verify_signature(bad.received(), counting, at(swr_date));
    CHECK(v.status == signature_status::malformed);
    CHECK(v.access_key_id.empty());
  }
  CHECK(lookups == 0);
  // Then the key, then the date, then a missing signed header.
  CHECK(status(good, swr_date) == signature_status::valid);
  CHECK(lookups == 1);
  sent_request missing = good;
  missing.headers.erase(missing.headers.begin());  // Host, which is signed
  CHECK(status(missing, "20250102T030405Z") == signature_status::stale_date);
  CHECK(status(missing, swr_date) == signature_status::missing_signed_header);
}

TEST_CASE("verify_signature: the clock's extremes are stale, not an overflow") {
  const auto s = swr::sign(s1_input(), guide_key, swr_date);
  REQUIRE(s);
  const sent_request sent = send(s1_input(), *s);
  using namespace std::chrono;
  for (const auto now : {time_point<system_clock, seconds>::min(), time_point<system_clock, seconds>::max(),
                         time_point<system_clock, seconds>(seconds(INT64_MIN + 1))}) {
    CHECK(swr::verify_signature(sent.received(), secret_for, now).status == signature_status::stale_date);
  }
  CHECK(swr::verify_signature(sent.received(), secret_for, time_point<system_clock, minutes>::min()).status ==
        signature_status::stale_date);
  CHECK(swr::verify_signature(sent.received(), secret_for, time_point<system_clock, hours>::max()).status ==
        signature_status::stale_date);
}

TEST_CASE("signature_status: identifiers and messages") {
  const std::pair<signature_status, std::string_view> all[] = {
      {signature_status::valid, "valid"},
      {signature_status::malformed, "malformed"},
      {signature_status::unknown_key, "unknown_key"},
      {signature_status::stale_date, "stale_date"},
      {signature_status::missing_signed_header, "missing_signed_header"},
      {signature_status::mismatch, "mismatch"},
  };
  for (const auto& entry : all) {
    const signature_status status = entry.first;
    CAPTURE(entry.second);
    CHECK(swr::to_string(status) == entry.second);
    CHECK(!swr::message(status).empty());
    CHECK(swr::message(status).data()[swr::message(status).size()] == '\0');
  }
  CHECK(swr::to_string(static_cast<signature_status>(6)).empty());
  CHECK(swr::message(static_cast<signature_status>(6)).empty());
  CHECK(swr::message(signature_status::stale_date) == "X-Sdk-Date is more than 15 minutes from the server's clock.");
}

// A signature computed at compile time: the guide vector's string to sign, its HMAC under the SK.
static_assert(swr::to_hex(swr::hmac_sha256::digest("MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc",
                                                   "SDK-HMAC-SHA256\n20191115T033655Z\n"
                                                   "b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a"))
                      .view() == "7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe",
              "the guide's signature, at compile time");
static_assert(swr::to_hex(swr::sha256::digest(guide_canonical_request)).view() ==
                  "b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a",
              "the guide's canonical request hash, at compile time");

#if SWR_HAS_CONSTEXPR_STRING
// In C++20 (where std::string and std::vector work in constant expressions), sign() itself runs at compile time.
constexpr bool guide_signature_at_compile_time() {
  const signing_input in{"GET",
                         "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs",
                         {{"limit", "2"}, {"marker", "13551d6b-755d-4757-b956-536f674975c0"}},
                         {{"Content-Type", "application/json"}, {"Host", "service.region.example.com"}},
                         ""};
  const auto s =
      swr::sign(in, {"QTWAOYTTINDUT2QVKYUC", "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"}, "20191115T033655Z");
  return s && s->signature == "7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe" &&
         s->signed_headers == "content-type;host;x-sdk-date";
}
static_assert(guide_signature_at_compile_time(), "sign() at compile time: the guide's signature");
#endif
