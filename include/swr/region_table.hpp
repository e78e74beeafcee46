// SPDX-License-Identifier: MIT
// swrkit — the regional SWR API hosts (docs/regions.md, from Huawei Cloud's SDKs; scheme https), and the
// text that lists their ids for an unknown one. Kept apart from regions.hpp so that error.hpp can build its
// message from the one table, without an include cycle.
#ifndef SWR_REGION_TABLE_HPP
#define SWR_REGION_TABLE_HPP

#include <cstddef>
#include <string_view>

#include "swr/config.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

struct region {
  std::string_view id;        ///< e.g. "cn-north-4"
  std::string_view host;      ///< the API host, e.g. "swr-api.cn-north-4.myhuaweicloud.com"
  std::string_view registry;  ///< the image registry (docker push), e.g. "swr.cn-north-4.myhuaweicloud.com"
};

/// Every known region, in the order of docs/regions.md. Note eu-west-101, served from myhuaweicloud.eu (its API
/// host and its registry alike).
inline constexpr region regions[] = {
    {"af-south-1", "swr-api.af-south-1.myhuaweicloud.com", "swr.af-south-1.myhuaweicloud.com"},
    {"ap-southeast-1", "swr-api.ap-southeast-1.myhuaweicloud.com", "swr.ap-southeast-1.myhuaweicloud.com"},
    {"ap-southeast-2", "swr-api.ap-southeast-2.myhuaweicloud.com", "swr.ap-southeast-2.myhuaweicloud.com"},
    {"ap-southeast-3", "swr-api.ap-southeast-3.myhuaweicloud.com", "swr.ap-southeast-3.myhuaweicloud.com"},
    {"cn-east-2", "swr-api.cn-east-2.myhuaweicloud.com", "swr.cn-east-2.myhuaweicloud.com"},
    {"cn-east-3", "swr-api.cn-east-3.myhuaweicloud.com", "swr.cn-east-3.myhuaweicloud.com"},
    {"cn-north-1", "swr-api.cn-north-1.myhuaweicloud.com", "swr.cn-north-1.myhuaweicloud.com"},
    {"cn-north-2", "swr-api.cn-north-2.myhuaweicloud.com", "swr.cn-north-2.myhuaweicloud.com"},
    {"cn-north-4", "swr-api.cn-north-4.myhuaweicloud.com", "swr.cn-north-4.myhuaweicloud.com"},
    {"cn-north-9", "swr-api.cn-north-9.myhuaweicloud.com", "swr.cn-north-9.myhuaweicloud.com"},
    {"cn-south-1", "swr-api.cn-south-1.myhuaweicloud.com", "swr.cn-south-1.myhuaweicloud.com"},
    {"cn-south-2", "swr-api.cn-south-2.myhuaweicloud.com", "swr.cn-south-2.myhuaweicloud.com"},
    {"cn-southwest-2", "swr-api.cn-southwest-2.myhuaweicloud.com", "swr.cn-southwest-2.myhuaweicloud.com"},
    {"ru-northwest-2", "swr-api.ru-northwest-2.myhuaweicloud.com", "swr.ru-northwest-2.myhuaweicloud.com"},
    {"la-south-2", "swr-api.la-south-2.myhuaweicloud.com", "swr.la-south-2.myhuaweicloud.com"},
    {"la-north-2", "swr-api.la-north-2.myhuaweicloud.com", "swr.la-north-2.myhuaweicloud.com"},
    {"sa-brazil-1", "swr-api.sa-brazil-1.myhuaweicloud.com", "swr.sa-brazil-1.myhuaweicloud.com"},
    {"na-mexico-1", "swr-api.na-mexico-1.myhuaweicloud.com", "swr.na-mexico-1.myhuaweicloud.com"},
    {"tr-west-1", "swr-api.tr-west-1.myhuaweicloud.com", "swr.tr-west-1.myhuaweicloud.com"},
    {"ae-ad-1", "swr-api.ae-ad-1.myhuaweicloud.com", "swr.ae-ad-1.myhuaweicloud.com"},
    {"eu-west-101", "swr-api.eu-west-101.myhuaweicloud.eu", "swr.eu-west-101.myhuaweicloud.eu"},
};

namespace detail {
inline constexpr std::string_view unknown_region_prefix = "Unknown region; the known ones are ";
inline constexpr std::string_view unknown_region_suffix = "; for another endpoint, give its host.";

constexpr std::size_t unknown_region_text_size() noexcept {
  std::size_t size = unknown_region_prefix.size() + unknown_region_suffix.size();
  for (const region& r : regions) size += r.id.size() + 2;  // the id and ", "
  return size - 2;                                          // no ", " after the last
}

// The text and a terminating NUL, like a string literal: message() promises views whose data() is a C
// string (data()[size()] == '\0'), and this is the one message not written as a literal.
struct unknown_region_text {
  char data[unknown_region_text_size() + 1];
  constexpr std::string_view view() const noexcept { return {data, sizeof data - 1}; }
};

// "Unknown region; the known ones are af-south-1, …, eu-west-101; for another endpoint, give its host."
constexpr unknown_region_text make_unknown_region_text() noexcept {
  unknown_region_text text{};
  std::size_t at = 0;
  const auto put = [&](std::string_view part) {
    for (const char c : part) text.data[at++] = c;
  };
  put(unknown_region_prefix);
  for (std::size_t i = 0; i < sizeof regions / sizeof regions[0]; ++i) {
    if (i > 0) put(", ");
    put(regions[i].id);
  }
  put(unknown_region_suffix);
  text.data[at] = '\0';  // at == unknown_region_text_size(): the last byte, already 0 from text{}
  return text;
}

inline constexpr unknown_region_text unknown_region_message = make_unknown_region_text();
}  // namespace detail

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_REGION_TABLE_HPP
