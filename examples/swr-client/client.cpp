// SPDX-License-Identifier: MIT
// swr-client's machinery (client.hpp): the command line, the problems with a caret, libcurl, and the tables.
// Standard output carries the result only (a table, a line, or the JSON), so that it can be piped on; every
// problem goes to standard error. Nothing a server sends reaches the terminal raw: strings are shown as {fmt}'s
// "{:?}" shows them whenever they hold a character a terminal would obey.
#include "client.hpp"

#include <curl/curl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>

#include <swr/fmt.hpp>

namespace swr_client {
namespace {

constexpr std::string_view program = "swr-client";

// The options every subcommand takes, after its own.
const option_spec common_options[] = {
    {"--endpoint", "URL",
     "SWR's API: http:// or https:// and HOST[:PORT], e.g. https://swr-api.cn-north-4.myhuaweicloud.com, or "
     "http://127.0.0.1:PORT for swr-mock-server",
     false},
    {"--region", "ID", "the API of a region instead of --endpoint, e.g. cn-north-4", false},
    {"--json", "", "print the response's JSON as received (read strictly first) instead of a table", false},
    {"--help", "", "this help", false},
};

constexpr std::string_view credentials_help =
    "Credentials, from the environment: SWR_AK and SWR_SK (with SWR_SECURITY_TOKEN for temporary ones) sign the\n"
    "request (SDK-HMAC-SHA256, at this machine's time); without them SWR_TOKEN, an IAM user token, is sent as\n"
    "X-Auth-Token.\n";
constexpr std::string_view exit_help =
    "Exit status: 0 done; 1 refused by the server, the server not reached, or an answer that SWR does not\n"
    "document; 2 a usage error or invalid input (nothing is sent).\n";

// ---- Text shown on a terminal ----

// Text from the command line, byte by byte: printable ASCII as is, '\' doubled, anything else escaped, so that a
// caret under it points at the byte (as swr-check shows names).
std::string printable(std::string_view bytes) {
  std::string out;
  for (const char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    if (c == '\\') {
      out += "\\\\";
    } else if (b >= 0x20 && b < 0x7f) {
      out.push_back(c);
    } else {
      out += fmt::format("\\x{:02x}", b);
    }
  }
  return out;
}

// Text from the server, in a table: as is when nothing in it needs escaping, else quoted and escaped as {fmt}'s
// "{:?}" does (control characters, invalid UTF-8, bidi overrides…), so that a value cannot pass for another.
std::string shown(std::string_view text) {
  std::string quoted = fmt::format("{:?}", text);
  if (quoted.size() == text.size() + 2 && std::string_view(quoted).substr(1, text.size()) == text) {
    return std::string(text);
  }
  return quoted;
}

// "  LABEL VALUE" and a caret under byte `position` of the value; a long value shows 40 bytes either side.
void print_caret(std::string_view label, std::string_view value, std::size_t position) {
  constexpr std::size_t context = 40;
  position = std::min(position, value.size());
  const std::size_t from = position > context ? position - context : 0;
  const std::size_t to = std::min(value.size(), position + context);
  std::string line = "  ";
  if (!label.empty()) line.append(label).append(" ");
  if (from > 0) line += "...";
  const std::size_t column = line.size() + printable(value.substr(from, position - from)).size();
  line += printable(value.substr(from, to - from));
  if (to < value.size()) line += "...";
  fmt::print(stderr, "{}\n{}^\n", line, std::string(column, ' '));
}

// ---- The command line ----

// The words of `text`, for `wrapped`.
std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = std::min(text.find(' ', start), text.size());
    if (end > start) out.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// `first`, then `parts` separated by spaces, in lines of at most 110 columns; a line that would be longer goes on
// the next, after `indent` spaces.
std::string wrapped(std::string first, const std::vector<std::string>& parts, std::size_t indent) {
  constexpr std::size_t width = 110;
  std::string out = std::move(first);
  std::size_t line_start = 0;
  bool line_has_part = false;
  for (const std::string& part : parts) {
    if (line_has_part && out.size() - line_start + 1 + part.size() > width) {
      out += '\n';
      line_start = out.size();
      out.append(indent, ' ');
    } else if (line_has_part) {
      out += ' ';
    }
    out += part;
    line_has_part = true;
  }
  return out;
}

// The usage line of a subcommand, as its parts (an option and its value stay together when wrapped).
std::vector<std::string> synopsis(const command& c) {
  std::vector<std::string> parts = {std::string(program), std::string(c.group), std::string(c.verb)};
  for (const option_spec& o : c.options) {
    const std::string part = o.value.empty() ? std::string(o.name) : fmt::format("{} {}", o.name, o.value);
    parts.push_back(o.required ? part : "[" + part + "]");
  }
  parts.insert(parts.end(), {"(--endpoint URL | --region ID)", "[--json]"});
  return parts;
}

std::string categories_text() {
  std::string text;
  for (std::size_t i = 0; i < swr::category_count; ++i) {
    if (i > 0) text += i + 1 == swr::category_count ? " or " : ", ";
    text += swr::to_string(swr::all_categories[i]);
  }
  return text;
}

void print_options(const option_spec* first, const option_spec* last) {
  for (; first != last; ++first) {
    const std::string name =
        first->value.empty() ? std::string(first->name) : fmt::format("{} {}", first->name, first->value);
    std::string help(first->help);
    if (first->name == "--category") help += ": " + categories_text();
    fmt::print("{}\n", wrapped(fmt::format("  {:<23} ", name), words(help), 26));
  }
}

void print_help(const command& c) {
  fmt::print("{}\n\n{}\n{}: {} {}\n\n", wrapped("usage: ", synopsis(c), 7), c.summary, c.operation.name,
             swr::to_string(c.operation.method), c.operation.path);
  print_options(c.options.data(), c.options.data() + c.options.size());
  print_options(std::begin(common_options), std::end(common_options));
  fmt::print("\n{}{}", credentials_help, exit_help);
}

void print_overview(const std::vector<command>& commands, std::string_view group) {
  fmt::print(
      "usage: {} GROUP VERB [options] (--endpoint URL | --region ID) [--json]\n\n"
      "A client of SWR's v2 management API, one subcommand per operation. Each validates everything first and\n"
      "sends nothing invalid; it prints the answer as a table, or with --json as the JSON SWR sent.\n\n",
      program);
  for (const command& c : commands) {
    if (!group.empty() && c.group != group) continue;
    fmt::print("  {:<18}{:<20}{} {}\n", fmt::format("{} {}", c.group, c.verb), c.operation.name,
               swr::to_string(c.operation.method), c.operation.path);
  }
  fmt::print("\n'{} GROUP VERB --help' shows a subcommand's options.\n{}{}", program, credentials_help, exit_help);
}

int usage_error(std::string_view problem, const std::vector<std::string>& usage, std::string_view help_command) {
  fmt::print(stderr, "{}: {}\n{}\nTry '{} --help'.\n", program, problem, wrapped("usage: ", usage, 7), help_command);
  return invalid;
}

int usage_error(const command& c, std::string_view problem) {
  return usage_error(problem, synopsis(c), fmt::format("{} {} {}", program, c.group, c.verb));
}

const option_spec* find_option(const command& c, std::string_view name) {
  for (const option_spec& o : c.options) {
    if (o.name == name) return &o;
  }
  for (const option_spec& o : common_options) {
    if (o.name == name) return &o;
  }
  return nullptr;
}

// Reads the subcommand's options into `in`; a usage problem, or "".
std::string read_options(const std::vector<std::string_view>& args, invocation& in) {
  const command& c = *in.cmd;
  for (std::size_t i = 2; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    const std::size_t equals = arg.find('=');
    const std::string_view name = arg.substr(0, equals);
    const option_spec* spec = find_option(c, name);
    if (spec == nullptr) {
      return arg.substr(0, 1) == "-" ? fmt::format("unknown option '{}'", printable(name))
                                     : fmt::format("unexpected argument '{}'", printable(arg));
    }
    if (in.has(name)) return fmt::format("{} given twice", name);
    std::string_view value;
    if (spec->value.empty()) {
      if (equals != std::string_view::npos) return fmt::format("{} takes no value", name);
    } else if (equals != std::string_view::npos) {
      value = arg.substr(equals + 1);
    } else if (i + 1 < args.size()) {
      value = args[++i];
    } else {
      return fmt::format("{} needs a value ({})", name, spec->value);
    }
    in.given.emplace_back(name, value);
  }
  for (const option_spec& o : c.options) {
    if (o.required && !in.has(o.name)) return fmt::format("{} is required", o.name);
  }
  if (in.has("--endpoint") == in.has("--region")) return "give one of --endpoint and --region";
  return {};
}

// --endpoint: "http://" or "https://" and the host (a '/' after it is dropped); false when it is not that.
bool split_endpoint(std::string_view url, target& to) {
  for (const std::string_view scheme : {std::string_view("http://"), std::string_view("https://")}) {
    if (url.substr(0, scheme.size()) == scheme) {
      std::string_view host = url.substr(scheme.size());
      if (!host.empty() && host.back() == '/') host.remove_suffix(1);
      to.scheme = std::string(scheme);
      to.host = std::string(host);
      return true;
    }
  }
  return false;
}

// The credentials, from the environment: an access key when SWR_AK or SWR_SK is set (a missing one is then
// reported as empty, with the hint), else the token.
void read_credentials(target& to) {
  const auto value_of = [](const char* name) {
    const char* value = std::getenv(name);
    return std::string(value != nullptr ? value : "");
  };
  to.ak_set = std::getenv("SWR_AK") != nullptr;
  to.sk_set = std::getenv("SWR_SK") != nullptr;
  to.signing = to.ak_set || to.sk_set;
  if (to.signing) {
    to.key = {value_of("SWR_AK"), value_of("SWR_SK"), value_of("SWR_SECURITY_TOKEN")};
  } else {
    to.token = value_of("SWR_TOKEN");
  }
}

// The option whose value a problem of this field is in, for the caret.
std::string_view option_of(swr::field f) {
  switch (f) {
    case swr::field::namespace_name: return "--namespace";
    case swr::field::repository: return "--repository";
    case swr::field::category: return "--category";
    case swr::field::description: return "--description";
    case swr::field::host: return "--endpoint";
    case swr::field::region: return "--region";
    case swr::field::tag: return "--tag";
    case swr::field::name: return "--name";
    case swr::field::limit: return "--limit";
    case swr::field::offset: return "--offset";
    case swr::field::source_tag: return "--source-tag";
    case swr::field::destination_tag: return "--destination-tag";
    case swr::field::access_domain: return "--domain";
    case swr::field::deadline: return "--deadline";
    default: return {};  // the credentials among them: never shown
  }
}

// ---- libcurl ----

// Far above any answer of the API (a page of 1,000 repositories is some 1 MB): a server that sends more is not
// read to the end of memory.
constexpr std::size_t answer_max_bytes = std::size_t{64} << 20;

std::size_t append_body(char* data, std::size_t size, std::size_t count, void* target) {
  std::string& body = static_cast<answer*>(target)->body;
  if (body.size() + size * count > answer_max_bytes) return 0;  // curl then fails with CURLE_WRITE_ERROR
  body.append(data, size * count);
  return size * count;
}

// Keeps Content-Range, the page of a list. A status line starts a new answer (after a "100 Continue"), so that
// only the last answer's header counts.
std::size_t take_header(char* data, std::size_t size, std::size_t count, void* target) {
  auto& got = *static_cast<answer*>(target);
  const std::string_view line(data, size * count);
  if (line.substr(0, 5) == "HTTP/") got.content_range.reset();
  constexpr std::string_view name = "content-range:";
  if (line.size() > name.size() && std::equal(name.begin(), name.end(), line.begin(), [](char a, char b) {
        return a == std::tolower(static_cast<unsigned char>(b));
      })) {
    std::string_view value = line.substr(name.size());
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
    while (!value.empty() && std::strchr(" \t\r\n", value.back()) != nullptr) value.remove_suffix(1);
    got.content_range = std::string(value);
  }
  return size * count;
}

}  // namespace

// ---- invocation ----

std::optional<std::string_view> invocation::value(std::string_view name) const {
  for (const auto& [option, text] : given) {
    if (option == name) return text;
  }
  return std::nullopt;
}

std::optional<std::string> invocation::optional_text(std::string_view name) const {
  const std::optional<std::string_view> v = value(name);
  return v ? std::optional<std::string>(std::string(*v)) : std::nullopt;
}

std::optional<std::int64_t> integer_option(const invocation& in, std::string_view name, swr::field f, problems& out) {
  const std::optional<std::string_view> text = in.value(name);
  if (!text) return std::nullopt;
  if (text->empty()) {
    out.push_back({swr::error_code::empty, f, 0});
    return std::nullopt;
  }
  // A sign is read, so that the library says what the range is (-1 is out_of_range, not a bad character).
  const bool negative = text->front() == '-';
  const std::size_t first = negative ? 1 : 0;
  if (first == text->size()) {
    out.push_back({swr::error_code::invalid_character, f, 0});
    return std::nullopt;
  }
  std::int64_t value = 0;
  for (std::size_t i = first; i < text->size(); ++i) {
    const char c = (*text)[i];
    if (c < '0' || c > '9') {
      out.push_back({swr::error_code::invalid_character, f, i});
      return std::nullopt;
    }
    const std::int64_t digit = c - '0';
    if (value > (INT64_MAX - digit) / 10) {  // beyond any range of the API
      out.push_back({swr::error_code::out_of_range, f, 0});
      return std::nullopt;
    }
    value = value * 10 + digit;
  }
  return negative ? -value : value;
}

std::optional<swr::category> category_option(const invocation& in, problems& out) {
  const std::optional<std::string_view> text = in.value("--category");
  if (!text) return std::nullopt;
  const std::optional<swr::category> c = swr::parse_category(*text);
  if (!c) out.push_back({swr::error_code::unknown_category, swr::field::category, 0});
  return c;
}

int usage_error(const invocation& in, std::string_view problem) { return usage_error(*in.cmd, problem); }

// ---- perform's parts ----

int report_problems(const invocation& in, const problems& unsorted) {
  // In the order of the subcommand's options, whether a problem was found reading an option's value (a number,
  // a category) or by the library; then the endpoint's and the credentials'.
  const auto rank = [&in](const swr::error& e) {
    const std::string_view option = option_of(e.field);
    const auto& options = in.cmd->options;
    const auto at =
        std::find_if(options.begin(), options.end(), [&](const option_spec& o) { return o.name == option; });
    return at != options.end() ? static_cast<std::size_t>(at - options.begin())
                               : options.size() + (option.empty() ? 1 : 0);
  };
  problems found = unsorted;
  std::stable_sort(found.begin(), found.end(),
                   [&](const swr::error& a, const swr::error& b) { return rank(a) < rank(b); });
  for (const swr::error& e : found) {
    fmt::print(stderr, "error: {}\n", swr::describe(e));
    const std::string_view option = option_of(e.field);
    const std::optional<std::string_view> value = option.empty() ? std::nullopt : in.value(option);
    if (value && !value->empty() && swr::has_position(e.code)) {
      // A host's position is in the host; the caret goes under the --endpoint value, after its scheme.
      const std::size_t shift = e.field == swr::field::host ? in.to.scheme.size() : 0;
      print_caret(option, *value, e.position + shift);
    }
    const bool key_field = e.field == swr::field::access_key_id || e.field == swr::field::secret_key;
    if (key_field && in.to.ak_set != in.to.sk_set) {
      fmt::print(stderr, "  ({} is set but {} is not: set both to sign, or neither to use SWR_TOKEN)\n",
                 in.to.ak_set ? "SWR_AK" : "SWR_SK", in.to.ak_set ? "SWR_SK" : "SWR_AK");
    }
    if (e.field == swr::field::token && e.code == swr::error_code::empty) {
      fmt::print(stderr, "  (set SWR_TOKEN to an IAM user token, or SWR_AK and SWR_SK to an access key)\n");
    }
  }
  return invalid;
}

answer send(const invocation& in, const swr::http_request& request) {
  answer got;
  CURL* curl = curl_easy_init();
  if (curl == nullptr) {
    got.failure = "libcurl could not start";
    return got;
  }
  curl_slist* headers = nullptr;
  for (const swr::http_header& h : request.headers()) {
    if (h.name == "Content-Length") continue;  // curl sends it, from CURLOPT_POSTFIELDSIZE
    headers = curl_slist_append(headers, (h.name + ": " + h.value).c_str());
  }
  headers = curl_slist_append(headers, "Expect:");  // no "100-continue" round trip: the bodies are small
  const std::string url = in.to.scheme + in.to.host + request.target();
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  if (request.method() != "GET") {
    if (request.method() != "POST") curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method().c_str());
    if (!request.body().empty()) {
      curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body().data());
      curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(request.body().size()));
    }
  }
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, append_body);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &got);
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, take_header);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, &got);
  const CURLcode sent = curl_easy_perform(curl);
  if (sent == CURLE_OK) {
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &got.status);
  } else {
    got.failure = sent == CURLE_WRITE_ERROR ? "the answer is larger than 64 MiB" : curl_easy_strerror(sent);
  }
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  return got;
}

