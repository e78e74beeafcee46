// Tests for swr/nlohmann.hpp, and of swr::to_json against an independent JSON parser (nlohmann::json,
// test-only): thousands of generated bodies full of quotes, backslashes, control bytes and multi-byte
// UTF-8 must parse there to exactly the values we meant, with the keys in the documented order.
#include "swr/nlohmann.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <set>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
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

namespace {
// Whether swr::to_json(json, body) is a call at all: it was the adapter's ADL function, which is gone.
template <class Json, class = void>
struct has_two_argument_swr_to_json : std::false_type {};
template <class Json>
struct has_two_argument_swr_to_json<
    Json, std::void_t<decltype(swr::to_json(std::declval<Json&>(), std::declval<const swr::create_repo_body&>()))>>
    : std::true_type {};

// The adapter's verdict on a JSON value: "accepted", or the what() of the std::invalid_argument it threw.
// Any other exception (nlohmann's own type_error, say) escapes and fails the test.
template <class Json>
std::string verdict(const Json& json, swr::create_repo_body* out = nullptr) {
#if SWR_HAS_EXCEPTIONS
  try {
    swr::create_repo_body body = json.template get<swr::create_repo_body>();
    if (out != nullptr) *out = std::move(body);
    return "accepted";
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
#else
  swr::create_repo_body body = json.template get<swr::create_repo_body>();
  if (out != nullptr) *out = std::move(body);
  return "accepted";
#endif
}

// What the adapter must say for the parser's error, which it reports without a document: the field, the
// code, the position in the value for a value problem that has one, and the message; never an offset.
std::string expected_what(swr::error e) {
  e.offset = swr::no_offset;
  std::string text = "swrkit: ";
  if (e.field != swr::field::none) text.append(swr::to_string(e.field)).append(": ");
  text.append(swr::to_string(e.code));
  if (e.kind() == swr::error_kind::value && swr::has_position(e.code)) {
    text.append(" at byte ").append(std::to_string(e.position));
  }
  text.append(": ").append(swr::message(e));
  return text;
}

std::string expected_what(swr::error_code code, swr::field f, std::size_t position = 0) {
  return expected_what(swr::error{code, f, position, swr::no_offset});
}

const nlohmann::json valid_members = {{"repository", "team$app"}, {"is_public", true}};

// valid_members with one member replaced (or added).
template <class Json = nlohmann::json, class Value>
Json with(const char* name, Value&& value) {
  Json j = valid_members;
  j[name] = std::forward<Value>(value);
  return j;
}

template <class Json = nlohmann::json>
Json without(const char* name) {
  Json j = valid_members;
  j.erase(name);
  return j;
}
}  // namespace

TEST_CASE("the writer swr::to_json and the conversions to nlohmann live side by side in one translation unit") {
  const swr::create_repo_body body{"team/app", true, swr::category::lang, std::string("d")};
  static_assert(std::is_same_v<decltype(swr::to_json(body)), swr::result<std::string, swr::error>>);
  static_assert(std::is_same_v<decltype(to_json(body)), swr::result<std::string, swr::error>>);  // by ADL
  static_assert(!has_two_argument_swr_to_json<nlohmann::json>::value);
  static_assert(!has_two_argument_swr_to_json<nlohmann::ordered_json>::value);
  static_assert(std::is_constructible_v<nlohmann::json, const swr::create_repo_body&>);
  static_assert(std::is_constructible_v<nlohmann::ordered_json, const swr::create_repo_body&>);
  const swr::result<std::string, swr::error> written = swr::to_json(body);
  const nlohmann::json j = body;
  const nlohmann::ordered_json ordered = body;
  REQUIRE(written.has_value());
  CHECK(nlohmann::json::parse(*written) == j);
  CHECK(ordered.dump() == *written);
}

TEST_CASE("adl_serializer conversions: a body to nlohmann::json and back") {
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
  swr::create_repo_body into;
  j.get_to(into);
  CHECK(into == body);
  nlohmann::json assigned;
  assigned = body;
  CHECK(assigned == j);
}

TEST_CASE("from_json follows parse_create_repo_body: arms, null, logical or wire form, unknown members") {
  CHECK(nlohmann::json::parse(R"({"repository":"a/b","is_public":false,"category":"arms","description":null})")
            .get<swr::create_repo_body>() == swr::create_repo_body{"a/b", false, swr::category::arm, {}});
  CHECK(nlohmann::ordered_json::parse(R"({"is_public":true,"repository":"a$b","category":null})")
            .get<swr::create_repo_body>() == swr::create_repo_body{"a/b", true, {}, {}});
  CHECK(with("category", "linux").get<swr::create_repo_body>().category == swr::category::linux_);
  CHECK(with("description", "").get<swr::create_repo_body>().description == std::string());
  // Unknown members are ignored, whatever they hold: nested values, bad UTF-8, NaN, names that differ in case.
  nlohmann::json extra = valid_members;
  extra["other"] = nlohmann::json::parse(R"({"a":[1,{"b":null}],"repository":5})");
  extra["Repository"] = 5;
  extra["bytes"] = std::string("\xff\xfe");
  extra["nan"] = std::numeric_limits<double>::quiet_NaN();
  CHECK(verdict(extra) == "accepted");
  CHECK(extra.get<swr::create_repo_body>() == swr::create_repo_body{"team/app", true, {}, {}});
  CHECK(verdict(with<nlohmann::ordered_json>("x", std::string("\xc0"))) == "accepted");
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
  // Writing: the body's first problem, in full.
  try {
    const nlohmann::ordered_json j = swr::create_repo_body{"r", true, {}, std::string(30001, 'a')};
    FAIL("no exception for a description too long");
  } catch (const std::invalid_argument& e) {
    CHECK(std::string(e.what()) == expected_what(swr::error_code::too_long, swr::field::description, 30000));
  }
  // A refused body is left as it was.
  swr::create_repo_body body{"kept", true, swr::category::arm, std::string("kept")};
  const swr::create_repo_body before = body;
  CHECK_THROWS_AS(with("category", "nope").get_to(body), std::invalid_argument);
  CHECK(body == before);
}

TEST_CASE("invalid UTF-8 in a string member is std::invalid_argument, not nlohmann's type_error 316") {
  // nlohmann stores any bytes in a string (its dump() would throw type_error 316 on them).
  const nlohmann::json bad = with("description", std::string("ok\xff"));
  CHECK_THROWS_AS((void)bad.dump(), nlohmann::json::type_error);
  CHECK(verdict(bad) == expected_what(swr::error_code::invalid_utf8, swr::field::description, 2));
  CHECK(verdict(with<nlohmann::ordered_json>("description", std::string("\xff"))) ==
        "swrkit: description: invalid_utf8 at byte 0: " +
            std::string(swr::message(swr::error{swr::error_code::invalid_utf8, swr::field::description})));
  // Overlong, surrogate, truncated: the first bad byte, after valid multi-byte text.
  CHECK(verdict(with("description", std::string("\xc3\xa9\xc0\xaf"))) ==
        expected_what(swr::error_code::invalid_utf8, swr::field::description, 2));
  CHECK(verdict(with("description", std::string("a\xed\xa0\x80"))) ==
        expected_what(swr::error_code::invalid_utf8, swr::field::description, 1));
  CHECK(verdict(with("description", std::string("ab\xe2\x82"))) ==
        expected_what(swr::error_code::invalid_utf8, swr::field::description, 2));
  // In the other string members, bad bytes break those members' own rules.
  CHECK(verdict(with("repository", std::string("ab\xff"))) ==
        expected_what(swr::error_code::invalid_character, swr::field::repository, 2));
  CHECK(verdict(with("category", std::string("lang\xff"))) ==
        expected_what(swr::error_code::unknown_category, swr::field::category));
}

TEST_CASE("a NaN or infinite number is wrong_type, not an absent member") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  // The reason: nlohmann dumps them as null, which reads as an absent category or description.
  CHECK(with("description", nan).dump().find("\"description\":null") != std::string::npos);
  for (const double number : {nan, inf, -inf}) {
    CAPTURE(number);
    for (const auto f :
         {swr::field::repository, swr::field::is_public, swr::field::category, swr::field::description}) {
      const std::string name(swr::to_string(f));
      CAPTURE(name);
      const std::string expected = expected_what(swr::error_code::wrong_type, f);
      CHECK(verdict(with(name.c_str(), number)) == expected);
      CHECK(verdict(with<nlohmann::ordered_json>(name.c_str(), number)) == expected);
      CHECK(expected.find("offset") == std::string::npos);
    }
  }
  CHECK(verdict(nlohmann::json(nan)) == expected_what(swr::error_code::not_an_object, swr::field::none));
}

