// swr-check — checks SWR namespace and repository names; see `swr-check --help`.
#include <cstdlib>
#include <string_view>
#include <vector>

#include "cli.hpp"

int main(int argc, char** argv) {
  std::vector<std::string_view> args(argv + 1, argv + argc);
  return swr_check::run(args, {stdin, stdout, stderr}, {std::getenv("SWR_TOKEN")});
}
