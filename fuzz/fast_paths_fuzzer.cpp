// libFuzzer target for the run-time fast paths, each against the portable code it stands in for (which
// constant evaluation runs), on any bytes: no crash, no sanitizer report (the input is read where it lies, in
// libFuzzer's buffer of exactly `size` bytes, so ASan reports any read past its end), and
// - the name masks (detail/name_masks.hpp), with the target's movemask and the portable one, find the
//   automaton's first violation, byte for byte, for both kinds of name (inputs of 1 to 128 bytes);
// - find_invalid_utf8 (AVX2 or SSSE3 first at run time) equals a scan by utf8_sequence_length, and so does each
//   UTF-8 kernel the CPU has (detail/utf8_x86.hpp), whichever the dispatch picks;
// - with the input as a description, json_size, to_json and the buffer form of write_json (detail/json_text.hpp)
//   write and size exactly what the byte-at-a-time writer writes, and refuse what check_description refuses.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iterator>
#include <string>
#include <string_view>

#include "swr/json_writer.hpp"
#include "swr/names.hpp"
#include "swr/utf8.hpp"

namespace {
void require(bool condition) {
  if (!condition) std::abort();
}

std::size_t portable_find_invalid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t length = swr::utf8_sequence_length(text, i);
    if (length == 0) return i;
    i += length;
  }
  return i;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);

#if SWR_HAS_NAME_MASKS
  if (size >= 1 && size <= swr::repository_max_length) {
    for (const swr::name_kind kind : {swr::name_kind::namespace_name, swr::name_kind::repository}) {
      if (size > swr::max_length(kind)) continue;  // the fast path's precondition, as scan_name keeps it
      const auto expected = swr::detail::scan_name_automaton(kind, input);
      for (const auto& got : {swr::detail::scan_name_masks<swr::detail::movemask_native>(kind, input.data(), size),
                              swr::detail::scan_name_masks<swr::detail::movemask_generic>(kind, input.data(), size)}) {
        require(got.first_violation == expected.first_violation);
        require(!expected.first_violation.ok() || got.ends_with_separator == expected.ends_with_separator);
      }
    }
  }
#endif

  const std::size_t invalid_at = portable_find_invalid_utf8(input);
  require(swr::find_invalid_utf8(input) == invalid_at);
#if SWR_HAS_UTF8_X86
  using swr::detail::utf8_x86_kernel;
  const utf8_x86_kernel best = swr::detail::utf8_x86_best_kernel();
  if (best != utf8_x86_kernel::none && size >= 16) {
    require(swr::detail::utf8_valid_ssse3(input.data(), size) == (invalid_at == size));
  }
  if (best == utf8_x86_kernel::avx2 && size >= 32) {
    require(swr::detail::utf8_valid_avx2(input.data(), size) == (invalid_at == size));
  }
#endif

  const swr::create_repo_body_view body{"team/app", true, swr::category::other, input};
  const swr::error problem = swr::check_description(input);
  const auto json = swr::to_json(body);
  const auto size_needed = swr::json_size(body);
  if (!problem.ok()) {
    require(!json && json.error() == problem && !size_needed && size_needed.error() == problem);
    return 0;
  }
  std::string portable;
  swr::detail::put_body(body, std::back_inserter(portable));
  require(json && *json == portable && size_needed && *size_needed == portable.size());
  std::string buffer(portable.size(), '\0');
  const auto written = swr::write_json(buffer.data(), buffer.size(), body);
  require(written && *written == portable.size() && buffer == portable);
  return 0;
}
