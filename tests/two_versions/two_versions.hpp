// The functions of the two translation units, each built against its own copy of swrkit.
#ifndef SWR_TESTS_TWO_VERSIONS_HPP
#define SWR_TESTS_TWO_VERSIONS_HPP

#include <string_view>

bool this_version_accepts(std::string_view name);
std::string_view this_version_string();
bool other_version_accepts(std::string_view name);
std::string_view other_version_string();
std::string_view this_version_too_long_message();
std::string_view other_version_too_long_message();

#endif  // SWR_TESTS_TWO_VERSIONS_HPP
