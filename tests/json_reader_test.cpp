// Tests for swr/json_reader.hpp (swr::check_json and swr::detail::json_reader) against RFC 8259 and the rules
// in the comments of json_reader.hpp, body_parser.hpp and error.hpp: exact codes and byte offsets for
// whitespace, literals, numbers, strings (escapes, surrogate pairs, raw control bytes, raw UTF-8),
// structures, the BOM and the nesting limit (kind `limit` only for documents that are JSON), plus duplicate
// member detection, and that the two public parsers report the same syntax error as check_json.
//
// Conventions taken from error.hpp: for a syntax or limit error, `position` and `offset` are both the offending
// byte and `field` is none. A document that stops where more is needed gives `unexpected_end` at its size
// (so "1." and "tru" end early), a wrong byte gives the specific code at that byte.
#include "swr/swr.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "test_support.hpp"

using swr::check_json;
using swr::error;
using swr::error_code;
using swr::error_kind;
using swr::field;
using swr::json_max_depth;
using swr::detail::json_reader;
using swr::detail::json_type;
using namespace std::string_view_literals;

namespace {

// An error as one comparable, printable string: "none", "code@offset" for an error about the document as a
// whole with position == offset (every syntax and limit error), else every member spelt out.
std::string show(const error& e) {
  if (e == error{}) return "none";
  std::string s(swr::to_string(e.code));
  if (e.field == field::none && e.position == e.offset) return s + "@" + std::to_string(e.offset);
  s += "[" + std::string(swr::to_string(e.field)) + "] position=" + std::to_string(e.position) + " offset=";
  return s + (e.offset == swr::no_offset ? std::string("none") : std::to_string(e.offset));
}
std::string at(error_code code, std::size_t offset) { return show(error{code, field::none, offset, offset}); }
std::string problem(error_code code, field f, std::size_t offset) { return show(error{code, f, offset, offset}); }
const std::string no_error = "none";

std::string json(std::string_view document) { return show(check_json(document)); }
// The error of a parser's result, or an error with code none when it parsed.
error body_error(std::string_view document) {
  const auto r = swr::parse_create_repo_body(document);
  return r ? error{} : r.error();
}
error errors_error(std::string_view document) {
  const auto r = swr::parse_error_response(document);
  return r ? error{} : r.error();
}
std::string body(std::string_view document) {
  const auto r = swr::parse_create_repo_body(document);
  return r ? std::string("parsed") : show(r.error());
}
std::string errors(std::string_view document) {
  const auto r = swr::parse_error_response(document);
  return r ? std::string("parsed") : show(r.error());
}

// The bytes read_string decodes from a document that is one string, or "<outcome>" when it fails or stops early.
std::string decode(std::string_view document) {
  json_reader reader(document);
  std::string out = "not cleared";
  if (!reader.read_string(&out)) return "<" + show(reader.outcome()) + ">";
  if (!reader.at_end()) return "<stopped at " + std::to_string(reader.offset()) + ">";
  return out;
}

std::string byte_string(unsigned b) { return std::string(1, static_cast<char>(b)); }
using swr_test::nested_arrays;
using swr_test::repeated;

struct bad_case {
  std::string_view document;
  error_code code;
  std::size_t offset;
};

constexpr bad_case bad_literals[] = {
    {"t", error_code::unexpected_end, 1},
    {"tru", error_code::unexpected_end, 3},
    {"f", error_code::unexpected_end, 1},
    {"fals", error_code::unexpected_end, 4},
    {"nul", error_code::unexpected_end, 3},
    {"[tru", error_code::unexpected_end, 4},
    {"trUe", error_code::invalid_literal, 2},
    {"tRUE", error_code::invalid_literal, 1},
    {"fasle", error_code::invalid_literal, 2},
    {"falze", error_code::invalid_literal, 3},
    {"nil", error_code::invalid_literal, 1},
    {"nulL", error_code::invalid_literal, 3},
    {"[tru]", error_code::invalid_literal, 4},
    {R"({"a":nul})", error_code::invalid_literal, 8},
    {"True", error_code::unexpected_character, 0},
    {"NULL", error_code::unexpected_character, 0},
    {"undefined", error_code::unexpected_character, 0},
    {"truex", error_code::trailing_characters, 4},
    {"nulll", error_code::trailing_characters, 4},
    {"true false", error_code::trailing_characters, 5},
};

// number = [ minus ] int [ frac ] [ exp ]; int = zero / ( digit1-9 *DIGIT ); frac = "." 1*DIGIT;
// exp = ( "e" / "E" ) [ minus / plus ] 1*DIGIT (RFC 8259 section 6).
constexpr bad_case bad_numbers[] = {
    {"01", error_code::invalid_number, 1},  // a leading zero: the second digit is the offending byte
    {"00", error_code::invalid_number, 1},
    {"-01", error_code::invalid_number, 2},
    {"-00", error_code::invalid_number, 2},
    {"[01]", error_code::invalid_number, 2},
    {"1.", error_code::unexpected_end, 2},  // frac needs a digit
    {"[1.]", error_code::invalid_number, 3},
    {"1.e5", error_code::invalid_number, 2},
    {"2.e+3", error_code::invalid_number, 2},
    {"-.5", error_code::invalid_number, 1},
    {".5", error_code::unexpected_character, 0},  // no value starts with '.'
    {"+1", error_code::unexpected_character, 0},  // nor with '+'
    {"[+1]", error_code::unexpected_character, 1},
    {"1e", error_code::unexpected_end, 2},
    {"1e+", error_code::unexpected_end, 3},
    {"1E-", error_code::unexpected_end, 3},
    {"0.5e", error_code::unexpected_end, 4},
    {"[1e]", error_code::invalid_number, 3},
    {"[1e+]", error_code::invalid_number, 4},
    {"1e+-2", error_code::invalid_number, 3},
    {"1ee2", error_code::invalid_number, 2},
    {"-", error_code::unexpected_end, 1},
    {"[-]", error_code::invalid_number, 2},
    {"--1", error_code::invalid_number, 1},
    {"- 1", error_code::invalid_number, 1},
    {"0x10", error_code::trailing_characters, 1},  // "0" is a number; "x10" is what follows it
    {"NaN", error_code::unexpected_character, 0},
    {"-NaN", error_code::invalid_number, 1},
    {"Infinity", error_code::unexpected_character, 0},
    {"-Infinity", error_code::invalid_number, 1},
    {"1.5.2", error_code::trailing_characters, 3},
    {"1e1.5", error_code::trailing_characters, 3},
    {"1 000", error_code::trailing_characters, 2},
    {"\xEF\xBC\x91", error_code::unexpected_character, 0},  // U+FF11 FULLWIDTH DIGIT ONE
};

constexpr bad_case bad_strings[] = {
    // Unterminated.
    {"\"", error_code::unexpected_end, 1},
    {"\"abc", error_code::unexpected_end, 4},
    {"[\"abc", error_code::unexpected_end, 5},
    {"{\"a", error_code::unexpected_end, 3},
    {"{\"a\":\"b", error_code::unexpected_end, 7},
    {"\"\\u00e9", error_code::unexpected_end, 7},
    {"\"a\\\"", error_code::unexpected_end, 4},  // the quote is escaped
    {"\"\\", error_code::unexpected_end, 2},
    {"\"\\u", error_code::unexpected_end, 3},
    {"\"\\u12", error_code::unexpected_end, 5},
    {"\"\\uD800\\uDC0", error_code::unexpected_end, 12},
    // Escapes outside the set: the byte after the backslash, or the first bad hex digit.
    {R"("\x")", error_code::invalid_escape, 2},
    {R"("\U0041")", error_code::invalid_escape, 2},
    {R"("\'")", error_code::invalid_escape, 2},
    {R"("\a")", error_code::invalid_escape, 2},
    {R"("\0")", error_code::invalid_escape, 2},
    {"\"\\\n\"", error_code::invalid_escape, 2},
    {R"("\u00G0")", error_code::invalid_escape, 5},
    {R"("\u12")", error_code::invalid_escape, 5},
    {R"("\u-123")", error_code::invalid_escape, 3},
    {R"("\u 123")", error_code::invalid_escape, 3},
    {R"("\uD800\u00G0")", error_code::invalid_escape, 11},
    // Half a surrogate pair: at the backslash of the (first) \u.
    {R"("\uD800")", error_code::lone_surrogate, 1},
    {R"("\uDBFF")", error_code::lone_surrogate, 1},
    {R"("\uDC00")", error_code::lone_surrogate, 1},
    {R"("\uDFFF")", error_code::lone_surrogate, 1},
    {R"("ab\uDC00")", error_code::lone_surrogate, 3},
    {R"(["x", "\uD800"])", error_code::lone_surrogate, 7},
    {R"("\uD800\u0041")", error_code::lone_surrogate, 1},  // a high surrogate followed by a non-surrogate
    {R"("\uD800\uD800")", error_code::lone_surrogate, 1},  // ... by a second high one
    {R"("\uD800\uDBFF")", error_code::lone_surrogate, 1},
    {R"("\uD800\uE000")", error_code::lone_surrogate, 1},  // ... by the code unit just above the low range
    {R"("\uD800\n")", error_code::lone_surrogate, 1},      // ... by another escape
    {R"("\uD800x")", error_code::lone_surrogate, 1},
    {R"("\uD800 \uDC00")", error_code::lone_surrogate, 1},  // the low half must follow at once
    {R"("\uDC00\uD800")", error_code::lone_surrogate, 1},   // inverted
    {R"({"\uDFAA":0})", error_code::lone_surrogate, 2},
    // Raw control characters.
    {"\"a\nb\"", error_code::unescaped_control_character, 2},
    {"\"\t\"", error_code::unescaped_control_character, 1},
    {"{\"a\x01\":1}", error_code::unescaped_control_character, 3},
    // Raw bytes that are not UTF-8: at the first bad byte.
    {"\"\x80\"", error_code::malformed_utf8, 1},
    {"\"ab\xC3\xA9\xFF\"", error_code::malformed_utf8, 5},
    {"\"\xC0\xAF\"", error_code::malformed_utf8, 1},
    {"\"\xC1\xBF\"", error_code::malformed_utf8, 1},
    {"\"\xE0\x9F\xBF\"", error_code::malformed_utf8, 1},
    {"\"\xED\xA0\x80\"", error_code::malformed_utf8, 1},  // a surrogate, CESU-8 style
    {"\"\xF0\x8F\xBF\xBF\"", error_code::malformed_utf8, 1},
    {"\"\xF4\x90\x80\x80\"", error_code::malformed_utf8, 1},
    {"\"\xF5\x80\x80\x80\"", error_code::malformed_utf8, 1},
    {"\"\xE2\x82\"", error_code::malformed_utf8, 1},  // truncated by the closing quote
    {"[\"ok\", \"x\xE9t\xE9\"]", error_code::malformed_utf8, 9},
    // Outside a string, a non-ASCII byte starts no value.
    {"\xC3\xA9", error_code::unexpected_character, 0},
    {"[\xFF]", error_code::unexpected_character, 1},
};

constexpr bad_case bad_structures[] = {
    {"", error_code::unexpected_end, 0},
    {"[1,]", error_code::unexpected_character, 3},
    {"[1,,2]", error_code::unexpected_character, 3},
    {"[,1]", error_code::unexpected_character, 1},
    {"[,]", error_code::unexpected_character, 1},
    {R"({"a":1,})", error_code::unexpected_character, 7},
    {"{,}", error_code::unexpected_character, 1},
    {R"({"a":1,,"b":2})", error_code::unexpected_character, 7},
    {"[1 2]", error_code::unexpected_character, 3},
    {R"({"a":1 "b":2})", error_code::unexpected_character, 7},
    {R"(["a" "b"])", error_code::unexpected_character, 5},
    {R"({"a" 1})", error_code::unexpected_character, 5},
    {R"({"a"})", error_code::unexpected_character, 4},
    {R"({"a",1})", error_code::unexpected_character, 4},
    {R"({"a"::1})", error_code::unexpected_character, 5},
    {R"({"a"=1})", error_code::unexpected_character, 4},
    {R"({"a":})", error_code::unexpected_character, 5},
    {"{a:1}", error_code::unexpected_character, 1},
    {"{'a':1}", error_code::unexpected_character, 1},
    {"['a']", error_code::unexpected_character, 1},
    {"{1:2}", error_code::unexpected_character, 1},
    {"{null:1}", error_code::unexpected_character, 1},
    {"[", error_code::unexpected_end, 1},
    {"{", error_code::unexpected_end, 1},
    {"[1", error_code::unexpected_end, 2},
    {"[1,", error_code::unexpected_end, 3},
    {R"({"a")", error_code::unexpected_end, 4},
    {R"({"a":)", error_code::unexpected_end, 5},
    {R"({"a":1)", error_code::unexpected_end, 6},
    {R"({"a":1,)", error_code::unexpected_end, 7},
    {"[[]", error_code::unexpected_end, 3},
    {"[ \n", error_code::unexpected_end, 3},
    {"]", error_code::unexpected_character, 0},
    {"}", error_code::unexpected_character, 0},
    {",", error_code::unexpected_character, 0},
    {"[}", error_code::unexpected_character, 1},
    {"{]", error_code::unexpected_character, 1},
    {R"({"a":1])", error_code::unexpected_character, 6},
    {R"([{"a":1]})", error_code::unexpected_character, 7},
    {"[]]", error_code::trailing_characters, 2},
    {"{}}", error_code::trailing_characters, 2},
    {"[]}", error_code::trailing_characters, 2},
    {"[1]x", error_code::trailing_characters, 3},
    {"1 2", error_code::trailing_characters, 2},
    {"[] []", error_code::trailing_characters, 3},
    {"{} ,", error_code::trailing_characters, 3},
    {"\"a\" \"b\"", error_code::trailing_characters, 4},
    {"[1]\0"sv, error_code::trailing_characters, 3},
    {"/*c*/[]", error_code::unexpected_character, 0},  // no comments
    {"[]//", error_code::trailing_characters, 2},
    {"[1 /*c*/]", error_code::unexpected_character, 3},
    // A byte order mark is not whitespace (RFC 8259 section 8.1: implementations MUST NOT add one; swrkit refuses it).
    {"\xEF\xBB\xBF{}", error_code::unexpected_character, 0},
    {"\xEF\xBB\xBF", error_code::unexpected_character, 0},
    {"{}\xEF\xBB\xBF", error_code::trailing_characters, 2},
    // Whitespace is exactly space, tab, LF and CR.
    {" \f1", error_code::unexpected_character, 1},
    {"\v1", error_code::unexpected_character, 0},
    {"\xC2\xA0"
     "1",
     error_code::unexpected_character, 0},  // NO-BREAK SPACE
    {"1\f", error_code::trailing_characters, 1},
    {"[1,\f2]", error_code::unexpected_character, 3},
    {"{\"a\"\f:1}", error_code::unexpected_character, 4},
    {"[\xE2\x80\xA8]", error_code::unexpected_character, 1},  // LINE SEPARATOR
};

template <std::size_t N>
void check_table(const bad_case (&table)[N]) {
  for (const bad_case& c : table) {
    CAPTURE(c.document);
    const error e = check_json(c.document);
    CHECK(show(e) == at(c.code, c.offset));
    CHECK(e.kind() == error_kind::syntax);
  }
}

}  // namespace

static_assert(json_max_depth == 64, "the depth tests below count levels for 64");

TEST_CASE("whitespace: space, tab, LF and CR around and between tokens") {
  CHECK(json(" \t\n\r1 \t\n\r") == no_error);
  CHECK(json(" \t\n\r[ \t\n\r1 \t\n\r, \t\n\r{ \t\n\r\"a\" \t\n\r: \t\n\rnull \t\n\r} \t\n\r] \t\n\r") == no_error);
  CHECK(json(" \t\n\r") == at(error_code::unexpected_end, 4));
  // Every byte after a complete number: whitespace is skipped, a digit continues the number, '.', 'e' and
  // 'E' start a part that needs a digit, anything else is trailing data.
  for (unsigned b = 0; b < 256; ++b) {
    CAPTURE(b);
    const std::string doc = "1" + byte_string(b);
    std::string expected = at(error_code::trailing_characters, 1);
    if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || (b >= '0' && b <= '9')) expected = no_error;
    if (b == '.' || b == 'e' || b == 'E') expected = at(error_code::unexpected_end, 2);
    CHECK(json(doc) == expected);
  }
  // Every byte before a value: whitespace, or a byte that cannot start a value.
  for (unsigned b = 0; b < 256; ++b) {
    if (std::string_view("\"{[tfn-0123456789").find(static_cast<char>(b)) != std::string_view::npos) continue;
    CAPTURE(b);
    const bool space = b == ' ' || b == '\t' || b == '\n' || b == '\r';
    CHECK(json(byte_string(b) + "1") == (space ? no_error : at(error_code::unexpected_character, 0)));
  }
}

