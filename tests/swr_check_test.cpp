// Tests for the swr-check demo tool, run in-process through swr_check::run with temporary files
// standing in for standard input, output and error.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "cli.hpp"
#include "swr/swr.hpp"
#include "test_support.hpp"

namespace {

std::FILE* file_with(std::string_view content) {
  std::FILE* f = std::tmpfile();
  REQUIRE(f != nullptr);
  std::fwrite(content.data(), 1, content.size(), f);
  std::rewind(f);
  return f;
}

std::string contents(std::FILE* f) {
  std::rewind(f);
  std::string text;
  for (int c = std::fgetc(f); c != EOF; c = std::fgetc(f)) text.push_back(static_cast<char>(c));
  return text;
}

struct result {
  int status;
  std::string out, err;
};

result run(std::vector<std::string_view> args, std::string_view input = {}, const swr_check::environment& env = {}) {
  std::FILE* in = file_with(input);
  std::FILE* out = std::tmpfile();
  std::FILE* err = std::tmpfile();
  REQUIRE(out != nullptr);
  REQUIRE(err != nullptr);
  result r{swr_check::run(args, {in, out, err}, env), "", ""};
  std::fflush(out);
  std::fflush(err);
  r.out = contents(out);
  r.err = contents(err);
  std::fclose(in);
  std::fclose(out);
  std::fclose(err);
  return r;
}

}  // namespace

TEST_CASE("swr-check: valid names print ok and exit 0") {
  const result r = run({"namespace", "my-org", "a__b"});
  CHECK(r.status == 0);
  CHECK(r.out == "my-org: ok\na__b: ok\n");
  CHECK(r.err.empty());
}

TEST_CASE("swr-check: an invalid name gets a caret under the offending byte and exit 1") {
  const result r = run({"namespace", "my-org", "a__-b"});
  CHECK(r.status == 1);
  CHECK(r.out ==
        "my-org: ok\n"
        "a__-b: error: adjacent_separators at byte 3: Separators cannot be placed next to each other; only '__' "
        "and runs of '-' are allowed.\n"
        "  a__-b\n"
        "     ^\n");
}

TEST_CASE("swr-check: the message is the one for the kind of name") {
  CHECK(run({"namespace", "1org"}).out.find("A namespace name must start with a lowercase letter.") !=
        std::string::npos);
  CHECK(run({"repository", "1org"}).status == 0);
}

TEST_CASE("swr-check: non-printable bytes are escaped and the caret follows the escapes") {
  const result r = run({"repository", "\x1b[2Jab\xc3\xa9"});
  CHECK(r.status == 1);
  CHECK(r.out ==
        "\\x1b[2Jab\\xc3\\xa9: error: invalid_character at byte 0: Only lowercase letters, digits, '.', '/', '_' "
        "and '-' are allowed in a repository name.\n"
        "  \\x1b[2Jab\\xc3\\xa9\n"
        "  ^\n");
  // A too long name is reported at the limit, which may lie after escaped bytes.
  const result later = run({"namespace", "\t" + std::string(64, 'a')});
  CHECK(later.out.find("too_long at byte 64") != std::string::npos);
  CHECK(later.out.find("\n  \\t" + std::string(64, 'a') + "\n  " + std::string(65, ' ') + "^\n") != std::string::npos);
  for (const char c : r.out + later.out) {
    const auto b = static_cast<unsigned char>(c);
    CHECK((c == '\n' || (b >= 0x20 && b < 0x7f)));
  }
}

TEST_CASE("swr-check: printable and printable_column") {
  CHECK(swr_check::printable("a\\b") == "a\\\\b");
  CHECK(swr_check::printable(std::string_view("\0\t\n\r\x7f", 5)) == "\\x00\\t\\n\\r\\x7f");
  CHECK(swr_check::printable_column("a\tb", 2) == 3);
  CHECK(swr_check::printable_column("ab", 99) == 2);
}

TEST_CASE("swr-check: the empty name and a too long one") {
  const result empty = run({"repository", ""});
  CHECK(empty.status == 1);
  CHECK(empty.out == "\"\": error: empty at byte 0: The name is empty.\n");
  const std::string long_name(65, 'a');
  const result too_long = run({"namespace", long_name});
  CHECK(too_long.status == 1);
  CHECK(too_long.out.find("too_long at byte 64: A namespace name has at most 64 characters.") != std::string::npos);
  CHECK(too_long.out.find("\n  " + std::string(64, ' ') + "^\n") != std::string::npos);
}

TEST_CASE("swr-check: '-' reads names from standard input, one per line") {
  const result r = run({"repository", "-"}, "team/app\r\nTeam\n\nlast");
  CHECK(r.status == 1);
  CHECK(r.out.find("team/app: ok\n") == 0);
  CHECK(r.out.find("Team: error: invalid_character at byte 0") != std::string::npos);
  CHECK(r.out.find("\"\": error: empty at byte 0") != std::string::npos);
  CHECK(r.out.find("last: ok\n") != std::string::npos);
  CHECK(run({"namespace", "-"}, "").status == 0);
  CHECK(run({"namespace", "-"}, "a\nb\n").out == "a: ok\nb: ok\n");
}

