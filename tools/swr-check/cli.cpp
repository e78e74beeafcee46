// swr-check — the implementation of the command line. Reports go to `out`, problems with the command
// line to `err`; with --escape the wire forms go to `out` and the diagnostics to `err`, so that the
// output can be piped on as a clean list.
#include "cli.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>

#include "swr/category.hpp"
#include "swr/error_message.hpp"
#include "swr/escape.hpp"
#include "swr/fmt.hpp"
#include "swr/form.hpp"
#include "swr/http.hpp"
#include "swr/model.hpp"
#include "swr/names.hpp"
#include "swr/regions.hpp"
#include "swr/static_text.hpp"

namespace swr_check {
namespace {

// The help text; the category list comes from swr::all_categories (category.hpp), not written here.
constexpr std::string_view usage_head =
    "usage: swr-check namespace NAME...\n"
    "       swr-check repository [--escape] NAME...\n"
    "       swr-check request --namespace NAME --repository NAME [--public] [--category CATEGORY]\n"
    "                         [--description TEXT] (--region ID | --host HOST) [--show-token]\n"
    "       swr-check --help | --version\n"
    "\n"
    "Checks SWR organization (namespace) and repository names, and whole create-repository\n"
    "requests, against the rules of the API, before anything is sent.\n"
    "\n"
    "namespace, repository: a NAME of '-' reads names from standard input, one per line (a\n"
    "trailing CR is dropped). For each name prints 'ok', or the name with a caret under the\n"
    "first offending byte and what is wrong.\n"
    "  --escape   (repository) print the wire form of each valid name ('/' -> '$') instead of 'ok';\n"
    "             diagnostics then go to standard error\n"
    "  --         end of options: every later argument is a NAME\n"
    "\n"
    "request: prints the HTTP/1.1 message that POST /v2/manage/namespaces/{namespace}/repos would\n"
    "send, or every problem of the request. The credentials come from the environment:\n"
    "  SWR_AK, SWR_SK      an access key: the request is signed (SDK-HMAC-SHA256) at the current time\n"
    "  SWR_SECURITY_TOKEN  with SWR_AK and SWR_SK, for temporary credentials: sent and signed\n"
    "  SWR_TOKEN           when neither SWR_AK nor SWR_SK is set: an IAM user token (X-Auth-Token)\n"
    "The token, the signature and the security token are shown as <redacted> unless --show-token\n"
    "is given. Options take their value as the next argument or after '='.\n"
    "  --public            create a public repository (default: private)\n"
    "  --category C        ";
constexpr std::string_view usage_tail =
    "\n"
    "  --description TEXT  the repository's description (UTF-8, at most 30,000 code points)\n"
    "  --region ID         send to the SWR endpoint of a region, e.g. cn-north-4\n"
    "  --host HOST         send to HOST[:PORT] instead\n"
    "  --show-token        print the credentials in clear: the token, or the signature and the\n"
    "                      security token (the secret key is never printed)\n"
    "\n"
    "exit status: 0 all valid, 1 something invalid, 2 usage error\n";

constexpr void write_usage(swr::detail::text_sink& sink) noexcept {
  sink.put(usage_head);
  swr::detail::put_categories(sink, " or ");
  sink.put(usage_tail);
}

constexpr std::string_view usage_text = swr::detail::static_text_v<write_usage>.view();

void print_to(std::FILE* f, std::string_view text) { fmt::print(f, "{}", text); }

// The value and a caret under byte `position`, with non-printable bytes escaped.
void print_caret(std::FILE* sink, std::string_view value, std::size_t position) {
  fmt::print(sink, "  {}\n  {}^\n", printable(value), std::string(printable_column(value, position), ' '));
}

int usage_error_with(const streams& io, std::string_view what) {
  fmt::print(io.err, "swr-check: {}\n", what);
  fmt::print(io.err, "Try 'swr-check --help'.\n");
  return usage_error;
}

// ---------------------------------------------------------------- namespace, repository

struct name_options {
  swr::name_kind kind = swr::name_kind::namespace_name;
  bool escape = false;
  std::vector<std::string_view> names;
};

// Reports one name; returns whether it is valid.
bool report(const name_options& opt, std::string_view name, const streams& io) {
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
  // `too_long` points one past the limit, which is still inside the (too long) name.
  if (!name.empty()) print_caret(sink, name, check.position);
  return false;
}

// Reads names from `in`, one per line; returns false when any is invalid.
bool report_lines(const name_options& opt, const streams& io) {
  bool all_ok = true;
  std::string line;
  bool pending = false;
  for (int c = std::fgetc(io.in); c != EOF; c = std::fgetc(io.in)) {
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

int run_names(swr::name_kind kind, const std::vector<std::string_view>& args, const streams& io) {
  name_options opt;
  opt.kind = kind;
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

// ---------------------------------------------------------------- request

struct request_options {
  std::optional<std::string_view> namespace_name, repository, category, description, region, host;
  bool is_public = false;
  bool show_token = false;
};

// Parses the request options; returns an error text for a usage error.
std::optional<std::string> parse_request_options(const std::vector<std::string_view>& args, request_options& opt) {
  const std::pair<std::string_view, std::optional<std::string_view> request_options::*> valued[] = {
      {"--namespace", &request_options::namespace_name},
      {"--repository", &request_options::repository},
      {"--category", &request_options::category},
      {"--description", &request_options::description},
      {"--region", &request_options::region},
      {"--host", &request_options::host},
  };
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    if (arg == "--public") {
      opt.is_public = true;
      continue;
    }
    if (arg == "--show-token") {
      opt.show_token = true;
      continue;
    }
    const std::size_t equals = arg.find('=');
    const std::string_view name = arg.substr(0, equals);
    const auto known =
        std::find_if(std::begin(valued), std::end(valued), [&](const auto& v) { return v.first == name; });
    if (known == std::end(valued)) return fmt::format("unknown option '{}'", printable(arg));
    std::optional<std::string_view>& slot = opt.*(known->second);
    if (slot) return fmt::format("{} given twice", name);
    if (equals != std::string_view::npos) {
      slot = arg.substr(equals + 1);
    } else if (i + 1 < args.size()) {
      slot = args[++i];
    } else {
      return fmt::format("{} needs a value", name);
    }
  }
  if (!opt.namespace_name) return std::string("--namespace is required");
  if (!opt.repository) return std::string("--repository is required");
  if (opt.region.has_value() == opt.host.has_value()) return std::string("give exactly one of --region and --host");
  return std::nullopt;
}

// The credentials `request` sends, from the environment: an access key to sign with when SWR_AK or SWR_SK is
// set (a missing one is then reported as empty), else the token.
struct credentials {
  bool signing = false;
  std::string_view token;
  swr::access_key key;
};

std::string_view value_of(const char* variable) {
  return variable != nullptr ? std::string_view(variable) : std::string_view();
}

credentials credentials_of(const environment& env) {
  credentials c;
  c.signing = env.swr_ak != nullptr || env.swr_sk != nullptr;
  if (c.signing) {
    c.key = {std::string(value_of(env.swr_ak)), std::string(value_of(env.swr_sk)),
             std::string(value_of(env.swr_security_token))};
  } else {
    c.token = value_of(env.swr_token);
  }
  return c;
}

// What to set when the credentials are incomplete, or nullopt.
std::optional<std::string_view> credentials_hint(const swr::error& e, const environment& env) {
  if (e.field == swr::field::token && e.code == swr::error_code::empty) {
    return "set SWR_TOKEN to an IAM user token, or SWR_AK and SWR_SK to an access key";
  }
  if (e.field != swr::field::access_key_id && e.field != swr::field::secret_key) return std::nullopt;
  if (env.swr_sk == nullptr) return "SWR_AK is set but SWR_SK is not: set both to sign, or neither to use SWR_TOKEN";
  if (env.swr_ak == nullptr) return "SWR_SK is set but SWR_AK is not: set both to sign, or neither to use SWR_TOKEN";
  return std::nullopt;
}

// Every problem, in the order of the form's fields; the credentials last.
void print_problems(const std::vector<swr::error>& problems, const request_options& opt, const environment& env,
                    const streams& io) {
  for (const swr::error& e : problems) {
    fmt::print(io.out, "error: {}: {}\n", e, swr::message(e));
    if (const auto hint = credentials_hint(e, env)) fmt::print(io.out, "  ({})\n", *hint);
    // Show where, for the values that are short and safe to show (never a credential).
    const std::optional<std::string_view> value = e.field == swr::field::namespace_name ? opt.namespace_name
                                                  : e.field == swr::field::repository   ? opt.repository
                                                  : e.field == swr::field::host         ? opt.host
                                                                                        : std::nullopt;
    if (value && !value->empty()) print_caret(io.out, *value, e.position);
  }
}

int run_request(const std::vector<std::string_view>& args, const streams& io, const environment& env) {
  request_options opt;
  if (const auto usage = parse_request_options(args, opt)) return usage_error_with(io, *usage);

  const credentials creds = credentials_of(env);
  swr::create_repo_form form;
  form.namespace_name = *opt.namespace_name;
  form.repository = *opt.repository;
  form.is_public = opt.is_public;
  form.category = opt.category.value_or(std::string_view());
  form.description = opt.description.value_or(std::string_view());
  form.region = opt.region.value_or(std::string_view());
  form.host = opt.host.value_or(std::string_view());
  form.token = creds.token;

  const std::vector<swr::error> problems = creds.signing ? swr::validate(form, creds.key) : swr::validate(form);
  if (!problems.empty()) {
    print_problems(problems, opt, env, io);
    std::fflush(io.out);
    return some_invalid;
  }

  // Valid: only a time outside the years 0000-9999 can still fail (invalid_date), and only when given.
  const auto http = creds.signing
                        ? swr::to_http_request(form, creds.key, env.now ? *env.now : std::chrono::system_clock::now())
                        : swr::to_http_request(form);
  if (!http) {
    print_problems({http.error()}, opt, env, io);
    std::fflush(io.out);
    return some_invalid;
  }
  // Exactly the bytes of the message (no newline after the body: they may be piped to a socket).
  print_to(io.out, opt.show_token ? swr::to_http_message(*http) : swr::debug_string(*http));
  std::fflush(io.out);
  return all_valid;
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

int run(const std::vector<std::string_view>& args, const streams& io, const environment& env) {
  if (args.empty()) return usage_error_with(io, "missing command (namespace, repository or request)");
  const std::string_view command = args[0];
  if (command == "--help" || command == "-h") {
    print_to(io.out, usage_text);
    return all_valid;
  }
  if (command == "--version") {
    fmt::print(io.out, "swr-check (swrkit) {}\n", SWRKIT_VERSION_STRING);
    return all_valid;
  }
  if (command == "namespace") return run_names(swr::name_kind::namespace_name, args, io);
  if (command == "repository") return run_names(swr::name_kind::repository, args, io);
  if (command == "request") return run_request(args, io, env);
  return usage_error_with(io, fmt::format("unknown command '{}'", printable(command)));
}

}  // namespace swr_check
