// Tests that docs/ and the code say the same thing. The Markdown pages are read at run time, from
// the repository's docs/ (swr_test::source_path), and their tables and example lists are compared with the
// library's tables and behaviour: docs/regions.md with swr::regions; docs/api.md with swr::service_errors,
// swr::all_categories, create_repo_outcome_of and check_host; docs/names.md with check_name,
// check_name_prefix and the messages of name_error. A table, row or cell the parsers below cannot read
// fails the test, so that a reworded page cannot silently stop being checked.
#include "swr/swr.hpp"

#include <cstddef>
#include <fstream>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "signing_vectors.hpp"
#include "test_support.hpp"

namespace {

// The non-ASCII spellings the tables use, as UTF-8 bytes.
constexpr std::string_view em_dash = "\xE2\x80\x94";   // "—": the request as a whole (field::none)
constexpr std::string_view times_sign = " \xC3\x97 ";  // " × ", as in "65 × `a`"

using swr_test::starts_with;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// The whole file docs/NAME; fails the test when it cannot be read.
std::string read_doc(std::string_view name) {
  std::string path = swr_test::source_path("docs");
  path.append("/").append(name);
  std::ifstream in(path, std::ios::binary);
  std::string text(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>{});
  if (text.empty()) FAIL_CHECK("cannot read " << path);
  return text;
}

// The lines of `text`, without their line ends. The views point into `text`.
std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return lines;
}

// 1 to 6 for a Markdown heading ("## Diagnostics"), 0 for another line.
std::size_t heading_level(std::string_view line) {
  const std::size_t hashes = line.find_first_not_of('#');
  if (hashes == 0 || hashes > 6 || hashes == std::string_view::npos || line[hashes] != ' ') return 0;
  return hashes;
}

// The text under the heading line `heading` (e.g. "## Diagnostics", written exactly), up to the next heading
// of the same or a higher level; headings inside ``` blocks do not count. Fails the test, and returns "", when
// the heading is absent or appears more than once. The view points into `doc`.
std::string_view section(std::string_view doc, std::string_view heading) {
  const std::size_t level = heading_level(heading);
  std::size_t found = 0;
  std::size_t begin = std::string_view::npos;
  std::size_t end = doc.size();
  bool fenced = false;
  bool open = false;
  for (std::size_t at = 0; at < doc.size();) {
    std::size_t eol = doc.find('\n', at);
    if (eol == std::string_view::npos) eol = doc.size();
    const std::string_view line = trim(doc.substr(at, eol - at));
    if (starts_with(line, "```")) {
      fenced = !fenced;
    } else if (!fenced && line == heading) {
      ++found;
      if (begin == std::string_view::npos) begin = eol;
      open = true;
    } else if (!fenced && open && heading_level(line) != 0 && heading_level(line) <= level) {
      end = at;
      open = false;
    }
    at = eol + 1;
  }
  if (level == 0 || found != 1) {
    FAIL_CHECK("the heading \"" << heading << "\" appears " << found << " times; the test needs it once");
    return {};
  }
  return doc.substr(begin, end - begin);
}

// The cells of a table line "| a | b |", trimmed; empty when the line is not shaped like that.
std::vector<std::string_view> cells_of(std::string_view line) {
  std::vector<std::string_view> cells;
  line = trim(line);
  if (line.size() < 2 || line.front() != '|' || line.back() != '|') return cells;
  line = line.substr(1, line.size() - 2);
  while (true) {
    const std::size_t bar = line.find('|');
    cells.push_back(trim(line.substr(0, bar)));
    if (bar == std::string_view::npos) break;
    line.remove_prefix(bar + 1);
  }
  return cells;
}

// A header cell matches its title when they are equal once the backticks of the cell are left out.
bool same_title(std::string_view cell, std::string_view title) {
  std::size_t t = 0;
  for (const char c : cell) {
    if (c == '`') continue;
    if (t == title.size() || title[t] != c) return false;
    ++t;
  }
  return t == title.size();
}

bool is_header(std::string_view line, std::initializer_list<std::string_view> titles) {
  const std::vector<std::string_view> cells = cells_of(line);
  if (cells.size() != titles.size()) return false;
  std::size_t i = 0;
  for (const std::string_view title : titles) {
    if (!same_title(cells[i++], title)) return false;
  }
  return true;
}

// "|---|:---:|": the line under a table's header.
bool is_delimiter(std::string_view line, std::size_t columns) {
  const std::vector<std::string_view> cells = cells_of(line);
  if (cells.size() != columns) return false;
  for (const std::string_view cell : cells) {
    if (cell.find('-') == std::string_view::npos || cell.find_first_not_of("-:") != std::string_view::npos) {
      return false;
    }
  }
  return true;
}

