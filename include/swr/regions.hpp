// swrkit — the regional SWR API hosts (spec/regions.md, from Huawei Cloud's SDKs; scheme https).
#ifndef SWR_REGIONS_HPP
#define SWR_REGIONS_HPP

#include <cstddef>
#include <string_view>

#include "swr/config.hpp"
#include "swr/error.hpp"
#include "swr/result.hpp"

namespace swr {

struct region {
  std::string_view id;    ///< e.g. "cn-north-4"
  std::string_view host;  ///< e.g. "swr-api.cn-north-4.myhuaweicloud.com"
};

/// Every known region, in the order of spec/regions.md. Note eu-west-101, served from myhuaweicloud.eu.
inline constexpr region regions[] = {
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

/// The API host of a region id (exact, case-sensitive), or `unknown_region` (field region), whose message
/// names the known ids. Callers with a private or new endpoint pass the host themselves.
constexpr result<std::string_view, error> region_host(std::string_view id) noexcept {
  for (const region& r : regions) {
    if (r.id == id) return r.host;
  }
  return unexpected(error{error_code::unknown_region, field::region, 0});
}

}  // namespace swr

#endif  // SWR_REGIONS_HPP
