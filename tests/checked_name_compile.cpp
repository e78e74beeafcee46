// Compile-time checking of name literals (C++20 consteval). Built once per case by the tests
// (tests/CMakeLists.txt), so that each failure is the literal's, not the file's:
//   SWR_TEST_VALID_LITERAL       valid literals, fixed-size buffers and trailing NULs included: must compile,
//                                and where consteval is missing must fail with a message saying why;
//   SWR_TEST_INVALID_LITERAL=n   invalid literal number n below: must fail, and the compiler's output must
//                                name the rule it breaks (the function named after its name_error);
//   neither                      "team//app": must fail.
// No comment on a literal's line names its error's function: compilers quote the failing line.
#include "swr/swr.hpp"

#include <string_view>

#ifdef SWR_TEST_VALID_LITERAL
namespace {
constexpr char namespace_buffer[16] = "my-org";  // a fixed-size buffer: the text, then ten NULs
constexpr char unterminated[8] = {'t', 'e', 'a', 'm', '/', 'a', 'p', 'p'};
}  // namespace
constexpr swr::checked_repository repository = "team/app";
constexpr swr::checked_namespace from_buffer = namespace_buffer;
constexpr swr::checked_namespace with_trailing_nuls = "my-org\0\0";
constexpr swr::checked_repository from_unterminated = unterminated;
constexpr swr::checked_namespace longest = "a234567890123456789012345678901234567890123456789012345678901234";
#if SWR_HAS_CONSTEVAL
static_assert(from_buffer.value() == "my-org" && with_trailing_nuls.value() == "my-org");
static_assert(from_unterminated.value() == "team/app" && longest.value().size() == swr::namespace_max_length);
#endif
#elif !defined(SWR_TEST_INVALID_LITERAL)
constexpr swr::checked_repository repository = "team//app";
#elif SWR_TEST_INVALID_LITERAL == 1   // empty
constexpr swr::checked_namespace repository = "";
#elif SWR_TEST_INVALID_LITERAL == 2   // 65 bytes
constexpr swr::checked_namespace repository = "a2345678901234567890123456789012345678901234567890123456789012345";
#elif SWR_TEST_INVALID_LITERAL == 3   // an uppercase letter
constexpr swr::checked_namespace repository = "My-org";
#elif SWR_TEST_INVALID_LITERAL == 4   // a digit first
constexpr swr::checked_namespace repository = "1org";
#elif SWR_TEST_INVALID_LITERAL == 5   // a separator last
constexpr swr::checked_repository repository = "team/";
#elif SWR_TEST_INVALID_LITERAL == 6   // two slashes
constexpr swr::checked_repository repository = "team//app";
#elif SWR_TEST_INVALID_LITERAL == 7   // three underscores
constexpr swr::checked_namespace repository = "a___b";
#elif SWR_TEST_INVALID_LITERAL == 8   // SWR's own
constexpr swr::checked_namespace repository = "library";
#elif SWR_TEST_INVALID_LITERAL == 9   // a '$' (the wire form) in a logical name
constexpr swr::checked_repository repository = "team$app";
#elif SWR_TEST_INVALID_LITERAL == 10  // an embedded NUL: part of the name, so refused like any other byte
constexpr swr::checked_namespace repository = "my\0org";
#elif SWR_TEST_INVALID_LITERAL == 11  // a buffer filled to its end, with no room for a NUL: 65 bytes
constexpr char buffer[65] = {'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q',
                             'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h',
                             'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y',
                             'z', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm'};
constexpr swr::checked_namespace repository = buffer;
#else
#error "unknown SWR_TEST_INVALID_LITERAL"
#endif

int main() {
#ifdef SWR_TEST_VALID_LITERAL
  const std::string_view names[] = {from_buffer, with_trailing_nuls, from_unterminated, longest};
  for (const std::string_view name : names) {
    if (!swr::is_valid_namespace(name) && !swr::is_valid_repository(name)) return 1;
  }
#endif
  return repository.value().empty() ? 1 : 0;
}
