// libFuzzer target for every reader of the SWR management API (docs/api.md, "The management API"). The first
// byte picks the reader (its low seven bits, modulo the number of readers): read_response of each of the 18
// operations, parse_request_body of each of the 6 that have a body, or parse_content_range; the rest is its input.
// For a list (list<T>), when the first byte's high bit is set, the input's first line is the Content-Range header
// and the rest the body, so that one input reaches both. No crash, no sanitizer report, and:
// - every error points inside its input (position and offset at most its size), a body's syntax, limit and schema
//   problems where they were found (position == offset), a range's with no offset;
// - the typed readers check the syntax of everything they read or skip: a body has a syntax error exactly when
//   check_json finds one, and then the same one;
// - read_response, which tries a fast path first, gives what the general reader alone gives: the same value (the
//   same JSON written of it) or the same error;
// - a list's error is its body's when the body alone is refused, else the header's as parse_content_range says;
// - what read_response accepts, to_response_json writes, the same reader reads back, and writing that again gives
//   the same bytes (the page, through to_string, the same range), and the fast path takes what it writes; an
//   answer without content is whitespace;
// - what parse_request_body accepts, the library's body writer writes, the same reader reads back and writes
//   again byte for byte; and to_http_request, given valid path parameters, sends exactly those bytes (the
//   server's validation is the client's: it refuses nothing the server accepted);
// - what parse_content_range accepts, to_string writes and parse_content_range reads back to the same range.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "swr/json_reader.hpp"
#include "swr/management.hpp"

