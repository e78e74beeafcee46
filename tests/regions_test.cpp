// Tests for swr/regions.hpp against docs/regions.md: the 21 regional SWR API hosts in the spec's order
// (written out here by hand from the spec's table), exact case-sensitive lookup by region id, and the
// `unknown_region` error (field region) whose message names every known id and, like every message, is a
// NUL-terminated view (built at compile time from the table, unlike the other messages, which are literals).
#include "swr/swr.hpp"

#include <cstddef>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <set>
#include <string>
#include <string_view>

#include "test_support.hpp"

using swr::error;
using swr::error_code;
using swr::field;
using swr::region_host;

namespace {
struct spec_region {
  std::string_view id;
  std::string_view host;
};

// docs/regions.md, row by row.
constexpr spec_region spec_table[] = {
    {"af-south-1", "swr-api.af-south-1.myhuaweicloud.com"},
    {"ap-southeast-1", "swr-api.ap-southeast-1.myhuaweicloud.com"},
    {"ap-southeast-2", "swr-api.ap-southeast-2.myhuaweicloud.com"},
    {"ap-southeast-3", "swr-api.ap-southeast-3.myhuaweicloud.com"},
    {"cn-east-2", "swr-api.cn-east-2.myhuaweicloud.com"},
    {"cn-east-3", "swr-api.cn-east-3.myhuaweicloud.com"},
    {"cn-north-1", "swr-api.cn-north-1.myhuaweicloud.com"},
    {"cn-north-2", "swr-api.cn-north-2.myhuaweicloud.com"},
    {"cn-north-4", "swr-api.cn-north-4.myhuaweicloud.com"},
    {"cn-north-9", "swr-api.cn-north-9.myhuaweicloud.com"},
    {"cn-south-1", "swr-api.cn-south-1.myhuaweicloud.com"},
    {"cn-south-2", "swr-api.cn-south-2.myhuaweicloud.com"},
    {"cn-southwest-2", "swr-api.cn-southwest-2.myhuaweicloud.com"},
    {"ru-northwest-2", "swr-api.ru-northwest-2.myhuaweicloud.com"},
    {"la-south-2", "swr-api.la-south-2.myhuaweicloud.com"},
    {"la-north-2", "swr-api.la-north-2.myhuaweicloud.com"},
    {"sa-brazil-1", "swr-api.sa-brazil-1.myhuaweicloud.com"},
    {"na-mexico-1", "swr-api.na-mexico-1.myhuaweicloud.com"},
    {"tr-west-1", "swr-api.tr-west-1.myhuaweicloud.com"},
    {"ae-ad-1", "swr-api.ae-ad-1.myhuaweicloud.com"},
    {"eu-west-101", "swr-api.eu-west-101.myhuaweicloud.eu"},
};

constexpr error unknown_region{error_code::unknown_region, field::region, 0, swr::no_offset};

bool is_id_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }

// The words of `text` shaped like a region id: lowercase words joined by '-', ending in "-<digits>".
std::multiset<std::string> region_like_words(std::string_view text) {
  std::multiset<std::string> words;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_id_char(text[i])) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < text.size() && is_id_char(text[i])) ++i;
    const std::string_view word = text.substr(start, i - start);
    const std::size_t dash = word.rfind('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 == word.size()) continue;
    bool digits = true;
    for (const char c : word.substr(dash + 1)) digits = digits && c >= '0' && c <= '9';
    if (digits) words.insert(std::string(word));
  }
  return words;
}
}  // namespace

// Compiled in every build: region_host is usable in constant expressions (C++17) and does not throw.
static_assert(std::size(swr::regions) == 21);
static_assert(region_host("cn-north-4").has_value());
static_assert(*region_host("cn-north-4") == "swr-api.cn-north-4.myhuaweicloud.com");
static_assert(*region_host("eu-west-101") == "swr-api.eu-west-101.myhuaweicloud.eu");
static_assert(!region_host("cn-north-3").has_value());
static_assert(region_host("cn-north-3").error() == unknown_region);
static_assert(noexcept(region_host(std::string_view{})));
static_assert(swr::check_host(*region_host("af-south-1")).ok());

TEST_CASE("the table is the spec's, entry by entry and in order") {
  REQUIRE(std::size(swr::regions) == std::size(spec_table));
  for (std::size_t i = 0; i < std::size(spec_table); ++i) {
    CAPTURE(i);
    CHECK(swr::regions[i].id == spec_table[i].id);
    CHECK(swr::regions[i].host == spec_table[i].host);
  }
}

