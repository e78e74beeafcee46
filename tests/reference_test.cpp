// Tests for swr/reference.hpp against docs/references.md: tags, digests, image references by distribution/reference
// v0.6.0's grammar with Docker's registry rule, SWR references under swrkit's name rules, and building them.
// The differential test against the grammar's regular expressions is reference_grammar_test.cpp.
#include "swr/swr.hpp"

#include <cstddef>
#include <string>
#include <string_view>

#include "test_support.hpp"

using swr::error;
using swr::error_code;
using swr::field;
using swr::name_check;
using swr::name_error;

namespace {
constexpr name_check tag_at(name_error e, std::size_t position) { return {e, position}; }
constexpr error fault(error_code code, field f, std::size_t position) { return {code, f, position}; }

// The diagnosis of parse_image_reference: none when it parses.
constexpr error reference_error(std::string_view text) {
  const auto parsed = swr::parse_image_reference(text);
  return parsed ? error{} : parsed.error();
}
constexpr error swr_reference_error(std::string_view text) {
  const auto parsed = swr::parse_swr_image_reference(text);
  return parsed ? error{} : parsed.error();
}

const std::string sha256_hex(64, 'a');
const std::string sha384_hex(96, 'b');
const std::string sha512_hex(128, 'c');
}  // namespace