TEST_CASE("swr-check: --escape prints wire forms, diagnostics go to standard error") {
  const result r = run({"repository", "--escape", "team/app", "a//b", "-"}, "x/y/z\n");
  CHECK(r.status == 1);
  CHECK(r.out == "team$app\nx$y$z\n");
  CHECK(r.err.find("a//b: error: adjacent_separators at byte 2") == 0);
}

TEST_CASE("swr-check: usage errors exit 2") {
  CHECK(run({}).status == 2);
  CHECK(run({"organisation", "x"}).status == 2);
  CHECK(run({"namespace"}).status == 2);
  CHECK(run({"namespace", "--escape", "x"}).status == 2);
  const result unknown = run({"repository", "--frobnicate", "x"});
  CHECK(unknown.status == 2);
  CHECK(unknown.err.find("unknown option '--frobnicate'") != std::string::npos);
  CHECK(unknown.out.empty());
}

TEST_CASE("swr-check: '--' ends the options, so a name may start with '-'") {
  const result r = run({"namespace", "--", "-org"});
  CHECK(r.status == 1);
  CHECK(r.out.find("-org: error: invalid_start at byte 0") == 0);
}

TEST_CASE("swr-check: --help and --version") {
  const result help = run({"--help"});
  CHECK(help.status == 0);
  CHECK(help.out.find("usage: swr-check namespace NAME...") == 0);
  // The category list of the help comes from swr::all_categories, so it names every category.
  std::string categories = "--category C        ";
  for (std::size_t i = 0; i < swr::category_count; ++i) {
    if (i > 0) categories += i + 1 == swr::category_count ? " or " : ", ";
    categories += std::string(swr::to_string(swr::all_categories[i]));
  }
  CHECK(help.out.find(categories + "\n") != std::string::npos);
  const result version = run({"--version"});
  CHECK(version.status == 0);
  CHECK(version.out.find("swr-check (swrkit) ") == 0);
}

namespace {
// `request` reads its credentials from the environment; the tests pass them directly.
result run_with_token(std::vector<std::string_view> args, const char* token) {
  swr_check::environment env;
  env.swr_token = token;
  return run(std::move(args), std::string_view(), env);
}
}  // namespace

TEST_CASE("swr-check request: prints the HTTP message with the token redacted") {
  const result r = run_with_token({"request", "--namespace", "my-org", "--repository", "team/app", "--public",
                                   "--category", "linux", "--description", "web \"front\"", "--region", "cn-north-4"},
                                  "secret-token");
  CHECK(r.status == 0);
  CHECK(r.out ==
        "POST /v2/manage/namespaces/my-org/repos HTTP/1.1\r\n"
        "Host: swr-api.cn-north-4.myhuaweicloud.com\r\n"
        "Content-Type: application/json;charset=utf-8\r\n"
        "Content-Length: 91\r\n"
        "X-Auth-Token: <redacted>\r\n"
        "\r\n"
        R"({"repository":"team$app","is_public":true,"category":"linux","description":"web \"front\""})");
  CHECK(r.err.empty());
}

TEST_CASE("swr-check request: --show-token, --host and --opt=value") {
  const result r = run_with_token(
      {"request", "--namespace=o", "--repository=r", "--host=localhost:8443", "--show-token"}, "secret-token");
  CHECK(r.status == 0);
  CHECK(r.out.find("Host: localhost:8443\r\n") != std::string::npos);
  CHECK(r.out.find("X-Auth-Token: secret-token\r\n") != std::string::npos);
  CHECK(r.out.find("\r\n\r\n{\"repository\":\"r\",\"is_public\":false}") != std::string::npos);
}

TEST_CASE("swr-check request: every problem at once, and exit 1") {
  const result r = run_with_token(
      {"request", "--namespace", "1org", "--repository", "team//app", "--category", "Linux", "--region", "mars-1"},
      nullptr);
  CHECK(r.status == 1);
  CHECK(r.out ==
        "error: namespace: invalid_start at byte 0: A namespace name must start with a lowercase letter.\n"
        "  1org\n"
        "  ^\n"
        "error: repository: adjacent_separators at byte 5: Separators cannot be placed next to each other; only '__' "
        "and runs of '-' are allowed.\n"
        "  team//app\n"
        "       ^\n"
        "error: category: unknown_category: The category must be one of app_server, linux, framework_app, database, "
        "lang, other, windows, arm.\n"
        "error: region: unknown_region: " +
            std::string(swr::message(swr::region_host("mars-1").error())) +
            "\n"
            "error: token: empty at byte 0: The token is empty: X-Auth-Token needs an IAM user token.\n"
            "  (set SWR_TOKEN to an IAM user token, or SWR_AK and SWR_SK to an access key)\n");
}

