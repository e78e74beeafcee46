// Conformance of swrkit's JSON parsing with Nicolas Seriot's JSONTestSuite (tests/conformance/JSONTestSuite,
// see its README.md): every file of test_parsing/ goes through swr::check_json, swr::parse_create_repo_body
// and swr::parse_error_response.
// - y_ (valid JSON): check_json accepts it; the parsers may refuse it as a body, but never as not-JSON (kind
//   syntax) or too deep (kind limit): only with a schema or value error.
// - n_ (not JSON): all three refuse it with an error of kind syntax, and without a crash.
// - i_ (either answer is allowed): no crash, and swrkit's documented choice, file by file (see i_choices).
// The directory is found through swr_test::source_path; the file counts are checked
// so that a missing or partial corpus fails.
#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "swr/swr.hpp"
#include "test_support.hpp"

using swr::error;
using swr::error_code;
using swr::error_kind;

namespace {

struct corpus_file {
  std::string name;
  std::string bytes;
};

// Every regular file of the corpus directory, sorted by name; empty if the directory cannot be read.
std::vector<corpus_file> load_corpus() {
  std::vector<corpus_file> files;
  std::error_code ec;
  const std::filesystem::path dir(swr_test::json_test_suite_dir());
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    std::ifstream in(it->path(), std::ios::binary);
    corpus_file file{it->path().filename().string(), {}};
    file.bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (!in.bad()) files.push_back(std::move(file));
  }
  std::sort(files.begin(), files.end(), [](const corpus_file& a, const corpus_file& b) { return a.name < b.name; });
  return files;
}

const std::vector<corpus_file>& corpus() {
  static const std::vector<corpus_file> files = load_corpus();
  return files;
}

using swr_test::starts_with;

std::string spelt(const error& e) {
  return std::string(swr::to_string(e.code)) + "[" + std::string(swr::to_string(e.field)) + "]@" +
         std::to_string(e.offset) + " kind " + std::string(swr::to_string(e.kind()));
}

// The outcome of one parser as an error: code none when it parsed.
template <class Result>
error outcome_of(const Result& r) {
  return r.has_value() ? error{} : r.error();
}

