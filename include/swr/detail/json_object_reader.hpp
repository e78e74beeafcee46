// SPDX-License-Identifier: MIT
// swrkit — objects and arrays of strict JSON, read declaratively. A parser lists the members it takes
// (member_rule: name, other spelling, type, whether null means absent, whether required, the field its
// problems concern) and gets each member's value through one callback; the reader handles the rest in one
// place: a member of the wrong type is skipped (its syntax still checked) and recorded as `wrong_type`; a
// member given twice, under either spelling, or an unknown member given twice, is `duplicate_member` at
// its later name; a required member that never came is `missing_member` at the object's closing brace.
// The reader tracks the nesting depth itself. It never recurses: skip_value keeps the containers it is in
// as one byte each, so a hostile document cannot exhaust the stack. Nesting deeper than json_max_depth is
// recorded as `nesting_too_deep` (a limit problem) once the document is known to be JSON.
#ifndef SWR_DETAIL_JSON_OBJECT_READER_HPP
#define SWR_DETAIL_JSON_OBJECT_READER_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "swr/config.hpp"
#include "swr/detail/json_lexer.hpp"
#include "swr/error.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// The deepest nesting of arrays and objects the parsers accept; the top-level value is depth 1.
/// Request bodies and error responses are flat: this only bounds what unknown members may hold.
inline constexpr std::size_t json_max_depth = 64;

namespace detail {

/// One member a parser takes.
struct member_rule {
  std::string_view name;
  std::string_view alias;  ///< another spelling of the same member ("error_code" for "errorCode"), or empty
  json_type type;          ///< json_type::string or json_type::boolean
  bool nullable;           ///< null is accepted, and means absent
  bool required;
  swr::field field;  ///< the field that problems with this member concern
};

/// The index of the rule for member `name` in `rules`, or N.
template <std::size_t N>
constexpr std::size_t find_member_rule(const member_rule (&rules)[N], std::string_view name) noexcept {
  for (std::size_t i = 0; i < N; ++i) {
    if (rules[i].name == name || (!rules[i].alias.empty() && rules[i].alias == name)) return i;
  }
  return N;
}

/// A member's value as the callback of read_members gets it.
struct json_member_value {
  std::size_t offset = no_offset;  ///< where the value starts in the document (no_offset: not from a document)
  bool is_null = false;            ///< null, for a nullable member
  bool boolean = false;            ///< the value of a boolean member
  std::string_view text;           ///< the decoded text of a string member
  std::string* owner = nullptr;    ///< a string holding `text` that may be moved from, or null

  std::string take_text() const { return owner != nullptr ? std::move(*owner) : std::string(text); }
};

/// The names of the unknown members of one object, to find those given twice in O(n log n).
class unknown_member_names {
 public:
  void add(std::string_view name, std::size_t offset) {
    refs_.push_back(ref{names_.size(), name.size(), offset});
    names_.append(name);
  }

  /// Records every name met before as a `duplicate_member` (field none) at its later offset.
  void report_duplicates(json_diagnostics& diagnostics) {
    sort();
    for (std::size_t i = 1; i < refs_.size(); ++i) {
      if (name(refs_[i]) == name(refs_[i - 1]))
        diagnostics.record(error_code::duplicate_member, field::none, refs_[i].offset);
    }
  }

 private:
  struct ref {
    std::size_t start;  // in names_
    std::size_t length;
    std::size_t offset;  // in the document
  };
  std::string_view name(const ref& r) const noexcept { return std::string_view(names_).substr(r.start, r.length); }
  bool less(const ref& a, const ref& b) const noexcept {
    const int order = name(a).compare(name(b));
    return order < 0 || (order == 0 && a.offset < b.offset);
  }

  // A heapsort: the core does not include <algorithm>, which costs every includer more than this function.
  void sort() noexcept {
    const auto sift_down = [this](std::size_t root, std::size_t size) {
      for (std::size_t child = 2 * root + 1; child < size; child = 2 * root + 1) {
        if (child + 1 < size && less(refs_[child], refs_[child + 1])) ++child;
        if (!less(refs_[root], refs_[child])) return;
        const ref parent = refs_[root];
        refs_[root] = refs_[child];
        refs_[child] = parent;
        root = child;
      }
    };
    const std::size_t n = refs_.size();
    for (std::size_t i = n / 2; i-- > 0;) sift_down(i, n);
    for (std::size_t end = n; end-- > 1;) {
      const ref top = refs_[0];
      refs_[0] = refs_[end];
      refs_[end] = top;
      sift_down(0, end);
    }
  }

  std::string names_;  // every name, one after the other
  std::vector<ref> refs_;
};

class json_reader : public json_lexer {
 public:
  using json_lexer::json_lexer;

