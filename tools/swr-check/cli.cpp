// swr-check — the implementation of the command line. Reports go to `out`, problems with the command
// line to `err`; with --escape the wire forms go to `out` and the diagnostics to `err`, so that the
// output can be piped on as a clean list.
#include "cli.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>
#include <utility>

#include "swr/category.hpp"
#include "swr/error_message.hpp"
#include "swr/escape.hpp"
#include "swr/fmt.hpp"
#include "swr/form.hpp"
#include "swr/http.hpp"
#include "swr/model.hpp"
#include "swr/names.hpp"
#include "swr/reference.hpp"
#include "swr/regions.hpp"
#include "swr/static_text.hpp"

namespace swr_check {
namespace {

// The help text; the category list comes from swr::all_categories (category.hpp), not written here.
constexpr std::string_view usage_head =
    "usage: swr-check namespace NAME...\n"
    "       swr-check repository [--escape] NAME...\n"
    "       swr-check tag NAME...\n"
    "       swr-check reference [--swr] TEXT...\n"
    "       swr-check request --namespace NAME --repository NAME [--public] [--category CATEGORY]\n"
    "                         [--description TEXT] (--region ID | --host HOST) [--show-token]\n"
    "       swr-check --help | --version\n"
    "\n"
    "Checks SWR organization (namespace) and repository names, image tags and references, and\n"
    "whole create-repository requests, against the rules of the API, before anything is sent.\n"
    "\n"
    "namespace, repository, tag: a NAME of '-' reads names from standard input, one per line (a\n"
    "trailing CR is dropped). For each name prints 'ok', or the name with a caret under the\n"
    "first offending byte and what is wrong.\n"
    "  --escape   (repository) print the wire form of each valid name ('/' -> '$') instead of 'ok';\n"
    "             diagnostics then go to standard error\n"
    "  --         end of options: every later argument is a NAME (or a TEXT)\n"
    "\n"
    "reference: checks image references, [registry/]path[:tag][@digest]; a TEXT of '-' reads them\n"
    "from standard input, as above. For each prints 'ok' and the parts present, as\n"
    "'registry=R path=P tag=T digest=D', or the field, what is wrong and a caret under the byte.\n"
    "  --swr      check them as references to images in SWR,\n"
    "             swr.<region>.myhuaweicloud.com/<organization>/<repository>[:tag][@digest];\n"
    "             the parts are then 'region=R namespace=N repository=P tag=T digest=D'\n"
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

// ---------------------------------------------------------------- namespace, repository, tag, reference

// The commands that check texts one by one: each text is valid or has one diagnosis, with a caret.
enum class text_kind { namespace_name, repository, tag, reference };

struct text_options {
  text_kind kind = text_kind::namespace_name;
  bool escape = false;  // repository: print the wire form
  bool swr = false;     // reference: check it as an SWR reference
  std::vector<std::string_view> texts;
};

// What a command says of one text: on success what follows "TEXT: " (or, with --escape, the whole line); on
// failure what follows "TEXT: error: ", and the byte to put the caret under.
struct verdict {
  bool ok = false;
  std::string says;
  std::size_t position = 0;
};

verdict valid(std::string says) { return {true, std::move(says), 0}; }

// A name's or a tag's diagnosis, with the sentence for its kind.
verdict invalid(const swr::name_check& check, std::string_view sentence) {
  return {false, fmt::format("{} at byte {}: {}", check.error, check.position, sentence), check.position};
}

// A reference's diagnosis: its field first, since a reference has several; always "at byte", since its
// position is a byte of the text for every code (unsupported_algorithm: where the algorithm starts).
verdict invalid(const swr::error& e) {
  return {false,
          fmt::format("{}: {} at byte {}: {}", swr::to_string(e.field), swr::to_string(e.code), e.position,
                      swr::message(e)),
          e.position};
}

// " key=value" for a part that is present. A valid reference's parts hold no space, '=' or unprintable byte.
void put_part(std::string& out, std::string_view key, std::string_view value) {
  if (!value.empty()) out += fmt::format(" {}={}", key, value);
}

verdict judge_reference(std::string_view text, bool swr_reference) {
  std::string parts = "ok";
  if (swr_reference) {
    const auto reference = swr::parse_swr_image_reference(text);
    if (!reference) return invalid(reference.error());
    put_part(parts, "region", reference->region);
    put_part(parts, "namespace", reference->namespace_name);
    put_part(parts, "repository", reference->repository);
    put_part(parts, "tag", reference->tag);
    put_part(parts, "digest", reference->digest);
  } else {
    const auto reference = swr::parse_image_reference(text);
    if (!reference) return invalid(reference.error());
    put_part(parts, "registry", reference->registry);
    put_part(parts, "path", reference->path);
    put_part(parts, "tag", reference->tag);
    put_part(parts, "digest", reference->digest);
  }
  return valid(std::move(parts));
}

verdict judge(const text_options& opt, std::string_view text) {
  if (opt.kind == text_kind::reference) return judge_reference(text, opt.swr);
  if (opt.kind == text_kind::tag) {
    const swr::name_check check = swr::check_tag(text);
    return check.ok() ? valid("ok") : invalid(check, swr::tag_message(check.error));
  }
  const swr::name_kind kind =
      opt.kind == text_kind::repository ? swr::name_kind::repository : swr::name_kind::namespace_name;
  const swr::name_check check = swr::check_name(kind, text);
  if (check.ok()) return valid(opt.escape ? swr::escape_repository(text) : std::string("ok"));
  return invalid(check, swr::message(check.error, kind));
}

// Reports one text; returns whether it is valid.
bool report(const text_options& opt, std::string_view text, const streams& io) {
  const verdict v = judge(opt, text);
  const std::string shown = text.empty() ? std::string("\"\"") : printable(text);
  if (v.ok) {
    if (opt.escape) {
      fmt::print(io.out, "{}\n", v.says);
    } else {
      fmt::print(io.out, "{}: {}\n", shown, v.says);
    }
    return true;
  }
  std::FILE* sink = opt.escape ? io.err : io.out;
  fmt::print(sink, "{}: error: {}\n", shown, v.says);
  // A position may be the end of the text (`incomplete`), or one past a limit that the text exceeds.
  if (!text.empty()) print_caret(sink, text, v.position);
  return false;
}

// Reads texts from `in`, one per line; returns false when any is invalid.
bool report_lines(const text_options& opt, const streams& io) {
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

int run_texts(text_kind kind, const std::vector<std::string_view>& args, const streams& io) {
  text_options opt;
  opt.kind = kind;
  bool options_done = false;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    if (!options_done && arg == "--") {
      options_done = true;
    } else if (!options_done && arg == "--escape") {
      if (opt.kind != text_kind::repository) return usage_error_with(io, "--escape applies to repository names");
      opt.escape = true;
    } else if (!options_done && arg == "--swr") {
      if (opt.kind != text_kind::reference) return usage_error_with(io, "--swr applies to references");
      opt.swr = true;
    } else if (!options_done && arg.size() > 1 && arg[0] == '-') {
      return usage_error_with(io, fmt::format("unknown option '{}'", printable(arg)));
    } else {
      opt.texts.push_back(arg);
    }
  }
  if (opt.texts.empty()) {
    return usage_error_with(io, kind == text_kind::reference
                                    ? "no TEXT given (use '-' to read references from standard input)"
                                : kind == text_kind::tag ? "no NAME given (use '-' to read tags from standard input)"
                                                         : "no NAME given (use '-' to read names from standard input)");
  }

  bool all_ok = true;
  for (const std::string_view text : opt.texts) {
    all_ok = (text == "-" ? report_lines(opt, io) : report(opt, text, io)) && all_ok;
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
  if (args.empty()) return usage_error_with(io, "missing command (namespace, repository, tag, reference or request)");
  const std::string_view command = args[0];
  if (command == "--help" || command == "-h") {
    print_to(io.out, usage_text);
    return all_valid;
  }
  if (command == "--version") {
    fmt::print(io.out, "swr-check (swrkit) {}\n", SWRKIT_VERSION_STRING);
    return all_valid;
  }
  if (command == "namespace") return run_texts(text_kind::namespace_name, args, io);
  if (command == "repository") return run_texts(text_kind::repository, args, io);
  if (command == "tag") return run_texts(text_kind::tag, args, io);
  if (command == "reference") return run_texts(text_kind::reference, args, io);
  if (command == "request") return run_request(args, io, env);
  return usage_error_with(io, fmt::format("unknown command '{}'", printable(command)));
}

}  // namespace swr_check
