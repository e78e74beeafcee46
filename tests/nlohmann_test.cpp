// Tests for swr/nlohmann.hpp, and of swr::to_json against an independent JSON parser (nlohmann::json,
// test-only): thousands of generated bodies full of quotes, backslashes, control bytes and multi-byte
// UTF-8 must parse there to exactly the values we meant, with the keys in the documented order.
#include "swr/nlohmann.hpp"

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>
#include <vector>

#include "body_generator.hpp"
#include "swr/swr.hpp"
#include "test_support.hpp"

TEST_CASE("to_json output, read by nlohmann::json, holds exactly the body's values in the documented order") {
  swr_test::body_generator generate(4242);
  std::size_t checked = 0;
  for (int i = 0; i < 5000; ++i) {
    const swr::create_repo_body body = generate.body();
    const std::string json = swr::to_json(body).value();
    const auto doc = nlohmann::ordered_json::parse(json, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
      FAIL_CHECK("nlohmann refused " << json);
      continue;
    }
    std::vector<std::string> expected_keys = {"repository", "is_public"};
    if (body.category) expected_keys.emplace_back("category");
    if (body.description) expected_keys.emplace_back("description");
    std::vector<std::string> keys;
    for (auto it = doc.begin(); it != doc.end(); ++it) keys.push_back(it.key());
    bool same = keys == expected_keys && doc["repository"] == swr::escape_repository(body.repository) &&
                doc["is_public"] == body.is_public;
    if (body.category) same = same && doc["category"] == std::string(swr::to_string(*body.category));
    if (body.description) same = same && doc["description"] == *body.description;
    if (!same) FAIL_CHECK("values differ for " << json);
    // Both follow RFC 8259's short escapes and \u00xx in lowercase for other control bytes, so nlohmann's
    // compact dump of the same values is byte for byte our document.
    if (doc.dump() != json) FAIL_CHECK("bytes differ from nlohmann's dump for " << json);
    ++checked;
  }
  CHECK(checked == 5000);
}

TEST_CASE("ADL conversions: a body to nlohmann::json and back") {
  const swr::create_repo_body body{"team/app", true, swr::category::framework_app, std::string("caf\xc3\xa9\n")};
  const nlohmann::json j = body;
  CHECK(j == nlohmann::json::parse(R"({"repository":"team$app","is_public":true,"category":"framework_app",)"
                                   R"("description":"caf\u00e9\n"})"));
  CHECK(j.get<swr::create_repo_body>() == body);
  const nlohmann::ordered_json ordered = body;  // any basic_json
  CHECK(ordered.dump() == swr::to_json(body).value());
  CHECK(ordered.get<swr::create_repo_body>() == body);
  const nlohmann::json minimal = swr::create_repo_body{"r", false, {}, {}};
  CHECK(minimal == nlohmann::json::parse(R"({"repository":"r","is_public":false})"));
}

TEST_CASE("from_json follows parse_create_repo_body: arms, null, logical or wire form") {
  CHECK(nlohmann::json::parse(R"({"repository":"a/b","is_public":false,"category":"arms","description":null})")
            .get<swr::create_repo_body>() == swr::create_repo_body{"a/b", false, swr::category::arm, {}});
}

#if SWR_HAS_EXCEPTIONS
TEST_CASE("an invalid body throws std::invalid_argument naming the field, the code and the position") {
  try {
    const nlohmann::json j = swr::create_repo_body{"team//app", true, {}, {}};
    FAIL("no exception for an invalid body");
  } catch (const std::invalid_argument& e) {
    CHECK(std::string(e.what()).find("repository: adjacent_separators at byte 5") != std::string::npos);
  }
  try {
    (void)nlohmann::json::parse(R"({"repository":"r","is_public":"yes"})").get<swr::create_repo_body>();
    FAIL("no exception for a wrong type");
  } catch (const std::invalid_argument& e) {
    CHECK(std::string(e.what()).find("is_public: wrong_type") != std::string::npos);
  }
  CHECK_THROWS_AS((void)nlohmann::json::parse("[1]").get<swr::create_repo_body>(), std::invalid_argument);
  CHECK_THROWS_AS((void)nlohmann::json::parse(R"({"repository":"r"})").get<swr::create_repo_body>(),
                  std::invalid_argument);
}
#endif