TEST_CASE("literals: true, false and null, exactly") {
  CHECK(json("true") == no_error);
  CHECK(json("false") == no_error);
  CHECK(json("null") == no_error);
  CHECK(json(" [true , false,null] ") == no_error);
  check_table(bad_literals);
}

TEST_CASE("numbers: the RFC 8259 grammar") {
  for (const char* valid :
       {"0", "-0", "0.5", "1e10", "1E+2", "-1.5e-3", "123", "-0.0e0", "1e-0", "0E0", "10", "0.0001", "1E-07",
        "9007199254740993", "-123456789012345678901234567890", "1e999999", "[0,-0,1.5,-2e3]", "{\"a\":-1}", " 7 "}) {
    CAPTURE(valid);
    CHECK(json(valid) == no_error);
  }
  check_table(bad_numbers);
}

TEST_CASE("strings: escapes decode to the right bytes") {
  CHECK(decode(R"("")") == "");
  CHECK(decode(R"("abc")") == "abc");
  CHECK(decode(R"("\"\\\/\b\f\n\r\t")") == "\"\\/\b\f\n\r\t");
  CHECK(decode(R"("a\nb\u0041")") == "a\nbA");
  // \u with upper- and lower-case hex digits.
  CHECK(decode(R"("\u0041\u00e9\u00E9\u20ac\u20AC\uffff\uFFFF")") ==
        "A\xC3\xA9\xC3\xA9\xE2\x82\xAC\xE2\x82\xAC\xEF\xBF\xBF\xEF\xBF\xBF");
  CHECK(decode(R"("\u0000")") == std::string(1, '\0'));
  CHECK(decode(R"("a\u0000b")") == std::string("a\0b", 3));
  // The boundaries of the 1-, 2- and 3-byte forms and the code points next to the surrogates.
  CHECK(decode(R"("\u001F\u007f\u0080\u07FF\u0800\uD7FF\uE000\uFEFF")") ==
        "\x1F\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xEF\xBB\xBF");
  // Surrogate pairs: U+10000 + ((high - D800) << 10) + (low - DC00).
  CHECK(decode(R"("\uD800\uDC00")") == "\xF0\x90\x80\x80");  // U+10000
  CHECK(decode(R"("\uD834\uDD1E")") == "\xF0\x9D\x84\x9E");  // U+1D11E MUSICAL SYMBOL G CLEF
  CHECK(decode(R"("\uD83D\uDE00")") == "\xF0\x9F\x98\x80");  // U+1F600
  CHECK(decode(R"("\ud83d\ude00")") == "\xF0\x9F\x98\x80");
  CHECK(decode(R"("\uD83d\uDe00")") == "\xF0\x9F\x98\x80");
  CHECK(decode(R"("\uDBFF\uDFFF")") == "\xF4\x8F\xBF\xBF");                                    // U+10FFFF
  CHECK(decode(R"("x\uD800\uDC00y\uDBC0\uDC00z")") == "x\xF0\x90\x80\x80y\xF4\x80\x80\x80z");  // U+100000
  // Raw UTF-8 and DEL pass through unchanged.
  CHECK(decode("\"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xF4\x8F\xBF\xBF\"") ==
        "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xF4\x8F\xBF\xBF");
  CHECK(decode("\"\x7F\"") == "\x7F");
  CHECK(decode("\"a\\nb\xC3\xA9\\u0041\"") ==
        "a\nb\xC3\xA9"
        "A");
  CHECK(decode("\"\xEF\xBB\xBF\"") == "\xEF\xBB\xBF");  // U+FEFF inside a string is a character
  CHECK(json("\"\x7F\"") == no_error);
  // The reader stops just past the closing quote.
  json_reader reader(R"( "ab" x)");
  std::string out;
  CHECK(reader.read_string(&out));
  CHECK(out == "ab");
  CHECK(reader.offset() == 5);
  json_reader no_output(R"("a\u00e9")");
  CHECK(no_output.read_string(nullptr));
  CHECK(no_output.at_end());
}