TEST_CASE("swr-check request: a bad token is reported but never shown") {
  const result r =
      run_with_token({"request", "--namespace", "o", "--repository", "r", "--host", "h"}, "leaked\r\nX-Evil: 1");
  CHECK(r.status == 1);
  CHECK(r.out.find("token: invalid_character at byte 6") != std::string::npos);
  CHECK(r.out.find("leaked") == std::string::npos);
  CHECK(r.out.find("Evil") == std::string::npos);
}

TEST_CASE("swr-check request: a host that would inject a header is refused with a caret") {
  const result r =
      run_with_token({"request", "--namespace", "o", "--repository", "r", "--host", "h\r\nX-Evil: 1"}, "t");
  CHECK(r.status == 1);
  CHECK(r.out.find("error: host: invalid_host at byte 1") == 0);
  CHECK(r.out.find("\n  h\\r\\nX-Evil: 1\n   ^\n") != std::string::npos);
}

TEST_CASE("swr-check request: usage errors exit 2") {
  CHECK(run_with_token({"request"}, "t").status == 2);
  CHECK(run_with_token({"request", "--namespace", "o", "--repository", "r"}, "t").status == 2);  // no endpoint
  CHECK(
      run_with_token({"request", "--namespace", "o", "--repository", "r", "--host", "h", "--region", "cn-north-4"}, "t")
          .status == 2);
  CHECK(run_with_token({"request", "--namespace", "o", "--namespace", "p", "--repository", "r", "--host", "h"}, "t")
            .status == 2);
  CHECK(run_with_token({"request", "--namespace", "o", "--repository"}, "t").status == 2);
  const result unknown = run_with_token({"request", "--namespace", "o", "--repository", "r", "--hots", "h"}, "t");
  CHECK(unknown.status == 2);
  CHECK(unknown.err.find("unknown option '--hots'") != std::string::npos);
}

namespace {
// The access key and the time of the signing vectors (docs/signing.md).
constexpr const char* spec_ak = "QTWAOYTTINDUT2QVKYUC";
constexpr const char* spec_sk = "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc";
constexpr std::string_view spec_date = "20240102T030405Z";
constexpr std::string_view spec_host = "swr-api.cn-north-4.myhuaweicloud.com";
const std::string spec_body =
    R"({"repository":"my-app","is_public":false,"category":"other","description":"demo repo"})";

std::chrono::system_clock::time_point spec_time() {
  return std::chrono::system_clock::time_point(std::chrono::seconds(*swr::parse_sdk_date(spec_date)));
}

swr_check::environment signing_env(const char* ak, const char* sk, const char* security_token = nullptr) {
  swr_check::environment env;
  env.swr_token = "also-set-and-ignored";
  env.swr_ak = ak;
  env.swr_sk = sk;
  env.swr_security_token = security_token;
  env.now = spec_time();
  return env;
}

result run_signed(std::vector<std::string_view> args, const swr_check::environment& env) {
  return run(std::move(args), std::string_view(), env);
}

const std::vector<std::string_view> spec_request = {"request",    "--namespace",   "my-org",   "--repository",
                                                    "my-app",     "--category",    "other",    "--region",
                                                    "cn-north-4", "--description", "demo repo"};

std::vector<std::string_view> with(std::vector<std::string_view> args, std::string_view more) {
  args.push_back(more);
  return args;
}

// The message swr-check printed, read back as a server receives it (views into `message`).
swr::received_request received_from(const std::string& message) {
  swr::received_request r;
  const std::size_t head_end = message.find("\r\n\r\n");
  REQUIRE(head_end != std::string::npos);
  r.body = std::string_view(message).substr(head_end + 4);
  std::string_view head = std::string_view(message).substr(0, head_end + 2);  // each line ends in CR LF
  std::string_view line = head.substr(0, head.find("\r\n"));
  head.remove_prefix(line.size() + 2);
  r.method = line.substr(0, line.find(' '));
  r.target = line.substr(r.method.size() + 1, line.rfind(' ') - r.method.size() - 1);
  while (!head.empty()) {
    line = head.substr(0, head.find("\r\n"));
    head.remove_prefix(line.size() + 2);
    const std::size_t colon = line.find(": ");
    REQUIRE(colon != std::string_view::npos);
    r.headers.push_back({std::string(line.substr(0, colon)), std::string(line.substr(colon + 2))});
  }
  return r;
}

const std::string spec_secret = spec_sk;
const std::string* spec_secret_for(std::string_view ak) { return ak == spec_ak ? &spec_secret : nullptr; }

// The Authorization that swr::sign makes for the same request: the signed headers are Host and Content-Type.
std::string expected_authorization(const swr::access_key& key) {
  const swr::signing_input input{"POST",
                                 "/v2/manage/namespaces/my-org/repos",
                                 {},
                                 {{"Host", std::string(spec_host)}, {"Content-Type", "application/json;charset=utf-8"}},
                                 spec_body};
  const auto signature = swr::sign(input, key, spec_date);
  REQUIRE(signature.has_value());
  return signature->authorization;
}
}  // namespace

