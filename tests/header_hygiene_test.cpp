// The core headers stay cheap to include: none may pull in <regex>, <iostream>, <sstream> or {fmt}.
// The include guards of libstdc++ and fmt tell what a translation unit has seen. This file must include
// nothing but swrkit's umbrella header before these checks (doctest itself includes <iosfwd> only).
#include "swr/swr.hpp"

#if defined(__GLIBCXX__)
#if defined(_GLIBCXX_REGEX)
#error "a core swrkit header includes <regex>"
#endif
#if defined(_GLIBCXX_IOSTREAM)
#error "a core swrkit header includes <iostream>"
#endif
#if defined(_GLIBCXX_SSTREAM)
#error "a core swrkit header includes <sstream>"
#endif
#endif
#if defined(FMT_CORE_H_) || defined(FMT_FORMAT_H_)
#error "a core swrkit header includes fmt"
#endif

#include "test_support.hpp"

TEST_CASE("the umbrella header brings in the whole core") {
  CHECK(swr::is_valid_namespace("my-org"));
  CHECK(swr::escape_repository("a/b") == "a$b");
  CHECK(swr::parse_category("lang") == swr::category::lang);
}
