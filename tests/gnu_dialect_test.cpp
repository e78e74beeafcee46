// The headers must compile where `linux` and `unix` are macros (the GNU dialects, e.g. -std=gnu++17,
// CMake's default). This file is built in every configuration; under a GNU dialect it also proves that
// the macros really were in force while the headers were read.
#include "swr/swr.hpp"

#include "test_support.hpp"

#if defined(__GNUC__) && !defined(__STRICT_ANSI__) && defined(__linux__)
#define SWR_TEST_GNU_DIALECT 1
#ifndef linux
#error "expected the GNU dialect to predefine the macro linux"
#endif
#else
#define SWR_TEST_GNU_DIALECT 0
#endif

TEST_CASE("category::linux_ is the enumerator for the wire string \"linux\" in every dialect") {
  CHECK(swr::to_string(swr::category::linux_) == "linux");
  CHECK(swr::parse_category("linux") == swr::category::linux_);
#if SWR_TEST_GNU_DIALECT
  MESSAGE("built under a GNU dialect: linux is the macro " << linux);
#endif
}