  /// Reads (and checks) any value at the position. Containers nested deeper than json_max_depth (counting
  /// those the reader is in) are recorded as one `nesting_too_deep` problem, at the first one past the limit.
  bool skip_value() {
    std::string open;  // the containers opened here, innermost last: '{' or '['
    std::size_t too_deep_at = no_offset;
    for (;;) {
      // A value starts here.
      const json_type type = peek_type();
      if (type == json_type::object || type == json_type::array) {
        const char c = type == json_type::object ? '{' : '[';
        if (depth_ + open.size() + 1 > json_max_depth && too_deep_at == no_offset) too_deep_at = offset();
        open.push_back(c);
        expect(c);
        if (consume_if(c == '{' ? '}' : ']')) {
          open.pop_back();
        } else if (c == '{' && !read_member_name()) {
          return false;
        } else {
          continue;
        }
      } else if (!skip_scalar()) {
        return false;
      }
      // After a value: close containers until one continues with ','.
      for (;;) {
        if (open.empty()) {
          if (too_deep_at != no_offset) record(error_code::nesting_too_deep, field::none, too_deep_at);
          return true;
        }
        if (consume_if(',')) {
          if (open.back() == '{' && !read_member_name()) return false;
          break;
        }
        if (!consume_if(open.back() == '{' ? '}' : ']')) return fail_here();
        open.pop_back();
      }
    }
  }

  /// Reads the object at the position, taking the members `rules` lists: store(index, json_member_value) gets
  /// each one of the right type (index into rules); everything else is skipped, and every problem recorded
  /// (see the header comment). False on a syntax error.
  template <std::size_t N, class Store>
  bool read_members(const member_rule (&rules)[N], Store&& store) {
    if (!enter('{')) return false;
    bool seen[N] = {};
    unknown_member_names unknown;
    std::string key;
    std::string text;
    if (!consume_if('}')) {
      do {
        skip_whitespace();
        const std::size_t key_offset = offset();
        if (!read_string(&key) || !expect(':')) return false;
        const std::size_t index = find_member_rule(rules, key);
        if (index == N) {
          unknown.add(key, key_offset);
          if (!skip_value()) return false;
          continue;
        }
        if (seen[index]) record(error_code::duplicate_member, rules[index].field, key_offset);
        seen[index] = true;
        if (!read_member(rules[index], index, text, store)) return false;
      } while (consume_if(','));
      if (!expect('}')) return false;
    }
    --depth_;
    const std::size_t closing_brace = offset() - 1;  // where the object ends without the member
    for (std::size_t i = 0; i < N; ++i) {
      if (rules[i].required && !seen[i]) record(error_code::missing_member, rules[i].field, closing_brace);
    }
    unknown.report_duplicates(*this);
    return true;
  }

  /// For readers that take members by their own table (json_struct.hpp), an object a member at a time: at its
  /// '{', open_object goes one level deeper; then next_member, after the '{' (`first`) or after a member's value,
  /// reads the next member's name into `key` (`key_offset`: its opening quote) and its ':', or the object's end
  /// ('}': `more` is false, one level up). The caller reads or skips each value and finds names given twice.
  /// False on a syntax error.
  bool open_object() { return enter('{'); }
  bool next_member(bool first, std::string& key, std::size_t& key_offset, bool& more) {
    more = first ? !consume_if('}') : consume_if(',');
    if (!more) {
      if (!first && !expect('}')) return false;
      --depth_;
      return true;
    }
    skip_whitespace();
    key_offset = offset();
    return read_string(&key) && expect(':');
  }

  /// Reads the array at the position: on_element() reads each element (false only on a syntax error).
  /// `count` is set to the number of elements. False on a syntax error.
  template <class OnElement>
  bool read_elements(OnElement&& on_element, std::size_t& count) {
    count = 0;
    if (!enter('[')) return false;
    if (!consume_if(']')) {
      do {
        if (!on_element()) return false;
        ++count;
      } while (consume_if(','));
      if (!expect(']')) return false;
    }
    --depth_;
    return true;
  }

 private:
  // Consumes the opening `bracket` of a container and goes one level deeper.
  bool enter(char bracket) {
    if (!expect(bracket)) return false;
    if (++depth_ > json_max_depth) record(error_code::nesting_too_deep, field::none, offset() - 1);
    return true;
  }

  // A member name and its ':' inside an object being skipped.
  bool read_member_name() { return read_string(nullptr) && expect(':'); }

  // The value of a member that `rule` describes.
  template <class Store>
  bool read_member(const member_rule& rule, std::size_t index, std::string& text, Store& store) {
    const json_type type = peek_type();
    json_member_value value;
    value.offset = offset();
    if (type == json_type::null && rule.nullable) {
      value.is_null = true;
      if (!read_null()) return false;
    } else if (type != rule.type) {
      if (!skip_value()) return false;
      record(error_code::wrong_type, rule.field, value.offset);
      return true;
    } else if (type == json_type::boolean) {
      if (!read_boolean(value.boolean)) return false;
    } else {
      if (!read_string(&text)) return false;
      value.text = text;
      value.owner = &text;
    }
    store(index, value);
    return true;
  }

  std::size_t depth_ = 0;  // how many containers the position is in
};

}  // namespace detail
}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_DETAIL_JSON_OBJECT_READER_HPP
