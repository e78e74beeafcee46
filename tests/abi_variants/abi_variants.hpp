// tests/abi_variants: what each translation unit reports (see main.cpp). Only standard types here: each
// translation unit sees swrkit's types in another inline namespace, so a swrkit type in this header would itself
// differ from one unit to the next.
#ifndef SWR_TESTS_ABI_VARIANTS_HPP
#define SWR_TESTS_ABI_VARIANTS_HPP

#include <string_view>

using any_function = void (*)();

struct abi_variant {
  std::string_view abi_namespace;   // SWRKIT_ABI_NAMESPACE, spelled out
  any_function is_valid_namespace;  // swr::is_valid_namespace as this unit sees it
  any_function sha256_digest;       // swr::sha256::digest, likewise
};

abi_variant default_settings();
abi_variant without_simd();
abi_variant without_sha256_x86();

#endif  // SWR_TESTS_ABI_VARIANTS_HPP