struct table_row {
  std::string_view line;                // the row as written, for the failure messages
  std::vector<std::string_view> cells;  // as many as the table has columns, trimmed
};

// The rows of the one table of `text` whose header row has exactly these column titles (backticks in the
// header are ignored). Fails the test when there is no such table or more than one, when it has no rows, and
// for each row whose number of cells differs from the header's (such a row is left out). The views point
// into `text`.
std::vector<table_row> table(std::string_view text, std::initializer_list<std::string_view> titles) {
  std::string wanted = "|";
  for (const std::string_view title : titles) wanted.append(" ").append(title).append(" |");
  std::vector<table_row> rows;
  const std::vector<std::string_view> lines = lines_of(text);
  std::size_t matches = 0;
  std::size_t header = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!is_header(lines[i], titles)) continue;
    if (matches++ == 0) header = i;
  }
  if (matches != 1) {
    FAIL_CHECK("the table " << wanted << " appears " << matches << " times; the test needs it once");
    return rows;
  }
  if (header + 1 == lines.size() || !is_delimiter(lines[header + 1], titles.size())) {
    FAIL_CHECK("the table " << wanted << " has no delimiter row under its header");
    return rows;
  }
  for (std::size_t i = header + 2; i < lines.size() && starts_with(trim(lines[i]), "|"); ++i) {
    table_row row{lines[i], cells_of(lines[i])};
    if (row.cells.size() != titles.size()) {
      FAIL_CHECK("a row of " << wanted << " has " << row.cells.size() << " cells, not " << titles.size() << ": "
                             << lines[i]);
      continue;
    }
    rows.push_back(row);
  }
  if (rows.empty()) FAIL_CHECK("the table " << wanted << " has no rows");
  return rows;
}

// A cursor over a cell, for the small, strict grammars of the cells: each take_… consumes what it expects and
// returns true, or returns false (what it consumed then no longer matters: the caller gives up on the cell).
struct cursor {
  std::string_view rest;

  bool done() const { return rest.empty(); }

  bool take(std::string_view literal) {
    if (!starts_with(rest, literal)) return false;
    rest.remove_prefix(literal.size());
    return true;
  }

  // `content`
  bool take_code(std::string_view& content) {
    if (rest.empty() || rest[0] != '`') return false;
    const std::size_t close = rest.find('`', 1);
    if (close == std::string_view::npos) return false;
    content = rest.substr(1, close - 1);
    rest.remove_prefix(close + 1);
    return true;
  }

  // A decimal number of at most nine digits.
  bool take_number(std::size_t& value) {
    std::size_t digits = 0;
    value = 0;
    while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') {
      value = value * 10 + static_cast<std::size_t>(rest[digits] - '0');
      ++digits;
    }
    if (digits == 0 || digits > 9) return false;
    rest.remove_prefix(digits);
    return true;
  }

  // A remark in parentheses, "(…)", which may hold code spans and nested parentheses.
  bool take_remark() {
    if (rest.empty() || rest[0] != '(') return false;
    std::size_t depth = 0;
    bool in_code = false;
    for (std::size_t i = 0; i < rest.size(); ++i) {
      const char c = rest[i];
      if (c == '`') in_code = !in_code;
      if (in_code) continue;
      if (c == '(') ++depth;
      if (c == ')' && --depth == 0) {
        rest.remove_prefix(i + 1);
        return true;
      }
    }
    return false;
  }
};

// The content of a cell that is exactly one code span (`x` gives x); fails the test otherwise.
std::string_view code_cell(std::string_view cell) {
  cursor c{cell};
  std::string_view content;
  if (c.take_code(content) && c.done()) return content;
  FAIL_CHECK("expected a single `code` cell, found: " << cell);
  return {};
}

// One example text of the diagnostics, host and reference tables: `""` for the empty text, or pieces joined by
// " then ", each `text` or "N × `c`" (c repeated N times); then optionally " (M bytes)", M being checked.
bool take_example(cursor& c, std::string& text) {
  text.clear();
  do {
    std::string_view piece;
    std::size_t count = 0;
    if (c.take_number(count)) {
      if (!c.take(times_sign) || !c.take_code(piece)) return false;
      for (std::size_t i = 0; i < count; ++i) text.append(piece);
    } else if (c.take_code(piece)) {
      if (piece != "\"\"") text.append(piece);
    } else {
      return false;
    }
  } while (c.take(" then "));
  if (c.take(" (")) {
    std::size_t bytes = 0;
    if (!c.take_number(bytes) || !c.take(" bytes)")) return false;
    CHECK_MESSAGE(bytes == text.size(), "the byte count of the example is wrong");
  }
  return true;
}

