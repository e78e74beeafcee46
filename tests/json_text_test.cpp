// Tests for swr/detail/json_text.hpp, the run-time fast path of the JSON writer, against put_body (the
// portable writer that constant evaluation uses): every byte value at every position around the 16-byte block
// edges, generated bodies, the measured size against the written one, and descriptions and output buffers
// that end on the last readable and writable byte before an unmapped page.
#include "swr/swr.hpp"

#include <algorithm>
#include <string>
#include <string_view>

#include "body_generator.hpp"
#include "guarded_page.hpp"
#include "test_support.hpp"

// GCC 12 at -O3 warns falsely (-Wmaybe-uninitialized) about the empty std::optional<category> of a
// temporary body view once to_json is inlined into a test; the headers themselves keep the warning.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

namespace {

// The document by the portable writer, through an output iterator.
std::string portable_json(const swr::create_repo_body_view& body) {
  std::string json;
  swr::detail::put_body(body, std::back_inserter(json));
  return json;
}

bool fast_path_agrees(const swr::create_repo_body_view& body) {
  const auto json = swr::to_json(body);
  const auto size = swr::json_size(body);
  return json.has_value() && size.has_value() && *json == portable_json(body) && *size == json->size();
}

}  // namespace

TEST_CASE("every byte below 0x80 at every position of texts around the block edges") {
  std::size_t failures = 0;
  for (std::size_t n = 1; n <= 40; ++n) {
    for (std::size_t at = 0; at < n; ++at) {
      for (unsigned byte = 0; byte < 0x80; ++byte) {
        std::string text(n, 'x');
        text[at] = static_cast<char>(byte);
        if (!fast_path_agrees({"r", true, std::nullopt, text}) && ++failures <= 10) {
          FAIL_CHECK("length " << n << ", byte " << byte << " at " << at);
        }
      }
    }
  }
  CHECK(failures == 0);
}

TEST_CASE("two escapes at every pair of positions, around the block edges") {
  std::size_t failures = 0;
  const char escapes[] = {'"', '\n', '\x01'};
  for (std::size_t n = 2; n <= 50; ++n) {
    for (std::size_t first = 0; first < n; ++first) {
      for (std::size_t second = first + 1; second < n; ++second) {
        std::string text(n, 'x');
        text[first] = escapes[(first + n) % 3];
        text[second] = escapes[(second + 2 * n) % 3];
        if (!fast_path_agrees({"r", true, std::nullopt, text}) && ++failures <= 10) {
          FAIL_CHECK("length " << n << ", escapes at " << first << " and " << second);
        }
      }
    }
  }
  CHECK(failures == 0);
}

TEST_CASE("the measure refuses what check_description refuses, and sizes the rest exactly") {
  std::string long_text(swr::description_max_code_points, 'a');
  CHECK(swr::detail::measure_json_text(long_text, swr::description_max_code_points).valid);
  long_text += 'a';
  CHECK_FALSE(swr::detail::measure_json_text(long_text, swr::description_max_code_points).valid);
  // Many bytes, few code points: accepted.
  std::string wide;
  for (int i = 0; i < 20000; ++i) wide += "\xC3\xA9";
  CHECK(swr::detail::measure_json_text(wide, swr::description_max_code_points).escaped_size == wide.size());
  CHECK_FALSE(swr::detail::measure_json_text("ab\xC3", swr::description_max_code_points).valid);
  CHECK(swr::detail::measure_json_text("a\"\n\x01", 10).escaped_size == 1 + 2 + 2 + 6);
}

TEST_CASE("the measure counts code points and escapes exactly, at every position and across its sums") {
  // A two-byte sequence at every position: code points counted against the limit, on each side of it.
  for (std::size_t n = 2; n <= 40; ++n) {
    for (std::size_t at = 0; at + 2 <= n; ++at) {
      std::string text(n, 'x');
      text.replace(at, 2, "\xC3\xA9");
      text[n - 1 - at / 2] = text[n - 1 - at / 2] == 'x' ? '\x01' : text[n - 1 - at / 2];  // an escape too
      CAPTURE(n);
      CAPTURE(at);
      const std::size_t code_points = n - 1;
      const auto portable = portable_json({"r", true, std::nullopt, text}).size();
      const auto exact = swr::detail::measure_json_text(text, code_points);
      CHECK(exact.valid);
      CHECK(exact.escaped_size + sizeof("{\"repository\":\"r\",\"is_public\":true,\"description\":\"\"}") - 1 ==
            portable);
      CHECK_FALSE(swr::detail::measure_json_text(text, code_points - 1).valid);
    }
  }
  // Long texts, past the 32 blocks after which the per-lane counts are summed: 200 code points of 3 and 4 bytes
  // with escapes between them.
  for (const char* unit : {"\xE2\x82\xAC\"", "\xF0\x9F\x98\x80\x1F", "\xE6\x97\xA5\\"}) {
    std::string text;
    for (int i = 0; i < 100; ++i) text += unit;
    CAPTURE(text.size());
    const auto measured = swr::detail::measure_json_text(text, 200);
    CHECK(measured.valid);
    CHECK(measured.escaped_size + sizeof("\"\"") - 1 ==
          portable_json({"r", true, std::nullopt, text}).size() -
              (sizeof("{\"repository\":\"r\",\"is_public\":true,\"description\":}") - 1));
    CHECK_FALSE(swr::detail::measure_json_text(text + "a", 200).valid);
    text[text.size() / 2] = '\xFF';
    CHECK_FALSE(swr::detail::measure_json_text(text, 1000).valid);
  }
}

