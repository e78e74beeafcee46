# Generates, from the modular headers in include/swr/ and the version in VERSION:
#   include/swr/version.hpp        the version macros and the name of the versioned inline namespace;
#   single_include/swr/swr.hpp     everything <swr/swr.hpp> offers, in one self-contained file;
#   single_include/swr/<name>.hpp  one file per optional integration (every header that swr.hpp does not
#                                  reach, such as fmt.hpp), which includes "swr.hpp" from its own folder.
#
#   cmake -P scripts/amalgamate.cmake              writes the files that changed
#   cmake -DCHECK=ON -P scripts/amalgamate.cmake   writes nothing; fails if a committed file is stale
#   cmake -DVERSION=9.9.9 -DOUTPUT_DIR=dir -P …     only the single files, as another version (for tests)
#
# A CMake script, so that generating needs nothing the build does not already need. Each header keeps its
# own include guard inside the single file, so a program may mix the two trees of one version freely.
cmake_minimum_required(VERSION 3.14)

get_filename_component(root "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
set(include_dir "${root}/include/swr")
set(single_dir "${root}/single_include/swr")

if(DEFINED VERSION)
  set(version "${VERSION}")
else()
  file(READ "${root}/VERSION" version)
  string(STRIP "${version}" version)
endif()
if(DEFINED OUTPUT_DIR)
  set(single_dir "${OUTPUT_DIR}")
endif()
if(NOT version MATCHES "^([0-9]+)\\.([0-9]+)\\.([0-9]+)$")
  message(FATAL_ERROR "VERSION must hold MAJOR.MINOR.PATCH, not '${version}'")
endif()
set(major ${CMAKE_MATCH_1})
set(minor ${CMAKE_MATCH_2})
set(patch ${CMAKE_MATCH_3})

set(stale "")
# Writes TEXT to PATH when it differs (or, with CHECK, records PATH as stale).
function(swrkit_emit path text)
  set(old "")
  if(EXISTS "${path}")
    file(READ "${path}" old)
  endif()
  if(NOT old STREQUAL text)
    if(CHECK)
      set(stale "${stale} ${path}" PARENT_SCOPE)
    else()
      file(WRITE "${path}" "${text}")
      message(STATUS "swrkit: wrote ${path}")
    endif()
  endif()
endfunction()

set(version_hpp "// SPDX-License-Identifier: MIT
// swrkit — the version, in one place for C++. Generated from the file VERSION by scripts/amalgamate.cmake,
// which also feeds CMake, meson, the pkg-config file and the single header: edit VERSION, then run
// `cmake -P scripts/amalgamate.cmake`.
#ifndef SWR_VERSION_HPP
#define SWR_VERSION_HPP

#define SWRKIT_VERSION_MAJOR ${major}
#define SWRKIT_VERSION_MINOR ${minor}
#define SWRKIT_VERSION_PATCH ${patch}
#define SWRKIT_VERSION_STRING \"${version}\"
// The versioned part of the inline namespace everything is declared in (see config.hpp).
#define SWRKIT_ABI_VERSION v${major}_${minor}_${patch}

#endif  // SWR_VERSION_HPP
")
if(NOT DEFINED OUTPUT_DIR)
  swrkit_emit("${include_dir}/version.hpp" "${version_hpp}")
endif()
if(CHECK AND stale)
  # The single header is made from version.hpp; compare it only once that is right.
  message(FATAL_ERROR "swrkit: stale generated file(s):${stale}\nRun: cmake -P scripts/amalgamate.cmake")
endif()

file(READ "${root}/LICENSE" license)
string(STRIP "${license}" license)
string(REGEX REPLACE "\n" "\n// " license "// ${license}")
string(REPLACE "// \n" "//\n" license "${license}")

# Appends HEADER (a name in include/swr/) to `amalgam`, with every `#include "swr/…"` it makes replaced by
# that header's text the first time and dropped after. The headers in `core` are not inlined: the first one
# met becomes `#include "swr.hpp"` (for the integrations, which sit beside the single swr.hpp).
function(swrkit_inline header)
  if(header IN_LIST seen)
    return()
  endif()
  if(header IN_LIST core)
    if(NOT core_included)
      string(APPEND amalgam "#include \"swr.hpp\"  // the rest of swrkit, from this folder\n"
        "#if SWRKIT_VERSION_MAJOR != ${major} || SWRKIT_VERSION_MINOR != ${minor} || SWRKIT_VERSION_PATCH != ${patch}\n"
        "#error \"this file belongs to swrkit ${version}, but the swr.hpp beside it is another version\"\n"
        "#endif\n")
      set(core_included ON PARENT_SCOPE)
      set(amalgam "${amalgam}" PARENT_SCOPE)
    endif()
    return()
  endif()
  list(APPEND seen "${header}")
  if(header STREQUAL "version.hpp")
    set(text "${version_hpp}")
  else()
    file(READ "${include_dir}/${header}" text)
  endif()
  string(REGEX REPLACE "^// SPDX-License-Identifier: MIT\n" "" text "${text}")
  string(APPEND amalgam "\n// ---- swr/${header} ----\n")
  set(directive "#include \"swr/")
  string(LENGTH "${directive}" directive_length)
  while(TRUE)
    string(FIND "${text}" "${directive}" at)
    if(at EQUAL -1)
      break()
    endif()
    math(EXPR name_start "${at} + ${directive_length}")
    set(line_start ON)
    if(at GREATER 0)
      math(EXPR previous "${at} - 1")
      string(SUBSTRING "${text}" ${previous} 1 previous)
      if(NOT previous STREQUAL "\n")
        set(line_start OFF)
      endif()
    endif()
    if(NOT line_start)  # not a directive (a comment, a string): copy it as it is
      string(SUBSTRING "${text}" 0 ${name_start} before)
      string(APPEND amalgam "${before}")
      string(SUBSTRING "${text}" ${name_start} -1 text)
      continue()
    endif()
    string(SUBSTRING "${text}" 0 ${at} before)
    string(APPEND amalgam "${before}")
    string(SUBSTRING "${text}" ${name_start} -1 text)
    string(FIND "${text}" "\"" name_end)
    string(SUBSTRING "${text}" 0 ${name_end} name)
    string(FIND "${text}" "\n" line_end)
    math(EXPR line_end "${line_end} + 1")
    string(SUBSTRING "${text}" ${line_end} -1 text)
    swrkit_inline("${name}")
  endwhile()
  string(APPEND amalgam "${text}")
  set(amalgam "${amalgam}" PARENT_SCOPE)
  set(seen "${seen}" PARENT_SCOPE)
  set(core_included "${core_included}" PARENT_SCOPE)
endfunction()

set(docs "docs/names.md, docs/api.md and docs/regions.md")
# banner(TITLE): the head of every generated file.
function(swrkit_banner out title)
  set(${out} "// SPDX-License-Identifier: MIT
// swrkit ${version} — ${title}
//
// swrkit validates Huawei Cloud SWR organization (namespace) and repository names and builds, without I/O,
// the request that creates a repository (POST /v2/manage/namespaces/{namespace}/repos). The rules it
// implements are documented in the swrkit repository, in ${docs}.
//
// GENERATED FILE — DO NOT EDIT. It is made from the headers in include/swr/ by scripts/amalgamate.cmake;
// change those, then run `cmake -P scripts/amalgamate.cmake`.
//
${license}
" PARENT_SCOPE)
endfunction()

set(seen "")
set(core "")
set(amalgam "")
swrkit_banner(banner "the whole library in one header; #include \"swr.hpp\" and use namespace swr.")
swrkit_inline(swr.hpp)
swrkit_emit("${single_dir}/swr.hpp" "${banner}${amalgam}")

set(core "${seen}")
file(GLOB headers RELATIVE "${include_dir}" "${include_dir}/*.hpp")
list(SORT headers)
foreach(header IN LISTS headers)
  if(header IN_LIST core)
    continue()
  endif()
  set(seen "")
  set(amalgam "")
  set(core_included OFF)
  swrkit_banner(banner "the optional integration swr/${header}, in one file; it includes the swr.hpp beside it.")
  swrkit_inline("${header}")
  swrkit_emit("${single_dir}/${header}" "${banner}${amalgam}")
  list(APPEND generated "${header}")
endforeach()

# A file in single_include/swr/ that no header produces any more is stale too.
file(GLOB existing RELATIVE "${single_dir}" "${single_dir}/*.hpp")
foreach(file IN LISTS existing)
  if(NOT file STREQUAL "swr.hpp" AND NOT file IN_LIST generated)
    if(CHECK)
      set(stale "${stale} ${single_dir}/${file}")
    else()
      file(REMOVE "${single_dir}/${file}")
      message(STATUS "swrkit: removed ${single_dir}/${file}")
    endif()
  endif()
endforeach()

if(CHECK AND stale)
  message(FATAL_ERROR "swrkit: stale generated file(s):${stale}\nRun: cmake -P scripts/amalgamate.cmake")
endif()