// swrkit's choices for the implementation-defined files, from json_reader.hpp ("strict RFC 8259"):
// - i_number_*: numbers are only checked against the grammar, never converted, so huge exponents and
//   integers beyond 64 bits are plain valid JSON: accepted.
// - i_structure_500_nested_arrays: deeper than json_max_depth (64): check_json refuses it with
//   nesting_too_deep (kind limit) at the 65th '['. It is JSON, so the parsers refuse it with a limit or schema
//   problem (the earliest one: it is not an object), never as syntax.
// - i_structure_UTF-8_BOM_empty_object: no BOM: unexpected_character at 0.
// - i_string_* and i_object_*: strings must be well-formed UTF-8 and \u escapes may not encode half a
//   surrogate pair: refused with a syntax error. Lone or mismatched surrogate escapes give lone_surrogate at
//   the backslash of the first \u; invalid raw bytes give malformed_utf8 at the first bad byte; UTF-16
//   documents fail at their first NUL or BOM byte, which starts no value.
struct i_choice {
  std::string_view file;
  error_code code;
  std::size_t offset;
};
constexpr std::size_t none_offset = swr::no_offset;
constexpr i_choice i_choices[] = {
    {"i_number_double_huge_neg_exp.json", error_code::none, none_offset},
    {"i_number_huge_exp.json", error_code::none, none_offset},
    {"i_number_neg_int_huge_exp.json", error_code::none, none_offset},
    {"i_number_pos_double_huge_exp.json", error_code::none, none_offset},
    {"i_number_real_neg_overflow.json", error_code::none, none_offset},
    {"i_number_real_pos_overflow.json", error_code::none, none_offset},
    {"i_number_real_underflow.json", error_code::none, none_offset},
    {"i_number_too_big_neg_int.json", error_code::none, none_offset},
    {"i_number_too_big_pos_int.json", error_code::none, none_offset},
    {"i_number_very_big_negative_int.json", error_code::none, none_offset},
    {"i_object_key_lone_2nd_surrogate.json", error_code::lone_surrogate, 2},                 // {"\uDFAA":0}
    {"i_string_1st_surrogate_but_2nd_missing.json", error_code::lone_surrogate, 2},          // ["\uDADA"]
    {"i_string_1st_valid_surrogate_2nd_invalid.json", error_code::lone_surrogate, 2},        // ["\uD888\u1234"]
    {"i_string_UTF-16LE_with_BOM.json", error_code::unexpected_character, 0},                // FF FE 5B 00
    {"i_string_UTF-8_invalid_sequence.json", error_code::malformed_utf8, 7},                 // [" E6 97 A5 D1 88 FA
    {"i_string_UTF8_surrogate_U+D800.json", error_code::malformed_utf8, 2},                  // [" ED A0 80
    {"i_string_incomplete_surrogate_and_escape_valid.json", error_code::lone_surrogate, 2},  // ["\uD800\n"]
    {"i_string_incomplete_surrogate_pair.json", error_code::lone_surrogate, 2},              // ["\uDd1ea"]
    {"i_string_incomplete_surrogates_escape_valid.json", error_code::lone_surrogate, 2},     // ["\uD800\uD800\n"]
    {"i_string_invalid_lonely_surrogate.json", error_code::lone_surrogate, 2},               // ["\ud800"]
    {"i_string_invalid_surrogate.json", error_code::lone_surrogate, 2},                      // ["\ud800abc"]
    {"i_string_invalid_utf-8.json", error_code::malformed_utf8, 2},                          // [" FF
    {"i_string_inverted_surrogates_U+1D11E.json", error_code::lone_surrogate, 2},            // ["\uDd1e\uD834"]
    {"i_string_iso_latin_1.json", error_code::malformed_utf8, 2},                            // [" E9
    {"i_string_lone_second_surrogate.json", error_code::lone_surrogate, 2},                  // ["\uDFAA"]
    {"i_string_lone_utf8_continuation_byte.json", error_code::malformed_utf8, 2},            // [" 81
    {"i_string_not_in_unicode_range.json", error_code::malformed_utf8, 2},                   // [" F4 BF BF BF
    {"i_string_overlong_sequence_2_bytes.json", error_code::malformed_utf8, 2},              // [" C0 AF
    {"i_string_overlong_sequence_6_bytes.json", error_code::malformed_utf8, 2},              // [" FC 83 ..
    {"i_string_overlong_sequence_6_bytes_null.json", error_code::malformed_utf8, 2},         // [" FC 80 ..
    {"i_string_truncated-utf-8.json", error_code::malformed_utf8, 2},                        // [" E0 FF
    {"i_string_utf16BE_no_BOM.json", error_code::unexpected_character, 0},                   // 00 5B
    {"i_string_utf16LE_no_BOM.json", error_code::unexpected_character, 1},                   // 5B 00
    {"i_structure_500_nested_arrays.json", error_code::nesting_too_deep, 64},
    {"i_structure_UTF-8_BOM_empty_object.json", error_code::unexpected_character, 0},  // EF BB BF 7B 7D
};

}  // namespace

TEST_CASE("JSONTestSuite: the corpus is complete") {
  std::size_t y = 0, n = 0, i = 0, other = 0;
  for (const corpus_file& file : corpus()) {
    if (starts_with(file.name, "y_")) {
      ++y;
    } else if (starts_with(file.name, "n_")) {
      ++n;
    } else if (starts_with(file.name, "i_")) {
      ++i;
    } else {
      ++other;
    }
  }
  CAPTURE(swr_test::json_test_suite_dir());
  CHECK(y == 95);
  CHECK(n == 188);
  CHECK(i == 35);
  CHECK(other == 0);
}

