// The native side of the conformance test: prints, for every string of length 0-5 over "a0._-/A$", in order,
// for each kind (namespace, repository) and each check (full, prefix), the error and the byte position that
// the C++ headers give: one line "ERROR POSITION" per string, kind and check.
#include <swr/names.hpp>

#include <cstdio>
#include <string>

int main() {
  const std::string alphabet = "a0._-/A$";
  std::string text;
  const auto emit = [&](const std::string& s) {
    for (const swr::name_kind kind : {swr::name_kind::namespace_name, swr::name_kind::repository}) {
      const swr::name_check full = swr::check_name(kind, s);
      const swr::name_check prefix = swr::check_name_prefix(kind, s);
      std::printf("%s %zu\n%s %zu\n", swr::to_string(full.error).data(), full.position,
                  swr::to_string(prefix.error).data(), prefix.position);
    }
  };
  for (std::size_t length = 0; length <= 5; ++length) {
    std::size_t count = 1;
    for (std::size_t i = 0; i < length; ++i) count *= alphabet.size();
    for (std::size_t n = 0; n < count; ++n) {
      text.clear();
      for (std::size_t i = 0, rest = n; i < length; ++i, rest /= alphabet.size())
        text += alphabet[rest % alphabet.size()];
      emit(text);
    }
  }
}