namespace {
void require(bool condition) {
  if (!condition) std::abort();
}

// A problem found at a byte of a document of `size` bytes.
void require_in_document(const swr::error& e, std::size_t size) {
  require(!e.ok() && e.kind() != swr::error_kind::value);
  require(e.offset <= size && e.position == e.offset);
}

// The typed readers and check_json agree on syntax: the first syntax error, or none.
void require_same_syntax(std::string_view document, const swr::error* e) {
  const swr::error json = swr::check_json(document);
  const bool json_syntax = !json.ok() && json.kind() == swr::error_kind::syntax;
  const bool reader_syntax = e != nullptr && e->kind() == swr::error_kind::syntax;
  require(json_syntax == reader_syntax);
  if (json_syntax) require(*e == json);
}

// What read_response gave, against the general reader alone on the same body: both the same error, or both a
// value that writes the same JSON (`value_of` takes the reader's value out of read_response's).
template <class Value, class Read, class ValueOf>
void require_same_as_general(std::string_view body, const Read& read, ValueOf value_of) {
  const auto general = swr::detail::read_json_document_general<Value>(body);
  require(general.has_value() == read.has_value());
  if (!general) {
    require(general.error() == read.error());
    return;
  }
  std::string a;
  std::string b;
  swr::detail::put_json_value(*general, a);
  swr::detail::put_json_value(value_of(*read), b);
  require(a == b);
}

bool whitespace_only(std::string_view text) { return text.find_first_not_of(" \t\n\r") == std::string_view::npos; }

template <class Request>
void check_response(std::string_view body, std::optional<std::string_view> range) {
  using response = typename swr::operation_traits<Request>::response;
  const auto read = swr::read_response<Request>(body, range);
  if constexpr (std::is_same_v<response, swr::no_content>) {
    // No JSON here: any byte but whitespace is trailing, at the first one.
    require(read.has_value() == whitespace_only(body));
    if (!read) {
      require(read.error().code == swr::error_code::trailing_characters);
      require_in_document(read.error(), body.size());
      require(read.error().offset == body.find_first_not_of(" \t\n\r"));
    }
  } else {
    if constexpr (swr::detail::is_list<response>::value) {
      if (range) {
        // The body is read first, and the header only once the body is accepted.
        check_response<Request>(body, std::nullopt);
        const auto body_alone = swr::read_response<Request>(body);
        const auto page = swr::parse_content_range(*range);
        if (!body_alone) {
          require(!read && read.error() == body_alone.error());
        } else if (!page) {
          require(!read && read.error() == page.error());
        } else {
          require(read && read->range == *page);
          // The page goes back as the server writes it, and reads back the same.
          const auto again = swr::read_response<Request>(swr::to_response_json(*read), swr::to_string(*page));
          require(again && again->range == *page);
        }
        return;
      }
      require(!read || !read->range);
    }
    require_same_syntax(body, read ? nullptr : &read.error());
    // The fast path (json_struct.hpp) answers only where the general reader agrees: the same value or the same
    // error as the general reader alone.
    if constexpr (swr::detail::is_list<response>::value) {
      require_same_as_general<decltype(response::items)>(body, read, [](const auto& r) { return r.items; });
    } else {
      require_same_as_general<response>(body, read, [](const auto& r) { return r; });
    }
    if (!read) {
      require_in_document(read.error(), body.size());
      return;
    }
    const std::string written = swr::to_response_json(*read);
    const auto again = swr::read_response<Request>(written);
    require(again.has_value());
    require(swr::to_response_json(*again) == written);
    // What swrkit writes is as SWR writes it: the fast path takes it (else every answer would pay for two reads).
    if constexpr (swr::detail::is_list<response>::value) {
      decltype(response::items) items;
      require(swr::detail::struct_fast_reader(written).read_document(items));
    } else {
      response value;
      require(swr::detail::struct_fast_reader(written).read_document(value));
    }
  }
}

// A request around a body, with valid path parameters, for the client's builder.
template <class Request, class Body>
Request request_with(const Body& body) {
  Request request{};
  if constexpr (!std::is_same_v<Request, swr::create_namespace_request>) request.namespace_name = "my-org";
  if constexpr (std::is_same_v<Request, swr::create_repo_request>) {
    request.body = body;
  } else {
    if constexpr (!std::is_same_v<Request, swr::create_namespace_request>) request.repository = "team/app";
    if constexpr (std::is_same_v<Request, swr::update_share_request>) request.access_domain = "acct";
    request.body = body;
  }
  return request;
}

template <class Request>
void check_request_body(std::string_view json) {
  const auto read = swr::parse_request_body<Request>(json);
  require_same_syntax(json, read ? nullptr : &read.error());
  if (!read) {
    const swr::error& e = read.error();
    require(!e.ok() && e.position <= json.size());
    if (e.kind() != swr::error_kind::value) require_in_document(e, json.size());
    return;
  }
  const std::string written = swr::detail::body_json_of(*read);
  const auto again = swr::parse_request_body<Request>(written);
  require(again.has_value());
  require(swr::detail::body_json_of(*again) == written);
  const auto http = swr::to_http_request(request_with<Request>(*read), "swr-api.cn-north-4.myhuaweicloud.com", "token");
  require(http.has_value());
  require(http->body() == written);
}

void check_content_range(std::string_view text) {
  const auto range = swr::parse_content_range(text);
  if (!range) {
    require(range.error().code == swr::error_code::invalid_character);
    require(range.error().position <= text.size() && range.error().offset == swr::no_offset);
    return;
  }
  require(range->offset >= 0 && range->count >= 0 && range->total >= 0);
  const auto again = swr::parse_content_range(swr::to_string(*range));
  require(again.has_value() && *again == *range);
}

using reader = void (*)(std::string_view input, bool with_range);

template <class Request>
void response_reader(std::string_view input, bool with_range) {
  if (!swr::detail::is_list<typename swr::operation_traits<Request>::response>::value || !with_range) {
    check_response<Request>(input, std::nullopt);
    return;
  }
  const std::size_t line_end = input.find('\n');
  const std::string_view body = line_end == std::string_view::npos ? std::string_view() : input.substr(line_end + 1);
  check_response<Request>(body, input.substr(0, line_end));
}
template <class Request>
void body_reader(std::string_view input, bool) {
  check_request_body<Request>(input);
}
void range_reader(std::string_view input, bool) { check_content_range(input); }

// In the order of docs/api.md's table of operations, then the bodies, then the header. The seeds' first bytes
// are indices into this table: append, never reorder.
constexpr reader readers[] = {
    response_reader<swr::create_namespace_request>,  // 0
    response_reader<swr::list_namespaces_request>,
    response_reader<swr::show_namespace_request>,
    response_reader<swr::delete_namespace_request>,
    response_reader<swr::create_repo_request>,
    response_reader<swr::update_repo_request>,  // 5
    response_reader<swr::show_repository_request>,
    response_reader<swr::delete_repo_request>,
    response_reader<swr::list_repos_request>,
    response_reader<swr::list_tags_request>,
    response_reader<swr::create_tag_request>,  // 10
    response_reader<swr::show_tag_request>,
    response_reader<swr::delete_tag_request>,
    response_reader<swr::create_share_request>,
    response_reader<swr::list_shares_request>,
    response_reader<swr::show_share_request>,  // 15
    response_reader<swr::update_share_request>,
    response_reader<swr::delete_share_request>,
    body_reader<swr::create_namespace_request>,
    body_reader<swr::create_repo_request>,
    body_reader<swr::update_repo_request>,  // 20
    body_reader<swr::create_tag_request>,
    body_reader<swr::create_share_request>,
    body_reader<swr::update_share_request>,
    range_reader,  // 24
};
constexpr std::size_t reader_count = sizeof readers / sizeof readers[0];
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  readers[(data[0] & 0x7FU) % reader_count](input, (data[0] & 0x80U) != 0);
  return 0;
}
