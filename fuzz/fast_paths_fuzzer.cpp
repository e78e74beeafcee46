// libFuzzer target for the run-time fast paths, each against the portable code it stands in for (which
// constant evaluation runs), on any bytes: no crash, no sanitizer report (the input is read where it lies, in
// libFuzzer's buffer of exactly `size` bytes, so ASan reports any read past its end), and
// - the name masks (detail/name_masks.hpp), with the target's movemask and the portable one, find the
//   automaton's first violation, byte for byte, for both kinds of name (inputs of 1 to 128 bytes);
// - the tag blocks (reference.hpp) find the first byte outside a tag's alphabet, or a '.' or '-' first, as a loop
//   over the bytes does (inputs of 1 to 128 bytes);
// - parse_image_reference's masks, with the target's movemask and the portable one, give what its byte path gives:
//   the same error, or the same parts, each at the same bytes of the input;
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
#include "swr/reference.hpp"
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

// docs/references.md's tag alphabet, a byte at a time.
swr::name_check tag_loop(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool alphabet =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
    if (!alphabet) return {swr::name_error::invalid_character, i};
    if (i == 0 && (c == '.' || c == '-')) return {swr::name_error::invalid_start, 0};
  }
  return {};
}

bool same_part(std::string_view a, std::string_view b) { return a.data() == b.data() && a.size() == b.size(); }
bool same_parts(const swr::image_reference& a, const swr::image_reference& b) {
  return same_part(a.registry, b.registry) && same_part(a.path, b.path) && same_part(a.tag, b.tag) &&
         same_part(a.digest, b.digest);
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
  if (size >= 1 && size <= swr::tag_max_length) {
    const swr::name_check expected = tag_loop(input);
    const swr::name_check got = swr::detail::scan_tag_blocks(input.data(), size);
    require(got.error == expected.error && got.position == expected.position);
  }
  {
    const auto expected = swr::detail::parse_image_reference_bytes(input);
    for (const auto& got : {swr::detail::parse_image_reference_masks<swr::detail::movemask_native>(input),
                            swr::detail::parse_image_reference_masks<swr::detail::movemask_generic>(input)}) {
      require(got.has_value() == expected.has_value());
      require(got ? same_parts(*got, *expected) : got.error() == expected.error());
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