TEST_CASE("strings: every single byte between quotes") {
  for (unsigned b = 0; b < 256; ++b) {
    CAPTURE(b);
    const std::string doc = "\"" + byte_string(b) + "\"";
    if (b < 0x20) {
      CHECK(json(doc) == at(error_code::unescaped_control_character, 1));
    } else if (b == '"') {
      CHECK(json(doc) == at(error_code::trailing_characters, 2));  // "" then a third quote
    } else if (b == '\\') {
      CHECK(json(doc) == at(error_code::unexpected_end, 3));  // \" is an escaped quote: no closing one
    } else if (b >= 0x80) {
      CHECK(json(doc) == at(error_code::malformed_utf8, 1));  // a lone continuation byte, or a lead byte with none
    } else {
      CHECK(json(doc) == no_error);
      CHECK(decode(doc) == byte_string(b));
    }
  }
}

TEST_CASE("strings: every byte after a backslash") {
  for (unsigned b = 0; b < 256; ++b) {
    CAPTURE(b);
    const std::string doc = "\"\\" + byte_string(b) + "\"";
    const std::string_view simple = "\"\\/bfnrt";
    const std::string_view decoded = "\"\\/\b\f\n\r\t";
    const std::size_t i = simple.find(static_cast<char>(b));
    if (i != std::string_view::npos) {
      CHECK(json(doc) == no_error);
      CHECK(decode(doc) == std::string(1, decoded[i]));
    } else if (b == 'u') {
      CHECK(json(doc) == at(error_code::invalid_escape, 3));  // '"' is not a hex digit
    } else {
      CHECK(json(doc) == at(error_code::invalid_escape, 2));
    }
  }
}

