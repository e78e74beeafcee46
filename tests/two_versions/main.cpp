// Two versions of swrkit in one program (two libraries that each vendored it) must not break the
// one-definition rule: each is declared in its own inline namespace (swr::v0_5_0, swr::v0_1_0), so each
// translation unit keeps its own behaviour. Without that, both define swr::is_valid_namespace and the linker
// keeps one of them for both callers. Built at -O0, so the calls are not inlined away.
#include <cstdio>
#include <string>

#include "two_versions.hpp"

int main() {
  const std::string name(40, 'a');  // valid in this version (at most 64), too long in the other (at most 32)
  int failures = 0;
  if (!this_version_accepts(name)) {
    std::puts("FAIL: this version refused a 40-byte namespace: it ran the other version's code");
    ++failures;
  }
  if (other_version_accepts(name)) {
    std::puts("FAIL: the other version accepted a 40-byte namespace: it ran this version's code");
    ++failures;
  }
  if (this_version_string() == other_version_string()) {
    std::puts("FAIL: both translation units report the same version");
    ++failures;
  }
  // Each version states its own limit: the other one, patched to 32, says so.
  if (this_version_too_long_message() != "A namespace name has at most 64 characters." ||
      other_version_too_long_message() != "A namespace name has at most 32 characters.") {
    std::puts("FAIL: a too_long message does not state its version's namespace_max_length");
    ++failures;
  }
  std::printf("%d passed, %d failed\n", 4 - failures, failures);
  return failures == 0 ? 0 : 1;
}
