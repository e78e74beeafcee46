# Makes the "other version" of the two-versions test from a single header generated as version 0.1.0:
# the same code, but with namespaces of at most 32 bytes, so that the two copies behave differently.
file(READ "${INPUT}" text)
set(from "inline constexpr std::size_t namespace_max_length = 64;")
string(FIND "${text}" "${from}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "make_other.cmake: '${from}' is not in ${INPUT}; update the test")
endif()
string(REPLACE "${from}" "inline constexpr std::size_t namespace_max_length = 32;" text "${text}")
file(WRITE "${OUTPUT}" "${text}")
