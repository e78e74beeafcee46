// Tests for swr/body_parser.hpp: parse_create_repo_body against docs/api.md, docs/names.md and the strictness
// rules of the header (RFC 8259), with exact errors; the round trip parse(to_json(b)) == b; every truncation
// of a valid document; and mutated documents that must never crash. Then the fast path
// (detail/body_fast_path.hpp) against the general reader: whenever the fast path reads a body, the general
// reader reads the same one, and parse_create_repo_body always gives the general reader's result — on the
// JSONTestSuite corpus, generated documents, every single-byte mutation of hundreds of them, strings across
// the 16-byte blocks, and documents that end on the last byte before an unreadable page.
#include "swr/swr.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "body_generator.hpp"
#include "guarded_page.hpp"
#include "test_support.hpp"

using swr::create_repo_body;
using swr::error;
using swr::error_code;
using swr::error_kind;
using swr::field;

namespace {
create_repo_body parsed(std::string_view json) {
  auto body = swr::parse_create_repo_body(json);
  if (!body) FAIL("refused: " << swr::to_string(body.error().code) << " at " << body.error().offset);
  return *body;
}
error refused(std::string_view json) {
  auto body = swr::parse_create_repo_body(json);
  REQUIRE_FALSE(body.has_value());
  return body.error();
}
// A document problem: position and offset are both the byte in the document.
error at(error_code code, field f, std::size_t offset) { return {code, f, offset, offset}; }
}  // namespace

TEST_CASE("the API page's example request body") {
  const create_repo_body body = parsed(
      "{\n  \"repository\" : \"busybox\",\n  \"category\" : \"linux\",\n"
      "  \"description\" : \"this is a busybox repository\",\n  \"is_public\" : true\n}");
  CHECK(body == create_repo_body{"busybox", true, swr::category::linux_, std::string("this is a busybox repository")});
}

TEST_CASE("the repository may come in wire or logical form; the model holds the logical one") {
  CHECK(parsed(R"({"repository":"team$app","is_public":false})").repository == "team/app");
  CHECK(parsed(R"({"repository":"team/app","is_public":false})").repository == "team/app");
  CHECK(parsed(R"({"repository":"team\/app","is_public":false})").repository == "team/app");
  CHECK(parsed(R"({"repository":"a$b/c","is_public":false})").repository == "a/b/c");
  CHECK(parsed(R"({"repository":"\u0074eam","is_public":false})").repository == "team");
}

TEST_CASE("optional members: null is absent, arms is arm, member order is free") {
  CHECK(parsed(R"({"is_public":true,"repository":"r"})") == create_repo_body{"r", true, {}, {}});
  CHECK(parsed(R"({"repository":"r","is_public":true,"category":null,"description":null})") ==
        create_repo_body{"r", true, {}, {}});
  CHECK(parsed(R"({"repository":"r","is_public":true,"category":"arms"})").category == swr::category::arm);
  CHECK(parsed(R"({"repository":"r","is_public":true,"description":""})").description == std::string());
  CHECK(
      parsed(R"({"repository":"r","is_public":true,"description":"caf\u00e9 \ud83d\udc33 \"q\" \\ \n"})").description ==
      std::string("caf\xc3\xa9 \xf0\x9f\x90\xb3 \"q\" \\ \n"));
  CHECK(parsed(" \t\r\n{ \"repository\" : \"r\" , \"is_public\" : false } \n").repository == "r");
}

TEST_CASE("unknown members are skipped whatever valid JSON they hold") {
  const create_repo_body body =
      parsed(R"({"x":1,"repository":"r","y":[1,-2.5e3,{"a":[null,true,false,"s"]}],"is_public":true,"z":{},"w":[],)"
             R"("v":"\u00e9","u":-0,"t":1E+2})");
  CHECK(body == create_repo_body{"r", true, {}, {}});
  // Nesting: the body object is depth 1, so an unknown member may hold 63 more levels, not 64.
  const std::string ok_depth =
      R"({"repository":"r","is_public":true,"x":)" + std::string(63, '[') + std::string(63, ']') + "}";
  CHECK(swr::parse_create_repo_body(ok_depth).has_value());
  const std::string too_deep =
      R"({"repository":"r","is_public":true,"x":)" + std::string(64, '[') + std::string(64, ']') + "}";
  const error deep = refused(too_deep);
  CHECK(deep.code == error_code::nesting_too_deep);
  CHECK(deep.kind() == error_kind::limit);
  CHECK(deep.offset == 39 + 63);  // the 64th '[' of the member, the 65th level of the document
}

