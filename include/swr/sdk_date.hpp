// SPDX-License-Identifier: MIT
// swrkit — the signing time of AK/SK signing, X-Sdk-Date: a UTC time written YYYYMMDDTHHMMSSZ
// (docs/signing.md). swrkit never reads the clock: the caller passes the time. to_sdk_date takes any
// std::chrono::system_clock time point without this header including <chrono> (which costs more than the
// rest of swrkit in C++20): the clock only needs to_time_t, which only system_clock has.
#ifndef SWR_SDK_DATE_HPP
#define SWR_SDK_DATE_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>

#include "swr/config.hpp"
#include "swr/error.hpp"
#include "swr/result.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// An X-Sdk-Date value, e.g. "20240102T030405Z": 16 characters and a terminating NUL.
struct sdk_date {
  char text[17] = {};

  // The views borrow `text`: a view of a temporary dangles, which Clang diagnoses (SWR_LIFETIMEBOUND).
  [[nodiscard]] constexpr std::string_view view() const noexcept SWR_LIFETIMEBOUND { return {text, 16}; }
  constexpr operator std::string_view() const noexcept SWR_LIFETIMEBOUND { return view(); }
};

namespace detail {
// Days from 1970-01-01 to a date of the proleptic Gregorian calendar, and back (the usual era arithmetic:
// 400-year eras of 146,097 days, years counted from March so that the leap day comes last).
constexpr std::int64_t days_from_civil(std::int64_t year, unsigned month, unsigned day) noexcept {
  year -= month <= 2 ? 1 : 0;
  const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
  const auto year_of_era = static_cast<unsigned>(year - era * 400);
  const unsigned day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + static_cast<std::int64_t>(day_of_era) - 719468;
}

struct civil_date {
  std::int64_t year;
  unsigned month;
  unsigned day;
};

constexpr civil_date civil_from_days(std::int64_t days) noexcept {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const auto day_of_era = static_cast<unsigned>(days - era * 146097);
  const unsigned year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const unsigned day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const unsigned shifted_month = (5 * day_of_year + 2) / 153;
  const unsigned day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
  const unsigned month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
  return {static_cast<std::int64_t>(year_of_era) + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

constexpr unsigned days_in_month(std::int64_t year, unsigned month) noexcept {
  if (month == 2) return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
  return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
}

constexpr std::int64_t floor_divide(std::int64_t a, std::int64_t b) noexcept {
  const std::int64_t q = a / b;
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

constexpr void put_digits(char* out, std::int64_t value, std::size_t digits) noexcept {
  for (std::size_t i = digits; i > 0; --i, value /= 10) out[i - 1] = static_cast<char>('0' + value % 10);
}
}  // namespace detail

/// The X-Sdk-Date of a time given in seconds since 1970-01-01T00:00:00Z (leap seconds not counted, as
/// system_clock does). `invalid_date` (field `sdk_date`) outside the years 0000-9999.
[[nodiscard]] constexpr result<sdk_date, error> to_sdk_date_from_unix_seconds(std::int64_t seconds) noexcept {
  constexpr std::int64_t day = 86400;
  // Outside the representable years the day count alone would overflow the arithmetic below.
  constexpr std::int64_t first = -62167219200;  // 0000-01-01T00:00:00Z
  constexpr std::int64_t end = 253402300800;    // 10000-01-01T00:00:00Z
  if (seconds < first || seconds >= end) return unexpected(error{error_code::invalid_date, field::sdk_date, 0});
  const std::int64_t days = detail::floor_divide(seconds, day);
  const std::int64_t in_day = seconds - days * day;
  const detail::civil_date date = detail::civil_from_days(days);
  sdk_date out;
  detail::put_digits(out.text, date.year, 4);
  detail::put_digits(out.text + 4, date.month, 2);
  detail::put_digits(out.text + 6, date.day, 2);
  out.text[8] = 'T';
  detail::put_digits(out.text + 9, in_day / 3600, 2);
  detail::put_digits(out.text + 11, in_day / 60 % 60, 2);
  detail::put_digits(out.text + 13, in_day % 60, 2);
  out.text[15] = 'Z';
  return out;
}

namespace detail {
inline constexpr std::int64_t int64_max = 0x7FFFFFFFFFFFFFFF;
inline constexpr std::int64_t int64_min = -int64_max - 1;

// floor(r * num / den) for 0 <= r < den and num, den > 0, without overflow: the quotient is below num, so it
// fits, and the product is formed one bit of num at a time as a quotient and a remainder below den.
constexpr std::int64_t multiply_divide_below(std::int64_t r, std::int64_t num, std::int64_t den) noexcept {
  if (r <= int64_max / num) return r * num / den;
  const auto d = static_cast<std::uint64_t>(den), a = static_cast<std::uint64_t>(r);
  std::uint64_t quotient = 0, remainder = 0;  // remainder < d < 2^63: doubling it cannot overflow
  for (int bit = 62; bit >= 0; --bit) {
    quotient *= 2;
    remainder *= 2;
    if (remainder >= d) {
      remainder -= d;
      quotient += 1;
    }
    if ((static_cast<std::uint64_t>(num) >> bit) & 1U) {
      remainder += a;
      if (remainder >= d) {
        remainder -= d;
        quotient += 1;
      }
    }
  }
  return static_cast<std::int64_t>(quotient);
}

// The seconds since the Unix epoch of `count` ticks of num/den seconds, rounded down (floor(count * num / den)),
// for any period; saturated to the int64 range where the true value is beyond it (to_sdk_date then refuses it).
constexpr std::int64_t seconds_of_ticks(std::int64_t count, std::int64_t num, std::int64_t den) noexcept {
  // count = whole * den + r with 0 <= r < den (floor_divide's whole * den could overflow near the limits).
  std::int64_t whole = count / den, r = count % den;
  if (r < 0) {
    whole -= 1;
    r += den;
  }
  if (whole > int64_max / num) return int64_max;
  if (whole < int64_min / num) return int64_min;
  const std::int64_t seconds = whole * num;
  const std::int64_t fraction = multiply_divide_below(r, num, den);  // 0 <= fraction < num
  return seconds > int64_max - fraction ? int64_max : seconds + fraction;
}

// The seconds since the Unix epoch of a system_clock time point, rounded down, for any duration.
template <class TimePoint>
constexpr std::int64_t unix_seconds(const TimePoint& time) noexcept {
  using period = typename TimePoint::period;
  return seconds_of_ticks(static_cast<std::int64_t>(time.time_since_epoch().count()),
                          static_cast<std::int64_t>(period::num), static_cast<std::int64_t>(period::den));
}

// Only std::chrono::system_clock has to_time_t: its epoch is the Unix epoch (C++20 says so; every
// implementation before did it). Asked of the clock's own time_point, so that a time point of any duration
// qualifies (libc++'s system_clock counts microseconds: a nanosecond time point does not convert to it).
template <class TimePoint>
using system_clock_time_point =
    decltype(TimePoint::clock::to_time_t(std::declval<const typename TimePoint::clock::time_point&>()));
}  // namespace detail

/// The X-Sdk-Date of a `std::chrono::system_clock` time point, e.g. `to_sdk_date(system_clock::now())`:
/// UTC, to the second (rounded down). `invalid_date` outside the years 0000-9999.
template <class TimePoint, class = detail::system_clock_time_point<TimePoint>>
[[nodiscard]] constexpr result<sdk_date, error> to_sdk_date(const TimePoint& time) noexcept {
  return to_sdk_date_from_unix_seconds(detail::unix_seconds(time));
}

/// Reads an X-Sdk-Date: `YYYYMMDDTHHMMSSZ`, a day of the calendar, hours 00-23, minutes and seconds 00-59.
/// Gives the seconds since the Unix epoch, or `invalid_date` (field `sdk_date`) at the first byte that is
/// wrong: the first digit of a number out of range, or where the text is too short or too long.
[[nodiscard]] constexpr result<std::int64_t, error> parse_sdk_date(std::string_view text) noexcept {
  const auto wrong = [](std::size_t at) { return unexpected(error{error_code::invalid_date, field::sdk_date, at}); };
  constexpr std::string_view shape =
      "dddddddd"
      "Tdddddd"
      "Z";
  for (std::size_t i = 0; i < shape.size(); ++i) {
    if (i >= text.size()) return wrong(i);
    const bool ok = shape[i] == 'd' ? text[i] >= '0' && text[i] <= '9' : text[i] == shape[i];
    if (!ok) return wrong(i);
  }
  if (text.size() > shape.size()) return wrong(shape.size());
  const auto number = [&](std::size_t at, std::size_t digits) {
    unsigned value = 0;
    for (std::size_t i = 0; i < digits; ++i) value = value * 10 + static_cast<unsigned>(text[at + i] - '0');
    return value;
  };
  const std::int64_t year = number(0, 4);
  const unsigned month = number(4, 2), day = number(6, 2);
  const unsigned hour = number(9, 2), minute = number(11, 2), second = number(13, 2);
  if (month < 1 || month > 12) return wrong(4);
  if (day < 1 || day > detail::days_in_month(year, month)) return wrong(6);
  if (hour > 23) return wrong(9);
  if (minute > 59) return wrong(11);
  if (second > 59) return wrong(13);
  return detail::days_from_civil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
}

/// Whether `text` is a well-formed X-Sdk-Date (see parse_sdk_date): `ok()`, or `invalid_date` where it is not.
[[nodiscard]] constexpr error check_sdk_date(std::string_view text) noexcept {
  const result<std::int64_t, error> parsed = parse_sdk_date(text);
  return parsed ? error{} : parsed.error();
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_SDK_DATE_HPP