int report_refusal(const invocation& in, const answer& got) {
  const swr::operation_info& op = in.cmd->operation;
  std::string_view meaning = "a status SWR does not document for this operation";
  for (std::size_t i = 0; i < op.error_count; ++i) {
    if (op.errors[i].http_status == got.status) meaning = op.errors[i].meaning;
  }
  fmt::print(stderr, "error: {}: {} {}: {}\n", op.name, got.status,
             swr::to_string(swr::outcome_of(static_cast<int>(got.status))), meaning);
  if (got.body.find_first_not_of(" \t\r\n") == std::string::npos) {
    fmt::print(stderr, "  (no error body)\n");
  } else if (const auto errors = swr::parse_error_response(got.body)) {
    for (const swr::service_error& e : *errors) fmt::print(stderr, "  {}\n", e);  // "CODE": "message" ("detail")
  } else {
    fmt::print(stderr, "  (the answer is not an SWR error body: {})\n", swr::describe(errors.error()));
  }
  return refused;
}

int report_unreadable(const invocation& in, const answer& got, const swr::error& e) {
  const swr::operation_info& op = in.cmd->operation;
  if (got.content_range) {
    const auto range = swr::parse_content_range(*got.content_range);
    if (!range) {
      fmt::print(stderr, "error: {}: {}, but its Content-Range is not offset-count/total: {}\n", op.name, got.status,
                 swr::describe(range.error()));
      print_caret("Content-Range:", *got.content_range, range.error().position);
      return refused;
    }
  }
  fmt::print(stderr, "error: {}: {}, but the answer is not what SWR documents: {}\n", op.name, got.status,
             swr::describe(e));
  print_caret("", got.body, e.offset != swr::no_offset ? e.offset : e.position);
  return refused;
}