TEST_CASE("value problems: the field, the position in the value and the value's offset") {
  CHECK(refused(R"({"repository":"team//app","is_public":false})") ==
        error{error_code::adjacent_separators, field::repository, 5, 14});
  CHECK(refused(R"({"repository":"Team","is_public":false})") ==
        error{error_code::invalid_character, field::repository, 0, 14});
  CHECK(refused(R"({"repository":"","is_public":false})") == error{error_code::empty, field::repository, 0, 14});
  CHECK(refused(R"({"is_public":false, "repository":"a/"})") ==
        error{error_code::invalid_end, field::repository, 1, 33});
  CHECK(refused(R"({"repository":"r","is_public":true,"category":"Linux"})") ==
        error{error_code::unknown_category, field::category, 0, 46});
  const std::string long_description =
      R"({"repository":"r","is_public":true,"description":")" + std::string(30001, 'd') + "\"}";
  CHECK(refused(long_description) == error{error_code::too_long, field::description, 30000, 49});
  // Code points, not bytes and not escapes: 30,000 escaped e-acutes are fine.
  std::string escaped = R"({"repository":"r","is_public":true,"description":")";
  for (int i = 0; i < 30000; ++i) escaped += "\\u00e9";
  CHECK(swr::parse_create_repo_body(escaped + "\"}").has_value());
  CHECK(refused(escaped + "x\"}") == error{error_code::too_long, field::description, 60000, 49});
}

TEST_CASE("schema problems: wrong types, duplicates, missing members, not an object") {
  CHECK(refused(R"({"repository":1,"is_public":true})") == at(error_code::wrong_type, field::repository, 14));
  CHECK(refused(R"({"repository":"r","is_public":"true"})") == at(error_code::wrong_type, field::is_public, 30));
  CHECK(refused(R"({"repository":"r","is_public":null})") == at(error_code::wrong_type, field::is_public, 30));
  CHECK(refused(R"({"repository":"r","is_public":1})") == at(error_code::wrong_type, field::is_public, 30));
  CHECK(refused(R"({"repository":"r","is_public":true,"category":7})") ==
        at(error_code::wrong_type, field::category, 46));
  CHECK(refused(R"({"repository":"r","is_public":true,"description":["x"]})") ==
        at(error_code::wrong_type, field::description, 49));
  CHECK(refused(R"({"repository":null,"is_public":true})") == at(error_code::wrong_type, field::repository, 14));

  CHECK(refused(R"({"repository":"r","is_public":true,"repository":"s"})") ==
        at(error_code::duplicate_member, field::repository, 35));
  CHECK(refused(R"({"repository":"r","is_public":true,"repos\u0069tory":"s"})") ==
        at(error_code::duplicate_member, field::repository, 35));
  CHECK(refused(R"({"x":1,"repository":"r","x":2,"is_public":true})") ==
        at(error_code::duplicate_member, field::none, 24));
  CHECK(refused(R"({"repository":"r","is_public":true,"category":null,"category":"lang"})") ==
        at(error_code::duplicate_member, field::category, 51));

  CHECK(refused("{}") == at(error_code::missing_member, field::repository, 1));
  CHECK(refused(R"({"repository":"r"})") == at(error_code::missing_member, field::is_public, 17));
  CHECK(refused(R"({"is_public":false} )") == at(error_code::missing_member, field::repository, 18));

  CHECK(refused("[]") == at(error_code::not_an_object, field::none, 0));
  CHECK(refused(" \"repository\"") == at(error_code::not_an_object, field::none, 1));
  CHECK(refused("null") == at(error_code::not_an_object, field::none, 0));
  CHECK(refused("42").kind() == error_kind::schema);
}

