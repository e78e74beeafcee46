// One library of the program: it vendored this swrkit.
#include "swr/swr.hpp"

#include "two_versions.hpp"

bool this_version_accepts(std::string_view name) { return swr::is_valid_namespace(name); }
std::string_view this_version_string() { return SWRKIT_VERSION_STRING; }
std::string_view this_version_too_long_message() {
  return swr::message(swr::name_error::too_long, swr::name_kind::namespace_name);
}
