// SPDX-License-Identifier: MIT
// swrkit — compile-time configuration shared by every header.
// Detects the language level and whether exceptions are on, and names the versioned inline namespace.
#ifndef SWR_CONFIG_HPP
#define SWR_CONFIG_HPP

#include "swr/version.hpp"

// MSVC reports 199711L in __cplusplus unless /Zc:__cplusplus is given; _MSVC_LANG is always right.
#if defined(_MSVC_LANG) && _MSVC_LANG > __cplusplus
#define SWR_CPLUSPLUS _MSVC_LANG
#else
#define SWR_CPLUSPLUS __cplusplus
#endif

#if SWR_CPLUSPLUS < 201703L
#error "swrkit needs C++17 or later"
#endif

#if defined(__has_include)
#if __has_include(<version>)
#include <version>  // the library feature-test macros, nothing else
#endif
#endif

// C++20 lets std::string (and so the functions returning one) be used in constant expressions.
// Clang cannot evaluate libstdc++'s std::string at compile time (its members are declared extern
// templates; seen with clang 14, 16 and 19 on libstdc++ 12), so that pair keeps them run-time only.
#if SWR_CPLUSPLUS >= 202002L && defined(__cpp_lib_constexpr_string) && __cpp_lib_constexpr_string >= 201907L && \
    !(defined(__clang__) && defined(__GLIBCXX__))
#define SWR_CONSTEXPR_STRING constexpr
#define SWR_HAS_CONSTEXPR_STRING 1
#else
#define SWR_CONSTEXPR_STRING inline
#define SWR_HAS_CONSTEXPR_STRING 0
#endif

// C++20: constexpr functions that are not constexpr in C++17 only because of a try-block, a
// std::is_constant_evaluated branch or a non-literal local.
#if SWR_CPLUSPLUS >= 202002L
#define SWR_CONSTEXPR20 constexpr
#else
#define SWR_CONSTEXPR20 inline
#endif

// Whether the current evaluation is a constant one, also in C++17: GCC (9 and later) and Clang (9 and later)
// have the builtin behind std::is_constant_evaluated in every language mode. Elsewhere it says "constant",
// which keeps constexpr functions on their portable path at run time too: slower, never wrong.
#if defined(__GNUC__) || defined(__clang__)
#define SWR_IS_CONSTANT_EVALUATED() __builtin_is_constant_evaluated()
#else
#define SWR_IS_CONSTANT_EVALUATED() true
#endif

#if defined(__cpp_consteval) && __cpp_consteval >= 201811L
#define SWR_HAS_CONSTEVAL 1
#else
#define SWR_HAS_CONSTEVAL 0
#endif

// Marks a parameter that the result borrows (for a constructor: the object built), so that the compiler can
// diagnose a result that outlives its argument. With Clang's [[clang::lifetimebound]], a view initialized
// from a temporary that dies at the end of the full-expression gets a -Wdangling warning (on by default; an
// error with -Werror): `swr::create_repo_body_view v = make_body();`. MSVC's [[msvc::lifetimebound]] feeds
// its lifetime checker. Empty elsewhere: GCC has no equivalent (GCC 12 has none at all). A user may define
// SWR_LIFETIMEBOUND (say, empty) before including swrkit.
#ifndef SWR_LIFETIMEBOUND
#if defined(__has_cpp_attribute)
#if __has_cpp_attribute(clang::lifetimebound)
#define SWR_LIFETIMEBOUND [[clang::lifetimebound]]
#elif __has_cpp_attribute(msvc::lifetimebound)
#define SWR_LIFETIMEBOUND [[msvc::lifetimebound]]
#endif
#endif
#endif
#ifndef SWR_LIFETIMEBOUND
#define SWR_LIFETIMEBOUND
#endif

#if defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(_CPPUNWIND)
#define SWR_HAS_EXCEPTIONS 1
#else
#define SWR_HAS_EXCEPTIONS 0
#endif

// Everything is declared in swr::SWRKIT_ABI_NAMESPACE, an inline namespace: users write swr::check_namespace,
// the linker sees swr::v0_5_0::check_namespace. Two copies of different swrkit versions (say, vendored by two
// libraries of one program) thus never share a symbol, where they would otherwise break the one-definition
// rule without a word. Every setting that changes the bodies of inline functions gets a namespace of its own
// too, so that two translation units built with different settings never share a function either: without
// exceptions (value() on an error aborts instead of throwing), _noexcept; with SWRKIT_DISABLE_SIMD (the
// portable code only), _nosimd; with SWRKIT_DISABLE_SHA256_X86 (no SHA extensions), _nosha256.
#define SWR_PP_CONCAT_(a, b) a##b
#define SWR_PP_CONCAT(a, b) SWR_PP_CONCAT_(a, b)
#if SWR_HAS_EXCEPTIONS
#define SWR_ABI_TAG_EXCEPTIONS
#else
#define SWR_ABI_TAG_EXCEPTIONS _noexcept
#endif
#if defined(SWRKIT_DISABLE_SIMD)
#define SWR_ABI_TAG_SIMD _nosimd
#else
#define SWR_ABI_TAG_SIMD
#endif
#if defined(SWRKIT_DISABLE_SHA256_X86)
#define SWR_ABI_TAG_SHA256 _nosha256
#else
#define SWR_ABI_TAG_SHA256
#endif
#define SWRKIT_ABI_NAMESPACE                                                                                \
  SWR_PP_CONCAT(SWR_PP_CONCAT(SWR_PP_CONCAT(SWRKIT_ABI_VERSION, SWR_ABI_TAG_EXCEPTIONS), SWR_ABI_TAG_SIMD), \
                SWR_ABI_TAG_SHA256)

#endif  // SWR_CONFIG_HPP