TEST_CASE("the earliest problem wins, and syntax always comes first") {
  CHECK(refused(R"({"is_public":"x","repository":"A"})") == at(error_code::wrong_type, field::is_public, 13));
  CHECK(refused(R"({"repository":"A","is_public":"x"})") ==
        error{error_code::invalid_character, field::repository, 0, 14});
  // A schema problem earlier in the document does not hide that the document is not JSON.
  CHECK(refused(R"({"repository":1,"is_public":true,})") == at(error_code::unexpected_character, field::none, 33));
  CHECK(refused(R"([1,2,])") == at(error_code::unexpected_character, field::none, 5));
  CHECK(refused(R"({"repository":"r","is_public":true,"x":[01]})") == at(error_code::invalid_number, field::none, 41));
}

TEST_CASE("syntax problems carry the byte offset and no field") {
  CHECK(refused("") == at(error_code::unexpected_end, field::none, 0));
  CHECK(refused("   ") == at(error_code::unexpected_end, field::none, 3));
  CHECK(refused(R"({"repository":"r","is_public":true} {})") == at(error_code::trailing_characters, field::none, 36));
  CHECK(refused(R"({"repository":"r","is_public":tRue})") == at(error_code::invalid_literal, field::none, 31));
  CHECK(refused(R"({"repository":"r\q","is_public":true})") == at(error_code::invalid_escape, field::none, 17));
  CHECK(refused("{\"repository\":\"r\x01\",\"is_public\":true}") ==
        at(error_code::unescaped_control_character, field::none, 16));
  CHECK(refused("{\"repository\":\"r\xc3\",\"is_public\":true}") == at(error_code::malformed_utf8, field::none, 16));
  CHECK(refused(R"({"repository":"\udc00","is_public":true})") == at(error_code::lone_surrogate, field::none, 15));
  CHECK(refused(R"({"repository":"r",'is_public':true})") == at(error_code::unexpected_character, field::none, 18));
  CHECK(refused(R"({"repository":"r","is_public":true,})") == at(error_code::unexpected_character, field::none, 35));
  CHECK(refused("\xef\xbb\xbf{\"repository\":\"r\",\"is_public\":true}") ==
        at(error_code::unexpected_character, field::none, 0));
  CHECK(refused(R"({"repository":"r","is_public":true /* c */})") ==
        at(error_code::unexpected_character, field::none, 35));
}

TEST_CASE("every proper prefix of a valid document is truncated: unexpected_end at its length") {
  const std::string json = R"({ "repository" : "team\/a\u0070p", "is_public" : false, "category" : null, )"
                           R"("description" : "\ud83d\udc33 \"x\" \\", "n" : [-1.5e+3, {"k": true}] })";
  REQUIRE(swr::parse_create_repo_body(json).has_value());
  for (std::size_t n = 0; n < json.size(); ++n) {
    const auto body = swr::parse_create_repo_body(std::string_view(json).substr(0, n));
    CAPTURE(n);
    REQUIRE_FALSE(body.has_value());
    CHECK(body.error() == at(error_code::unexpected_end, field::none, n));
  }
}

TEST_CASE("round trip: parse(to_json(b)) == b for thousands of generated bodies") {
  swr_test::body_generator generate(20261127);
  std::size_t checked = 0;
  for (int i = 0; i < 5000; ++i) {
    const create_repo_body body = generate.body();
    const auto json = swr::to_json(body);
    if (!json) {
      FAIL_CHECK("the generator made an invalid body: " << swr::to_string(json.error().code));
      continue;
    }
    const auto back = swr::parse_create_repo_body(*json);
    if (!back || *back != body) FAIL_CHECK("round trip differs for " << *json);
    ++checked;
  }
  CHECK(checked == 5000);
}

TEST_CASE("mutated documents never crash, and errors point inside the document") {
  swr_test::body_generator generate(7);
  std::mt19937 rng(11);
  const char interesting[] =
      "{}[],:\"\\/u0123456789abcdefABCDEF-+.eEtrufalsn \t\r\n\x00\x01\x7f\x80\xbf\xc0\xed\xf4\xff";
  std::size_t accepted = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string json = *swr::to_json(generate.body());
    const std::size_t edits = 1 + rng() % 3;
    for (std::size_t e = 0; e < edits && !json.empty(); ++e) {
      const std::size_t where = rng() % json.size();
      const char c = interesting[rng() % (sizeof interesting - 1)];
      switch (rng() % 3) {
        case 0: json[where] = c; break;
        case 1: json.insert(json.begin() + static_cast<std::ptrdiff_t>(where), c); break;
        default: json.erase(where, 1); break;
      }
    }
    const auto body = swr::parse_create_repo_body(json);
    if (body) {
      ++accepted;
      // Whatever was accepted is a valid body that survives its own round trip.
      const auto again = swr::to_json(*body);
      if (!again || swr::parse_create_repo_body(*again).value() != *body) FAIL_CHECK("unstable: " << json);
    } else if (body.error().offset > json.size() || body.error().ok()) {
      FAIL_CHECK("bad error for " << json);
    }
  }
  CHECK(accepted > 0);
  CHECK(accepted < 20000);
}

