// What allocates and what does not, counted: this test program replaces the global operator new, so every
// allocation anywhere in it is counted. The name checks (full and prefix, at run time: the fast path), the
// escaping into a caller's buffer, json_size, and write_json into a caller's buffer or through a pointer
// allocate nothing; parse_create_repo_body allocates only the strings it returns, and none for a string short
// enough to live inside std::string itself. The tag, digest and reference checks, the reference parsers and
// to_image_reference allocate nothing either.
#include "swr/swr.hpp"

#include <cstddef>
#include <cstdlib>
#include <new>
#include <string>
#include <string_view>

#include "test_support.hpp"

namespace {
std::size_t allocations = 0;

// The number of allocations `f()` makes.
template <class F>
std::size_t allocations_in(F f) {
  const std::size_t before = allocations;
  f();
  return allocations - before;
}

// A string longer than any std::string keeps inside itself (libstdc++: 15 bytes, libc++: 22).
constexpr std::string_view long_repository = "team/a-repository-name-long-enough-to-be-allocated";
}  // namespace

void* operator new(std::size_t size) {
  ++allocations;
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  std::abort();  // also built without exceptions: no std::bad_alloc to throw
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

TEST_CASE("the counting operator new counts") {
  static std::string kept;  // a global's storage escapes: no compiler may elide its allocation
  CHECK(allocations_in([] { kept.assign(100, 'x'); }) == 1);
}

TEST_CASE("the name checks allocate nothing, on valid and invalid names of every length") {
  std::string name;
  for (std::size_t n = 1; n <= 130; ++n) {
    name += n % 7 == 0 ? '-' : 'a';
    for (const std::string_view text : {std::string_view(name), std::string_view("My_org"), std::string_view("a__b")}) {
      const std::size_t count = allocations_in([text] {
        volatile std::size_t sink = swr::is_valid_namespace(text) + swr::is_valid_repository(text) +
                                    swr::check_namespace(text).position + swr::check_repository(text).position +
                                    swr::check_namespace_prefix(text).position +
                                    swr::check_repository_prefix(text).position;
        static_cast<void>(sink);
      });
      CHECK_MESSAGE(count == 0, "\"" << text << "\"");
    }
  }
}

TEST_CASE("escaping into a buffer and writing JSON into a buffer allocate nothing") {
  const swr::create_repo_body_view body(long_repository, true, swr::category::database,
                                        "A description with \"quotes\", a tab\t and UTF-8: \xC3\xA9\xE2\x82\xAC");
  char buffer[512];
  std::size_t size = 0;
  CHECK(allocations_in([&] {
          size = swr::escape_repository(long_repository, buffer, sizeof buffer);
          size += swr::unescape_repository("team$app", buffer, sizeof buffer);
        }) == 0);
  CHECK(size == long_repository.size() + 8);

  swr::result<std::size_t, swr::error> written = swr::json_size(body);
  CHECK(allocations_in([&] {
          written = swr::json_size(body);
          written = swr::write_json(buffer, sizeof buffer, body);
        }) == 0);
  REQUIRE(written);
  const std::string expected = swr::to_json(body).value();
  CHECK(std::string_view(buffer, *written) == expected);

  char through_iterator[512];  // a pointer is an output iterator
  CHECK(allocations_in([&] {
          const auto end = swr::write_json(static_cast<char*>(through_iterator), body);
          size = end ? static_cast<std::size_t>(*end - through_iterator) : 0;
        }) == 0);
  CHECK(std::string_view(through_iterator, size) == expected);

  // An invalid body is refused without allocating either.
  CHECK(allocations_in([&] { written = swr::write_json(buffer, sizeof buffer, {"Bad name", true}); }) == 0);
  CHECK_FALSE(written);
}

TEST_CASE("tags, digests and image references: checked, parsed and built without allocating") {
  const std::string digest = "sha256:" + std::string(64, 'a');
  const std::string long_path = "example.com/" + std::string(200, 'a') + "/b:v1@" + digest;
  const std::string swr_reference = "swr.cn-north-4.myhuaweicloud.com/my-org/team/app:v1.2";
  for (const std::string_view text :
       {std::string_view("v1.2"), std::string_view(".bad"), std::string_view(digest), std::string_view(long_path),
        std::string_view(swr_reference), std::string_view("Bad/Path//x"), std::string_view("swr.mars-1.x/a/b")}) {
    const std::size_t count = allocations_in([text] {
      volatile std::size_t sink = swr::check_tag(text).position + swr::check_tag_prefix(text).position +
                                  swr::check_digest(text).position + swr::parse_image_reference(text).has_value() +
                                  swr::parse_swr_image_reference(text).has_value();
      static_cast<void>(sink);
    });
    CHECK_MESSAGE(count == 0, "\"" << text << "\"");
  }
  const std::size_t built = allocations_in([&digest] {
    volatile std::size_t sink = swr::to_image_reference("cn-north-4", "my-org", "team/app", "v1")->size +
                                swr::to_image_reference_with_digest("eu-west-101", "o", "r", digest)->size +
                                swr::registry_host("cn-north-4")->size();
    static_cast<void>(sink);
  });
  CHECK(built == 0);
}

TEST_CASE("parsing a body allocates only the strings it returns") {
  const std::string long_description(100, 'd');
  const std::string with_both = R"({"repository":")" + std::string(long_repository) +
                                R"(","is_public":true,"category":"linux","description":")" + long_description + R"("})";
  const std::string escaped = R"({"repository":"team$app-with-a-long-enough-name","is_public":false,)"
                              R"("description":"tab\tquote\" and \u00e9, long enough to be allocated"})";
  const std::string short_strings = R"({"repository":"app","is_public":false,"description":"short"})";
  const std::string invalid = R"({"repository":"Bad","is_public":false})";

  swr::result<swr::create_repo_body, swr::error> parsed = swr::parse_create_repo_body(short_strings);
  CHECK(allocations_in([&] { parsed = swr::parse_create_repo_body(with_both); }) == 2);
  REQUIRE(parsed);
  CHECK(parsed->repository == long_repository);
  CHECK(parsed->description == long_description);
  CHECK(allocations_in([&] { parsed = swr::parse_create_repo_body(escaped); }) == 2);
  REQUIRE(parsed);
  CHECK(parsed->repository == "team/app-with-a-long-enough-name");
  CHECK(allocations_in([&] { parsed = swr::parse_create_repo_body(short_strings); }) == 0);
  REQUIRE(parsed);
  CHECK(parsed->repository == "app");
  CHECK(allocations_in([&] { parsed = swr::parse_create_repo_body(invalid); }) == 0);
  CHECK_FALSE(parsed);
}