// The example texts of a cell, separated by ", " (at least one); fails the test when the cell has another form.
std::vector<std::string> examples(std::string_view cell) {
  std::vector<std::string> texts;
  cursor c{cell};
  do {
    std::string text;
    if (!take_example(c, text)) break;
    texts.push_back(text);
  } while (c.take(", "));
  if (texts.empty() || !c.done()) {
    FAIL_CHECK("cannot read the examples of the cell: " << cell);
    texts.clear();
  }
  return texts;
}

struct expected_result {
  std::string_view code;  // an identifier (to_string of the error enum); "none" for a valid text
  std::size_t position = 0;
};

// A result cell: "`code` at N", optionally followed by a remark in parentheses, or `valid_word` (code "none"
// at 0). Fails the test when the cell has another form.
bool read_result(std::string_view cell, std::string_view valid_word, expected_result& result) {
  if (cell == valid_word) {
    result = {"none", 0};
    return true;
  }
  cursor c{cell};
  if (c.take_code(result.code) && c.take(" at ") && c.take_number(result.position) &&
      (!c.take(" ") || c.take_remark()) && c.done()) {
    return true;
  }
  FAIL_CHECK("cannot read the result cell: " << cell);
  return false;
}

// The value of one of swrkit's enums whose swr::to_string is `name` (not ""); false when there is none.
template <class Enum>
bool enum_named(std::string_view name, Enum& value) {
  static_assert(std::is_same_v<std::underlying_type_t<Enum>, unsigned char>);
  if (name.empty()) return false;
  for (unsigned v = 0; v <= 255; ++v) {
    if (swr::to_string(static_cast<Enum>(v)) == name) {
      value = static_cast<Enum>(v);
      return true;
    }
  }
  return false;
}

// Reads an identifier cell into an enum value; fails the test when no value has that identifier.
template <class Enum>
bool read_enum(std::string_view name, Enum& value) {
  if (enum_named(name, value)) return true;
  FAIL_CHECK("no value of the enum is called \"" << name << "\"");
  return false;
}

// Checks every row of the `| input | kind | result |` table of `text`: every example of the first column
// gets from `check(kind, text)` exactly the error and position of the third.
template <class Check>
void check_name_examples(std::string_view text, std::string_view valid_word, Check check) {
  std::size_t checked = 0;
  for (const table_row& row : table(text, {"input", "kind", "result"})) {
    CAPTURE(row.line);
    swr::name_kind kind{};
    expected_result want;
    swr::name_error error_value{};
    if (!read_enum(row.cells[1], kind) || !read_result(row.cells[2], valid_word, want) ||
        !read_enum(want.code, error_value)) {
      continue;
    }
    const swr::name_check expected{error_value, want.position};
    for (const std::string& name : examples(row.cells[0])) {
      CAPTURE(name);
      CHECK(check(kind, name) == expected);
      ++checked;
    }
  }
  CHECK(checked > 0);
}

// The names of the paragraph of `text` that starts with `label` ("Valid: `a`, `b` (remark), …, `z`."), which
// may wrap over several lines and ends at a blank line or at the next "Valid:" or "Not valid:" line. Fails the
// test when there is no such paragraph, more than one, or one that is not such a list.
std::vector<std::string> listed_names(std::string_view text, std::string_view label) {
  std::vector<std::string> names;
  const std::vector<std::string_view> lines = lines_of(text);
  std::string paragraph;
  std::size_t found = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!starts_with(lines[i], label)) continue;
    if (found++ > 0) continue;
    paragraph.append(lines[i].substr(label.size()));
    for (std::size_t j = i + 1; j < lines.size(); ++j) {
      const std::string_view line = trim(lines[j]);
      if (line.empty() || starts_with(line, "Valid: ") || starts_with(line, "Not valid: ")) break;
      paragraph.append(" ").append(line);
    }
  }
  if (found != 1) {
    FAIL_CHECK("the list \"" << label << "\" appears " << found << " times; the test needs it once");
    return names;
  }
  cursor c{paragraph};
  std::string_view name;
  while (c.take_code(name)) {
    names.emplace_back(name);
    if (c.take(" ") && !c.take_remark()) break;
    if (c.take(", ")) continue;
    if (c.take(".") && c.done()) return names;
    break;
  }
  FAIL_CHECK("cannot read the list \"" << label << paragraph << "\"");
  names.clear();
  return names;
}

// How the table of SWR error codes writes a field: "—" for none, else its to_string.
std::string_view field_label(swr::field f) { return f == swr::field::none ? em_dash : swr::to_string(f); }