TEST_CASE("strings: raw control characters, surrogates, malformed UTF-8, unterminated") {
  for (unsigned b = 0; b < 0x20; ++b) {
    CAPTURE(b);
    CHECK(json("\"a" + byte_string(b) + "\"") == at(error_code::unescaped_control_character, 2));
    CHECK(json("{\"k\":\"ab" + byte_string(b) + "\"}") == at(error_code::unescaped_control_character, 8));
  }
  check_table(bad_strings);
  // read_string reports the same as check_json.
  CHECK(decode(R"("\uD800\u0041")") == "<" + at(error_code::lone_surrogate, 1) + ">");
  CHECK(decode("\"\xED\xA0\x80\"") == "<" + at(error_code::malformed_utf8, 1) + ">");
  CHECK(decode("\"ab") == "<" + at(error_code::unexpected_end, 3) + ">");
  CHECK(decode(" x") == "<" + at(error_code::unexpected_character, 1) + ">");
}

TEST_CASE("strings: a high surrogate cut off by the end of the document is refused as syntax") {
  // Which code (unexpected_end or lone_surrogate) is not pinned by the spec; the kind is.
  for (const std::string_view doc : {"\"\\uD800"sv, "\"\\uD800\\"sv, "[\"\\uDBFF"sv}) {
    CAPTURE(doc);
    CHECK(check_json(doc).kind() == error_kind::syntax);
    CHECK(!check_json(doc).ok());
  }
}