#if defined(SWR_HAS_BODY_FAST_PATH)
namespace {
// The result of `json`'s parse, fast path first, against the general reader's. Returns false (and says why
// once per test case through FAIL_CHECK) on a difference. `fast_read` tells whether the fast path read it;
// `public_too`: parse_create_repo_body is also compared (the mutation test leaves it out for time).
bool same_as_general(std::string_view json, bool* fast_read = nullptr, bool public_too = true) {
  create_repo_body fast;
  const bool fast_ok = swr::detail::parse_create_repo_body_fast(json, fast);
  const auto general = swr::detail::parse_create_repo_body_general(json);
  if (fast_read != nullptr) *fast_read = fast_ok;
  if (fast_ok && !(general && *general == fast)) {
    FAIL_CHECK("the fast path read a body the general reader " << (general ? "reads differently" : "refuses") << ": "
                                                               << std::string(json));
    return false;
  }
  if (!public_too) return true;
  const auto both = swr::parse_create_repo_body(json);
  if (!(both == general)) {
    FAIL_CHECK("parse_create_repo_body differs from the general reader on " << std::string(json));
    return false;
  }
  return true;
}

// A generated body's document with whitespace after some of its structural bytes, and its members in another
// order sometimes (the writer's order is fixed).
std::string spaced(const std::string& json, std::mt19937& rng) {
  static constexpr const char* spaces[] = {"", "", " ", "\n", "\t", "\r\n  ", "    "};
  const auto space = [&rng] { return spaces[rng() % std::size(spaces)]; };
  const std::string inner = swr_test::with_whitespace(json, "{,:", space);
  std::string out = space();
  out += inner;
  return out += space();
}

std::vector<std::string> generated_documents(std::uint32_t seed, std::size_t count) {
  swr_test::body_generator generate(seed);
  std::mt19937 rng(seed);
  std::vector<std::string> documents;
  while (documents.size() < count) {
    const auto json = swr::to_json(generate.body());
    if (!json) continue;
    documents.push_back(documents.size() % 2 == 0 ? *json : spaced(*json, rng));
  }
  return documents;
}
}  // namespace

TEST_CASE("fast path: generated documents are read by it, and read as the general reader reads them") {
  std::size_t fast = 0;
  const auto documents = generated_documents(424242, 3000);
  for (const std::string& json : documents) {
    bool fast_read = false;
    if (!same_as_general(json, &fast_read)) break;
    fast += fast_read ? 1 : 0;
  }
  CHECK(fast == documents.size());  // every valid body of the four members takes the fast path
}