// The enumerators of swr::category with their spelling, stringized from the identifier the compiler accepted.
struct category_enumerator {
  swr::category value;
  std::string_view spelling;
};
#define SWR_DOCS_TEST_CATEGORY(name) \
  category_enumerator { swr::category::name, #name }
constexpr category_enumerator category_enumerators[] = {
    SWR_DOCS_TEST_CATEGORY(app_server), SWR_DOCS_TEST_CATEGORY(linux_), SWR_DOCS_TEST_CATEGORY(framework_app),
    SWR_DOCS_TEST_CATEGORY(database),   SWR_DOCS_TEST_CATEGORY(lang),   SWR_DOCS_TEST_CATEGORY(other),
    SWR_DOCS_TEST_CATEGORY(windows),    SWR_DOCS_TEST_CATEGORY(arm),
};
#undef SWR_DOCS_TEST_CATEGORY
static_assert(std::size(category_enumerators) == swr::category_count);

std::string_view spelling_of(swr::category value) {
  for (const category_enumerator& e : category_enumerators) {
    if (e.value == value) return e.spelling;
  }
  return {};
}

}  // namespace

TEST_CASE("docs: regions.md, the hosts and registries table is swr::regions, in order") {
  const std::string doc = read_doc("regions.md");
  const std::vector<table_row> rows = table(doc, {"region id", "host", "registry"});
  CHECK(rows.size() == std::size(swr::regions));
  for (std::size_t i = 0; i < rows.size() && i < std::size(swr::regions); ++i) {
    CAPTURE(rows[i].line);
    CHECK(rows[i].cells[0] == swr::regions[i].id);
    CHECK(rows[i].cells[1] == swr::regions[i].host);
    CHECK(rows[i].cells[2] == swr::regions[i].registry);
  }
}

TEST_CASE("docs: regions.md, the number of entries and the unknown-region message") {
  const std::string doc = read_doc("regions.md");
  constexpr std::string_view claim = "`swr::regions` holds these ";
  const std::size_t at = doc.find(claim);
  std::size_t count = 0;
  cursor c{at == std::string::npos ? std::string_view() : std::string_view(doc).substr(at + claim.size())};
  if (c.take_number(count) && c.take(" entries")) {
    CHECK(count == std::size(swr::regions));
  } else {
    FAIL_CHECK("cannot find \"" << claim << "N entries\" in regions.md");
  }

  std::size_t found = 0;
  const std::string_view message =
      swr::message(swr::error{swr::error_code::unknown_region, swr::field::region, 0, swr::no_offset});
  for (const std::string_view line : lines_of(doc)) {
    if (!starts_with(line, "Unknown region;")) continue;
    ++found;
    CHECK(line == message);
  }
  CHECK(found == 1);
}

TEST_CASE("docs: api.md, the SWR error codes table is swr::service_errors, in order") {
  const std::string doc = read_doc("api.md");
  const std::vector<table_row> rows = table(doc, {"code", "HTTP", "field(s)", "meaning"});
  CHECK(rows.size() == std::size(swr::service_errors));
  for (std::size_t i = 0; i < rows.size() && i < std::size(swr::service_errors); ++i) {
    const table_row& row = rows[i];
    const swr::service_error_info& info = swr::service_errors[i];
    CAPTURE(row.line);
    CHECK(code_cell(row.cells[0]) == info.code);
    const std::string http_status = std::to_string(info.http_status);
    CHECK(row.cells[1] == std::string_view(http_status));
    CHECK(row.cells[3] == info.meaning);

    // "—", "`a`" or "`a` or `b`", each name a to_string(field).
    swr::field first = swr::field::none;
    swr::field second = swr::field::none;
    std::string_view name;
    cursor c{row.cells[2]};
    bool readable = c.take(em_dash);
    if (!readable && c.take_code(name) && read_enum(name, first)) {
      readable = !c.take(" or ") || (c.take_code(name) && read_enum(name, second));
    }
    if (!readable || !c.done()) {
      FAIL_CHECK("cannot read the field(s) cell: " << row.cells[2]);
      continue;
    }
    CHECK(field_label(first) == field_label(info.field));
    CHECK(field_label(second) == field_label(info.other_field));
  }
}

TEST_CASE("docs: api.md, the categories table is swr::all_categories, in order") {
  const std::string doc = read_doc("api.md");
  const std::vector<table_row> rows = table(doc, {"swr::category", "wire string"});
  CHECK(rows.size() == swr::category_count);
  for (std::size_t i = 0; i < rows.size() && i < swr::category_count; ++i) {
    const table_row& row = rows[i];
    const swr::category value = swr::all_categories[i];
    CAPTURE(row.line);
    CHECK(code_cell(row.cells[0]) == spelling_of(value));

    // "`wire`", optionally followed by " (also read from `alias`)".
    cursor c{row.cells[1]};
    std::string_view wire;
    std::string_view alias;
    const bool readable = c.take_code(wire) &&
                          (c.done() || (c.take(" (also read from ") && c.take_code(alias) && c.take(")") && c.done()));
    if (!readable) {
      FAIL_CHECK("cannot read the wire string cell: " << row.cells[1]);
      continue;
    }
    CHECK(wire == swr::to_string(value));
    for (const std::string_view text : {wire, alias}) {
      if (text.empty()) continue;
      CAPTURE(text);
      const std::optional<swr::category> parsed = swr::parse_category(text);
      CHECK(parsed.has_value());
      if (parsed) CHECK(*parsed == value);
    }
  }
}