TEST_CASE("swr-check request: with SWR_AK and SWR_SK the request is signed, the signature redacted") {
  const result r = run_signed(spec_request, signing_env(spec_ak, spec_sk));
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  CHECK(r.out ==
        "POST /v2/manage/namespaces/my-org/repos HTTP/1.1\r\n"
        "Host: swr-api.cn-north-4.myhuaweicloud.com\r\n"
        "Content-Type: application/json;charset=utf-8\r\n"
        "Content-Length: " +
            std::to_string(spec_body.size()) +
            "\r\n"
            "X-Sdk-Date: 20240102T030405Z\r\n"
            "Authorization: SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, "
            "SignedHeaders=content-type;host;x-sdk-date, Signature=<redacted>\r\n"
            "\r\n" +
            spec_body);
  CHECK(r.out.find("X-Auth-Token") == std::string::npos);  // SWR_TOKEN is set, and not sent
  CHECK(r.out.find(spec_sk) == std::string::npos);
}

TEST_CASE("swr-check request: --show-token shows the signature, the one swr::sign makes, and it verifies") {
  const result r = run_signed(with(spec_request, "--show-token"), signing_env(spec_ak, spec_sk));
  CHECK(r.status == 0);
  const std::string authorization = expected_authorization({spec_ak, spec_sk, ""});
  CHECK(r.out.find("\r\nAuthorization: " + authorization + "\r\n") != std::string::npos);
  CHECK(r.out.find(spec_sk) == std::string::npos);  // the secret key is never printed
  const swr::received_request received = received_from(r.out);
  CHECK(received.target == "/v2/manage/namespaces/my-org/repos");
  CHECK(received.body == spec_body);
  const swr::verification v = swr::verify_signature(received, spec_secret_for, spec_time());
  CHECK(v.status == swr::signature_status::valid);
  CHECK(v.access_key_id == spec_ak);
  // Signed at the time given, not at the clock's: 16 minutes later the signature is stale.
  CHECK(swr::verify_signature(received, spec_secret_for, spec_time() + std::chrono::minutes(16)).status ==
        swr::signature_status::stale_date);
}

TEST_CASE("swr-check request: without a time given, it signs at the clock's") {
  swr_check::environment env = signing_env(spec_ak, spec_sk);
  env.now.reset();
  const auto before = std::chrono::system_clock::now();
  const result r = run_signed(with(spec_request, "--show-token"), env);
  const auto after = std::chrono::system_clock::now();
  CHECK(r.status == 0);
  const swr::received_request received = received_from(r.out);
  const auto date = std::find_if(received.headers.begin(), received.headers.end(),
                                 [](const swr::http_header& h) { return h.name == "X-Sdk-Date"; });
  REQUIRE(date != received.headers.end());
  const auto signed_at = swr::parse_sdk_date(date->value);
  REQUIRE(signed_at.has_value());
  CHECK(*signed_at >= std::chrono::duration_cast<std::chrono::seconds>(before.time_since_epoch()).count());
  CHECK(*signed_at <= std::chrono::duration_cast<std::chrono::seconds>(after.time_since_epoch()).count());
  CHECK(swr::verify_signature(received, spec_secret_for,
                              std::chrono::system_clock::time_point(std::chrono::seconds(*signed_at)))
            .ok());
}

TEST_CASE("swr-check request: only one of SWR_AK and SWR_SK set says which is missing") {
  const result no_sk = run_signed(spec_request, signing_env(spec_ak, nullptr));
  CHECK(no_sk.status == 1);
  CHECK(no_sk.out ==
        "error: secret_key: empty at byte 0: The secret access key (SK) is empty.\n"
        "  (SWR_AK is set but SWR_SK is not: set both to sign, or neither to use SWR_TOKEN)\n");
  const result no_ak = run_signed(spec_request, signing_env(nullptr, spec_sk));
  CHECK(no_ak.status == 1);
  CHECK(no_ak.out ==
        "error: access_key_id: empty at byte 0: The access key id (AK) is empty.\n"
        "  (SWR_SK is set but SWR_AK is not: set both to sign, or neither to use SWR_TOKEN)\n");
  CHECK(no_ak.out.find(spec_sk) == std::string::npos);
  // Set but empty is set: the key is empty, and there is nothing to hint.
  CHECK(run_signed(spec_request, signing_env(spec_ak, "")).out ==
        "error: secret_key: empty at byte 0: The secret access key (SK) is empty.\n");
}

TEST_CASE("swr-check request: a bad key is reported with its field and byte, never shown") {
  const result r = run_signed({"request", "--namespace", "1org", "--repository", "r", "--host", "h"},
                              signing_env("QTWAOYTT\r\nX-Evil: 1", spec_sk));
  CHECK(r.status == 1);
  // Every problem, the key's last, as the token's would be; a caret only under the name.
  CHECK(r.out ==
        "error: namespace: invalid_start at byte 0: A namespace name must start with a lowercase letter.\n"
        "  1org\n"
        "  ^\n"
        "error: access_key_id: invalid_character at byte 8: An access key id may contain only visible ASCII "
        "characters, and no comma (no spaces or control characters).\n");
  const result sk = run_signed(spec_request, signing_env(spec_ak, "MFyfvK41 ba2gi"));
  CHECK(sk.out ==
        "error: secret_key: invalid_character at byte 8: An access key may contain only visible ASCII "
        "characters (no spaces or control characters).\n");
  CHECK(sk.out.find("MFyfvK41") == std::string::npos);
}

