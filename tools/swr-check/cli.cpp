// swr-check — the implementation of the command line. Reports go to `out`, problems with the command
// line to `err`; with --escape the wire forms go to `out` and the diagnostics to `err`, so that the
// output can be piped on as a clean list.
#include "cli.hpp"

#include <fmt/format.h>

#include <string>

#include "swr/escape.hpp"
#include "swr/fmt.hpp"
#include "swr/names.hpp"

namespace swr_check {
namespace {

constexpr std::string_view usage_text =
    "usage: swr-check namespace NAME...\n"
    "       swr-check repository [--escape] NAME...\n"
    "       swr-check --help | --version\n"
    "\n"
    "Checks SWR organization (namespace) and repository names against the rules of the\n"
    "create-repository API, before anything is sent. A NAME of '-' reads names from standard\n"
    "input, one per line (a trailing CR is dropped). For each name prints 'ok', or the name with\n"
    "a caret under the first offending byte and what is wrong.\n"
    "\n"
    "  --escape   (repository) print the wire form of each valid name ('/' -> '$') instead of 'ok';\n"
    "             diagnostics then go to standard error\n"
    "  --         end of options: every later argument is a NAME\n"
    "\n"
    "exit status: 0 all names valid, 1 some name invalid, 2 usage error\n";

struct options {
  swr::name_kind kind = swr::name_kind::namespace_name;
  bool escape = false;
  std::vector<std::string_view> names;
};

void print_to(std::FILE* f, std::string_view text) { fmt::print(f, "{}", text); }

// Reports one name; returns whether it is valid.
bool report(const options& opt, std::string_view name, const streams& io) {
  const swr::name_check check = swr::check_name(opt.kind, name);
  const std::string shown = name.empty() ? std::string("\"\"") : printable(name);
  if (check.ok()) {
    if (opt.escape) {
      fmt::print(io.out, "{}\n", swr::escape_repository(name));
    } else {
      fmt::print(io.out, "{}: ok\n", shown);
    }
    return true;
  }
  std::FILE* sink = opt.escape ? io.err : io.out;
  fmt::print(sink, "{}: error: {} at byte {}: {}\n", shown, check.error, check.position,
             swr::message(check.error, opt.kind));
  if (!name.empty()) {
    // `too_long` points one past the limit, which is still inside the (too long) name.
    fmt::print(sink, "  {}\n  {}^\n", shown, std::string(printable_column(name, check.position), ' '));
  }
  return false;
}

// Reads names from `in`, one per line; returns false when any is invalid.
bool report_lines(const options& opt, const streams& io) {
  bool all_ok = true;
  std::string line;
  int c = 0;
  bool pending = false;
  while ((c = std::fgetc(io.in)) != EOF) {
    pending = true;
    if (c != '\n') {
      line.push_back(static_cast<char>(c));
      continue;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    all_ok = report(opt, line, io) && all_ok;
    line.clear();
    pending = false;
  }
  if (pending) all_ok = report(opt, line, io) && all_ok;  // a last line without '\n'
  return all_ok;
}

int usage_error_with(const streams& io, std::string_view what) {
  fmt::print(io.err, "swr-check: {}\n", what);
  fmt::print(io.err, "Try 'swr-check --help'.\n");
  return usage_error;
}

}  // namespace

std::string printable(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (const char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (b >= 0x20 && b < 0x7f) {
          out.push_back(c);
        } else {
          out += fmt::format("\\x{:02x}", b);
        }
    }
  }
  return out;
}

std::size_t printable_column(std::string_view bytes, std::size_t position) {
  if (position > bytes.size()) position = bytes.size();
  return printable(bytes.substr(0, position)).size();
}

int run(const std::vector<std::string_view>& args, const streams& io) {
  if (args.empty()) return usage_error_with(io, "missing command (namespace or repository)");
  const std::string_view command = args[0];
  if (command == "--help" || command == "-h") {
    print_to(io.out, usage_text);
    return all_valid;
  }
  if (command == "--version") {
    fmt::print(io.out, "swr-check (swrkit) {}\n", SWRKIT_VERSION_STRING);
    return all_valid;
  }
  options opt;
  if (command == "namespace") {
    opt.kind = swr::name_kind::namespace_name;
  } else if (command == "repository") {
    opt.kind = swr::name_kind::repository;
  } else {
    return usage_error_with(io, fmt::format("unknown command '{}'", printable(command)));
  }

  bool options_done = false;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    if (!options_done && arg == "--") {
      options_done = true;
    } else if (!options_done && arg == "--escape") {
      if (opt.kind != swr::name_kind::repository) return usage_error_with(io, "--escape applies to repository names");
      opt.escape = true;
    } else if (!options_done && arg.size() > 1 && arg[0] == '-') {
      return usage_error_with(io, fmt::format("unknown option '{}'", printable(arg)));
    } else {
      opt.names.push_back(arg);
    }
  }
  if (opt.names.empty()) return usage_error_with(io, "no NAME given (use '-' to read names from standard input)");

  bool all_ok = true;
  for (const std::string_view name : opt.names) {
    all_ok = (name == "-" ? report_lines(opt, io) : report(opt, name, io)) && all_ok;
  }
  std::fflush(io.out);
  return all_ok ? all_valid : some_invalid;
}

}  // namespace swr_check