TEST_CASE("generated bodies: the fast path writes what the portable writer writes") {
  swr_test::body_generator generate(1128);
  std::size_t failures = 0;
  for (int i = 0; i < 3000; ++i) {
    const swr::create_repo_body body = generate.body();
    if (!fast_path_agrees(body) && ++failures <= 10) FAIL_CHECK("body " << i);
    std::string buffer(body.description ? 6 * body.description->size() + 200 : 200, '\0');
    const auto size = swr::write_json(buffer.data(), buffer.size(), body);
    CHECK((size.has_value() && std::string_view(buffer.data(), *size) == portable_json(body)));
  }
  CHECK(failures == 0);
}

TEST_CASE("to_json writes in one pass what fits its stack buffer, and measures first what might not") {
  // At the edge of the one-pass room, for repositories of several sizes: descriptions of escapes only (each
  // byte written as six, the largest document the room allows), of plain text, and of text that ends in
  // invalid UTF-8, one byte under, at and over the room. Both paths must write the portable writer's bytes,
  // and refuse the same bodies with the same error.
  for (const std::string& repository : {std::string("r"), std::string("team/app"), std::string(128, 'a')}) {
    const std::size_t room = swr::detail::one_pass_description_room(repository.size());
    REQUIRE(room > 16);
    for (const std::size_t n : {room - 1, room, room + 1}) {
      CAPTURE(repository.size());
      CAPTURE(n);
      for (const char filler : {'\x01', '"', 'x'}) {
        const std::string text(n, filler);
        const swr::create_repo_body_view body{repository, false, swr::category::framework_app, text};
        const std::string one_pass = swr::detail::body_json_in_one_pass(body);
        CHECK(one_pass == (n <= room ? portable_json(body) : std::string()));
        CHECK(fast_path_agrees(body));
        CHECK(swr::detail::body_json(body) == portable_json(body));
      }
      std::string invalid(n, 'x');
      invalid.back() = '\xC3';
      const auto refused = swr::to_json(swr::create_repo_body_view{repository, true, std::nullopt, invalid});
      REQUIRE_FALSE(refused.has_value());
      CHECK(refused.error() == swr::error{swr::error_code::invalid_utf8, swr::field::description, n - 1});
    }
  }
  // A longest document fits: a longest repository name, the longest category name, a description of escapes.
  const std::string repository(swr::repository_max_length, 'a');
  const std::string text(swr::detail::one_pass_description_room(repository.size()), '\x1F');
  const std::string json = swr::detail::body_json_in_one_pass({repository, false, swr::category::framework_app, text});
  REQUIRE_FALSE(json.empty());
  CHECK(json.size() <= swr::detail::one_pass_capacity);
  CHECK(json.size() + 6 > swr::detail::one_pass_capacity);  // and the room is not much smaller than it could be
  // Refused in one pass, then by first_problem with its exact error: a bad repository, an unknown category.
  CHECK(swr::detail::body_json_in_one_pass({"Team", false}).empty());
  CHECK(swr::to_json(swr::create_repo_body_view{"Team", false}).error() ==
        swr::error{swr::error_code::invalid_character, swr::field::repository, 0});
  CHECK(swr::detail::body_json_in_one_pass({"team", false, static_cast<swr::category>(8)}).empty());
  CHECK(swr::to_json(swr::create_repo_body_view{"team", false, static_cast<swr::category>(8)}).error() ==
        swr::error{swr::error_code::unknown_category, swr::field::category, 0});
}

#if SWR_TEST_HAS_GUARDED_PAGE
TEST_CASE("the writer reads past no description and writes past no buffer") {
  swr_test::guarded_page input_page, output_page;
  REQUIRE((input_page.ok() && output_page.ok()));
  if (!input_page.ok() || !output_page.ok()) return;
  swr_test::body_generator generate(77);
  for (std::size_t n = 0; n <= 120; ++n) {
    std::string text = generate.description();
    text.resize(std::min(text.size(), n));
    if (!swr::is_valid_utf8(text)) text = std::string(n, '"');
    const swr::create_repo_body_view copy{"team/app", true, swr::category::linux_, text};
    const std::string expected = portable_json(copy);
    const swr::create_repo_body_view guarded{"team/app", true, swr::category::linux_, input_page.at_end(text)};
    CAPTURE(n);
    CHECK(swr::to_json(guarded).value_or("") == expected);
    // The document written so that its last byte is the page's last writable one.
    char* out = const_cast<char*>(output_page.place(std::string(expected.size(), '\0')));
    const auto size = swr::write_json(out, expected.size(), guarded);
    CHECK((size.has_value() && std::string_view(out, *size) == expected));
  }
}
#endif
