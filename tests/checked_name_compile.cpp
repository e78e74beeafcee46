// Compile-time checking of name literals (C++20 consteval). Built twice by the tests: with
// SWR_TEST_VALID_LITERAL it must compile, without it it must not — so the failure is the literal's.
#include "swr/swr.hpp"

#ifdef SWR_TEST_VALID_LITERAL
constexpr swr::checked_repository repository = "team/app";
#else
constexpr swr::checked_repository repository = "team//app";
#endif

int main() { return repository.value().empty() ? 1 : 0; }