TEST_CASE("fast path: hand-picked documents, taken or handed over, give the general reader's result") {
  const char* const documents[] = {
      R"({"repository":"busybox","is_public":true})",
      R"({"is_public":false,"repository":"team$app","category":"arms","description":null})",
      R"({"repository":"team\/app","is_public":false,"category":null,"description":"caf\u00e9 \ud83d\udc33 \"q\""})",
      R"({"repository":"r","is_public":true,"description":"\u0000\u001f\b\f\n\r\t\/\\\""})",
      R"({"repository":"r","is_public":true,"description":"\ud83d"})",
      R"({"repository":"r","is_public":true,"description":"\udc33\ud83d"})",
      R"({"repository":"r","is_public":true,"description":"\ud83d\u0041"})",
      R"({"repository":"r","is_public":true,"description":"\ud83d\"})",
      R"({"repository":"r","is_public":true,"description":"\u12"})",
      R"({"repository":"r","is_public":true,"description":"\u004x and more"})",
      R"({"repository":"r","is_public":true,"description":"\u00eg and more"})",
      R"({"repository":"r","is_public":true,"description":"\u0g41 and more"})",
      R"({"repository":"r","is_public":true,"description":"\ud83d\udc3x and more"})",
      R"({"repository":"r","is_public":true,"description":"\u00e9\u0041\u4e2d\uFFFF"})",
      R"({"repository":"r","is_public":true,"description":"\uD83D\uDC33\U0041"})",
      R"({"repository":"r","is_public":true,"description":"\x"})",
      R"({"repository":"r","is_public":true,"description":"\)",
      R"({"repository":"r","is_public":true,"description":")",
      R"({"repository":"r","is_public":true,"description":"a\"})",
      R"({"repository":"r","is_public":true,"descr\u0069ption":"a"})",
      R"({"repository":"r","is_public":true,"extra":[1,{"a":null}]})",
      R"({"repository":"r","is_public":true,"repository":"s"})",
      R"({"repository":"r","is_public":1})",
      R"({"repository":"r","is_public":truex})",
      R"({"repository":"r","is_public":tru})",
      R"({"repository":"r","is_public":null})",
      R"({"repository":"r"})",
      R"({"repository":"R","is_public":true})",
      R"({"repository":"r","is_public":true,"category":"nope"})",
      R"({"repository":"r","is_public":true,"category":"lin\u0075x"})",
      R"({"repository":"r","is_public":true,"category":7})",
      R"({"repository":"r","is_public":true,}")",
      R"({"repository":"r","is_public":true} x)",
      R"({"repository":"r","is_public":true}})",
      R"({"repository":"r" "is_public":true})",
      R"({"repository":"r","is_public":true)",
      R"({})",
      R"([])",
      R"("x")",
      "",
      " ",
      "{\"repository\":\"r\",\"is_public\":true,\"description\":\"\x01\"}",
      "{\"repository\":\"r\",\"is_public\":true,\"description\":\"\x7f\xc3\xa9\"}",
      "{\"repository\":\"r\",\"is_public\":true,\"description\":\"\xc3\"}",
      "{\"repository\":\"r\",\"is_public\":true,\"description\":\"\xed\xa0\x80\"}",
      "{\"repository\":\"r\",\"is_public\":true,\"description\":\"\xf4\x90\x80\x80\"}",
      "{\"repository\":\"r\",\"is_public\":true,\"description\":\"\xe0\x80\xaf\"}",
      "{\"repository\":\"r\",\"is_public\":true,\"description\":\"\xf0\x9f\x90\xb3\xef\xbf\xbf\"}",
      "\xef\xbb\xbf{\"repository\":\"r\",\"is_public\":true}",
      "{\"repository\":\"r\",\"is_public\":true}\x00",
  };
  for (const char* json : documents) {
    CAPTURE(json);
    CHECK(same_as_general(json));
  }
  CHECK(same_as_general(std::string_view("{\"repository\":\"r\",\"is_public\":true,\"description\":\"\0\"}", 51)));
}

TEST_CASE("fast path: descriptions at and past the length limit") {
  for (const std::size_t code_points : {std::size_t{29999}, std::size_t{30000}, std::size_t{30001}}) {
    for (const char* unit : {"a", "\xc3\xa9", "\xe6\x97\xa5", "\xf0\x9f\x90\xb3", "\\u00e9", "\\n"}) {
      std::string text;
      for (std::size_t i = 0; i < code_points; ++i) text += unit;
      bool fast_read = false;
      CHECK(same_as_general(R"({"repository":"r","is_public":true,"description":")" + text + "\"}", &fast_read));
      CHECK(fast_read == (code_points <= 30000));
    }
  }
}