TEST_CASE("docs: api.md, the status codes table is create_repo_outcome_of") {
  const std::string doc = read_doc("api.md");
  std::vector<int> listed;
  std::string_view otherwise;
  std::size_t otherwise_rows = 0;
  for (const table_row& row : table(doc, {"status", "outcome", "meaning"})) {
    CAPTURE(row.line);
    const std::string_view outcome = code_cell(row.cells[1]);
    if (row.cells[0] == "anything else") {
      otherwise = outcome;
      ++otherwise_rows;
      continue;
    }
    // "200" or "200, 201".
    cursor c{row.cells[0]};
    std::size_t status = 0;
    bool readable = false;
    do {
      readable = c.take_number(status);
      if (!readable) break;
      CAPTURE(status);
      CHECK(swr::to_string(swr::create_repo_outcome_of(static_cast<int>(status))) == outcome);
      listed.push_back(static_cast<int>(status));
    } while (c.take(", "));
    if (!readable || !c.done()) FAIL_CHECK("cannot read the status cell: " << row.cells[0]);
  }
  CHECK(otherwise_rows == 1);
  // Every status the table does not list gets the outcome of "anything else".
  std::size_t others = 0;
  for (int status = 0; status < 1000; ++status) {
    bool is_listed = false;
    for (const int s : listed) is_listed = is_listed || s == status;
    if (is_listed) continue;
    ++others;
    const std::string_view got = swr::to_string(swr::create_repo_outcome_of(status));
    if (got != otherwise) {
      FAIL_CHECK("create_repo_outcome_of(" << status << ") is " << got << ", not \"anything else\": " << otherwise);
    }
  }
  CHECK(others > 0);
}

TEST_CASE("docs: api.md, the host examples are what check_host reports") {
  const std::string doc = read_doc("api.md");
  std::size_t checked = 0;
  for (const table_row& row : table(section(doc, "### Host"), {"host", "result"})) {
    CAPTURE(row.line);
    expected_result want;
    swr::error_code code{};
    if (!read_result(row.cells[1], "valid", want) || !read_enum(want.code, code)) continue;
    for (const std::string& host : examples(row.cells[0])) {
      CAPTURE(host);
      const swr::error got = swr::check_host(host);
      CHECK(swr::to_string(got.code) == want.code);
      CHECK(got.position == want.position);
      if (code != swr::error_code::none) CHECK(swr::to_string(got.field) == swr::to_string(swr::field::host));
      ++checked;
    }
  }
  CHECK(checked > 0);
}

TEST_CASE("docs: names.md, the diagnostics examples are what check_name reports") {
  const std::string doc = read_doc("names.md");
  check_name_examples(section(doc, "## Diagnostics"), "valid",
                      [](swr::name_kind kind, std::string_view name) { return swr::check_name(kind, name); });
}

TEST_CASE("docs: names.md, the prefix examples are what check_name_prefix reports") {
  const std::string doc = read_doc("names.md");
  check_name_examples(section(doc, "## As-you-type (prefix) checks"), "valid prefix",
                      [](swr::name_kind kind, std::string_view text) { return swr::check_name_prefix(kind, text); });
}

TEST_CASE("docs: names.md, the messages table is swr::message") {
  const std::string doc = read_doc("names.md");
  const std::vector<table_row> rows =
      table(doc, {"name_error", "message(error)", "message(error, kind) where it differs"});
  // One row per name_error, in the order of their values (none = 0 … reserved = 8).
  const std::size_t count = static_cast<std::size_t>(swr::name_error::reserved) + 1;
  CHECK(rows.size() == count);
  for (std::size_t i = 0; i < rows.size() && i < count; ++i) {
    const table_row& row = rows[i];
    const auto e = static_cast<swr::name_error>(i);
    CAPTURE(row.line);
    CHECK(code_cell(row.cells[0]) == swr::to_string(e));
    CHECK(row.cells[1] == swr::message(e));

    // Empty: both kinds get message(e). Otherwise "namespace message / repository message".
    std::string_view for_namespace = row.cells[1];
    std::string_view for_repository = row.cells[1];
    if (!row.cells[2].empty()) {
      const std::size_t slash = row.cells[2].find(" / ");
      if (slash == std::string_view::npos || row.cells[2].find(" / ", slash + 1) != std::string_view::npos) {
        FAIL_CHECK("cannot read the cell as \"namespace message / repository message\": " << row.cells[2]);
        continue;
      }
      for_namespace = row.cells[2].substr(0, slash);
      for_repository = row.cells[2].substr(slash + 3);
    }
    CHECK(swr::message(e, swr::name_kind::namespace_name) == for_namespace);
    CHECK(swr::message(e, swr::name_kind::repository) == for_repository);
  }
}

