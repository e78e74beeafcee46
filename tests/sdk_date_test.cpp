// Tests for swr/sdk_date.hpp against docs/signing.md: X-Sdk-Date is a UTC time written YYYYMMDDTHHMMSSZ;
// to_sdk_date formats any std::chrono::system_clock time point (rounded down to the second), and
// parse_sdk_date reads one back or says at which byte it is wrong.
#include "swr/swr.hpp"

#include <chrono>
#include <cstdint>
#include <ctime>
#include <string_view>

#include "test_support.hpp"

using swr::error;
using swr::error_code;
using swr::field;

namespace {
constexpr error date_error(std::size_t position) { return {error_code::invalid_date, field::sdk_date, position}; }

constexpr error parse_error(std::string_view text) {
  const auto parsed = swr::parse_sdk_date(text);
  return parsed ? error{} : parsed.error();
}
}  // namespace

// In constant expressions, in C++17.
static_assert(swr::to_sdk_date_from_unix_seconds(0)->view() == "19700101T000000Z");
static_assert(swr::to_sdk_date_from_unix_seconds(1704164645)->view() == "20240102T030405Z");
static_assert(swr::to_sdk_date_from_unix_seconds(-1)->view() == "19691231T235959Z");
static_assert(*swr::parse_sdk_date("20240102T030405Z") == 1704164645);
static_assert(parse_error("20240230T000000Z") == date_error(6));

TEST_CASE("to_sdk_date: the calendar, leap years, and the ends of the representable years") {
  struct sample {
    std::int64_t seconds;
    std::string_view date;
  };
  for (const sample& s : {sample{0, "19700101T000000Z"}, sample{951782400, "20000229T000000Z"},
                          sample{4107542399, "21000228T235959Z"}, sample{4107542400, "21000301T000000Z"},
                          sample{-62167219200, "00000101T000000Z"}, sample{253402300799, "99991231T235959Z"},
                          sample{-2208988800, "19000101T000000Z"}, sample{1704164645, "20240102T030405Z"}}) {
    CAPTURE(s.date);
    const auto formatted = swr::to_sdk_date_from_unix_seconds(s.seconds);
    REQUIRE(formatted);
    CHECK(formatted->view() == s.date);
    CHECK(formatted->text[16] == '\0');
    CHECK(swr::parse_sdk_date(s.date).value() == s.seconds);
  }
  CHECK(swr::to_sdk_date_from_unix_seconds(-62167219201).error() == date_error(0));
  CHECK(swr::to_sdk_date_from_unix_seconds(253402300800).error() == date_error(0));
}

TEST_CASE("to_sdk_date: every day from 1900 to 2200 reads back, and agrees with gmtime") {
  for (std::int64_t seconds = -2208988800; seconds < 7258118400; seconds += 86400 + 3607) {
    const auto formatted = swr::to_sdk_date_from_unix_seconds(seconds);
    REQUIRE(formatted);
    REQUIRE(swr::parse_sdk_date(*formatted).value() == seconds);
    const std::time_t t = static_cast<std::time_t>(seconds);
    std::tm parts{};
    REQUIRE(gmtime_r(&t, &parts) != nullptr);
    char expected[17] = {};
    REQUIRE(std::strftime(expected, sizeof expected, "%Y%m%dT%H%M%SZ", &parts) == 16);
    REQUIRE(formatted->view() == std::string_view(expected));
  }
}

TEST_CASE("to_sdk_date: system_clock time points of any duration, rounded down") {
  using namespace std::chrono;
  const system_clock::time_point base{seconds(1704164645)};
  CHECK(swr::to_sdk_date(base)->view() == "20240102T030405Z");
  CHECK(swr::to_sdk_date(base + milliseconds(999))->view() == "20240102T030405Z");
  CHECK(swr::to_sdk_date(base - nanoseconds(1))->view() == "20240102T030404Z");
  CHECK(swr::to_sdk_date(time_point_cast<minutes>(base))->view() == "20240102T030400Z");
  CHECK(swr::to_sdk_date(time_point<system_clock, hours>(hours(-1)))->view() == "19691231T230000Z");
  CHECK(swr::to_sdk_date(system_clock::time_point(-milliseconds(1)))->view() == "19691231T235959Z");
  CHECK(swr::to_sdk_date(time_point<system_clock, seconds>(seconds(253402300800))).error() == date_error(0));
}

TEST_CASE("parse_sdk_date: the first wrong byte") {
  CHECK(parse_error("20240102T030405Z") == error{});
  CHECK(parse_error("") == date_error(0));
  CHECK(parse_error("2024") == date_error(4));
  CHECK(parse_error("20240102T030405") == date_error(15));
  CHECK(parse_error("20240102T030405ZZ") == date_error(16));
  CHECK(parse_error("20240102 030405Z") == date_error(8));
  CHECK(parse_error("20240102t030405Z") == date_error(8));
  CHECK(parse_error("20240102T030405z") == date_error(15));
  CHECK(parse_error("2024-102T030405Z") == date_error(4));
  CHECK(parse_error("20240102T03:405Z") == date_error(11));
  CHECK(parse_error("20241302T030405Z") == date_error(4));
  CHECK(parse_error("20240002T030405Z") == date_error(4));
  CHECK(parse_error("20240100T030405Z") == date_error(6));
  CHECK(parse_error("20240431T030405Z") == date_error(6));
  CHECK(parse_error("20230229T030405Z") == date_error(6));
  CHECK(parse_error("20240229T030405Z") == error{});
  CHECK(parse_error("19000229T030405Z") == date_error(6));
  CHECK(parse_error("20000229T030405Z") == error{});
  CHECK(parse_error("20240102T240000Z") == date_error(9));
  CHECK(parse_error("20240102T236000Z") == date_error(11));
  CHECK(parse_error("20240102T235960Z") == date_error(13));
  CHECK(parse_error(std::string_view("20240102T030405\0", 16)) == date_error(15));
  CHECK(swr::check_sdk_date("20240102T030405Z").ok());
  CHECK(swr::check_sdk_date("20240102T030405X") == date_error(15));
  CHECK(swr::message(date_error(0)) ==
        "X-Sdk-Date must be a UTC time written YYYYMMDDTHHMMSSZ, such as 20240102T030405Z.");
}
