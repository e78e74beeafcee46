// SPDX-License-Identifier: MIT
// swrkit — the version, in one place for C++. Generated from the file VERSION by scripts/amalgamate.cmake,
// which also feeds CMake, meson, the pkg-config file and the single header: edit VERSION, then run
// `cmake -P scripts/amalgamate.cmake`.
#ifndef SWR_VERSION_HPP
#define SWR_VERSION_HPP

#define SWRKIT_VERSION_MAJOR 0
#define SWRKIT_VERSION_MINOR 5
#define SWRKIT_VERSION_PATCH 0
#define SWRKIT_VERSION_STRING "0.5.0"
// The versioned part of the inline namespace everything is declared in (see config.hpp).
#define SWRKIT_ABI_VERSION v0_5_0

#endif  // SWR_VERSION_HPP