TEST_CASE("docs: names.md, the Valid and Not valid lists of each kind of name") {
  const std::string doc = read_doc("names.md");
  struct kind_section {
    std::string_view heading;
    swr::name_kind kind;
  };
  for (const kind_section& s : {kind_section{"## Organization (namespace) names", swr::name_kind::namespace_name},
                                kind_section{"## Repository names", swr::name_kind::repository}}) {
    CAPTURE(s.heading);
    const std::string_view text = section(doc, s.heading);
    const std::vector<std::string> valid = listed_names(text, "Valid: ");
    const std::vector<std::string> not_valid = listed_names(text, "Not valid: ");
    CHECK(!valid.empty());
    CHECK(!not_valid.empty());
    for (const std::string& name : valid) {
      CAPTURE(name);
      CHECK(swr::check_name(s.kind, name) == swr::name_check());
    }
    for (const std::string& name : not_valid) {
      CAPTURE(name);
      CHECK_FALSE(swr::check_name(s.kind, name).ok());
    }
  }
}

TEST_CASE("docs: names.md, the suggestions table is what suggest_namespace and suggest_repository give") {
  const std::string doc = read_doc("names.md");
  const auto unquote = [](std::string_view cell) {
    if (cell.size() >= 2 && cell.front() == '`' && cell.back() == '`') return cell.substr(1, cell.size() - 2);
    FAIL_CHECK("a cell of the suggestions table is not one code span: " << cell);
    return cell;
  };
  std::size_t checked = 0;
  for (const table_row& row :
       table(section(doc, "## Suggestions"), {"text", "suggest_namespace", "suggest_repository"})) {
    CAPTURE(row.line);
    const std::string_view text = unquote(row.cells[0]);
    CHECK(swr::suggest_namespace(text) == unquote(row.cells[1]));
    CHECK(swr::suggest_repository(text) == unquote(row.cells[2]));
    ++checked;
  }
  CHECK(checked >= 5);
}

TEST_CASE("docs: api.md, the answers table is what service_error_for gives") {
  const std::string doc = read_doc("api.md");
  std::size_t checked = 0;
  for (const table_row& row :
       table(section(doc, "### Answering as SWR does"), {"field", "code", "SWR error", "HTTP"})) {
    CAPTURE(row.line);
    const auto unquote = [](std::string_view cell) {
      return cell.size() >= 2 && cell.front() == '`' && cell.back() == '`' ? cell.substr(1, cell.size() - 2) : cell;
    };
    swr::field f{};
    swr::error_code code{};
    const std::string_view field_name = unquote(row.cells[0]);
    if (field_name != "none" && !read_enum(field_name, f)) continue;
    if (!read_enum(unquote(row.cells[1]), code)) continue;
    const swr::service_error_info& info = swr::service_error_for(swr::error{code, f, 0, 0});
    CHECK(info.code == unquote(row.cells[2]));
    CHECK(std::to_string(info.http_status) == row.cells[3]);
    ++checked;
  }
  CHECK(checked >= 10);
}

TEST_CASE("docs: signing.md, the SWR vectors are what sign() makes") {
  using namespace swr_test::signing_vectors;
  const std::string doc = read_doc("signing.md");
  const std::pair<std::string_view, swr::signing_input> inputs[] = {
      {"S1", s1_input()}, {"S2", s2_input()}, {"S3", s3_input()}};
  const std::vector<table_row> rows = table(section(doc, "## Vectors"), {"", "request", "signed headers", "signature"});
  CHECK(rows.size() == 3);
  for (const table_row& row : rows) {
    CAPTURE(row.line);
    std::size_t found = 0;
    for (const auto& entry : inputs) {
      if (row.cells[0] != entry.first) continue;
      ++found;
      const auto s = swr::sign(entry.second, guide_key, swr_date);
      REQUIRE(s);
      CHECK(row.cells[2] == "`" + s->signed_headers + "`");
      CHECK(row.cells[3] == "`" + s->signature + "`");
    }
    CHECK(found == 1);
  }
  // The guide's example, in the prose above the table.
  const auto guide = swr::sign(guide_input(), guide_key, "20191115T033655Z");
  REQUIRE(guide);
  CHECK(doc.find("- signature: `" + guide->signature + "`") != std::string::npos);
  CHECK(doc.find("- SHA-256 of the canonical request: `" +
                 std::string(swr::to_hex(swr::sha256::digest(guide->canonical_request)).view()) + "`") !=
        std::string::npos);
}