namespace {
// Whether a terminal obeys this code point, or it reorders the text around it: DEL, the C1 controls, the bidi
// controls (an override makes "gpj.exe" of "exe.jpg"), the line and paragraph separators.
bool obeyed(std::uint32_t c) {
  return c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f ||
         (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

// The same JSON, with those code points as \u escapes. JSON lets a string hold them raw, and only a string can
// hold them: the body was read strictly (well-formed UTF-8, nothing but JSON's own ASCII outside strings).
std::string terminal_safe(std::string_view json) {
  std::string out;
  for (std::size_t i = 0; i < json.size();) {
    const auto lead = static_cast<unsigned char>(json[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    std::uint32_t c = length == 1 ? lead : lead & (0x7fu >> length);
    for (std::size_t k = 1; k < length; ++k) c = (c << 6) | (static_cast<unsigned char>(json[i + k]) & 0x3fu);
    if (obeyed(c)) {
      out += fmt::format("\\u{:04x}", c);
    } else {
      out.append(json.substr(i, length));
    }
    i += length;
  }
  return out;
}
}  // namespace

void print_json(std::string_view body) {
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) return;  // an answer without content
  const std::string text = isatty(STDOUT_FILENO) ? terminal_safe(body) : std::string(body);
  std::fwrite(text.data(), 1, text.size(), stdout);
  if (text.back() != '\n') std::fputc('\n', stdout);
}

// ---- Tables ----

namespace {
// Columns two spaces apart, each as wide as its widest cell in code points (the last one not padded).
class table {
 public:
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  void print() const {
    std::vector<std::size_t> widths;
    for (const auto& row : rows_) {
      widths.resize(std::max(widths.size(), row.size()));
      for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], swr::count_code_points(row[i]));
    }
    for (const auto& row : rows_) {
      std::string line;
      for (std::size_t i = 0; i < row.size(); ++i) {
        line += row[i];
        if (i + 1 < row.size()) line.append(widths[i] - swr::count_code_points(row[i]) + 2, ' ');
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      fmt::print("{}\n", line);
    }
  }

 private:
  std::vector<std::vector<std::string>> rows_;
};

// A member's value as a cell: strings shown (escaped when needed), numbers exact, null as null.
template <class T>
std::string cell(const T& value) {
  if constexpr (std::is_same_v<T, std::string>) {
    return shown(value);
  } else if constexpr (std::is_same_v<T, bool>) {
    return value ? "true" : "false";
  } else if constexpr (std::is_same_v<T, std::int64_t>) {
    return std::to_string(value);
  } else if constexpr (std::is_same_v<T, std::optional<std::string>>) {
    return value ? shown(*value) : "null";
  } else {
    static_assert(std::is_same_v<T, std::vector<std::string>>, "a member type without a cell");
    std::string text;
    for (const std::string& s : value) text += (text.empty() ? "" : ", ") + shown(s);
    return text;
  }
}

// An object as two columns, each member (named as in the JSON) and its value, in the order SWR documents them.
template <class T>
void show_members(const T& value) {
  table t;
  T::json_members(value, [&t](std::string_view name, const auto& member) { t.add({std::string(name), cell(member)}); });
  t.print();
}

// A list as a table of some of its items' members (the headers are the JSON names, in capitals), then how many
// and, for a page, where it is in the whole.
template <class T>
void show_list(const std::vector<T>& items, std::initializer_list<std::string_view> columns, std::string_view noun,
               std::string_view nouns, const std::optional<swr::content_range>& range) {
  if (!items.empty()) {
    table t;
    std::vector<std::string> header;
    for (const std::string_view c : columns) {
      std::string name(c);
      for (char& ch : name) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      header.push_back(std::move(name));
    }
    t.add(std::move(header));
    for (const T& item : items) {
      std::vector<std::string> row(columns.size());
      T::json_members(item, [&](std::string_view name, const auto& member) {
        const auto at = std::find(columns.begin(), columns.end(), name);
        if (at != columns.end()) row[static_cast<std::size_t>(at - columns.begin())] = cell(member);
      });
      t.add(std::move(row));
    }
    t.print();
  }
  if (range) {
    fmt::print("{} of {} {}, from offset {}\n", range->count, range->total, range->total == 1 ? noun : nouns,
               range->offset);
  } else {
    fmt::print("{} {}\n", items.size(), items.size() == 1 ? noun : nouns);
  }
}
}  // namespace

void show(const swr::namespace_list& namespaces) {
  show_list(namespaces.namespaces, {"name", "id", "creator_name", "auth"}, "organization", "organizations",
            std::nullopt);
}
void show(const swr::namespace_info& ns) { show_members(ns); }
void show(const swr::repository_info& repository) { show_members(repository); }
void show(const swr::list<swr::repository_summary>& repositories) {
  show_list(repositories.items,
            {"namespace", "name", "category", "is_public", "num_images", "size", "updated_at", "description"},
            "repository", "repositories", repositories.range);
}
void show(const swr::list<swr::listed_tag>& tags) {
  show_list(tags.items, {"Tag", "digest", "size", "tag_type", "updated"}, "tag", "tags", tags.range);
}
void show(const swr::shown_tag& tag) { show_members(tag); }
void show(const swr::list<swr::repository_share>& shares) {
  show_list(shares.items, {"access_domain", "permit", "deadline", "status", "description"}, "share", "shares",
            shares.range);
}
void show(const swr::repository_share_details& share) { show_members(share); }

// ---- main ----

int run(int argc, char** argv, const std::vector<command>& commands) {
  const std::vector<std::string_view> args(argv + 1, argv + argc);
  const std::vector<std::string> overview_usage =
      words("swr-client GROUP VERB [options] (--endpoint URL | --region ID) [--json]");
  if (args.empty()) return usage_error("missing command", overview_usage, program);
  if (args[0] == "--help" || args[0] == "-h") {
    print_overview(commands, {});
    return done;
  }
  const auto in_group = [&](const command& c) { return c.group == args[0]; };
  if (std::none_of(commands.begin(), commands.end(), in_group)) {
    return usage_error(fmt::format("unknown command '{}' (namespace, repo, tag or share)", printable(args[0])),
                       overview_usage, program);
  }
  std::string verbs;
  for (const command& c : commands) {
    if (in_group(c)) verbs += (verbs.empty() ? "" : "|") + std::string(c.verb);
  }
  const std::vector<std::string> group_usage = {std::string(program), std::string(args[0]), verbs, "[options]"};
  const std::string group_help = fmt::format("{} {}", program, args[0]);
  if (args.size() == 1) return usage_error("missing subcommand", group_usage, group_help);
  if (args[1] == "--help" || args[1] == "-h") {
    print_overview(commands, args[0]);
    return done;
  }
  const auto found = std::find_if(commands.begin(), commands.end(),
                                  [&](const command& c) { return in_group(c) && c.verb == args[1]; });
  if (found == commands.end()) {
    return usage_error(fmt::format("unknown subcommand '{}'", printable(args[1])), group_usage, group_help);
  }

  invocation in;
  in.cmd = &*found;
  if (std::any_of(args.begin() + 2, args.end(), [](std::string_view a) { return a == "--help" || a == "-h"; })) {
    print_help(*found);
    return done;
  }
  if (const std::string problem = read_options(args, in); !problem.empty()) return usage_error(in, problem);
  in.json = in.has("--json");
  if (const auto endpoint = in.value("--endpoint")) {
    if (!split_endpoint(*endpoint, in.to)) return usage_error(in, "--endpoint must be http:// or https:// and a host");
  } else {
    const auto host = swr::region_host(*in.value("--region"));
    if (!host) return report_problems(in, {host.error()});
    in.to.scheme = "https://";
    in.to.host = std::string(*host);
  }
  read_credentials(in.to);

  curl_global_init(CURL_GLOBAL_DEFAULT);
  const int status = found->run(in);
  curl_global_cleanup();
  return status;
}

}  // namespace swr_client
