// Tests for the swr-check demo tool, run in-process through swr_check::run with temporary files
// standing in for standard input, output and error.
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

result run(std::vector<std::string_view> args, std::string_view input = {}, const char* token = nullptr) {
  std::FILE* in = file_with(input);
  std::FILE* out = std::tmpfile();
  std::FILE* err = std::tmpfile();
  REQUIRE(out != nullptr);
  REQUIRE(err != nullptr);
  result r{swr_check::run(args, {in, out, err}, {token}), "", ""};
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
// `request` reads its token from the environment; the tests pass it directly.
result run_with_token(std::vector<std::string_view> args, const char* token) { return run(std::move(args), {}, token); }
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
            "  (set the SWR_TOKEN environment variable to an IAM user token)\n");
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