TEST_CASE("swr-check request: SWR_SECURITY_TOKEN is sent and signed with temporary credentials") {
  const swr_check::environment env = signing_env(spec_ak, spec_sk, "temporary-token_123");
  const result r = run_signed(spec_request, env);
  CHECK(r.status == 0);
  CHECK(r.out.find("\r\nX-Security-Token: <redacted>\r\n") != std::string::npos);
  CHECK(r.out.find("SignedHeaders=content-type;host;x-sdk-date;x-security-token, Signature=<redacted>\r\n") !=
        std::string::npos);
  CHECK(r.out.find("temporary-token_123") == std::string::npos);

  const result shown = run_signed(with(spec_request, "--show-token"), env);
  CHECK(shown.out.find("\r\nX-Security-Token: temporary-token_123\r\n") != std::string::npos);
  CHECK(shown.out.find("\r\nAuthorization: " + expected_authorization({spec_ak, spec_sk, "temporary-token_123"}) +
                       "\r\n") != std::string::npos);
  CHECK(swr::verify_signature(received_from(shown.out), spec_secret_for, spec_time()).ok());

  const result bad = run_signed(spec_request, signing_env(spec_ak, spec_sk, "temp\nX-Evil: 1"));
  CHECK(bad.status == 1);
  CHECK(bad.out ==
        "error: security_token: invalid_character at byte 4: A token may contain only visible ASCII "
        "characters (no spaces or control characters).\n");
  // Without an access key it is not used: the token is sent.
  swr_check::environment token_only;
  token_only.swr_token = "t";
  token_only.swr_security_token = "temporary-token_123";
  const result plain = run(spec_request, std::string_view(), token_only);
  CHECK(plain.status == 0);
  CHECK(plain.out.find("X-Auth-Token: <redacted>\r\n") != std::string::npos);
  CHECK(plain.out.find("X-Security-Token") == std::string::npos);
}

// ---------------------------------------------------------------- tag

TEST_CASE("swr-check tag: valid tags print ok, an invalid one its diagnosis and a caret, and exit 1") {
  const result valid = run({"tag", "v1.2", "V1.2.3-rc.1", "_build", "x..y", std::string(128, 'a')});
  CHECK(valid.status == 0);
  CHECK(valid.out == "v1.2: ok\nV1.2.3-rc.1: ok\n_build: ok\nx..y: ok\n" + std::string(128, 'a') + ": ok\n");
  CHECK(valid.err.empty());

  const result r = run({"tag", "v1.2", ".v1", "v1+build", "v1:2"});
  CHECK(r.status == 1);
  CHECK(r.out ==
        "v1.2: ok\n"
        ".v1: error: invalid_start at byte 0: A tag must start with a letter, a digit or '_'.\n"
        "  .v1\n"
        "  ^\n"
        "v1+build: error: invalid_character at byte 2: Only letters, digits, '_', '.' and '-' are allowed in a tag.\n"
        "  v1+build\n"
        "    ^\n"
        "v1:2: error: invalid_character at byte 2: Only letters, digits, '_', '.' and '-' are allowed in a tag.\n"
        "  v1:2\n"
        "    ^\n");
  CHECK(r.err.empty());
}

TEST_CASE("swr-check tag: the sentences are the tag's, not a name's: uppercase is allowed, no lowercasing") {
  CHECK(run({"tag", "LATEST"}).out == "LATEST: ok\n");
  CHECK(run({"namespace", "LATEST"}).status == 1);  // the same text is no name
  const result empty = run({"tag", ""});
  CHECK(empty.status == 1);
  CHECK(empty.out == "\"\": error: empty at byte 0: " + std::string(swr::tag_message(swr::name_error::empty)) + "\n");
  const result too_long = run({"tag", std::string(129, 'a')});
  CHECK(too_long.status == 1);
  CHECK(too_long.out == std::string(129, 'a') + ": error: too_long at byte 128: A tag has at most 128 characters.\n  " +
                            std::string(129, 'a') + "\n  " + std::string(128, ' ') + "^\n");
}

TEST_CASE("swr-check tag: unprintable bytes are escaped and the caret follows the escapes") {
  const result r = run({"tag", "v\xc3\xa9\x1b[0m"});
  CHECK(r.status == 1);
  CHECK(r.out ==
        "v\\xc3\\xa9\\x1b[0m: error: invalid_character at byte 1: Only letters, digits, '_', '.' and '-' are allowed "
        "in a tag.\n"
        "  v\\xc3\\xa9\\x1b[0m\n"
        "   ^\n");
  // Too long is found first, at byte 128, after an escaped byte: the caret is 3 columns further right.
  const result later = run({"tag", "\t" + std::string(128, 'a')});
  CHECK(later.out == "\\t" + std::string(128, 'a') +
                         ": error: too_long at byte 128: A tag has at most 128 characters.\n  \\t" +
                         std::string(128, 'a') + "\n  " + std::string(129, ' ') + "^\n");
  for (const char c : r.out + later.out) {
    const auto b = static_cast<unsigned char>(c);
    CHECK((c == '\n' || (b >= 0x20 && b < 0x7f)));
  }
}