TEST_CASE("fast path: the JSONTestSuite corpus gives the general reader's result") {
  std::size_t files = 0;
  std::error_code ec;
  for (std::filesystem::directory_iterator it(swr_test::json_test_suite_dir(), ec), end; !ec && it != end;
       it.increment(ec)) {
    std::ifstream in(it->path(), std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CAPTURE(it->path().filename().string());
    CHECK(same_as_general(bytes));
    // The same text as a body member's value, where the fast path reads strings and literals.
    CHECK(same_as_general(R"({"repository":"r","is_public":true,"description":)" + bytes + "}"));
    ++files;
  }
  CHECK(files > 300);
}

TEST_CASE("fast path: whitespace, then any byte up to a space, between any two tokens") {
  // Every place the reader skips whitespace, with each byte it must stop at or skip after a run has begun
  // (the bulk mutation test below reaches these too, but takes the coverage build a minute).
  const std::string documents[] = {
      R"({"repository":"r","is_public":true,"category":"lang","description":"d"})",
      R"({"description":null,"category":null,"is_public":false,"repository":"team/app"})",
  };
  std::size_t fast = 0;
  for (const std::string& original : documents) {
    for (std::size_t at = 0; at <= original.size(); ++at) {
      for (const char space : {' ', '\t', '\n', '\r'}) {
        for (int byte = 0; byte <= ' '; ++byte) {
          std::string json = original;
          json.insert(at, {space, static_cast<char>(byte)});
          bool fast_read = false;
          CHECK(same_as_general(json, &fast_read, false));
          fast += fast_read ? 1 : 0;
        }
      }
    }
  }
  CHECK(fast > 0);
}

// In the test suite "bulk": the coverage run leaves it out (scripts/test.sh), since it takes a minute unoptimized and
// reaches no line or branch the others do not.
TEST_CASE("fast path: every single-byte change, deletion and insertion of hundreds of documents" *
          doctest::test_suite("bulk")) {
  const char interesting[] =
      "{}[],:\"\\/ubnrtf0123456789aAeE$-+.lsx \t\r\n\x00\x01\x1f\x7f\x80\x9f\xa0\xbf\xc0\xc2\xdf"
      "\xe0\xed\xef\xf0\xf4\xf5\xff";
  const auto documents = generated_documents(99, 200);
  std::size_t mutations = 0, fast = 0;
  bool ok = true;
  for (std::size_t d = 0; d < documents.size() && ok; ++d) {
    const std::string& original = documents[d];
    // Long descriptions: every position of the first 128 bytes and of the last 40, the rest sampled.
    for (std::size_t at = 0; at <= original.size() && ok; ++at) {
      if (at >= 128 && at + 40 < original.size() && at % 13 != 0) continue;
      std::string json = original;
      if (at < original.size()) {
        json.erase(at, 1);
        ok = ok && same_as_general(json, nullptr, false);
      }
      for (std::size_t k = 0; k + 1 < sizeof interesting && ok; ++k) {
        bool fast_read = false;
        json = original;
        json.insert(json.begin() + static_cast<std::ptrdiff_t>(at), interesting[k]);
        ok = ok && same_as_general(json, &fast_read, false);
        fast += fast_read ? 1 : 0;
        if (at < original.size()) {
          json = original;
          json[at] = interesting[k];
          ok = ok && same_as_general(json, &fast_read, false);
          fast += fast_read ? 1 : 0;
        }
        mutations += 2;
      }
    }
  }
  CHECK(ok);
  CHECK(mutations > 500000);
  CHECK(fast > 0);
}

namespace {
// The pieces a string value is made of in the boundary tests: plain bytes, escapes and UTF-8 of each length.
constexpr const char* string_pieces[] = {
    "a", "\\\"", "\\\\", "\\n", "\\u00e9", "\\ud83d\\udc33", "\xc3\xa9", "\xe6\x97\xa5", "\xf0\x9f\x90\xb3",
    "$", "\\/"};
}  // namespace

TEST_CASE("fast path: strings and documents across 16-, 32- and 64-byte boundaries, ending before a guard page") {
#if SWR_TEST_HAS_GUARDED_PAGE
  swr_test::guarded_page page;
  REQUIRE(page.ok());
#endif
  std::mt19937 rng(5);
  std::size_t fast = 0, documents = 0;
  for (std::size_t length = 0; length <= 80; ++length) {
    for (std::size_t variant = 0; variant < 24; ++variant) {
      // A description of `length` pieces, one of them (at a varying place) not plain.
      std::string text;
      for (std::size_t i = 0; i < length; ++i) {
        text += i == (variant * 7) % (length + 1) ? string_pieces[variant % std::size(string_pieces)]
                : rng() % 4 == 0                  ? string_pieces[rng() % std::size(string_pieces)]
                                                  : "a";
      }
      const std::string lead(variant % 17, ' ');
      const std::string repository =
          variant % 3 == 0 ? std::string(1 + length % 37, 't') + "$a" : std::string(1 + length % 40, 'r');
      std::string json = lead + R"({"repository":")" + repository + R"(","is_public":true,"description":")" + text +
                         "\"}" + std::string(variant % 5, '\n');
      for (const std::size_t cut : {json.size(), json.size() - 1, json.size() - 2, json.size() - 3}) {
        const std::string_view prefix = std::string_view(json).substr(0, cut);
        bool fast_read = false;
        REQUIRE(same_as_general(prefix, &fast_read));
        fast += fast_read ? 1 : 0;
#if SWR_TEST_HAS_GUARDED_PAGE
        // Any read past the last byte faults.
        REQUIRE(same_as_general(page.at_end(prefix)));
        // The general reader alone, too.
        static_cast<void>(swr::detail::parse_create_repo_body_general(page.at_end(prefix)));
#endif
        ++documents;
      }
      // The description last, so that its string ends on the page's last bytes but one or two.
      std::string last = lead + R"({"repository":")" + repository + R"(","is_public":true,"description":")" + text;
      for (const char* ending : {"\"}", "\"", "\\\"", "\\", "\xc3", "\\u00"}) {
#if SWR_TEST_HAS_GUARDED_PAGE
        REQUIRE(same_as_general(page.at_end(last + ending)));
#else
        REQUIRE(same_as_general(last + ending));
#endif
      }
    }
  }
  CHECK(fast * 5 >= documents);  // the whole documents and those cut in trailing whitespace
  // Cut inside a repository or a category of 15 to 51 bytes, so that the text runs to the document's end in
  // 16-byte blocks and then its last bytes, with a byte that ends a plain run among them or not.
  for (const char* member : {"repository", "category"}) {
    for (std::size_t length = 14; length <= 50; ++length) {
      for (const char* last : {"a", "\xc3", "\x01"}) {
        const std::string json = std::string("{\"") + member + "\":\"" + std::string(length, 'a') + last;
#if SWR_TEST_HAS_GUARDED_PAGE
        REQUIRE(same_as_general(page.at_end(json)));
#else
        REQUIRE(same_as_general(json));
#endif
      }
    }
  }