TEST_CASE("structures: empty, nested, and the errors between tokens") {
  for (const char* valid :
       {"[]", "{}", "[ ]", "{ }", "[[]]", "[[],[[]],{}]", R"({"a":[1,{"b":null}],"c":{},"":"e"})",
        R"([1,"a",true,false,null,{},[]])", R"({"a":{"b":{"c":[]}}})", R"("just a string")", R"({"a":1,"a":2})"}) {
    CAPTURE(valid);
    CHECK(json(valid) == no_error);
  }
  check_table(bad_structures);
}

TEST_CASE("nesting: json_max_depth levels accepted, one more refused as a limit") {
  CHECK(json(nested_arrays(64)) == no_error);
  const error too_deep = check_json(nested_arrays(65));
  CHECK(show(too_deep) == at(error_code::nesting_too_deep, 64));  // the 65th '['
  CHECK(too_deep.kind() == error_kind::limit);
  CHECK(json(nested_arrays(1000)) == at(error_code::nesting_too_deep, 64));
  CHECK(json("[" + nested_arrays(64) + "]") == at(error_code::nesting_too_deep, 64));
  CHECK(json("[" + nested_arrays(63) + ",[1]," + nested_arrays(63) + "]") == no_error);

  // Objects and arrays alternating, with whitespace: the offending byte is the 65th opener.
  for (const std::size_t depth : {std::size_t{64}, std::size_t{65}, std::size_t{66}}) {
    CAPTURE(depth);
    std::string doc = " ";
    std::string closers;
    std::size_t opener_65 = swr::no_offset;
    for (std::size_t level = 1; level <= depth; ++level) {
      if (level % 2 == 1) {
        if (level == 65) opener_65 = doc.size();
        doc += "[ 0, ";
        closers = " ]" + closers;
      } else {
        if (level == 65) opener_65 = doc.size();
        doc += "{ \"k\" :\t";
        closers = "\n}" + closers;
      }
    }
    doc += "null" + closers + " ";
    CHECK(json(doc) == (depth <= 64 ? no_error : at(error_code::nesting_too_deep, opener_65)));
  }
  // Deep objects only.
  CHECK(json(repeated("{\"a\":", 64) + "1" + std::string(64, '}')) == no_error);
  CHECK(json(repeated("{\"a\":", 65) + "1" + std::string(65, '}')) == at(error_code::nesting_too_deep, 64 * 5));
}