TEST_CASE("swr-check tag: '-' reads tags from standard input, '--' ends the options") {
  const result r = run({"tag", "v1", "-"}, "V2\r\n.v3\n\nlast");
  CHECK(r.status == 1);
  CHECK(r.out ==
        "v1: ok\n"
        "V2: ok\n"
        ".v3: error: invalid_start at byte 0: A tag must start with a letter, a digit or '_'.\n"
        "  .v3\n"
        "  ^\n"
        "\"\": error: empty at byte 0: The tag is empty.\n"
        "last: ok\n");
  CHECK(run({"tag", "-"}, "a\nb\n").out == "a: ok\nb: ok\n");
  CHECK(run({"tag", "-"}, "").status == 0);
  const result dash = run({"tag", "--", "-v1"});
  CHECK(dash.status == 1);
  CHECK(dash.out.find("-v1: error: invalid_start at byte 0") == 0);
}

TEST_CASE("swr-check tag: usage errors exit 2 and print nothing on standard output") {
  const result none = run({"tag"});
  CHECK(none.status == 2);
  CHECK(none.err == "swr-check: no NAME given (use '-' to read tags from standard input)\nTry 'swr-check --help'.\n");
  const result escape = run({"tag", "--escape", "v1"});
  CHECK(escape.status == 2);
  CHECK(escape.err.find("--escape applies to repository names") != std::string::npos);
  const result swr_option = run({"tag", "--swr", "v1"});
  CHECK(swr_option.status == 2);
  CHECK(swr_option.err.find("--swr applies to references") != std::string::npos);
  const result unknown = run({"tag", "-v1"});  // an option to the tool, as for names: '--' first
  CHECK(unknown.status == 2);
  CHECK(unknown.err.find("unknown option '-v1'") != std::string::npos);
  CHECK((none.out + escape.out + swr_option.out + unknown.out).empty());
}

// ---------------------------------------------------------------- reference

namespace {
const std::string sha256_hex = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

// The report of one invalid reference, its sentence from the library.
std::string reference_error(const std::string& text, swr::field f, swr::error_code code, std::size_t position) {
  return text + ": error: " + std::string(swr::to_string(f)) + ": " + std::string(swr::to_string(code)) + " at byte " +
         std::to_string(position) + ": " + std::string(swr::message(swr::error{code, f, position})) + "\n  " + text +
         "\n  " + std::string(position, ' ') + "^\n";
}
}  // namespace

TEST_CASE("swr-check reference: prints the parts present, in a fixed order, and exits 0") {
  const std::string digested = "app@sha256:" + sha256_hex;
  const result r =
      run({"reference", "app", "team/app:v1", "localhost:5000/app:v1", "localhost:5000", "Uppercase/lowercase:tag",
           "[2001:db8::1]:5000/app:v1", "swr.cn-north-4.myhuaweicloud.com/my-org/team/app:v1.2", digested,
           "example.com/a/b:V1@sha256:" + sha256_hex});
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  CHECK(r.out ==
        "app: ok path=app\n"
        "team/app:v1: ok path=team/app tag=v1\n"
        "localhost:5000/app:v1: ok registry=localhost:5000 path=app tag=v1\n"
        "localhost:5000: ok path=localhost tag=5000\n"
        "Uppercase/lowercase:tag: ok registry=Uppercase path=lowercase tag=tag\n"
        "[2001:db8::1]:5000/app:v1: ok registry=[2001:db8::1]:5000 path=app tag=v1\n"
        "swr.cn-north-4.myhuaweicloud.com/my-org/team/app:v1.2: ok registry=swr.cn-north-4.myhuaweicloud.com "
        "path=my-org/team/app tag=v1.2\n" +
            digested + ": ok path=app digest=sha256:" + sha256_hex + "\nexample.com/a/b:V1@sha256:" + sha256_hex +
            ": ok registry=example.com path=a/b tag=V1 digest=sha256:" + sha256_hex + "\n");
}

