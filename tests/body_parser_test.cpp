// Tests for swr/body_parser.hpp: parse_create_repo_body against docs/api.md, docs/names.md and the strictness
// rules of the header (RFC 8259), with exact errors; the round trip parse(to_json(b)) == b; every truncation
// of a valid document; and mutated documents that must never crash.
#include "swr/swr.hpp"

#include <random>
#include <string>

#include "body_generator.hpp"
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
