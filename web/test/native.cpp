// The native side of the conformance tests (test/native.mjs): what the C++ headers answer for each text, to hold
// the WebAssembly module to. Reads texts from standard input, each as a 4-byte little-endian length and its bytes,
// and writes for each one line, "ERROR POSITION" for check_name and check_name_prefix of a namespace, then of a
// repository, and the lengths of the four strings that follow the line: the namespace and repository suggestions,
// the wire form and the logical form (escape_repository, unescape_repository).
#include <swr/escape.hpp>
#include <swr/names.hpp>
#include <swr/suggest.hpp>

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

int main() {
  std::string in;
  char chunk[1 << 16];
  for (std::size_t n; (n = std::fread(chunk, 1, sizeof chunk, stdin)) > 0;) in.append(chunk, n);
  std::string out;
  char line[256];
  for (std::size_t at = 0; at + 4 <= in.size();) {
    std::uint32_t length = 0;
    for (int i = 3; i >= 0; --i)
      length = length << 8 | static_cast<unsigned char>(in[at + static_cast<std::size_t>(i)]);
    const std::string_view text(in.data() + at + 4, length);
    at += 4 + std::size_t{length};
    out.clear();
    for (const swr::name_kind kind : {swr::name_kind::namespace_name, swr::name_kind::repository}) {
      for (const swr::name_check check : {swr::check_name(kind, text), swr::check_name_prefix(kind, text)}) {
        std::snprintf(line, sizeof line, "%s %zu ", swr::to_string(check.error).data(), check.position);
        out += line;
      }
    }
    const std::string strings[] = {swr::suggest_namespace(text), swr::suggest_repository(text),
                                   swr::escape_repository(text), swr::unescape_repository(text)};
    std::snprintf(line, sizeof line, "%zu %zu %zu %zu\n", strings[0].size(), strings[1].size(), strings[2].size(),
                  strings[3].size());
    out += line;
    for (const std::string& s : strings) out += s;
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
}