TEST_CASE("nesting: a too-deep document that is not JSON elsewhere is a syntax error") {
  const std::string open_100(100, '[');
  CHECK(json(open_100) == at(error_code::unexpected_end, 100));
  CHECK(json(open_100 + "}") == at(error_code::unexpected_character, 100));
  CHECK(json(open_100 + "1," + std::string(100, ']')) == at(error_code::unexpected_character, 102));
  CHECK(json(std::string(70, '[') + R"("\uD800")" + std::string(70, ']')) == at(error_code::lone_surrogate, 71));
  CHECK(json("[" + nested_arrays(65) + ",]") == at(error_code::unexpected_character, 132));
  CHECK(json(repeated("{\"a\":", 70) + "1" + std::string(69, '}')) == at(error_code::unexpected_end, 70 * 5 + 1 + 69));
  for (const std::string& doc : {open_100, open_100 + "}", open_100 + "1," + std::string(100, ']')}) {
    CHECK(check_json(doc).kind() == error_kind::syntax);
    CHECK(body_error(doc).kind() == error_kind::syntax);
    CHECK(errors_error(doc).kind() == error_kind::syntax);
  }
}

TEST_CASE("nesting: the syntax after a too-deep value is checked too") {
  // json_reader.hpp: the depth is refused "only after the whole document has been found to be JSON, so that
  // the kinds syntax and limit never mix". These documents are not JSON: the error must be of kind syntax.
  const std::string deep = nested_arrays(65);  // 130 bytes
  CHECK(json(deep + "x") == at(error_code::trailing_characters, 130));
  CHECK(json(deep + "]") == at(error_code::trailing_characters, 130));
  CHECK(json(deep + " ,") == at(error_code::trailing_characters, 131));
  CHECK(body(deep + "x") == at(error_code::trailing_characters, 130));
  CHECK(errors(deep + "x") == at(error_code::trailing_characters, 130));
  // Inside an object or an array read by a parser: the member or element is too deep, the rest is broken.
  const std::string member = "{\"x\":" + nested_arrays(64) + ",}";  // the value is levels 2..65
  CHECK(json(member) == at(error_code::unexpected_character, member.size() - 1));
  CHECK(body(member) == at(error_code::unexpected_character, member.size() - 1));
  CHECK(errors(member) == at(error_code::unexpected_character, member.size() - 1));
  const std::string element = "[" + nested_arrays(64) + ",]";  // the element is levels 2..65
  CHECK(json(element) == at(error_code::unexpected_character, element.size() - 1));
  CHECK(body(element) == at(error_code::unexpected_character, element.size() - 1));
  CHECK(errors(element) == at(error_code::unexpected_character, element.size() - 1));
}

TEST_CASE("nesting: 100,000 levels neither crash nor recurse") {
  const std::size_t n = 100000;
  const std::string open(n, '[');
  const std::string balanced = nested_arrays(n);
  const std::string objects = repeated("{\"a\":", n);
  const std::string balanced_objects = objects + "1" + std::string(n, '}');
  for (const auto& parse : {json, body, errors}) {
    CHECK(parse(open) == at(error_code::unexpected_end, n));
    CHECK(parse(open + "}") == at(error_code::unexpected_character, n));
    CHECK(parse(objects) == at(error_code::unexpected_end, 5 * n));
  }
  CHECK(json(balanced) == at(error_code::nesting_too_deep, 64));
  CHECK(json(balanced_objects) == at(error_code::nesting_too_deep, 64 * 5));
  // JSON, so the parsers report the earliest limit or schema problem: an array is not an object (at 0 for a
  // body; at its first element, 1, for an error body), and a body's missing members are at the closing brace,
  // after the 65th '{'.
  CHECK(body(balanced) == at(error_code::not_an_object, 0));
  CHECK(errors(balanced) == at(error_code::not_an_object, 1));
  CHECK(body(balanced_objects) == at(error_code::nesting_too_deep, 64 * 5));
  const error e = errors_error(balanced_objects);
  CHECK((e.kind() == error_kind::schema || e.kind() == error_kind::limit));
}

TEST_CASE("nesting: the parsers count levels as check_json does") {
  // A create-repository body: the object is level 1, so a member value may hold 63 more levels.
  const auto member_doc = [](std::size_t k) { return "{\"x\":" + nested_arrays(k) + "}"; };
  const std::string body_ok = member_doc(63);
  CHECK(json(body_ok) == no_error);
  CHECK(body(body_ok) == problem(error_code::missing_member, field::repository, body_ok.size() - 1));
  CHECK(json(member_doc(64)) == at(error_code::nesting_too_deep, 5 + 63));
  CHECK(body(member_doc(64)) == at(error_code::nesting_too_deep, 5 + 63));
  // An error body as one object (level 1) and as an array of objects (levels 1 and 2).
  const std::string fields = R"("errorCode":"a","errorMessage":"b","x":)";
  const auto object_doc = [&](std::size_t k) { return "{" + fields + nested_arrays(k) + "}"; };
  const auto array_doc = [&](std::size_t k) { return "[{" + fields + nested_arrays(k) + "}]"; };
  CHECK(errors(object_doc(63)) == "parsed");
  CHECK(json(object_doc(64)) == at(error_code::nesting_too_deep, 1 + fields.size() + 63));
  CHECK(errors(object_doc(64)) == at(error_code::nesting_too_deep, 1 + fields.size() + 63));
  CHECK(errors(array_doc(62)) == "parsed");
  CHECK(json(array_doc(63)) == at(error_code::nesting_too_deep, 2 + fields.size() + 62));
  CHECK(errors(array_doc(63)) == at(error_code::nesting_too_deep, 2 + fields.size() + 62));
  const auto parsed = swr::parse_error_response(array_doc(62));
  CHECK(parsed.has_value());
  if (parsed.has_value()) {
    CHECK(parsed->size() == 1);
    if (!parsed->empty()) {
      CHECK(parsed->front().code == "a");
      CHECK(parsed->front().message == "b");
    }
  }
}

