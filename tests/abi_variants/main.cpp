// Settings that change the bodies of swrkit's inline functions (SWRKIT_DISABLE_SIMD, SWRKIT_DISABLE_SHA256_X86)
// must not break the one-definition rule when two translation units of one program choose differently: each
// setting names its own inline namespace, so each unit keeps its own functions. Without that, the linker keeps
// one body of swr::is_valid_namespace for every caller, and the units handing it out hand out the same address.
// Built at -O0, so that the functions are emitted where they are used.
#include <cstdio>
#include <string_view>

#include "abi_variants.hpp"

int main() {
  const abi_variant variants[] = {default_settings(), without_simd(), without_sha256_x86()};
  const char* names[] = {"default", "SWRKIT_DISABLE_SIMD", "SWRKIT_DISABLE_SHA256_X86"};
  int failures = 0;
  for (int i = 0; i < 3; ++i) {
    for (int j = i + 1; j < 3; ++j) {
      if (variants[i].abi_namespace == variants[j].abi_namespace ||
          variants[i].is_valid_namespace == variants[j].is_valid_namespace ||
          variants[i].sha256_digest == variants[j].sha256_digest) {
        std::printf("FAIL: the units built %s and %s share an inline namespace or a function (%.*s, %.*s)\n", names[i],
                    names[j], static_cast<int>(variants[i].abi_namespace.size()), variants[i].abi_namespace.data(),
                    static_cast<int>(variants[j].abi_namespace.size()), variants[j].abi_namespace.data());
        ++failures;
      }
    }
  }
  const std::string_view expected_suffixes[] = {"", "_nosimd", "_nosha256"};
  for (int i = 0; i < 3; ++i) {
    const std::string_view ns = variants[i].abi_namespace;
    const std::string_view suffix = expected_suffixes[i];
    const bool tagged = ns.size() >= suffix.size() && ns.substr(ns.size() - suffix.size()) == suffix;
    if (!tagged || (i == 0 && ns.find("_nosimd") != std::string_view::npos)) {
      std::printf("FAIL: the unit built %s is in the namespace %.*s\n", names[i], static_cast<int>(ns.size()),
                  ns.data());
      ++failures;
    }
  }
  std::printf("%d failed\n", failures);
  return failures == 0 ? 0 : 1;
}
