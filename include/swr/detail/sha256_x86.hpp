// SPDX-License-Identifier: MIT
// swrkit — the SHA-256 block function on the x86-64 SHA extensions (SHA-NI), chosen at run time.
#ifndef SWR_DETAIL_SHA256_X86_HPP
#define SWR_DETAIL_SHA256_X86_HPP

#include <cstddef>
#include <cstdint>

#include "swr/config.hpp"

#define SWR_HAS_SHA256_X86 0

#endif  // SWR_DETAIL_SHA256_X86_HPP