TEST_CASE("swr-check reference: the field, code, byte and sentence of the first problem, with a caret") {
  const result r = run({"reference", "exa_mple.com/app"});
  CHECK(r.status == 1);
  CHECK(r.out ==
        "exa_mple.com/app: error: registry: invalid_host at byte 3: A registry is a DNS name (letters, digits and "
        "inner '-' between dots) or a bracketed IPv6 address, optionally followed by ':' and a port number.\n"
        "  exa_mple.com/app\n"
        "     ^\n");
  struct row {
    std::string text;
    swr::field field;
    swr::error_code code;
    std::size_t position;
  };
  const row rows[] = {
      {"-example.com/app", swr::field::registry, swr::error_code::invalid_host, 0},
      {"example.com:/app", swr::field::registry, swr::error_code::invalid_host, 12},
      {"example.com/Team/app", swr::field::image_path, swr::error_code::invalid_character, 12},
      {"example.com/", swr::field::image_path, swr::error_code::empty, 12},  // the caret after the end
      {":v1", swr::field::image_path, swr::error_code::empty, 0},
      {"app-", swr::field::image_path, swr::error_code::invalid_end, 3},
      {"a___b", swr::field::image_path, swr::error_code::too_many_underscores, 3},
      {"example.com/" + std::string(256, 'a'), swr::field::image_path, swr::error_code::too_long, 267},
      {"app:", swr::field::tag, swr::error_code::empty, 4},
      {"app:.v1", swr::field::tag, swr::error_code::invalid_start, 4},
      {"app:v1:v2", swr::field::tag, swr::error_code::invalid_character, 6},
      {"app:" + std::string(129, 'a'), swr::field::tag, swr::error_code::too_long, 132},
      {"app@", swr::field::digest, swr::error_code::empty, 4},
      {"app@sha256", swr::field::digest, swr::error_code::incomplete, 10},
      // A code without a position in a name has one here: where the algorithm starts.
      {"app@md5:" + std::string(32, 'a'), swr::field::digest, swr::error_code::unsupported_algorithm, 4},
      {"app@sha256:" + std::string(34, 'a'), swr::field::digest, swr::error_code::invalid_length, 45},
  };
  for (const row& x : rows) {
    CAPTURE(x.text);
    const result one = run({"reference", "--", x.text});  // '--': a text may start with '-'
    CHECK(one.status == 1);
    CHECK(one.out == reference_error(x.text, x.field, x.code, x.position));
    // The same diagnosis as the library's.
    CHECK(swr::parse_image_reference(x.text).error() == swr::error{x.code, x.field, x.position});
  }
  const result empty = run({"reference", ""});
  CHECK(empty.status == 1);
  CHECK(empty.out ==
        "\"\": error: image_path: empty at byte 0: The image reference has no path (the repository name).\n");
}

TEST_CASE("swr-check reference --swr: region, namespace, repository, tag and digest, or the SWR diagnosis") {
  const std::string digested = "swr.eu-west-101.myhuaweicloud.eu/my-org/app@sha256:" + sha256_hex;
  const result r = run({"reference", "--swr", "swr.cn-north-4.myhuaweicloud.com/my-org/team/app:v1.2", digested});
  CHECK(r.status == 0);
  CHECK(r.out ==
        "swr.cn-north-4.myhuaweicloud.com/my-org/team/app:v1.2: ok region=cn-north-4 namespace=my-org "
        "repository=team/app tag=v1.2\n" +
            digested + ": ok region=eu-west-101 namespace=my-org repository=app digest=sha256:" + sha256_hex + "\n");
  // A valid reference outside SWR is not an SWR reference.
  const result docker = run({"reference", "--swr", "docker.io/my-org/app"});
  CHECK(docker.status == 1);
  CHECK(docker.out ==
        "docker.io/my-org/app: error: registry: unknown_registry at byte 0: The registry is not the SWR registry of a "
        "known region: swr.<region>.myhuaweicloud.com (swr.eu-west-101.myhuaweicloud.eu for eu-west-101), without a "
        "port, then '/'.\n"
        "  docker.io/my-org/app\n"
        "  ^\n");
  CHECK(run({"reference", "docker.io/my-org/app"}).status == 0);

  struct row {
    std::string text;
    swr::field field;
    swr::error_code code;
    std::size_t position;
  };
  const row rows[] = {
      {"swr.mars-1.myhuaweicloud.com/org/app", swr::field::registry, swr::error_code::unknown_registry, 4},
      {"swr.cn-north-4.myhuaweicloud.com:443/org/app", swr::field::registry, swr::error_code::unknown_registry, 32},
      {"swr.cn-north-4.myhuaweicloud.com/1org/app", swr::field::namespace_name, swr::error_code::invalid_start, 33},
      {"swr.cn-north-4.myhuaweicloud.com/library/app", swr::field::namespace_name, swr::error_code::reserved, 33},
      {"swr.cn-north-4.myhuaweicloud.com/my-org", swr::field::repository, swr::error_code::empty, 39},
      {"swr.cn-north-4.myhuaweicloud.com/my-org/team//app", swr::field::repository,
       swr::error_code::adjacent_separators, 45},
      {"swr.cn-north-4.myhuaweicloud.com/my-org/app:-v1", swr::field::tag, swr::error_code::invalid_start, 44},
      {"swr.cn-north-4.myhuaweicloud.com/my-org/app@sha256:" + sha256_hex.substr(1), swr::field::digest,
       swr::error_code::invalid_length, 114},
  };
  for (const row& x : rows) {
    CAPTURE(x.text);
    const result one = run({"reference", "--swr", x.text});
    CHECK(one.status == 1);
    CHECK(one.out == reference_error(x.text, x.field, x.code, x.position));
    CHECK(swr::parse_swr_image_reference(x.text).error() == swr::error{x.code, x.field, x.position});
  }
  // The sentence is the kind's: a namespace's, not the general one.
  CHECK(run({"reference", "--swr", "swr.cn-north-4.myhuaweicloud.com/1org/app"})
            .out.find(": A namespace name must start with a lowercase letter.\n") != std::string::npos);
}

