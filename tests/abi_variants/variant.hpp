// One translation unit of tests/abi_variants: included by a source that first chose its settings and named
// itself with SWR_TEST_VARIANT. It reports which inline namespace it saw and hands out two of swrkit's inline
// functions whose bodies depend on those settings, as a program's libraries built with different settings would
// each call their own.
#include "swr/swr.hpp"

#include "abi_variants.hpp"

#define SWR_TEST_STRING_(x) #x
#define SWR_TEST_STRING(x) SWR_TEST_STRING_(x)

abi_variant SWR_TEST_VARIANT() {
  constexpr swr::sha256_digest (*digest)(std::string_view) noexcept = &swr::sha256::digest;
  return {SWR_TEST_STRING(SWRKIT_ABI_NAMESPACE), reinterpret_cast<any_function>(&swr::is_valid_namespace),
          reinterpret_cast<any_function>(digest)};
}