TEST_CASE("JSONTestSuite y_: valid JSON is accepted as JSON") {
  std::size_t seen = 0;
  std::size_t objects_refused_by_schema = 0;
  for (const corpus_file& file : corpus()) {
    if (!starts_with(file.name, "y_")) continue;
    ++seen;
    CAPTURE(file.name);
    const error json = swr::check_json(file.bytes);
    if (!json.ok()) FAIL_CHECK(file.name << ": check_json " << spelt(json));
    const error parsers[] = {outcome_of(swr::parse_create_repo_body(file.bytes)),
                             outcome_of(swr::parse_error_response(file.bytes))};
    for (const error& e : parsers) {
      if (e.ok()) continue;
      if (e.kind() != error_kind::schema && e.kind() != error_kind::value) {
        FAIL_CHECK(file.name << ": a parser refused valid JSON with " << spelt(e));
      }
    }
    const std::size_t first = file.bytes.find_first_not_of(" \t\n\r");
    if (first != std::string::npos && file.bytes[first] == '{' && !parsers[0].ok() &&
        (parsers[0].kind() == error_kind::schema || parsers[0].kind() == error_kind::value)) {
      ++objects_refused_by_schema;
    }
  }
  CHECK(seen == 95);
  // Objects that are not create-repository bodies reach the schema checks (missing members and the like).
  CHECK(objects_refused_by_schema > 0);
}

TEST_CASE("JSONTestSuite n_: invalid JSON is refused as syntax by all three") {
  std::size_t seen = 0;
  for (const corpus_file& file : corpus()) {
    if (!starts_with(file.name, "n_")) continue;
    ++seen;
    CAPTURE(file.name);
    const error json = swr::check_json(file.bytes);
    const error body = outcome_of(swr::parse_create_repo_body(file.bytes));
    const error response = outcome_of(swr::parse_error_response(file.bytes));
    if (json.kind() != error_kind::syntax || json.ok()) {
      FAIL_CHECK(file.name << ": check_json " << spelt(json));
    }
    if (body.kind() != error_kind::syntax || body.ok()) {
      FAIL_CHECK(file.name << ": parse_create_repo_body " << spelt(body));
    }
    if (response.kind() != error_kind::syntax || response.ok()) {
      FAIL_CHECK(file.name << ": parse_error_response " << spelt(response));
    }
    // A syntax error belongs to the document: all three find the same one.
    if (body != json || response != json) {
      FAIL_CHECK(file.name << ": check_json " << spelt(json) << ", parse_create_repo_body " << spelt(body)
                           << ", parse_error_response " << spelt(response));
    }
  }
  CHECK(seen == 188);
}

TEST_CASE("JSONTestSuite i_: swrkit's documented choices") {
  std::size_t seen = 0;
  for (const corpus_file& file : corpus()) {
    if (!starts_with(file.name, "i_")) continue;
    ++seen;
    CAPTURE(file.name);
    const i_choice* choice = nullptr;
    for (const i_choice& c : i_choices) {
      if (c.file == file.name) choice = &c;
    }
    if (choice == nullptr) {
      FAIL_CHECK(file.name << ": no documented choice for this file");
      continue;
    }
    const error json = swr::check_json(file.bytes);
    const error body = outcome_of(swr::parse_create_repo_body(file.bytes));
    const error response = outcome_of(swr::parse_error_response(file.bytes));
    const error expected = choice->code == error_code::none
                               ? error{}
                               : error{choice->code, swr::field::none, choice->offset, choice->offset};
    if (json != expected) FAIL_CHECK(file.name << ": check_json " << spelt(json));
    // The groups, as documented above.
    if (starts_with(file.name, "i_number_")) {
      CHECK(json.ok());
    } else if (file.name == "i_structure_500_nested_arrays.json") {
      CHECK(json.code == error_code::nesting_too_deep);
      CHECK(json.kind() == error_kind::limit);
    } else {
      CHECK(json.kind() == error_kind::syntax);  // i_string_*, i_object_*, the BOM
    }
    if (expected.ok() || expected.kind() == error_kind::limit) {
      // JSON that is no body: limit, schema or value errors only.
      for (const error& e : {body, response}) {
        if (!e.ok() && e.kind() == error_kind::syntax) {
          FAIL_CHECK(file.name << ": a parser refused accepted JSON with " << spelt(e));
        }
      }
    } else if (body != expected || response != expected) {
      FAIL_CHECK(file.name << ": parse_create_repo_body " << spelt(body) << ", parse_error_response "
                           << spelt(response));
    }
  }
  CHECK(seen == 35);
  CHECK(seen == sizeof i_choices / sizeof i_choices[0]);
}
