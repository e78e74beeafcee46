# Makes the "other version" of the two-versions test from a single header generated as version 0.1.0:
# the same code, but with namespaces of at most 32 bytes (the limit and its message), so that the two copies
# behave differently.
file(READ "${INPUT}" text)
foreach(pair "inline constexpr std::size_t namespace_max_length = |64;|32;"
             "A namespace name has at most |64 characters.|32 characters.")
  string(REPLACE "|" ";" pair "${pair}")
  list(GET pair 0 context)
  list(GET pair 1 old)
  list(GET pair 2 new)
  string(FIND "${text}" "${context}${old}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "make_other.cmake: '${context}${old}' is not in ${INPUT}; update the test")
  endif()
  string(REPLACE "${context}${old}" "${context}${new}" text "${text}")
endforeach()
file(WRITE "${OUTPUT}" "${text}")
