// SPDX-License-Identifier: MIT
// swrkit — the API host of a region (the table is in swr/region_table.hpp).
#ifndef SWR_REGIONS_HPP
#define SWR_REGIONS_HPP

#include <cstddef>
#include <string_view>

#include "swr/config.hpp"
#include "swr/error.hpp"
#include "swr/region_table.hpp"
#include "swr/result.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// The API host of a region id (exact, case-sensitive), or `unknown_region` (field region), whose message
/// names the known ids. Callers with a private or new endpoint pass the host themselves.
[[nodiscard]] constexpr result<std::string_view, error> region_host(std::string_view id) noexcept {
  for (const region& r : regions) {
    if (r.id == id) return r.host;
  }
  return unexpected(error{error_code::unknown_region, field::region, 0});
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_REGIONS_HPP
