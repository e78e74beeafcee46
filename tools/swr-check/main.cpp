// swr-check — checks SWR names, tags, image references and create-repository requests; see `swr-check --help`.
#include <cstdlib>
#include <string_view>
#include <vector>

#include "cli.hpp"

int main(int argc, char** argv) {
  std::vector<std::string_view> args(argv + 1, argv + argc);
  swr_check::environment env;
  env.swr_token = std::getenv("SWR_TOKEN");
  env.swr_ak = std::getenv("SWR_AK");
  env.swr_sk = std::getenv("SWR_SK");
  env.swr_security_token = std::getenv("SWR_SECURITY_TOKEN");
  return swr_check::run(args, {stdin, stdout, stderr}, env);  // env.now unset: the clock, when signing
}
