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

TEST_CASE("to_sdk_date: durations whose period is neither 1/N nor N/1 seconds, rounded down") {
  using namespace std::chrono;
  using ticks_of_1_5_s = duration<std::int64_t, std::ratio<3, 2>>;
  CHECK(swr::to_sdk_date(time_point<system_clock, ticks_of_1_5_s>(ticks_of_1_5_s(1)))->view() == "19700101T000001Z");
  CHECK(swr::to_sdk_date(time_point<system_clock, ticks_of_1_5_s>(ticks_of_1_5_s(3)))->view() == "19700101T000004Z");
  CHECK(swr::to_sdk_date(time_point<system_clock, ticks_of_1_5_s>(ticks_of_1_5_s(-1)))->view() == "19691231T235958Z");
  using ticks_of_7_30_s = duration<std::int64_t, std::ratio<7, 30>>;  // 7/30 s: 30 ticks are 7 s
  CHECK(swr::to_sdk_date(time_point<system_clock, ticks_of_7_30_s>(ticks_of_7_30_s(30)))->view() == "19700101T000007Z");
  CHECK(swr::to_sdk_date(time_point<system_clock, ticks_of_7_30_s>(ticks_of_7_30_s(29)))->view() == "19700101T000006Z");
}

#if defined(__SIZEOF_INT128__)
TEST_CASE("unix_seconds: floor(count * num / den) for any period and count, saturated beyond int64") {
  // Against 128-bit arithmetic, for periods that are whole, fractional, both, and near the int64 limits.
  __extension__ typedef __int128 wide;
  constexpr std::int64_t max = INT64_MAX, min = INT64_MIN;
  const std::int64_t periods[][2] = {
      {1, 1},         {1, 1000000000},         {60, 1}, {3, 2}, {7, 30}, {2, 3}, {86400, 1}, {1, max}, {max, 1},
      {max, max - 1}, {3, 1000000000000000000}};
  const std::int64_t counts[] = {0,
                                 1,
                                 -1,
                                 2,
                                 -2,
                                 29,
                                 30,
                                 -31,
                                 1000003,
                                 -999999937,
                                 max,
                                 max - 1,
                                 min,
                                 min + 1,
                                 max / 2,
                                 min / 3,
                                 4611686018427387904};
  for (const auto& period : periods) {
    for (const std::int64_t count : counts) {
      CAPTURE(period[0]);
      CAPTURE(period[1]);
      CAPTURE(count);
      const wide product = static_cast<wide>(count) * period[0];
      wide expected = product / period[1];
      if (product % period[1] != 0 && product < 0) expected -= 1;  // round down, not toward zero
      if (expected > max) expected = max;
      if (expected < min) expected = min;
      CHECK(swr::detail::seconds_of_ticks(count, period[0], period[1]) == static_cast<std::int64_t>(expected));
    }
  }
}
#endif

TEST_CASE("to_sdk_date: the extreme time points of every duration are invalid_date, not wrapped around") {
  using namespace std::chrono;
  CHECK(swr::to_sdk_date(time_point<system_clock, minutes>::max()).error() == date_error(0));
  CHECK(swr::to_sdk_date(time_point<system_clock, minutes>::min()).error() == date_error(0));
  CHECK(swr::to_sdk_date(time_point<system_clock, hours>::max()).error() == date_error(0));
  CHECK(swr::to_sdk_date(time_point<system_clock, hours>::min()).error() == date_error(0));
  CHECK(swr::to_sdk_date(time_point<system_clock, seconds>::max()).error() == date_error(0));
  CHECK(swr::to_sdk_date(time_point<system_clock, seconds>::min()).error() == date_error(0));
  // Nanoseconds reach only 1677 to 2262: both ends are dates.
  CHECK(swr::to_sdk_date(time_point<system_clock, nanoseconds>::min())->view() == "16770921T001243Z");
  CHECK(swr::to_sdk_date(time_point<system_clock, nanoseconds>::max())->view() == "22620411T234716Z");
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