TEST_CASE("region_host finds every id of the spec") {
  for (const spec_region& r : spec_table) {
    CAPTURE(r.id);
    const auto host = region_host(r.id);
    REQUIRE(host.has_value());
    CHECK(*host == r.host);
    // The spec's host is "swr-api.<id>." followed by the domain.
    CHECK(host->substr(0, 8 + r.id.size() + 1) == "swr-api." + std::string(r.id) + ".");
  }
  CHECK(*region_host("eu-west-101") == "swr-api.eu-west-101.myhuaweicloud.eu");
  CHECK(*region_host("cn-north-4") == "swr-api.cn-north-4.myhuaweicloud.com");
}

TEST_CASE("only eu-west-101 is served from myhuaweicloud.eu") {
  for (const swr::region& r : swr::regions) {
    CAPTURE(r.id);
    const std::string_view suffix = r.id == "eu-west-101" ? ".myhuaweicloud.eu" : ".myhuaweicloud.com";
    REQUIRE(r.host.size() > suffix.size());
    CHECK(r.host.substr(r.host.size() - suffix.size()) == suffix);
  }
}

TEST_CASE("ids and hosts are unique, and every host is a valid Host") {
  std::set<std::string_view> ids;
  std::set<std::string_view> hosts;
  for (const swr::region& r : swr::regions) {
    CAPTURE(r.id);
    CHECK(ids.insert(r.id).second);
    CHECK(hosts.insert(r.host).second);
    CHECK(swr::check_host(r.host) == error{});
  }
  CHECK(ids.size() == 21);
}

TEST_CASE("unknown ids: exact, case-sensitive lookup") {
  for (const std::string_view id :
       {std::string_view(""), std::string_view("CN-NORTH-4"), std::string_view("Cn-north-4"),
        std::string_view("cn-north-4 "), std::string_view(" cn-north-4"), std::string_view("cn-north-3"),
        std::string_view("eu-west-1"), std::string_view("cn-north"), std::string_view("cn-north-44"),
        std::string_view("swr-api.cn-north-4.myhuaweicloud.com"), std::string_view("cn-north-4\0", 11),
        std::string_view("us-east-1")}) {
    CAPTURE(id);
    const auto host = region_host(id);
    REQUIRE_FALSE(host.has_value());
    CHECK(host.error() == unknown_region);
  }
}

TEST_CASE("the message of unknown_region names every known id, and no other") {
  const std::string_view text = swr::message(unknown_region);
  CAPTURE(text);
  for (const spec_region& r : spec_table) {
    CAPTURE(r.id);
    // As a whole word: not followed or preceded by another id character.
    bool found = false;
    for (std::size_t at = text.find(r.id); at != std::string_view::npos; at = text.find(r.id, at + 1)) {
      const bool starts = at == 0 || !is_id_char(text[at - 1]);
      const std::size_t end = at + r.id.size();
      const bool ends = end == text.size() || !is_id_char(text[end]);
      found = found || (starts && ends);
    }
    CHECK(found);
  }
  std::multiset<std::string> expected;
  for (const spec_region& r : spec_table) expected.insert(std::string(r.id));
  CHECK(region_like_words(text) == expected);
  CHECK(swr::to_string(unknown_region.code) == "unknown_region");
  CHECK(swr::to_string(unknown_region.field) == "region");
}

// The message is built at compile time into an array of its own: the array holds the terminating NUL too.
// In a constant expression, reading one past the end of the array would not compile.
static_assert(swr::message(unknown_region).data()[swr::message(unknown_region).size()] == '\0');

TEST_CASE("the message of unknown_region is NUL-terminated: its data() is a C string") {
  const std::string_view text = swr::message(unknown_region);
  REQUIRE(text.data() != nullptr);
  CHECK(text.data()[text.size()] == '\0');
  CHECK(std::strlen(text.data()) == text.size());
  // What a C API does with it: printf("%s", message(e).data()).
  char printed[512] = {};
  REQUIRE(text.size() < sizeof printed);
  const int written = std::snprintf(printed, sizeof printed, "%s", text.data());
  CHECK(written == static_cast<int>(text.size()));
  CHECK(std::string_view(printed) == text);
}