TEST_CASE("docs: signing.md, the verification table lists every signature_status but valid, in order") {
  const std::string doc = read_doc("signing.md");
  const std::vector<table_row> rows = table(section(doc, "## Verification (servers)"), {"status", "when"});
  REQUIRE(rows.size() == 5);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    CAPTURE(rows[i].line);
    const auto status = static_cast<swr::signature_status>(i + 1);
    CHECK(rows[i].cells[0] == "`" + std::string(swr::to_string(status)) + "`");
  }
}

TEST_CASE("docs: signing.md, every code and field the refusals table names exists") {
  const std::string doc = read_doc("signing.md");
  const std::vector<table_row> rows = table(section(doc, "## Decisions"), {"problem", "code", "field"});
  REQUIRE(rows.size() == 8);
  const auto names = [](std::string_view cell) {  // "`a`, `b`" -> {"a", "b"}
    std::vector<std::string_view> out;
    for (std::size_t open = cell.find('`'); open != std::string_view::npos; open = cell.find('`', open)) {
      const std::size_t close = cell.find('`', open + 1);
      out.push_back(cell.substr(open + 1, close - open - 1));
      open = close + 1;
    }
    return out;
  };
  for (const table_row& row : rows) {
    CAPTURE(row.line);
    for (const std::string_view code : names(row.cells[1])) {
      bool known = false;
      for (int c = 1; c < 64; ++c) known = known || swr::to_string(static_cast<swr::error_code>(c)) == code;
      CHECK_MESSAGE(known, code);
    }
    for (const std::string_view f : names(row.cells[2])) {
      bool known = false;
      for (int c = 1; c < 64; ++c) known = known || swr::to_string(static_cast<swr::field>(c)) == f;
      CHECK_MESSAGE(known, f);
    }
  }
}

// ---- docs/references.md ----

namespace {
// Checks every row of the `| input | result |` table of `text`: each example gets `check(example)`'s code and
// position (`valid_word`: none at 0).
template <class Check>
void check_single_examples(std::string_view text, std::string_view valid_word, Check check) {
  std::size_t checked = 0;
  for (const table_row& row : table(text, {"input", "result"})) {
    CAPTURE(row.line);
    expected_result want;
    if (!read_result(row.cells[1], valid_word, want)) continue;
    for (const std::string& input : examples(row.cells[0])) {
      CAPTURE(input);
      const auto [code, position] = check(input);
      CHECK(code == want.code);
      CHECK(position == want.position);
      ++checked;
    }
  }
  CHECK(checked > 0);
}

// Checks every row of the `| input | field | result |` table of `text` against `parse(example)`'s error.
template <class Parse>
void check_reference_diagnostics(std::string_view text, Parse parse) {
  std::size_t checked = 0;
  for (const table_row& row : table(text, {"input", "field", "result"})) {
    CAPTURE(row.line);
    expected_result want;
    if (!read_result(row.cells[2], "valid", want)) continue;
    for (const std::string& input : examples(row.cells[0])) {
      CAPTURE(input);
      const auto parsed = parse(input);
      REQUIRE_FALSE(parsed.has_value());
      CHECK(swr::to_string(parsed.error().field) == code_cell(row.cells[1]));
      CHECK(swr::to_string(parsed.error().code) == want.code);
      CHECK(parsed.error().position == want.position);
      ++checked;
    }
  }
  CHECK(checked > 0);
}
}  // namespace

TEST_CASE("docs: references.md, the tag tables are what check_tag and check_tag_prefix report") {
  const std::string doc = read_doc("references.md");
  const std::string_view tags = section(doc, "## Tags");
  const std::size_t prefix_at = tags.find("As you type");
  REQUIRE(prefix_at != std::string_view::npos);
  const auto as_pair = [](swr::name_check c) { return std::pair(swr::to_string(c.error), c.position); };
  check_single_examples(tags.substr(0, prefix_at), "valid",
                        [&](std::string_view t) { return as_pair(swr::check_tag(t)); });
  check_single_examples(tags.substr(prefix_at), "valid prefix",
                        [&](std::string_view t) { return as_pair(swr::check_tag_prefix(t)); });
}

TEST_CASE("docs: references.md, the digest table is what check_digest reports") {
  const std::string doc = read_doc("references.md");
  check_single_examples(section(doc, "## Digests"), "valid", [](std::string_view d) {
    const swr::error e = swr::check_digest(d);
    if (!e.ok()) CHECK(e.field == swr::field::digest);
    return std::pair(swr::to_string(e.code), e.position);
  });
}