TEST_CASE("the public parsers report the same syntax error as check_json") {
  // Syntax errors come first (body_parser.hpp): they belong to the document, whatever its meaning.
  const auto check_same = [](const auto& table) {
    for (const bad_case& c : table) {
      CAPTURE(c.document);
      CHECK(body(c.document) == at(c.code, c.offset));
      CHECK(errors(c.document) == at(c.code, c.offset));
    }
  };
  check_same(bad_literals);
  check_same(bad_numbers);
  check_same(bad_strings);
  check_same(bad_structures);
  // Inside the members the parsers read themselves.
  const std::string_view in_members[] = {R"({"repository":"a\uD800","is_public":true})",
                                         R"({"repository":"a","is_public":tru})",
                                         R"({"repository":"a","is_public":true,"category":"\x"})",
                                         R"({"repository":"a","is_public":true,"description":"a
"})",
                                         R"({"errorCode":"\uDC00","errorMessage":"b"})",
                                         R"([{"errorCode":"a","errorMessage":"b",}])",
                                         R"({"repository":01,"is_public":true})",
                                         R"({"repository":"a","is_public":true,"x":[1,]})"};
  for (const std::string_view doc : in_members) {
    CAPTURE(doc);
    const error e = check_json(doc);
    CHECK(e.kind() == error_kind::syntax);
    CHECK(body(doc) == show(e));
    CHECK(errors(doc) == show(e));
  }
}

TEST_CASE("json_reader: peek_type judges by the first byte after whitespace") {
  const auto type_of = [](std::string_view doc) { return json_reader(doc).peek_type(); };
  CHECK(type_of("\"") == json_type::string);
  CHECK(type_of("{") == json_type::object);
  CHECK(type_of("[") == json_type::array);
  CHECK(type_of("t") == json_type::boolean);
  CHECK(type_of("f") == json_type::boolean);
  CHECK(type_of("n") == json_type::null);
  CHECK(type_of("-") == json_type::number);
  for (const char digit : std::string_view("0123456789")) CHECK(type_of(std::string(1, digit)) == json_type::number);
  for (const std::string_view other : {""sv, " "sv, "+"sv, "."sv, "N"sv, "T"sv, "]"sv, "\xEF\xBB\xBF"sv}) {
    CAPTURE(other);
    CHECK(type_of(other) == json_type::invalid);
  }
  json_reader reader(" \t\r\n[");
  CHECK(reader.peek_type() == json_type::array);
  CHECK(reader.offset() == 4);
}

TEST_CASE("json_reader: outcome keeps the first syntax error, else the earliest problem") {
  json_reader reader("{}");
  CHECK(show(reader.outcome()) == no_error);
  reader.record(error{error_code::wrong_type, field::is_public, 10, 10});
  reader.record(error{error_code::missing_member, field::repository, 5, 5});
  reader.record(error{error_code::duplicate_member, field::none, 7, 7});
  CHECK(show(reader.outcome()) == problem(error_code::missing_member, field::repository, 5));
  CHECK_FALSE(reader.failed());
  CHECK_FALSE(reader.fail(error_code::invalid_number, 3));
  CHECK_FALSE(reader.fail(error_code::unexpected_end, 1));  // the first one wins, even if a later one is earlier
  CHECK(reader.failed());
  CHECK(show(reader.outcome()) == at(error_code::invalid_number, 3));
}

namespace {
using swr::detail::json_member_value;
using swr::detail::member_rule;
constexpr member_rule test_rules[] = {
    {"a", "A", json_type::string, false, true, field::repository},
    {"flag", {}, json_type::boolean, true, false, field::is_public},
};
// What read_members hands to the callback, as "index=value@offset" strings, and the outcome.
struct read_trace {
  bool read = false;
  std::vector<std::string> values;
  std::string outcome;
};
read_trace read_members_of(std::string_view document) {
  json_reader reader(document);
  read_trace trace;
  trace.read = reader.read_members(test_rules, [&](std::size_t index, const json_member_value& value) {
    const std::string shown = value.is_null ? "null"
                              : index == 1  ? (value.boolean ? "true" : "false")
                                            : std::string(value.text);
    trace.values.push_back(std::to_string(index) + "=" + shown + "@" + std::to_string(value.offset));
  });
  trace.outcome = trace.read ? show(reader.outcome()) : "syntax: " + show(reader.outcome());
  return trace;
}
}  // namespace

TEST_CASE("json_reader::read_members: the values of the rules' members, in document order") {
  const std::string_view doc = R"({"x":[1,{"y":2}], "flag":true, "a":"t\u0065xt", "z":null})";
  const read_trace trace = read_members_of(doc);
  CHECK(trace.read);
  CHECK(trace.outcome == no_error);
  CHECK(trace.values == std::vector<std::string>{"1=true@" + std::to_string(doc.find("true")),
                                                 "0=text@" + std::to_string(doc.find("\"t\\"))});
  CHECK(read_members_of(R"({"A":"alias","flag":null})").values == std::vector<std::string>{"0=alias@5", "1=null@20"});
}