TEST_CASE("messages carry no document offset: a value's position is in the value, whatever surrounds it") {
  // In the text, the bad value sits far from the start, and nlohmann::json sorts the keys: neither shows.
  const auto j = nlohmann::json::parse(
      R"({"zzz":"padding padding padding","description":"x","is_public":"yes","repository":"r"})");
  CHECK(verdict(j) == "swrkit: is_public: wrong_type: \"is_public\" must be true or false.");
  const auto k =
      nlohmann::ordered_json::parse(R"({"padding":[1,2,3,4,5,6,7,8,9],"is_public":true,"repository":"team//app"})");
  const std::string what = verdict(k);
  CHECK(what == expected_what(swr::error_code::adjacent_separators, swr::field::repository, 5));
  CHECK(what.rfind("swrkit: repository: adjacent_separators at byte 5: ", 0) == 0);
  CHECK(what.find("offset") == std::string::npos);
  CHECK(verdict(nlohmann::json::parse("   [1]")) == "swrkit: not_an_object: Expected a JSON object.");
}

TEST_CASE("each schema problem: not an object, a missing member, a wrong type of each member") {
  for (const char* text : {"[]", "null", "\"s\"", "1", "-1", "1.5", "true"}) {
    CAPTURE(text);
    CHECK(verdict(nlohmann::json::parse(text)) == expected_what(swr::error_code::not_an_object, swr::field::none));
  }
  CHECK(verdict(nlohmann::json::binary({1, 2})) == expected_what(swr::error_code::not_an_object, swr::field::none));
  CHECK(verdict(without("repository")) == expected_what(swr::error_code::missing_member, swr::field::repository));
  CHECK(verdict(without("is_public")) == expected_what(swr::error_code::missing_member, swr::field::is_public));
  CHECK(verdict(nlohmann::json::object()) == expected_what(swr::error_code::missing_member, swr::field::repository));
  CHECK(verdict(without<nlohmann::ordered_json>("is_public")) ==
        "swrkit: is_public: missing_member: The member \"is_public\" is required.");

  const std::vector<nlohmann::json> not_strings = {
      nullptr, true, 1, -1, 2.5, nlohmann::json::array(), nlohmann::json::object(), nlohmann::json::binary({1})};
  const std::vector<nlohmann::json> not_booleans = {
      nullptr, "true", 0, 1u, 0.0, nlohmann::json::array({true}), nlohmann::json::object()};
  for (const auto& value : not_strings) {
    CAPTURE(value.type_name());
    CHECK(verdict(with("repository", value)) == expected_what(swr::error_code::wrong_type, swr::field::repository));
    if (value.is_null()) continue;  // null is an absent category or description
    CHECK(verdict(with("category", value)) == expected_what(swr::error_code::wrong_type, swr::field::category));
    CHECK(verdict(with("description", value)) == expected_what(swr::error_code::wrong_type, swr::field::description));
  }
  for (const auto& value : not_booleans) {
    CAPTURE(value.type_name());
    CHECK(verdict(with("is_public", value)) == expected_what(swr::error_code::wrong_type, swr::field::is_public));
  }
  // Each value rule, with the parser's codes and positions.
  CHECK(verdict(with("repository", "")) == expected_what(swr::error_code::empty, swr::field::repository));
  CHECK(verdict(with("repository", "Team")) ==
        expected_what(swr::error_code::invalid_character, swr::field::repository, 0));
  CHECK(verdict(with("repository", "a$$b")) ==
        expected_what(swr::error_code::adjacent_separators, swr::field::repository, 2));
  CHECK(verdict(with("category", "arm64")) ==
        "swrkit: category: unknown_category: " +
            std::string(swr::message(swr::error{swr::error_code::unknown_category, swr::field::category})));
  CHECK(verdict(with("description", std::string(30000, 'a'))) == "accepted");
  CHECK(verdict(with("description", std::string(30001, 'a'))) ==
        expected_what(swr::error_code::too_long, swr::field::description, 30000));
}

TEST_CASE("the first problem in the object's own order, missing members last, as the parser reports") {
  // ordered_json keeps the text's order, so it agrees with parse_create_repo_body on that very text.
  for (const char* text :
       {R"({"is_public":1,"repository":2})", R"({"repository":2,"is_public":1})",
        R"({"description":"\u00e9","category":"x","repository":"A"})", R"({"repository":"A","category":"x"})",
        R"({"category":"x","repository":"A"})", R"({"x":1,"category":null})"}) {
    CAPTURE(text);
    const auto parsed = swr::parse_create_repo_body(text);
    REQUIRE_FALSE(parsed.has_value());
    CHECK(verdict(nlohmann::ordered_json::parse(text)) == expected_what(parsed.error()));
  }
  // nlohmann::json sorts its keys: category < description < is_public < repository.
  CHECK(verdict(nlohmann::json::parse(R"({"repository":2,"is_public":1})")) ==
        expected_what(swr::error_code::wrong_type, swr::field::is_public));
}

namespace {
// Values of every JSON type, most of them right for the member `f`, some of them wrong.
nlohmann::ordered_json random_value(swr_test::body_generator& generate, swr::field f) {
  switch (generate.pick(40)) {
    case 0: return nullptr;
    case 1: return generate.pick(2) == 1;
    case 2: return static_cast<int>(generate.pick(100)) - 50;
    case 3: return 0.5 * static_cast<double>(generate.pick(7));
    case 4: return nlohmann::ordered_json::array({1, "a", nullptr});
    case 5: return nlohmann::ordered_json::parse(R"({"repository":"x","n":{"m":[]}})");
    default: break;
  }
  switch (f) {
    case swr::field::repository: {
      static const char* const wrong[] = {"", "Team/app", "team//app", "a$$b", "-a", "a_", "x$"};
      const std::size_t k = generate.pick(5);
      if (k == 0) return wrong[generate.pick(std::size(wrong))];
      return k == 1 ? generate.repository() : swr::escape_repository(generate.repository());
    }
    case swr::field::is_public:
      if (generate.pick(4) == 0) return "false";
      return generate.pick(2) == 1;
    case swr::field::category: {
      static const char* const other[] = {"arms", "nope", "", "Linux", "arm "};
      if (generate.pick(3) == 0) return other[generate.pick(std::size(other))];
      return std::string(swr::to_string(swr::all_categories[generate.pick(swr::category_count)]));
    }
    case swr::field::description: return generate.pick(50) == 0 ? std::string(30001, 'x') : generate.description();
    default: return generate.description();
  }
}
}  // namespace

TEST_CASE("from_json agrees with parse_create_repo_body on the dump of thousands of generated values") {
  swr_test::body_generator generate(2024);
  std::mt19937 shuffle(7);
  std::size_t accepted = 0;
  std::size_t refused = 0;
  std::set<swr::error_code> codes;
  for (int i = 0; i < 4000; ++i) {
    std::vector<std::pair<std::string, nlohmann::ordered_json>> members;
    for (const auto f :
         {swr::field::repository, swr::field::is_public, swr::field::category, swr::field::description}) {
      if (generate.pick(8) != 0) members.emplace_back(std::string(swr::to_string(f)), random_value(generate, f));
    }
    static const char* const unknown[] = {"x", "Repository", "is_public ", "descriptions", ""};
    for (std::size_t n = generate.pick(3); n > 0; --n) {
      members.emplace_back(unknown[generate.pick(std::size(unknown))], random_value(generate, swr::field::none));
    }
    std::shuffle(members.begin(), members.end(), shuffle);
    nlohmann::ordered_json ordered = nlohmann::ordered_json::object();
    for (const auto& m : members) ordered[m.first] = m.second;
    const nlohmann::json sorted = nlohmann::json::parse(ordered.dump());

    const auto check = [&](const auto& j) {
      const std::string text = j.dump();
      const swr::result<swr::create_repo_body, swr::error> parsed = swr::parse_create_repo_body(text);
      swr::create_repo_body body;
      const std::string got = verdict(j, &body);
      const std::string expected = parsed ? std::string("accepted") : expected_what(parsed.error());
      if (got != expected) FAIL_CHECK(text << "\n  adapter: " << got << "\n  parser:  " << expected);
      if (parsed && body != *parsed) FAIL_CHECK("different bodies for " << text);
      if (parsed) {
        ++accepted;
      } else {
        ++refused;
        codes.insert(parsed.error().code);
      }
    };
    check(ordered);
    check(sorted);
  }
  CHECK(accepted > 800);
  CHECK(refused > 800);
  // Every code a body can have, but those of the document's syntax (and duplicates, depth).
  for (const auto code :
       {swr::error_code::missing_member, swr::error_code::wrong_type, swr::error_code::empty,
        swr::error_code::invalid_character, swr::error_code::invalid_start, swr::error_code::invalid_end,
        swr::error_code::adjacent_separators, swr::error_code::unknown_category, swr::error_code::too_long}) {
    CAPTURE(swr::to_string(code));
    CHECK(codes.count(code) == 1);
  }
}
#endif
