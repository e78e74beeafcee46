// libFuzzer target for tags, digests and image references (docs/references.md). The input is read as a reference,
// and, when its first byte is odd, also as what follows an SWR registry chosen by that byte (so that the
// organization and repository rules are reached). No crash, no sanitizer report, and:
// - every error points inside its text;
// - what parse_image_reference accepts is rebuilt byte for byte from its parts, which are views into the text;
// - the tag and digest checks agree with the reference parser on those parts, as docs/references.md cuts them (the
//   digest after the first '@', the tag after the first ':' after the name's last '/'): an accepted reference has a
//   valid tag and digest, a refused one whose problem is its tag or digest has exactly that part's diagnosis there,
//   and one refused for its digest has a valid tag;
// - what parse_swr_image_reference accepts, parse_image_reference accepts with the same parts, and
//   to_image_reference (with its tag) or to_image_reference_with_digest (with its digest and no tag) rebuilds
//   byte for byte;
// - check_tag, check_tag_prefix and is_valid_tag agree with each other on the input, as check_digest and
//   is_valid_digest do.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iterator>
#include <string>
#include <string_view>

#include "swr/reference.hpp"

namespace {
void require(bool condition) {
  if (!condition) std::abort();
}

constexpr std::size_t npos = std::string_view::npos;
using swr::error;
using swr::error_code;
using swr::field;

bool views_into(std::string_view text, std::string_view part) {
  return part.empty() || (part.data() >= text.data() && part.data() + part.size() <= text.data() + text.size());
}

// A part's diagnosis, moved to where the part starts.
error shifted(error e, std::size_t by) {
  e.position += by;
  return e;
}
error tag_error(std::string_view tag, std::size_t at) {
  const swr::name_check c = swr::check_tag(tag);
  return {static_cast<error_code>(c.error), field::tag, c.position + at};
}

void check_reference(std::string_view text) {
  const auto parsed = swr::parse_image_reference(text);
  // The tag and the digest where docs/references.md puts them.
  const std::size_t at = text.find('@');
  const std::string_view name_and_tag = text.substr(0, at);
  const std::size_t slash = name_and_tag.rfind('/');
  const std::size_t colon = name_and_tag.find(':', slash == npos ? 0 : slash + 1);
  const bool has_tag = colon != npos, has_digest = at != npos;
  const std::string_view tag = has_tag ? name_and_tag.substr(colon + 1) : std::string_view();
  const std::string_view digest = has_digest ? text.substr(at + 1) : std::string_view();

  if (parsed) {
    const swr::image_reference& r = *parsed;
    require(views_into(text, r.registry) && views_into(text, r.path) && views_into(text, r.tag) &&
            views_into(text, r.digest));
    std::string rebuilt;
    if (!r.registry.empty()) rebuilt.append(r.registry).append("/");
    rebuilt.append(r.path);
    if (!r.tag.empty()) rebuilt.append(":").append(r.tag);
    if (!r.digest.empty()) rebuilt.append("@").append(r.digest);
    require(rebuilt == text);
    require(r.tag == tag && r.digest == digest && !r.path.empty());
    require(!has_tag || swr::is_valid_tag(tag));
    require(!has_digest || swr::is_valid_digest(digest));
    return;
  }
  const error& e = parsed.error();
  require(e.position <= text.size());
  require(e.field == field::registry || e.field == field::image_path || e.field == field::tag ||
          e.field == field::digest);
  if (e.field == field::tag) require(has_tag && e == tag_error(tag, colon + 1));
  if (e.field == field::digest) {
    require(has_digest && e == shifted(swr::check_digest(digest), at + 1));
    require(!has_tag || swr::is_valid_tag(tag));  // the tag comes first
  }
}

void check_swr_reference(std::string_view text) {
  const auto parsed = swr::parse_swr_image_reference(text);
  if (!parsed) {
    const error& e = parsed.error();
    require(e.position <= text.size());
    require(e.field == field::registry || e.field == field::namespace_name || e.field == field::repository ||
            e.field == field::tag || e.field == field::digest);
    return;
  }
  const swr::swr_image_reference& r = *parsed;
  const auto general = swr::parse_image_reference(text);
  require(general.has_value());
  require(general->registry == r.registry && general->tag == r.tag && general->digest == r.digest);
  require(general->path == std::string(r.namespace_name) + "/" + std::string(r.repository));
  require(swr::registry_host(r.region).value() == r.registry);
  if (!r.digest.empty() && r.tag.empty()) {
    const auto built = swr::to_image_reference_with_digest(r.region, r.namespace_name, r.repository, r.digest);
    require(built.has_value() && built->view() == text);
    return;
  }
  // With a tag, or "latest" added to a reference that has none; a digest after a tag follows what is built.
  const std::string_view tag = r.tag.empty() ? std::string_view("latest") : r.tag;
  const auto built = swr::to_image_reference(r.region, r.namespace_name, r.repository, tag);
  require(built.has_value());
  std::string expected(text.substr(0, r.digest.empty() ? text.size() : text.size() - r.digest.size() - 1));
  if (r.tag.empty()) expected.append(":latest");
  require(built->view() == expected);
}

void check_tag_and_digest(std::string_view text) {
  const swr::name_check full = swr::check_tag(text);
  const swr::name_check prefix = swr::check_tag_prefix(text);
  require(full.ok() == swr::is_valid_tag(text));
  require(full.position <= text.size() && prefix.position <= text.size());
  // Within 128 bytes a tag differs from a prefix only by being empty; beyond, both are too long.
  require(full == (text.empty() ? swr::name_check{swr::name_error::empty, 0} : prefix));

  const error digest = swr::check_digest(text);
  require(digest.ok() == swr::is_valid_digest(text));
  require(digest.position <= text.size() && (digest.ok() || digest.field == field::digest));
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  check_reference(input);
  check_swr_reference(input);
  check_tag_and_digest(input);
  if (size > 0 && (data[0] & 1) != 0) {
    const swr::region& region = swr::regions[(data[0] >> 1) % std::size(swr::regions)];
    const std::string text = std::string(region.registry) + "/" + std::string(input.substr(1));
    check_reference(text);
    check_swr_reference(text);
  }
  return 0;
}
