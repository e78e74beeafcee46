// Tests for swr/error.hpp: the identifiers of every error_code, field and error_kind (the API's member names
// from docs/api.md), the kind of every code, the correspondence with name_error (name_check.hpp), and
// the messages of every code for every field, against the category list of docs/api.md and the region ids of
// docs/regions.md.
#include "swr/swr.hpp"

#include <cstddef>
#include <iterator>
#include <set>
#include <string>
#include <string_view>

#include "test_support.hpp"

using swr::error;
using swr::error_code;
using swr::error_kind;
using swr::field;
using swr::name_error;
using swr::name_kind;

namespace {
// Every code, in declaration order, with its identifier (written by hand from the enum).
struct code_name {
  error_code code;
  std::string_view name;
};
constexpr code_name all_codes[] = {
    {error_code::none, "none"},
    {error_code::empty, "empty"},
    {error_code::too_long, "too_long"},
    {error_code::invalid_character, "invalid_character"},
    {error_code::invalid_start, "invalid_start"},
    {error_code::invalid_end, "invalid_end"},
    {error_code::adjacent_separators, "adjacent_separators"},
    {error_code::too_many_underscores, "too_many_underscores"},
    {error_code::reserved, "reserved"},
    {error_code::invalid_utf8, "invalid_utf8"},
    {error_code::unknown_category, "unknown_category"},
    {error_code::unknown_region, "unknown_region"},
    {error_code::invalid_host, "invalid_host"},
    {error_code::invalid_date, "invalid_date"},
    {error_code::duplicate_header, "duplicate_header"},
    {error_code::unknown_registry, "unknown_registry"},
    {error_code::incomplete, "incomplete"},
    {error_code::unsupported_algorithm, "unsupported_algorithm"},
    {error_code::invalid_length, "invalid_length"},
    {error_code::out_of_range, "out_of_range"},
    {error_code::invalid_time, "invalid_time"},
    {error_code::unexpected_end, "unexpected_end"},
    {error_code::unexpected_character, "unexpected_character"},
    {error_code::invalid_literal, "invalid_literal"},
    {error_code::invalid_number, "invalid_number"},
    {error_code::invalid_escape, "invalid_escape"},
    {error_code::unescaped_control_character, "unescaped_control_character"},
    {error_code::malformed_utf8, "malformed_utf8"},
    {error_code::lone_surrogate, "lone_surrogate"},
    {error_code::trailing_characters, "trailing_characters"},
    {error_code::nesting_too_deep, "nesting_too_deep"},
    {error_code::not_an_object, "not_an_object"},
    {error_code::missing_member, "missing_member"},
    {error_code::duplicate_member, "duplicate_member"},
    {error_code::wrong_type, "wrong_type"},
};
constexpr std::size_t code_count = sizeof(all_codes) / sizeof(all_codes[0]);

constexpr error_code value_codes[] = {
    error_code::empty,
    error_code::too_long,
    error_code::invalid_character,
    error_code::invalid_start,
    error_code::invalid_end,
    error_code::adjacent_separators,
    error_code::too_many_underscores,
    error_code::reserved,
    error_code::invalid_utf8,
    error_code::unknown_category,
    error_code::unknown_region,
    error_code::invalid_host,
    error_code::invalid_date,
    error_code::duplicate_header,
    error_code::unknown_registry,
    error_code::incomplete,
    error_code::unsupported_algorithm,
    error_code::invalid_length,
    error_code::out_of_range,
    error_code::invalid_time,
};
constexpr error_code syntax_codes[] = {
    error_code::unexpected_end, error_code::unexpected_character, error_code::invalid_literal,
    error_code::invalid_number, error_code::invalid_escape,       error_code::unescaped_control_character,
    error_code::malformed_utf8, error_code::lone_surrogate,       error_code::trailing_characters,
};
constexpr error_code schema_codes[] = {
    error_code::not_an_object,
    error_code::missing_member,
    error_code::duplicate_member,
    error_code::wrong_type,
};

// Every field with the member name the API documentation gives it.
struct field_name {
  field f;
  std::string_view name;
};
constexpr field_name all_fields[] = {
    {field::none, ""},
    {field::namespace_name, "namespace"},
    {field::repository, "repository"},
    {field::is_public, "is_public"},
    {field::category, "category"},
    {field::description, "description"},
    {field::token, "token"},
    {field::host, "host"},
    {field::region, "region"},
    {field::method, "method"},
    {field::path, "path"},
    {field::header_name, "header_name"},
    {field::header_value, "header_value"},
    {field::access_key_id, "access_key_id"},
    {field::secret_key, "secret_key"},
    {field::security_token, "security_token"},
    {field::sdk_date, "sdk_date"},
    {field::registry, "registry"},
    {field::image_path, "image_path"},
    {field::tag, "tag"},
    {field::digest, "digest"},
    {field::name, "name"},
    {field::limit, "limit"},
    {field::offset, "offset"},
    {field::order_column, "order_column"},
    {field::order_type, "order_type"},
    {field::mode, "mode"},
    {field::source_tag, "source_tag"},
    {field::destination_tag, "destination_tag"},
    {field::access_domain, "access_domain"},
    {field::deadline, "deadline"},
};

// The nine name_error values, with their identifiers.
struct name_error_name {
  name_error e;
  std::string_view name;
};
constexpr name_error_name all_name_errors[] = {
    {name_error::none, "none"},
    {name_error::empty, "empty"},
    {name_error::too_long, "too_long"},
    {name_error::invalid_character, "invalid_character"},
    {name_error::invalid_start, "invalid_start"},
    {name_error::invalid_end, "invalid_end"},
    {name_error::adjacent_separators, "adjacent_separators"},
    {name_error::too_many_underscores, "too_many_underscores"},
    {name_error::reserved, "reserved"},
};

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

// An identifier: non-empty, lowercase letters, digits and '_', starting with a letter, not ending with '_'.
bool is_identifier(std::string_view s) {
  if (s.empty() || !(s.front() >= 'a' && s.front() <= 'z') || s.back() == '_') return false;
  for (const char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

bool has_control_character(std::string_view s) {
  for (const char c : s) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return true;
  }
  return false;
}
}  // namespace

// Compiled in every build: the whole header is usable in constant expressions.
static_assert(swr::to_string(error_code::duplicate_member) == "duplicate_member");
static_assert(swr::to_string(error_code::nesting_too_deep) == "nesting_too_deep");
static_assert(swr::to_string(static_cast<error_code>(200)).empty());
static_assert(swr::to_string(field::namespace_name) == "namespace");
static_assert(swr::to_string(error_kind::schema) == "schema");
static_assert(swr::kind_of(error_code::invalid_host) == error_kind::value);
static_assert(swr::kind_of(error_code::unexpected_end) == error_kind::syntax);
static_assert(swr::kind_of(error_code::trailing_characters) == error_kind::syntax);
static_assert(swr::kind_of(error_code::nesting_too_deep) == error_kind::limit);
static_assert(swr::kind_of(error_code::not_an_object) == error_kind::schema);
static_assert(error{error_code::wrong_type, field::is_public, 3, 14}.kind() == error_kind::schema);
static_assert(error{error_code::empty, field::token, 0} == error{error_code::empty, field::token, 0, swr::no_offset});
static_assert(error{error_code::empty, field::token, 0} != error{error_code::empty, field::host, 0});
static_assert(swr::from_name_check(swr::check_namespace("a__-b"), field::namespace_name) ==
              error{error_code::adjacent_separators, field::namespace_name, 3, swr::no_offset});
static_assert(swr::from_name_check(swr::check_repository("team/app"), field::repository).ok());
static_assert(swr::message(error{error_code::too_long, field::namespace_name, 64}) ==
              swr::message(name_error::too_long, name_kind::namespace_name));
static_assert(!swr::message(error{error_code::invalid_host, field::host, 0}).empty());
static_assert(swr::no_offset == static_cast<std::size_t>(-1));
static_assert(swr::description_max_code_points == 30000);  // docs/api.md: the console's cap, error 4131012
static_assert(noexcept(swr::message(error{})) && noexcept(swr::kind_of(error_code::none)) && noexcept(
    swr::to_string(field::none)));

TEST_CASE("error: the defaults are 'no problem, nowhere in a document'") {
  constexpr error e{};
  static_assert(e.ok() && e.field == field::none && e.position == 0);
  static_assert(e.offset == swr::no_offset);
  CHECK(e == error{error_code::none, field::none, 0, swr::no_offset});
  CHECK_FALSE(e != error{});
}

TEST_CASE("to_string(error_code): the enumerator's identifier, unique, for every value") {
  REQUIRE(code_count == 35);
  std::set<std::string_view> seen;
  for (std::size_t i = 0; i < code_count; ++i) {
    const code_name& entry = all_codes[i];
    CAPTURE(entry.name);
    CHECK(static_cast<std::size_t>(entry.code) == i);  // the list covers the enum in order, without gaps
    CHECK(swr::to_string(entry.code) == entry.name);
    CHECK(is_identifier(swr::to_string(entry.code)));
    CHECK(seen.insert(swr::to_string(entry.code)).second);
  }
  CHECK(seen.size() == code_count);
}

TEST_CASE("to_string: values outside the enums give empty strings") {
  for (const int value : {35, 36, 100, 200, 255}) {
    CAPTURE(value);
    CHECK(swr::to_string(static_cast<error_code>(value)).empty());
  }
  for (const int value : {31, 32, 200, 255}) {
    CAPTURE(value);
    CHECK(swr::to_string(static_cast<field>(value)).empty());
  }
  for (const int value : {4, 5, 255}) {
    CAPTURE(value);
    CHECK(swr::to_string(static_cast<error_kind>(value)).empty());
  }
}

TEST_CASE("to_string(field): the member and parameter names of the API") {
  std::set<std::string_view> seen;
  for (const field_name& entry : all_fields) {
    CAPTURE(entry.name);
    CHECK(swr::to_string(entry.f) == entry.name);
    CHECK(seen.insert(swr::to_string(entry.f)).second);
  }
  // The body's members exactly as docs/api.md spells them.
  CHECK(swr::to_string(field::repository) == "repository");
  CHECK(swr::to_string(field::is_public) == "is_public");
  CHECK(swr::to_string(field::category) == "category");
  CHECK(swr::to_string(field::description) == "description");
  CHECK(swr::to_string(field::none).empty());
}

TEST_CASE("to_string(error_kind)") {
  CHECK(swr::to_string(error_kind::value) == "value");
  CHECK(swr::to_string(error_kind::syntax) == "syntax");
  CHECK(swr::to_string(error_kind::limit) == "limit");
  CHECK(swr::to_string(error_kind::schema) == "schema");
}

TEST_CASE("kind_of: every code has the kind of its group") {
  for (const error_code code : value_codes) {
    CAPTURE(swr::to_string(code));
    CHECK(swr::kind_of(code) == error_kind::value);
    CHECK(error{code, field::none, 0}.kind() == error_kind::value);
  }
  for (const error_code code : syntax_codes) {
    CAPTURE(swr::to_string(code));
    CHECK(swr::kind_of(code) == error_kind::syntax);
    CHECK(error{code, field::none, 0}.kind() == error_kind::syntax);
  }
  CHECK(swr::kind_of(error_code::nesting_too_deep) == error_kind::limit);
  for (const error_code code : schema_codes) {
    CAPTURE(swr::to_string(code));
    CHECK(swr::kind_of(code) == error_kind::schema);
    CHECK(error{code, field::none, 0}.kind() == error_kind::schema);
  }
  // The groups cover every code but none.
  const std::size_t grouped = std::size(value_codes) + std::size(syntax_codes) + 1 + std::size(schema_codes);
  CHECK(grouped == code_count - 1);
}

TEST_CASE("the first nine error_code values are the name_error values of the same names") {
  for (const name_error_name& entry : all_name_errors) {
    CAPTURE(entry.name);
    const auto as_code = static_cast<error_code>(entry.e);
    CHECK(swr::to_string(as_code) == entry.name);
    CHECK(swr::to_string(entry.e) == entry.name);
    CHECK(static_cast<name_error>(as_code) == entry.e);
  }
  for (std::size_t i = 0; i < std::size(all_name_errors); ++i) {
    const error_code code = all_codes[i].code;
    CAPTURE(all_codes[i].name);
    CHECK(swr::to_string(static_cast<name_error>(code)) == all_codes[i].name);
    CHECK(static_cast<error_code>(static_cast<name_error>(code)) == code);
  }
}

TEST_CASE("from_name_check: {code, field, position, no_offset}") {
  struct example {
    const char* text;
    name_kind kind;
    error_code code;
    std::size_t position;
  };
  const std::string too_long_namespace(65, 'a');
  const example examples[] = {
      {"my-org", name_kind::namespace_name, error_code::none, 0},
      {"", name_kind::namespace_name, error_code::empty, 0},
      {too_long_namespace.c_str(), name_kind::namespace_name, error_code::too_long, 64},
      {"My-org", name_kind::namespace_name, error_code::invalid_character, 0},
      {"1org", name_kind::namespace_name, error_code::invalid_start, 0},
      {"org-", name_kind::namespace_name, error_code::invalid_end, 3},
      {"a__-b", name_kind::namespace_name, error_code::adjacent_separators, 3},
      {"a___b", name_kind::namespace_name, error_code::too_many_underscores, 3},
      {"library", name_kind::namespace_name, error_code::reserved, 0},
      {"team//app", name_kind::repository, error_code::adjacent_separators, 5},
      {"team$app", name_kind::repository, error_code::invalid_character, 4},
  };
  for (const example& ex : examples) {
    CAPTURE(ex.text);
    const field where = ex.kind == name_kind::namespace_name ? field::namespace_name : field::repository;
    const error e = swr::from_name_check(swr::check_name(ex.kind, ex.text), where);
    CHECK(e.code == ex.code);
    CHECK(swr::to_string(e.code) == swr::to_string(swr::check_name(ex.kind, ex.text).error));
    CHECK(e.field == where);
    CHECK(e.position == ex.position);
    CHECK(e.offset == swr::no_offset);
  }
  // The field is whatever the caller says, and every name_error maps.
  for (const name_error_name& entry : all_name_errors) {
    CAPTURE(entry.name);
    const error e = swr::from_name_check(swr::name_check{entry.e, 7}, field::repository);
    CHECK(e == error{static_cast<error_code>(entry.e), field::repository, 7, swr::no_offset});
  }
}

TEST_CASE("operator== and != compare every member") {
  const error base{error_code::wrong_type, field::is_public, 3, 14};
  CHECK(base == error{error_code::wrong_type, field::is_public, 3, 14});
  CHECK_FALSE(base != error{error_code::wrong_type, field::is_public, 3, 14});
  const error others[] = {
      {error_code::missing_member, field::is_public, 3, 14},
      {error_code::wrong_type, field::repository, 3, 14},
      {error_code::wrong_type, field::is_public, 4, 14},
      {error_code::wrong_type, field::is_public, 3, 15},
      {error_code::wrong_type, field::is_public, 3, swr::no_offset},
  };
  for (const error& other : others) {
    CHECK(base != other);
    CHECK_FALSE(base == other);
    CHECK(other != base);
  }
}

TEST_CASE("message(error): a non-empty sentence ending in '.' for every code and every field") {
  for (const code_name& code : all_codes) {
    for (const field_name& f : all_fields) {
      CAPTURE(code.name);
      CAPTURE(f.name);
      for (const std::size_t position : {std::size_t{0}, std::size_t{5}}) {
        const std::string_view m = swr::message(error{code.code, f.f, position, position});
        CAPTURE(m);
        REQUIRE_FALSE(m.empty());
        CHECK(m.back() == '.');
        CHECK(m.front() != ' ');
        // One line, no control characters: it can go into a log line or a header as is.
        CHECK_FALSE(has_control_character(m));
        CHECK(m.find('\n') == std::string_view::npos);
        // The position is not part of the sentence.
        CHECK(m == swr::message(error{code.code, f.f, 0, swr::no_offset}));
      }
    }
  }
}

TEST_CASE("message(error): name errors of names are the kind-specific name messages") {
  for (const name_error_name& entry : all_name_errors) {
    if (entry.e == name_error::none) continue;
    CAPTURE(entry.name);
    const auto code = static_cast<error_code>(entry.e);
    CHECK(swr::message(error{code, field::namespace_name, 0}) == swr::message(entry.e, name_kind::namespace_name));
    CHECK(swr::message(error{code, field::repository, 0}) == swr::message(entry.e, name_kind::repository));
  }
  // The limits differ: each kind's message names its own.
  CHECK(contains(swr::message(error{error_code::too_long, field::namespace_name, 64}), "64"));
  CHECK(contains(swr::message(error{error_code::too_long, field::repository, 128}), "128"));
  CHECK(swr::message(error{error_code::invalid_start, field::namespace_name, 0}) !=
        swr::message(error{error_code::invalid_start, field::repository, 0}));
}

TEST_CASE("message(error): field-specific sentences") {
  // docs/api.md: SWR's console caps descriptions at 30,000 characters.
  const std::string_view description = swr::message(error{error_code::too_long, field::description, 30000});
  CHECK(contains(description, "30,000"));
  CHECK(contains(description, "description"));
  CHECK(description != swr::message(error{error_code::too_long, field::none, 0}));

  // A token's problems name the token, never quote it.
  CHECK(contains(swr::message(error{error_code::empty, field::token, 0}), "token"));
  CHECK(contains(swr::message(error{error_code::invalid_character, field::token, 3}), "token"));
  // An empty host says where a host comes from (a form's region or host field).
  CHECK(contains(swr::message(error{error_code::empty, field::host, 0}), "region"));

  // The two required members of docs/api.md's body are named when missing or mistyped.
  CHECK(contains(swr::message(error{error_code::missing_member, field::repository, 0, 0}), "repository"));
  CHECK(contains(swr::message(error{error_code::missing_member, field::is_public, 0, 0}), "is_public"));
  CHECK(contains(swr::message(error{error_code::wrong_type, field::is_public, 5, 5}), "is_public"));
  CHECK(contains(swr::message(error{error_code::wrong_type, field::repository, 5, 5}), "repository"));
  CHECK(contains(swr::message(error{error_code::wrong_type, field::category, 5, 5}), "string or null"));
  CHECK_FALSE(contains(swr::message(error{error_code::wrong_type, field::none, 5, 5}), "string"));  // a size, a flag
}

TEST_CASE("message(error): unknown_category lists the category wire strings of docs/api.md") {
  const std::string_view m = swr::message(error{error_code::unknown_category, field::category, 0});
  for (const char* wire : {"app_server", "linux", "framework_app", "database", "lang", "other", "windows", "arm"}) {
    CAPTURE(wire);
    CHECK(contains(m, wire));
  }
  CHECK_FALSE(contains(m, "arms"));  // the Go SDK's spelling is read, not advertised
}

// The texts that state a fact kept elsewhere (the category list, a length limit) are built from it: each
// equals the text this test builds at run time from the same constant or table, so editing one of them
// (adding a category, changing a limit) cannot leave a stale copy in a message.
TEST_CASE("message(error): unknown_category is built from all_categories and to_string") {
  std::string expected = "The category must be one of ";
  for (std::size_t i = 0; i < swr::category_count; ++i) {
    if (i > 0) expected += ", ";
    expected += std::string(swr::to_string(swr::all_categories[i]));
  }
  expected += ".";
  CHECK(swr::message(error{error_code::unknown_category, field::category, 0}) == expected);
}

TEST_CASE("messages: the length limits are stated from their constants") {
  CHECK(swr::message(name_error::too_long, name_kind::namespace_name) ==
        "A namespace name has at most " + std::to_string(swr::namespace_max_length) + " characters.");
  CHECK(swr::message(name_error::too_long, name_kind::repository) ==
        "A repository name has at most " + std::to_string(swr::repository_max_length) + " characters.");
  std::string limit = std::to_string(swr::description_max_code_points);
  for (std::size_t at = limit.size(); at > 3; at -= 3) limit.insert(at - 3, ",");  // "30000" -> "30,000"
  CHECK(swr::message(error{error_code::too_long, field::description, 0}) ==
        "The description has more than " + limit + " characters.");
}

namespace {
constexpr void write_plain_numbers(swr::detail::text_sink& s) noexcept {
  for (const std::size_t n : {std::size_t{0}, std::size_t{7}, std::size_t{64}, std::size_t{1000}}) {
    s.put_number(n);
    s.put(' ');
  }
}
constexpr void write_grouped_numbers(swr::detail::text_sink& s) noexcept {
  for (const std::size_t n :
       {std::size_t{0}, std::size_t{999}, std::size_t{1000}, std::size_t{30000}, std::size_t{1234567}}) {
    s.put_number(n, ',');
    s.put(' ');
  }
}
}  // namespace

TEST_CASE("static_text: decimal numbers, grouped or not, NUL-terminated") {
  static_assert(swr::detail::static_text_v<write_plain_numbers>.view() == "0 7 64 1000 ");
  static_assert(swr::detail::static_text_v<write_grouped_numbers>.view() == "0 999 1,000 30,000 1,234,567 ");
  const std::string_view grouped = swr::detail::static_text_v<write_grouped_numbers>.view();
  CHECK(grouped.data()[grouped.size()] == '\0');
}

TEST_CASE("message(error): unknown_region lists every region id of docs/regions.md") {
  const std::string_view m = swr::message(error{error_code::unknown_region, field::region, 0});
  const char* ids[] = {"af-south-1", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "cn-east-2",
                       "cn-east-3",  "cn-north-1",     "cn-north-2",     "cn-north-4",     "cn-north-9",
                       "cn-south-1", "cn-south-2",     "cn-southwest-2", "ru-northwest-2", "la-south-2",
                       "la-north-2", "sa-brazil-1",    "na-mexico-1",    "tr-west-1",      "ae-ad-1",
                       "eu-west-101"};
  for (const char* id : ids) {
    CAPTURE(id);
    // Followed by ',' or ';': "cn-north-1" must not be found only as the start of another id.
    const std::string listed = std::string(id);
    CHECK((contains(m, listed + ",") || contains(m, listed + ";")));
  }
}

TEST_CASE("message(error) takes no value, so it cannot leak one") {
  // Built only from the code and the field: the same for any position and offset (checked above), and
  // no message is a template with a placeholder to fill.
  for (const code_name& code : all_codes) {
    for (const field_name& f : all_fields) {
      const std::string_view m = swr::message(error{code.code, f.f, 0});
      CAPTURE(m);
      CHECK_FALSE(contains(m, "{}"));
      CHECK_FALSE(contains(m, "%s"));
      CHECK(m.find('\n') == std::string_view::npos);
    }
  }
}

TEST_CASE("message(error): distinct codes of the document kinds say distinct things") {
  std::set<std::string_view> seen;
  std::size_t count = 0;
  for (const error_code code : syntax_codes) {
    seen.insert(swr::message(error{code, field::none, 0, 0}));
    ++count;
  }
  for (const error_code code : schema_codes) {
    seen.insert(swr::message(error{code, field::none, 0, 0}));
    ++count;
  }
  seen.insert(swr::message(error{error_code::nesting_too_deep, field::none, 0, 0}));
  ++count;
  CHECK(seen.size() == count);
}

// Every to_string and message view is NUL-terminated (data()[size()] == '\0'), so that its data() can go
// to a C API (printf("%s"), a C string parameter) as is. Checked for every enumerator of every enum that
// has one, every (code, field) pair of message(error), and values outside the enums (which give "").
namespace {
constexpr bool nul_terminated(std::string_view s) noexcept { return s.data() != nullptr && s.data()[s.size()] == '\0'; }

// Each enum from 0 to its last enumerator, then a few values past it. Returns the first value whose view is
// not terminated, or -1; usable in constant expressions, where reading past an array is an error of its own.
template <class Enum, class View>
constexpr int first_unterminated(Enum last, View view) noexcept {
  const int end = static_cast<int>(last) + 1;
  for (int value = 0; value < end + 3; ++value) {
    if (!nul_terminated(view(static_cast<Enum>(value)))) return value;
  }
  if (!nul_terminated(view(static_cast<Enum>(255)))) return 255;
  return -1;
}

constexpr error_code last_code = error_code::wrong_type;
constexpr field last_field = field::deadline;
constexpr error_kind last_kind = error_kind::schema;
constexpr name_error last_name_error = name_error::reserved;
constexpr name_kind last_name_kind = name_kind::repository;
constexpr swr::create_repo_outcome last_outcome = swr::create_repo_outcome::unexpected;

// message(error) for every code (and a few past the last) with every field (and a few past the last).
constexpr int first_unterminated_error_message() noexcept {
  for (int code = 0; code <= static_cast<int>(last_code) + 3; ++code) {
    for (int f = 0; f <= static_cast<int>(last_field) + 3; ++f) {
      if (!nul_terminated(swr::message(error{static_cast<error_code>(code), static_cast<field>(f), 0}))) {
        return code;
      }
    }
  }
  return -1;
}
}  // namespace

// The last enumerators are the last: the next value is outside the enum.
static_assert(swr::to_string(static_cast<error_code>(static_cast<int>(last_code) + 1)).empty());
static_assert(swr::to_string(static_cast<field>(static_cast<int>(last_field) + 1)).empty());
static_assert(swr::to_string(static_cast<error_kind>(static_cast<int>(last_kind) + 1)).empty());
static_assert(swr::to_string(static_cast<name_error>(static_cast<int>(last_name_error) + 1)).empty());
static_assert(swr::to_string(static_cast<name_kind>(static_cast<int>(last_name_kind) + 1)).empty());
static_assert(swr::to_string(static_cast<swr::category>(swr::category_count)).empty());
static_assert(swr::to_string(static_cast<swr::create_repo_outcome>(static_cast<int>(last_outcome) + 1)).empty());

// In constant expressions: a read past the end of a table's array would not compile.
static_assert(first_unterminated(last_code, [](error_code c) { return swr::to_string(c); }) == -1);
static_assert(first_unterminated(last_field, [](field f) { return swr::to_string(f); }) == -1);
static_assert(first_unterminated(last_kind, [](error_kind k) { return swr::to_string(k); }) == -1);
static_assert(first_unterminated(last_name_error, [](name_error e) { return swr::to_string(e); }) == -1);
static_assert(first_unterminated(last_name_error, [](name_error e) { return swr::message(e); }) == -1);
static_assert(first_unterminated(last_name_error,
                                 [](name_error e) { return swr::message(e, name_kind::namespace_name); }) == -1);
static_assert(first_unterminated(last_name_error,
                                 [](name_error e) { return swr::message(e, name_kind::repository); }) == -1);
static_assert(first_unterminated(last_name_kind, [](name_kind k) { return swr::to_string(k); }) == -1);
static_assert(first_unterminated(swr::category::arm, [](swr::category c) { return swr::to_string(c); }) == -1);
static_assert(first_unterminated(last_outcome, [](swr::create_repo_outcome o) { return swr::to_string(o); }) == -1);
static_assert(first_unterminated(last_outcome, [](swr::create_repo_outcome o) { return swr::message(o); }) == -1);
static_assert(first_unterminated_error_message() == -1);

TEST_CASE("every to_string and message view is NUL-terminated, for every value") {
  // At run time too (the sanitizer builds see a read past an array here), one value at a time.
  const auto check = [](std::string_view view, int value) {
    CAPTURE(value);
    CAPTURE(view);
    CHECK(view.data() != nullptr);
    if (view.data() == nullptr) return;
    CHECK(view.data()[view.size()] == '\0');
    CHECK(std::string_view(view.data()) == view);  // strlen agrees: no NUL inside either
  };
  for (int value = 0; value <= static_cast<int>(last_code) + 1; ++value) {
    check(swr::to_string(static_cast<error_code>(value)), value);
    for (int f = 0; f <= static_cast<int>(last_field) + 1; ++f) {
      CAPTURE(f);
      check(swr::message(error{static_cast<error_code>(value), static_cast<field>(f), 0}), value);
    }
  }
  for (int value = 0; value <= static_cast<int>(last_field) + 1; ++value) {
    check(swr::to_string(static_cast<field>(value)), value);
  }
  for (int value = 0; value <= static_cast<int>(last_kind) + 1; ++value) {
    check(swr::to_string(static_cast<error_kind>(value)), value);
  }
  for (int value = 0; value <= static_cast<int>(last_name_error) + 1; ++value) {
    const auto e = static_cast<name_error>(value);
    check(swr::to_string(e), value);
    check(swr::message(e), value);
    for (int kind = 0; kind <= static_cast<int>(last_name_kind) + 1; ++kind) {
      CAPTURE(kind);
      check(swr::message(e, static_cast<name_kind>(kind)), value);
    }
  }
  for (int value = 0; value <= static_cast<int>(last_name_kind) + 1; ++value) {
    check(swr::to_string(static_cast<name_kind>(value)), value);
  }
  for (int value = 0; value <= static_cast<int>(swr::category_count); ++value) {
    check(swr::to_string(static_cast<swr::category>(value)), value);
  }
  for (int value = 0; value <= static_cast<int>(last_outcome) + 1; ++value) {
    check(swr::to_string(static_cast<swr::create_repo_outcome>(value)), value);
    check(swr::message(static_cast<swr::create_repo_outcome>(value)), value);
  }
  // The one message built at compile time rather than written as a literal.
  check(swr::message(error{error_code::unknown_region, field::region, 0}),
        static_cast<int>(error_code::unknown_region));
}