// In constant expressions, in C++17.
static_assert(swr::is_valid_tag("v1.2"));
static_assert(!swr::is_valid_tag(".hidden"));
static_assert(swr::is_valid_digest("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
static_assert(swr::parse_image_reference("swr.cn-north-4.myhuaweicloud.com/my-org/team/app:v1.2")->path ==
              "my-org/team/app");
static_assert(swr::parse_swr_image_reference("swr.cn-north-4.myhuaweicloud.com/my-org/team/app:v1.2")->region ==
              "cn-north-4");
static_assert(swr::to_image_reference("cn-north-4", "my-org", "team/app", "v1")->view() ==
              "swr.cn-north-4.myhuaweicloud.com/my-org/team/app:v1");
static_assert(*swr::registry_host("eu-west-101") == "swr.eu-west-101.myhuaweicloud.eu");

TEST_CASE("check_tag: distribution's rule, 1-128 of [A-Za-z0-9_.-], not starting with '.' or '-'") {
  for (const char* good : {"v1", "latest", "V1.2.3-rc.1", "_v1", "1", "a-b_c.d", "UPPER", "x..y", "x--"}) {
    CAPTURE(good);
    CHECK(swr::check_tag(good).ok());
  }
  CHECK(swr::check_tag("") == tag_at(name_error::empty, 0));
  CHECK(swr::check_tag(".v1") == tag_at(name_error::invalid_start, 0));
  CHECK(swr::check_tag("-v1") == tag_at(name_error::invalid_start, 0));
  CHECK(swr::check_tag("v1+build") == tag_at(name_error::invalid_character, 2));
  CHECK(swr::check_tag("v1:2") == tag_at(name_error::invalid_character, 2));
  CHECK(swr::check_tag("$v") == tag_at(name_error::invalid_character, 0));
  CHECK(swr::check_tag("v\xC3\xA9") == tag_at(name_error::invalid_character, 1));
  CHECK(swr::check_tag(std::string(128, 'a')).ok());
  CHECK(swr::check_tag(std::string(129, 'a')) == tag_at(name_error::too_long, 128));
  CHECK(swr::check_tag(std::string(129, '$')) == tag_at(name_error::too_long, 128));  // the length first
  // Every byte value in first and in later places.
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    const bool allowed =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
    CAPTURE(b);
    const name_check first = swr::check_tag(std::string(1, c) + "a");
    CHECK(first == (!allowed               ? tag_at(name_error::invalid_character, 0)
                    : c == '.' || c == '-' ? tag_at(name_error::invalid_start, 0)
                                           : name_check{}));
    CHECK(swr::check_tag(std::string("a") + c) == (allowed ? name_check{} : tag_at(name_error::invalid_character, 1)));
  }
}

TEST_CASE("check_tag_prefix: a text some completion makes a tag") {
  CHECK(swr::check_tag_prefix("").ok());
  CHECK(swr::check_tag_prefix("v1.").ok());
  CHECK(swr::check_tag_prefix("v1-").ok());
  CHECK(swr::check_tag_prefix(".") == tag_at(name_error::invalid_start, 0));
  CHECK(swr::check_tag_prefix("a b") == tag_at(name_error::invalid_character, 1));
  CHECK(swr::check_tag_prefix(std::string(128, 'a')).ok());
  CHECK(swr::check_tag_prefix(std::string(129, 'a')) == tag_at(name_error::too_long, 128));
}

TEST_CASE("tag_message: a sentence for each diagnosis a tag can have") {
  CHECK(swr::tag_message(name_error::too_long) == "A tag has at most 128 characters.");
  CHECK(swr::tag_message(name_error::invalid_start) == "A tag must start with a letter, a digit or '_'.");
  CHECK(swr::message(error{error_code::invalid_character, field::tag, 3}) ==
        swr::tag_message(name_error::invalid_character));
}

TEST_CASE("check_digest: the grammar, then the registered algorithms and their lengths") {
  CHECK(swr::check_digest("sha256:" + sha256_hex).ok());
  CHECK(swr::check_digest("sha384:" + sha384_hex).ok());
  CHECK(swr::check_digest("sha512:" + sha512_hex).ok());
  const auto at = [](error_code code, std::size_t position) { return fault(code, field::digest, position); };
  CHECK(swr::check_digest("") == at(error_code::empty, 0));
  CHECK(swr::check_digest("sha256") == at(error_code::incomplete, 6));
  CHECK(swr::check_digest("sha256:") == at(error_code::incomplete, 7));
  CHECK(swr::check_digest(":" + sha256_hex) == at(error_code::invalid_start, 0));
  CHECK(swr::check_digest("1sha:" + sha256_hex) == at(error_code::invalid_start, 0));
  CHECK(swr::check_digest("sha+1:" + sha256_hex) == at(error_code::invalid_start, 4));
  CHECK(swr::check_digest("sha++x:" + sha256_hex) == at(error_code::adjacent_separators, 4));
  CHECK(swr::check_digest("+sha:" + sha256_hex) == at(error_code::invalid_start, 0));
  CHECK(swr::check_digest("sha256+:" + sha256_hex) == at(error_code::invalid_end, 6));
  CHECK(swr::check_digest("sha 256:" + sha256_hex) == at(error_code::invalid_character, 3));
  CHECK(swr::check_digest("sha256:" + sha256_hex.substr(0, 10) + "g" + sha256_hex.substr(11)) ==
        at(error_code::invalid_character, 17));
  CHECK(swr::check_digest("sha256:" + std::string(31, 'a')) == at(error_code::invalid_length, 38));
  // Other algorithms of the grammar: unsupported, wherever their length.
  CHECK(swr::check_digest("md5:" + std::string(32, 'a')) == at(error_code::unsupported_algorithm, 0));
  CHECK(swr::check_digest("multihash+base58:" + std::string(40, 'a')) == at(error_code::unsupported_algorithm, 0));
  CHECK(swr::check_digest("SHA256:" + sha256_hex) == at(error_code::unsupported_algorithm, 0));
  // A registered algorithm with another length: at the end when too short, at the first digit too many.
  CHECK(swr::check_digest("sha256:" + std::string(34, 'a')) == at(error_code::invalid_length, 41));
  CHECK(swr::check_digest("sha256:" + std::string(65, 'a')) == at(error_code::invalid_length, 71));
  CHECK(swr::check_digest("sha512:" + sha256_hex) == at(error_code::invalid_length, 71));
  // Uppercase hex: the grammar's, not the registered algorithms'.
  CHECK(swr::check_digest("sha256:" + std::string(63, 'a') + "A") == at(error_code::invalid_character, 70));
}

TEST_CASE("parse_image_reference: the parts, Docker's registry rule and the 255-byte path") {
  const auto parts = [](std::string_view text) {
    const auto r = swr::parse_image_reference(text);
    REQUIRE(r);
    return std::string(r->registry) + "|" + std::string(r->path) + "|" + std::string(r->tag) + "|" +
           std::string(r->digest);
  };
  CHECK(parts("app") == "|app||");
  CHECK(parts("app:v1") == "|app|v1|");
  CHECK(parts("team/app") == "|team/app||");  // "team" has no '.' or ':': a path component
  CHECK(parts("localhost/app") == "localhost|app||");
  CHECK(parts("localhost:5000/app:v1") == "localhost:5000|app|v1|");
  CHECK(parts("localhost:5000") == "|localhost|5000|");  // one component: a name and a tag
  CHECK(parts("example.com/a/b/c") == "example.com|a/b/c||");
  CHECK(parts("Uppercase/lowercase:tag") == "Uppercase|lowercase|tag|");  // an uppercase component is a registry
  CHECK(parts("[2001:db8::1]:5000/app@sha256:" + sha256_hex) == "[2001:db8::1]:5000|app||sha256:" + sha256_hex);
  CHECK(parts("swr.cn-north-4.myhuaweicloud.com/my-org/team/app:v1.2@sha256:" + sha256_hex) ==
        "swr.cn-north-4.myhuaweicloud.com|my-org/team/app|v1.2|sha256:" + sha256_hex);
  CHECK(parts("a--b/c__d.e_f-g") == "|a--b/c__d.e_f-g||");           // every separator; runs of '-'
  CHECK(parts("foo/foo_bar.com:8080") == "|foo/foo_bar.com|8080|");  // "foo" is no registry: 8080 is a tag
  CHECK(parts("b.gcr.io/test.example.com/my-app:test.example.com") ==
        "b.gcr.io|test.example.com/my-app|test.example.com|");
  CHECK(parts("xn--n3h.com/myimage:xn--n3h.com") == "xn--n3h.com|myimage|xn--n3h.com|");
  CHECK(parts("lowercase:Uppercase") == "|lowercase|Uppercase|");  // uppercase is fine in a tag
  // The path's 255 bytes do not count the registry.
  CHECK(parts("example.com/" + std::string(255, 'a') + ":tag") == "example.com|" + std::string(255, 'a') + "|tag|");
  std::string many;
  for (int i = 0; i < 127; ++i) many += "a/";
  CHECK(parts(many + "a:tag-puts-this-over-max") == "|" + many + "a|tag-puts-this-over-max|");
}

TEST_CASE("parse_image_reference: each part's diagnosis, at its byte in the whole text") {
  const auto at = fault;
  CHECK(reference_error("") == at(error_code::empty, field::image_path, 0));
  CHECK(reference_error(":justtag") == at(error_code::empty, field::image_path, 0));
  CHECK(reference_error("@sha256:" + sha256_hex) == at(error_code::empty, field::image_path, 0));
  CHECK(reference_error("Uppercase:tag") == at(error_code::invalid_character, field::image_path, 0));
  CHECK(reference_error("test:5000/Uppercase/lowercase:tag") ==
        at(error_code::invalid_character, field::image_path, 10));
  CHECK(reference_error("aa/asdf$$^/aa") == at(error_code::invalid_character, field::image_path, 7));
  CHECK(reference_error("a___b") == at(error_code::too_many_underscores, field::image_path, 3));
  CHECK(reference_error("a._b") == at(error_code::adjacent_separators, field::image_path, 2));
  CHECK(reference_error("a//b") == at(error_code::adjacent_separators, field::image_path, 2));
  CHECK(reference_error("-a") == at(error_code::invalid_start, field::image_path, 0));
  CHECK(reference_error("a-") == at(error_code::invalid_end, field::image_path, 1));
  CHECK(reference_error("example.com/a/") == at(error_code::invalid_end, field::image_path, 13));
  CHECK(reference_error("example.com/") == at(error_code::empty, field::image_path, 12));
  CHECK(reference_error("example.com/" + std::string(256, 'a')) == at(error_code::too_long, field::image_path, 267));
  std::string many;
  for (int i = 0; i < 128; ++i) many += "a/";
  CHECK(reference_error(many + "a:tag") == at(error_code::too_long, field::image_path, 255));
  // The registry: DNS components with inner '-', or [IPv6], then an optional port of digits.
  CHECK(reference_error("-example.com/app") == at(error_code::invalid_host, field::registry, 0));
  CHECK(reference_error("example-.com/app") == at(error_code::invalid_host, field::registry, 7));
  CHECK(reference_error("example..com/app") == at(error_code::invalid_host, field::registry, 8));
  CHECK(reference_error("exa_mple.com/app") == at(error_code::invalid_host, field::registry, 3));
  CHECK(reference_error("example.com:/app") == at(error_code::invalid_host, field::registry, 12));
  CHECK(reference_error("example.com:50a0/app") == at(error_code::invalid_host, field::registry, 14));
  CHECK(reference_error("[fe80::1%eth0]:5000/repo") == at(error_code::invalid_host, field::registry, 8));
  CHECK(reference_error("[]:5000/repo") == at(error_code::invalid_host, field::registry, 1));
  CHECK(reference_error("[]/repo") == at(error_code::invalid_character, field::image_path, 0));  // no registry
  CHECK(reference_error("example.com./app") == at(error_code::invalid_host, field::registry, 11));
  CHECK(reference_error(".example.com/app") == at(error_code::invalid_host, field::registry, 0));
  // The tag and the digest, after the path.
  CHECK(reference_error("app:") == at(error_code::empty, field::tag, 4));
  CHECK(reference_error("app:.v1") == at(error_code::invalid_start, field::tag, 4));
  CHECK(reference_error("app:v1:v2") == at(error_code::invalid_character, field::tag, 6));
  CHECK(reference_error("app:" + std::string(129, 'a')) == at(error_code::too_long, field::tag, 132));
  CHECK(reference_error("app@") == at(error_code::empty, field::digest, 4));
  CHECK(reference_error("repo@sha256:" + std::string(34, 'f')) == at(error_code::invalid_length, field::digest, 46));
  CHECK(reference_error("validname@invaliddigest:" + sha256_hex) ==
        at(error_code::unsupported_algorithm, field::digest, 10));
  CHECK(reference_error("app:v1@sha256:" + sha256_hex + "@x") == at(error_code::invalid_character, field::digest, 78));
  // Left to right: a bad path is reported before a bad tag.
  CHECK(reference_error("A:.x") == at(error_code::invalid_character, field::image_path, 0));
}

TEST_CASE("parse_swr_image_reference: the registry of a region, an organization and a repository") {
  const std::string text = "swr.eu-west-101.myhuaweicloud.eu/my-org/team/app:v1@sha256:" + sha256_hex;
  const auto r = swr::parse_swr_image_reference(text);  // views into `text`
  REQUIRE(r);
  CHECK(r->registry == "swr.eu-west-101.myhuaweicloud.eu");
  CHECK(r->region == "eu-west-101");
  CHECK(r->namespace_name == "my-org");
  CHECK(r->repository == "team/app");
  CHECK(r->tag == "v1");
  CHECK(r->digest == "sha256:" + sha256_hex);
  for (const swr::region& region : swr::regions) {
    CAPTURE(region.id);
    const std::string one = std::string(region.registry) + "/org/app";
    const auto parsed = swr::parse_swr_image_reference(one);
    REQUIRE(parsed);
    CHECK(parsed->region == region.id);
    CHECK(parsed->tag.empty());
  }
}

TEST_CASE("parse_swr_image_reference: each diagnosis, the name checks' own moved into the text") {
  const std::string registry = "swr.cn-north-4.myhuaweicloud.com/";  // 33 bytes
  const auto at = fault;
  CHECK(swr_reference_error("my-org/app") == at(error_code::unknown_registry, field::registry, 0));
  CHECK(swr_reference_error("docker.io/my-org/app") == at(error_code::unknown_registry, field::registry, 0));
  CHECK(swr_reference_error("swr.mars-1.myhuaweicloud.com/org/app") ==
        at(error_code::unknown_registry, field::registry, 4));
  CHECK(swr_reference_error("swr.cn-north-7.myhuaweicloud.com/org/app") ==
        at(error_code::unknown_registry, field::registry, 13));
  CHECK(swr_reference_error("swr.cn-north-4.myhuaweicloud.com:443/org/app") ==
        at(error_code::unknown_registry, field::registry, 32));
  CHECK(swr_reference_error("swr.eu-west-101.myhuaweicloud.com/org/app") ==
        at(error_code::unknown_registry, field::registry, 30));
  CHECK(swr_reference_error("swr.cn-north-4.myhuaweicloud.com") ==
        at(error_code::unknown_registry, field::registry, 32));
  CHECK(swr_reference_error(registry + "1org/app") == at(error_code::invalid_start, field::namespace_name, 33));
  CHECK(swr_reference_error(registry + "library/app") == at(error_code::reserved, field::namespace_name, 33));
  CHECK(swr_reference_error(registry + std::string(65, 'a') + "/app") ==
        at(error_code::too_long, field::namespace_name, 33 + 64));
  CHECK(swr_reference_error(registry + "My-org/app") == at(error_code::invalid_character, field::namespace_name, 33));
  CHECK(swr_reference_error(registry + "my-org") == at(error_code::empty, field::repository, 39));
  CHECK(swr_reference_error(registry + "my-org/") == at(error_code::empty, field::repository, 40));
  CHECK(swr_reference_error(registry + "my-org:v1") == at(error_code::empty, field::repository, 39));
  CHECK(swr_reference_error(registry + "my-org/team//app") ==
        at(error_code::adjacent_separators, field::repository, 45));
  CHECK(swr_reference_error(registry + "my-org/" + std::string(129, 'a')) ==
        at(error_code::too_long, field::repository, 40 + 128));
  CHECK(swr_reference_error(registry + "my-org/app:-v1") == at(error_code::invalid_start, field::tag, 44));
  CHECK(swr_reference_error(registry + "my-org/app@md5:" + std::string(32, 'a')) ==
        at(error_code::unsupported_algorithm, field::digest, 44));
  // Messages say what is wrong without quoting the text.
  CHECK(swr::message(at(error_code::unknown_registry, field::registry, 0)).find("swr.<region>") !=
        std::string_view::npos);
}

TEST_CASE("registry_host and to_image_reference: every part checked, then the reference to push to") {
  CHECK(*swr::registry_host("cn-north-4") == "swr.cn-north-4.myhuaweicloud.com");
  CHECK(swr::registry_host("mars-1").error() == fault(error_code::unknown_region, field::region, 0));
  const auto pushed = swr::to_image_reference("ap-southeast-3", "my-org", "team/app", "v1.2");
  REQUIRE(pushed);
  CHECK(pushed->view() == "swr.ap-southeast-3.myhuaweicloud.com/my-org/team/app:v1.2");
  CHECK(std::string_view(pushed->text) == pushed->view());  // NUL-terminated
  // What is built parses back into its parts.
  const auto parsed = swr::parse_swr_image_reference(pushed->view());
  REQUIRE(parsed);
  CHECK(parsed->region == "ap-southeast-3");
  CHECK(parsed->repository == "team/app");
  const auto by_digest = swr::to_image_reference_with_digest("cn-north-4", "my-org", "app", "sha256:" + sha256_hex);
  REQUIRE(by_digest);
  CHECK(by_digest->view() == "swr.cn-north-4.myhuaweicloud.com/my-org/app@sha256:" + sha256_hex);
  // Each part's problem, in the order region, organization, repository, tag or digest, positions in the part.
  CHECK(swr::to_image_reference("mars-1", "1org", "", "").error() ==
        fault(error_code::unknown_region, field::region, 0));
  CHECK(swr::to_image_reference("cn-north-4", "1org", "", "").error() ==
        fault(error_code::invalid_start, field::namespace_name, 0));
  CHECK(swr::to_image_reference("cn-north-4", "org", "a//b", "").error() ==
        fault(error_code::adjacent_separators, field::repository, 2));
  CHECK(swr::to_image_reference("cn-north-4", "org", "app", "v 1").error() ==
        fault(error_code::invalid_character, field::tag, 1));
  CHECK(swr::to_image_reference_with_digest("cn-north-4", "org", "app", "sha256:abc").error() ==
        fault(error_code::invalid_length, field::digest, 10));
  // The longest reference fits the buffer.
  const std::string longest_region = "ap-southeast-1";
  const auto longest = swr::to_image_reference_with_digest(longest_region, std::string(64, 'a'), std::string(128, 'b'),
                                                           "sha512:" + sha512_hex);
  REQUIRE(longest);
  CHECK(longest->size <= swr::image_reference_max_length);
  CHECK(longest->view().size() == 36 + 1 + 64 + 1 + 128 + 1 + 7 + 128);
}