TEST_CASE("docs: references.md, the parts table is what parse_image_reference gives") {
  const std::string doc = read_doc("references.md");
  const std::vector<table_row> rows = table(doc, {"reference", "registry", "path", "tag", "digest"});
  CHECK(rows.size() >= 8);
  for (const table_row& row : rows) {
    CAPTURE(row.line);
    const std::string_view text = code_cell(row.cells[0]);
    const auto parsed = swr::parse_image_reference(text);
    REQUIRE(parsed);
    const auto part = [](std::string_view cell) { return cell.empty() ? cell : code_cell(cell); };
    CHECK(parsed->registry == part(row.cells[1]));
    CHECK(parsed->path == part(row.cells[2]));
    CHECK(parsed->tag == part(row.cells[3]));
    CHECK(parsed->digest == part(row.cells[4]));
  }
}

TEST_CASE("docs: references.md, the diagnostics tables are what the parsers report") {
  const std::string doc = read_doc("references.md");
  check_reference_diagnostics(section(doc, "### Diagnostics"),
                              [](const std::string& text) { return swr::parse_image_reference(text); });
  check_reference_diagnostics(section(doc, "## SWR references"),
                              [](const std::string& text) { return swr::parse_swr_image_reference(text); });
}

namespace {
// One row of api.md's operations table as the request type describes itself.
struct described_operation {
  std::string_view type_name;
  swr::operation_info info;
  std::string_view response;
};

template <class Request>
described_operation describe_operation(std::string_view type_name, std::string_view response) {
  return {type_name, swr::operation_traits<Request>::info(), response};
}
}  // namespace

TEST_CASE("docs: api.md, the management API's operations table is each request type's description") {
  const std::vector<described_operation> operations = {
      describe_operation<swr::create_namespace_request>("create_namespace_request", "no_content"),
      describe_operation<swr::list_namespaces_request>("list_namespaces_request", "namespace_list"),
      describe_operation<swr::show_namespace_request>("show_namespace_request", "namespace_info"),
      describe_operation<swr::delete_namespace_request>("delete_namespace_request", "no_content"),
      describe_operation<swr::create_repo_request>("create_repo_request", "no_content"),
      describe_operation<swr::update_repo_request>("update_repo_request", "no_content"),
      describe_operation<swr::show_repository_request>("show_repository_request", "repository_info"),
      describe_operation<swr::delete_repo_request>("delete_repo_request", "no_content"),
      describe_operation<swr::list_repos_request>("list_repos_request", "list<repository_summary>"),
      describe_operation<swr::list_tags_request>("list_tags_request", "list<listed_tag>"),
      describe_operation<swr::create_tag_request>("create_tag_request", "no_content"),
      describe_operation<swr::show_tag_request>("show_tag_request", "shown_tag"),
      describe_operation<swr::delete_tag_request>("delete_tag_request", "no_content"),
      describe_operation<swr::create_share_request>("create_share_request", "no_content"),
      describe_operation<swr::list_shares_request>("list_shares_request", "list<repository_share>"),
      describe_operation<swr::show_share_request>("show_share_request", "repository_share_details"),
      describe_operation<swr::update_share_request>("update_share_request", "no_content"),
      describe_operation<swr::delete_share_request>("delete_share_request", "no_content"),
  };
  // The response column names the type read_response gives.
  static_assert(std::is_same_v<swr::operation_traits<swr::list_tags_request>::response, swr::list<swr::listed_tag>>);
  static_assert(
      std::is_same_v<swr::operation_traits<swr::show_share_request>::response, swr::repository_share_details>);
  static_assert(std::is_same_v<swr::operation_traits<swr::create_repo_request>::response, swr::no_content>);

  const std::string doc = read_doc("api.md");
  std::size_t rows = 0;
  for (const table_row& row : table(doc, {"operation", "request type", "method", "path", "success", "response"})) {
    CAPTURE(row.line);
    ++rows;
    const described_operation* found = nullptr;
    for (const described_operation& op : operations) {
      if (op.info.name == row.cells[0]) found = &op;
    }
    if (found == nullptr) {
      FAIL_CHECK("no request type describes " << row.cells[0]);
      continue;
    }
    CHECK(code_cell(row.cells[1]) == found->type_name);
    CHECK(row.cells[2] == swr::to_string(found->info.method));
    CHECK(code_cell(row.cells[3]) == found->info.path);
    CHECK(row.cells[4] == std::to_string(found->info.success_status));
    CHECK(code_cell(row.cells[5]) == found->response);
  }
  CHECK(rows == operations.size());
}
