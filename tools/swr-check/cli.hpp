// swr-check — the demo command-line tool, as a function so that the tests can run it in-process.
#ifndef SWR_TOOLS_SWR_CHECK_CLI_HPP
#define SWR_TOOLS_SWR_CHECK_CLI_HPP

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace swr_check {

/// Exit statuses: every name valid, some name invalid, the command line itself is wrong.
enum exit_status : int { all_valid = 0, some_invalid = 1, usage_error = 2 };

/// Where the tool reads names from (`-`) and writes its report and its errors.
struct streams {
  std::FILE* in;
  std::FILE* out;
  std::FILE* err;
};

/// What swr-check reads from its environment: the token for `request` (SWR_TOKEN), or nullptr when unset.
struct environment {
  const char* swr_token = nullptr;
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