TEST_CASE("swr-check reference: unprintable bytes are escaped and the caret follows the escapes") {
  // The tag is too long before any of its bytes is looked at, so the escaped byte comes before the caret.
  const std::string text = "app:\x01" + std::string(128, 'a');
  const result r = run({"reference", text});
  CHECK(r.status == 1);
  const std::string shown = "app:\\x01" + std::string(128, 'a');
  CHECK(r.out == shown + ": error: tag: too_long at byte 132: A tag has at most 128 characters.\n  " + shown + "\n  " +
                     std::string(135, ' ') + "^\n");
  const result swr_reference = run({"reference", "--swr", "swr.cn-north-4.myhuaweicloud.com/my-org/t\xc3\xa9\x1b/app"});
  CHECK(swr_reference.status == 1);
  CHECK(
      swr_reference.out ==
      "swr.cn-north-4.myhuaweicloud.com/my-org/t\\xc3\\xa9\\x1b/app: error: repository: invalid_character at byte 41: "
      "Only lowercase letters, digits, '.', '/', '_' and '-' are allowed in a repository name.\n"
      "  swr.cn-north-4.myhuaweicloud.com/my-org/t\\xc3\\xa9\\x1b/app\n"
      "  " +
          std::string(41, ' ') + "^\n");
  for (const char c : r.out + swr_reference.out) {
    const auto b = static_cast<unsigned char>(c);
    CHECK((c == '\n' || (b >= 0x20 && b < 0x7f)));
  }
}

TEST_CASE("swr-check reference: '-' reads references from standard input, '--' ends the options") {
  const result r = run({"reference", "-"}, "app:v1\r\napp:\n\nlocalhost/app");
  CHECK(r.status == 1);
  CHECK(r.out == "app:v1: ok path=app tag=v1\n" + reference_error("app:", swr::field::tag, swr::error_code::empty, 4) +
                     "\"\": error: image_path: empty at byte 0: The image reference has no path (the repository "
                     "name).\nlocalhost/app: ok registry=localhost path=app\n");
  const result swr_lines = run({"reference", "--swr", "-"},
                               "swr.ap-southeast-1.myhuaweicloud.com/org/app\nswr.cn-north-4.myhuaweicloud.com\n");
  CHECK(swr_lines.status == 1);
  CHECK(swr_lines.out ==
        "swr.ap-southeast-1.myhuaweicloud.com/org/app: ok region=ap-southeast-1 namespace=org "
        "repository=app\n" +
            reference_error("swr.cn-north-4.myhuaweicloud.com", swr::field::registry, swr::error_code::unknown_registry,
                            32));
  CHECK(run({"reference", "-"}, "").status == 0);
  // After '--', "--swr" is a reference (an invalid one), and the option is not taken.
  const result dashes = run({"reference", "--", "--swr", "-app"});
  CHECK(dashes.status == 1);
  CHECK(dashes.out == reference_error("--swr", swr::field::image_path, swr::error_code::invalid_start, 0) +
                          reference_error("-app", swr::field::image_path, swr::error_code::invalid_start, 0));
  CHECK(run({"reference", "--", "team/app"}).out == "team/app: ok path=team/app\n");
}

TEST_CASE("swr-check reference: usage errors exit 2 and print nothing on standard output") {
  const result none = run({"reference"});
  CHECK(none.status == 2);
  CHECK(none.err ==
        "swr-check: no TEXT given (use '-' to read references from standard input)\nTry 'swr-check --help'.\n");
  CHECK(run({"reference", "--swr"}).status == 2);
  const result escape = run({"reference", "--escape", "app"});
  CHECK(escape.status == 2);
  CHECK(escape.err.find("--escape applies to repository names") != std::string::npos);
  const result on_names = run({"repository", "--swr", "app"});
  CHECK(on_names.status == 2);
  CHECK(on_names.err.find("--swr applies to references") != std::string::npos);
  const result unknown = run({"reference", "--SWR", "app"});
  CHECK(unknown.status == 2);
  CHECK(unknown.err.find("unknown option '--SWR'") != std::string::npos);
  CHECK((none.out + escape.out + on_names.out + unknown.out).empty());
}

TEST_CASE("swr-check: the help names the new commands, and so does a missing command") {
  const result help = run({"--help"});
  CHECK(help.out.find("\n       swr-check tag NAME...\n       swr-check reference [--swr] TEXT...\n") !=
        std::string::npos);
  CHECK(help.out.find("  --swr      check them as references to images in SWR") != std::string::npos);
  const result missing = run({});
  CHECK(missing.err.find("missing command (namespace, repository, tag, reference or request)") != std::string::npos);
}
