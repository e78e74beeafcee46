// swr-check — the demo command-line tool, as a function so that the tests can run it in-process.
#ifndef SWR_TOOLS_SWR_CHECK_CLI_HPP
#define SWR_TOOLS_SWR_CHECK_CLI_HPP

#include <chrono>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace swr_check {

/// Exit statuses: everything valid, something invalid, the command line itself is wrong.
enum exit_status : int { all_valid = 0, some_invalid = 1, usage_error = 2 };

/// Where the tool reads names, tags and references from (`-`) and writes its report and its errors.
struct streams {
  std::FILE* in;
  std::FILE* out;
  std::FILE* err;
};

/// What `request` takes from its environment: the credentials (each nullptr when its variable is unset), and the
/// time to sign at. With SWR_AK or SWR_SK set, the request is signed with that access key; otherwise it carries
/// SWR_TOKEN.
struct environment {
  const char* swr_token = nullptr;           ///< SWR_TOKEN: an IAM user token, sent as X-Auth-Token
  const char* swr_ak = nullptr;              ///< SWR_AK: the access key id
  const char* swr_sk = nullptr;              ///< SWR_SK: the secret access key
  const char* swr_security_token = nullptr;  ///< SWR_SECURITY_TOKEN: the security token of temporary credentials
  /// The time to sign at; nullopt: std::chrono::system_clock::now(), read when the request is signed.
  std::optional<std::chrono::system_clock::time_point> now;
};

/// Runs swr-check with `args` (without the program name) and returns the exit status.
int run(const std::vector<std::string_view>& args, const streams& io, const environment& env = {});

/// A byte string as shown on a terminal: printable ASCII as is, `\` doubled, everything else escaped
/// (`\n`, `\t`, `\r`, `\xHH`), so that no control or non-ASCII byte reaches the terminal raw.
std::string printable(std::string_view bytes);

/// The terminal column where byte `position` of `bytes` starts once shown through `printable`.
std::size_t printable_column(std::string_view bytes, std::size_t position);

}  // namespace swr_check

#endif  // SWR_TOOLS_SWR_CHECK_CLI_HPP