#if SWR_TEST_HAS_GUARDED_PAGE
  // Short documents and the empty one, ending at the page's end.
  for (const char* json : {"", "{", "{\"", "{\"r", "{\"repository\":\"", R"({"repository":"r","is_public":t)"}) {
    REQUIRE(same_as_general(page.at_end(json)));
  }
#endif
}
TEST_CASE("fast path: every escape, valid or not, at every offset of the 64-byte windows and of the tail") {
  // The reader takes a string's quotes and backslashes 64 bytes at a time while 80 bytes of the document
  // remain, then 16 at a time: an escape at every offset before, across and after a window's end, with a
  // closing quote right after it, in the same window, in the next or in the tail.
  struct piece {
    const char* text;
    bool valid;
  };
  // Among them an escaped backslash before an escaped quote or backslash: what the escape skips may be special.
  constexpr piece pieces[] = {
      {"\\\"", true},       {"\\\\", true},           {"\\n", true},      {"\\u0001", true},
      {"\\u00e9", true},    {"\\ud83d\\udc33", true}, {"\\/", true},      {"\\\\\\\"", true},
      {"\\\\\\\\", true},   {"\\u0041\\\"", true},    {"\xc3\xa9", true}, {"\\x", false},
      {"\\u12x", false},    {"\\ud83d", false},       {"\\udc33", false}, {"\\ud83d\\u0041", false},
      {"\\ud83d\\n", false}};
  for (const piece& p : pieces) {
    for (std::size_t before = 0; before <= 140; ++before) {
      for (const std::size_t after : {std::size_t{0}, std::size_t{3}, std::size_t{70}, std::size_t{150}}) {
        // A first escape starts the windows (at the string's first special byte), so that `before` is the
        // piece's offset in the first window, less 2.
        const std::string json = R"({"repository":"r","is_public":true,"description":"\t)" + std::string(before, 'a') +
                                 p.text + std::string(after, 'b') + "\"}";
        CAPTURE(json);
        bool fast_read = false;
        REQUIRE(same_as_general(json, &fast_read));
        CHECK(fast_read == p.valid);
      }
    }
  }
}

#endif  // SWR_HAS_BODY_FAST_PATH
