// SPDX-License-Identifier: MIT
// swr-client's machinery, shared by every subcommand: the command line, the credentials, the problems shown with a
// caret, libcurl, and the answer read strictly and shown as a table (client.cpp). `perform` is the one path every
// operation takes: validate everything, send nothing invalid, sign or send the token, read the answer.
#ifndef SWR_EXAMPLES_SWR_CLIENT_CLIENT_HPP
#define SWR_EXAMPLES_SWR_CLIENT_CLIENT_HPP

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <swr/swr.hpp>

namespace swr_client {

/// Exit statuses (documented in --help and docs/examples.md).
enum exit_status : int {
  done = 0,     ///< the server did it (2xx), and its answer reads as SWR documents it
  refused = 1,  ///< the server refused (any other status), could not be reached, or answered what SWR does not
  invalid = 2,  ///< a usage error or invalid input: nothing was sent
};

/// An option of a subcommand: `--name VALUE` (or `--name=VALUE`), or a flag when `value` is empty.
struct option_spec {
  std::string_view name;
  std::string_view value;  ///< what the value is, for the help ("NS"); empty: a flag
  std::string_view help;
  bool required = false;
};

struct invocation;

/// A subcommand: `swr-client GROUP VERB [options]`, one operation of the management API.
struct command {
  std::string_view group;  ///< namespace, repo, tag, share
  std::string_view verb;   ///< create, list, show, update, delete
  swr::operation_info operation;
  std::string_view summary;
  std::vector<option_spec> options;  ///< besides the common ones (--endpoint, --region, --json, --help)
  int (*run)(const invocation&);
};

/// Where the request goes and with what credentials, from the common options and the environment.
struct target {
  std::string scheme;  ///< "http://" or "https://"
  std::string host;    ///< HOST[:PORT], checked with the request (swr::check_host)
  bool signing = false;
  std::string token;  ///< SWR_TOKEN, when not signing
  swr::access_key key;
  bool ak_set = false, sk_set = false;  ///< which of SWR_AK and SWR_SK the environment has, for the hint
};

/// One subcommand's command line, read and checked against its options.
struct invocation {
  const command* cmd = nullptr;
  std::vector<std::pair<std::string_view, std::string_view>> given;  ///< option name and value ("" for a flag)
  target to;
  bool json = false;

  /// The value of an option given on the command line, or nullopt.
  std::optional<std::string_view> value(std::string_view name) const;
  /// Whether a flag (or an option) was given.
  bool has(std::string_view name) const { return value(name).has_value(); }
  /// The value of a required option (the parser made sure it is there).
  std::string text(std::string_view name) const { return std::string(value(name).value_or("")); }
  std::optional<std::string> optional_text(std::string_view name) const;
};

/// Runs swr-client with its command line: finds the subcommand among `commands`, reads its options, the endpoint
/// and the credentials, and runs it. Returns the exit status.
int run(int argc, char** argv, const std::vector<command>& commands);

/// A usage error of the subcommand, on standard error, with its usage line; returns `invalid`.
int usage_error(const invocation& in, std::string_view problem);

/// Every problem found while reading option values into a request (a number that is not one, an unknown
/// category): shown like the library's, before the request is validated.
using problems = std::vector<swr::error>;

/// An integer option (--limit, --offset): absent, a number (range checked by the library), or a problem.
std::optional<std::int64_t> integer_option(const invocation& in, std::string_view name, swr::field f, problems& out);
/// --category: absent, one of swr::all_categories' wire strings, or `unknown_category`.
std::optional<swr::category> category_option(const invocation& in, problems& out);

// ---- What perform needs from client.cpp ----

/// Prints each problem (what, and a caret under the byte in the option's value), then the credentials hint;
/// returns `invalid`.
int report_problems(const invocation& in, const problems& found);

/// What came back.
struct answer {
  long status = 0;  ///< 0: the server could not be reached (`failure` says why)
  std::string body;
  std::optional<std::string> content_range;
  std::string failure;
};

/// Sends the request with libcurl to in.to's scheme and host.
answer send(const invocation& in, const swr::http_request& request);

/// A refusal, on standard error: the status, what it means for the operation, and each error of SWR's body,
/// escaped (swr/fmt.hpp's service_error). Returns `refused`.
int report_refusal(const invocation& in, const answer& got);
/// A 2xx answer that does not read as SWR documents it, with a caret under its byte. Returns `refused`.
int report_unreadable(const invocation& in, const answer& got, const swr::error& e);
/// Standard output: the body exactly as received, then a line end if it has none; nothing for an answer without
/// content. On a terminal, the characters a terminal obeys (DEL, C1 controls) or that reorder text (bidi controls),
/// which JSON lets a string hold raw, are written as \u escapes instead: the same JSON, shown safely.
void print_json(std::string_view body);

// The tables, one per response type.
void show(const swr::namespace_list& namespaces);
void show(const swr::namespace_info& ns);
void show(const swr::repository_info& repository);
void show(const swr::list<swr::repository_summary>& repositories);
void show(const swr::list<swr::listed_tag>& tags);
void show(const swr::shown_tag& tag);
void show(const swr::list<swr::repository_share>& shares);
void show(const swr::repository_share_details& share);

/// The one path of every operation: `found` (problems of the option values) and every problem of the request,
/// host and credentials reported at once, and nothing sent while there is one; then the request, signed at the
/// current time or with the token, sent; and its answer read strictly (swr::read_response) and shown: `done`
/// for an operation that answers without content, a table, or with --json the body as received.
template <class Request>
int perform(const invocation& in, const Request& request, problems found, std::string_view done_sentence) {
  const problems checked = in.to.signing ? swr::validate(request, in.to.host, in.to.key)
                                         : swr::validate(request, in.to.host, std::string_view(in.to.token));
  found.insert(found.end(), checked.begin(), checked.end());
  if (!found.empty()) return report_problems(in, found);
  const swr::result<swr::http_request, swr::error> http =
      in.to.signing ? swr::to_http_request(request, in.to.host, in.to.key, std::chrono::system_clock::now())
                    : swr::to_http_request(request, in.to.host, std::string_view(in.to.token));
  if (!http) return report_problems(in, {http.error()});  // valid: only a clock outside the years 0000-9999

  const answer got = send(in, *http);
  if (got.status == 0) {
    std::fprintf(stderr, "error: cannot reach %s%s: %s\n", in.to.scheme.c_str(), in.to.host.c_str(),
                 got.failure.c_str());
    return refused;
  }
  if (swr::outcome_of(static_cast<int>(got.status)) != swr::api_outcome::success) return report_refusal(in, got);
  const std::optional<std::string_view> range =
      got.content_range ? std::optional<std::string_view>(*got.content_range) : std::nullopt;
  const auto response = swr::read_response<Request>(got.body, range);
  if (!response) return report_unreadable(in, got, response.error());
  if (in.json) {
    print_json(got.body);
  } else if constexpr (std::is_same_v<typename swr::operation_traits<Request>::response, swr::no_content>) {
    std::printf("%ld: %.*s\n", got.status, static_cast<int>(done_sentence.size()), done_sentence.data());
  } else {
    show(*response);
  }
  return done;
}

}  // namespace swr_client

#endif  // SWR_EXAMPLES_SWR_CLIENT_CLIENT_HPP
