// The native side of the conformance tests (test/conformance.test.mjs): what the C++ headers answer, to hold the
// WebAssembly module to. Reads texts from standard input, each as a 4-byte little-endian length and its bytes, and
// writes for each one line: "ERROR POSITION" for check_name and check_name_prefix of a namespace, then of a
// repository, then check_tag and check_tag_prefix; "ERROR FIELD POSITION" for parse_image_reference, then
// parse_swr_image_reference ("none - 0" when it parses); then the lengths of the strings that follow the line: the
// namespace and repository suggestions, the wire form and the logical form (escape_repository,
// unescape_repository), the four parts of the image reference and the six of the SWR one (empty when it does not
// parse). With an argument, writes instead, one a line, the registry of every region (--registries), or every
// message (--messages): "check KIND ERROR MESSAGE" for the checks of each kind (namespace, repository, tag) and
// "parse FIELD ERROR MESSAGE" for the parsers' errors, of every field and code.
#include <swr/error_message.hpp>
#include <swr/escape.hpp>
#include <swr/names.hpp>
#include <swr/reference.hpp>
#include <swr/region_table.hpp>
#include <swr/suggest.hpp>

#include <cstdint>
#include <cstdio>
#include <initializer_list>
#include <string>
#include <string_view>

namespace {
void append(std::string& out, std::string_view a, std::size_t position) {
  out.append(a).append(" ").append(std::to_string(position)).append(" ");
}

void check(std::string& out, swr::name_check c) { append(out, swr::to_string(c.error), c.position); }

template <class Reference>
void parse(std::string& out, const swr::result<Reference, swr::error>& r) {
  if (r) {
    out += "none - 0 ";
  } else {
    out.append(swr::to_string(r.error().code)).append(" ");
    append(out, swr::to_string(r.error().field), r.error().position);
  }
}

// Writes the words, a space between two, and a newline.
void print(std::initializer_list<std::string_view> words) {
  std::string line;
  for (const std::string_view word : words) line.append(word).append(" ");
  line.back() = '\n';
  std::fwrite(line.data(), 1, line.size(), stdout);
}

void messages() {
  for (unsigned code = 0; !swr::to_string(static_cast<swr::name_error>(code)).empty(); ++code) {
    const auto e = static_cast<swr::name_error>(code);
    for (const swr::name_kind kind : {swr::name_kind::namespace_name, swr::name_kind::repository}) {
      print({"check", swr::to_string(kind), swr::to_string(e), swr::message(e, kind)});
    }
    print({"check", "tag", swr::to_string(e), swr::tag_message(e)});
  }
  for (unsigned field = 1; !swr::to_string(static_cast<swr::field>(field)).empty(); ++field) {
    for (unsigned code = 0; !swr::to_string(static_cast<swr::error_code>(code)).empty(); ++code) {
      const swr::error e{static_cast<swr::error_code>(code), static_cast<swr::field>(field)};
      print({"parse", swr::to_string(e.field), swr::to_string(e.code), swr::message(e)});
    }
  }
}
}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && argv[1] == std::string_view("--registries")) {
    for (const swr::region& r : swr::regions) print({r.registry});
    return 0;
  }
  if (argc > 1 && argv[1] == std::string_view("--messages")) {
    messages();
    return 0;
  }
  std::string in;
  char chunk[1 << 16];
  for (std::size_t n; (n = std::fread(chunk, 1, sizeof chunk, stdin)) > 0;) in.append(chunk, n);
  std::string out;
  for (std::size_t at = 0; at + 4 <= in.size();) {
    std::uint32_t length = 0;
    for (int i = 3; i >= 0; --i)
      length = length << 8 | static_cast<unsigned char>(in[at + static_cast<std::size_t>(i)]);
    const std::string_view text(in.data() + at + 4, length);
    at += 4 + std::size_t{length};
    out.clear();
    for (const swr::name_kind kind : {swr::name_kind::namespace_name, swr::name_kind::repository}) {
      check(out, swr::check_name(kind, text));
      check(out, swr::check_name_prefix(kind, text));
    }
    check(out, swr::check_tag(text));
    check(out, swr::check_tag_prefix(text));
    const auto image = swr::parse_image_reference(text);
    const auto swr_image = swr::parse_swr_image_reference(text);
    parse(out, image);
    parse(out, swr_image);
    const swr::image_reference a = image ? *image : swr::image_reference{};
    const swr::swr_image_reference b = swr_image ? *swr_image : swr::swr_image_reference{};
    const std::string made[] = {swr::suggest_namespace(text), swr::suggest_repository(text),
                                swr::escape_repository(text), swr::unescape_repository(text)};
    const std::string_view strings[] = {made[0],          made[1],      made[2],  made[3],    a.registry,
                                        a.path,           a.tag,        a.digest, b.registry, b.region,
                                        b.namespace_name, b.repository, b.tag,    b.digest};
    for (const std::string_view s : strings) out.append(std::to_string(s.size())).append(" ");
    out.back() = '\n';
    for (const std::string_view s : strings) out += s;
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
}