TEST_CASE("json_reader::read_members: wrong types, duplicates and missing members, each where it is") {
  // A value of the wrong type is skipped (its syntax still checked) and recorded at the value.
  CHECK(read_members_of(R"({"a":1})").outcome == problem(error_code::wrong_type, field::repository, 5));
  CHECK(read_members_of(R"({"a":null})").outcome == problem(error_code::wrong_type, field::repository, 5));
  CHECK(read_members_of(R"({"a":"x","flag":"yes"})").outcome == problem(error_code::wrong_type, field::is_public, 16));
  CHECK(read_members_of(R"({"a":[1,}]})").outcome == "syntax: " + at(error_code::unexpected_character, 8));
  // A required member that never came: at the closing brace.
  CHECK(read_members_of(R"({"flag":true} )").outcome == problem(error_code::missing_member, field::repository, 12));
  CHECK(read_members_of(R"({ })").outcome == problem(error_code::missing_member, field::repository, 2));
  // A member twice, under either spelling, and an unknown member twice: at the later name.
  CHECK(read_members_of(R"({"a":"1","a":"2"})").outcome == problem(error_code::duplicate_member, field::repository, 9));
  CHECK(read_members_of(R"({"a":"1","A":"2"})").outcome == problem(error_code::duplicate_member, field::repository, 9));
  CHECK(read_members_of(R"({"a":"1","x":1,"x":2,"x":3})").outcome == at(error_code::duplicate_member, 15));
  CHECK(read_members_of("{\"a\":\"1\",\"\xC3\xA9\":1,\"\\u00e9\":2}").outcome == at(error_code::duplicate_member, 16));
  CHECK(read_members_of(R"({"a":"1","x":1,"X":2,"x ":3,"":4,"y":{"x":5}})").outcome == no_error);
  // The earliest problem wins, whatever its kind.
  CHECK(read_members_of(R"({"x":1,"x":2,"a":3})").outcome == at(error_code::duplicate_member, 7));
  CHECK(read_members_of(R"({"a":3,"x":1,"x":2})").outcome == problem(error_code::wrong_type, field::repository, 5));
  // Syntax.
  CHECK(read_members_of(R"({"a":"1",})").outcome == "syntax: " + at(error_code::unexpected_character, 9));
  CHECK(read_members_of("[]").outcome == "syntax: " + at(error_code::unexpected_character, 0));
  CHECK(read_members_of(R"({"a" "1"})").outcome == "syntax: " + at(error_code::unexpected_character, 5));
}

TEST_CASE("json_reader: tracks the depth itself, for objects, arrays and skipped values") {
  // Containers nested json_max_depth deep are fine; one more is a limit problem at the first too deep.
  const auto nested = [](std::size_t depth) {
    return std::string(depth - 1, '[') + R"({"a":"x"})" + std::string(depth - 1, ']');
  };
  const auto element_reader = [](std::string_view document) {
    json_reader reader(document);
    std::size_t count = 0;
    const bool read = reader.read_elements([&] { return reader.skip_value(); }, count);
    return read && reader.finish() ? show(reader.outcome()) + " count=" + std::to_string(count)
                                   : "syntax: " + show(reader.outcome());
  };
  CHECK(element_reader(nested(json_max_depth)) == no_error + " count=1");
  CHECK(element_reader(nested(json_max_depth + 1)) == at(error_code::nesting_too_deep, json_max_depth) + " count=1");
  CHECK(element_reader(" [ ] ") == no_error + " count=0");
  CHECK(element_reader("[1, \"2\", {}]") == no_error + " count=3");
  CHECK(element_reader("[1,]") == "syntax: " + at(error_code::unexpected_character, 3));

  // An object read with read_members at the limit: the object itself is the one too deep.
  std::string deep = std::string(json_max_depth, '[') + "{}" + std::string(json_max_depth, ']');
  json_reader reader(deep);
  std::size_t levels = 0;
  std::function<bool()> descend = [&]() -> bool {
    if (reader.peek_type() == json_type::object) {
      return reader.read_members(test_rules, [](std::size_t, const json_member_value&) {});
    }
    std::size_t count = 0;
    ++levels;
    return reader.read_elements(descend, count);
  };
  CHECK(descend());
  CHECK(levels == json_max_depth);
  CHECK(show(reader.outcome()) == at(error_code::nesting_too_deep, json_max_depth));  // before the missing "a"
}

TEST_CASE("duplicate members through the public parsers") {
  const std::string_view twice = R"({"repository":"a","is_public":true,"repository":"b"})";
  CHECK(body(twice) == problem(error_code::duplicate_member, field::repository, twice.rfind("\"repository\"")));
  const std::string_view escaped = R"({"is_public":true,"repository":"a","\u0069s_public":false})";
  CHECK(body(escaped) == problem(error_code::duplicate_member, field::is_public, escaped.find("\"\\u0069")));
  const std::string_view unknown = R"({"repository":"a","is_public":true,"x":1,"x":[]})";
  CHECK(body(unknown) == at(error_code::duplicate_member, unknown.rfind("\"x\"")));
  CHECK(body(R"({"repository":"a","is_public":true,"x":1,"y":{"x":1}})") == "parsed");
  const std::string_view spelt_twice = R"({"errorCode":"a","errorMessage":"b","error_code":"c"})";
  CHECK(errors(spelt_twice) == at(error_code::duplicate_member, spelt_twice.find("\"error_code\"")));
  const std::string_view second_entry =
      R"([{"errorCode":"a","errorMessage":"b"},{"errorCode":"a","errorMessage":"b","detail":null,"detail":""}])";
  CHECK(errors(second_entry) == at(error_code::duplicate_member, second_entry.rfind("\"detail\"")));
}
