// A reproducible generator of valid create-repository bodies for property tests: names built from the
// grammar of docs/names.md, every category or none, and descriptions full of what JSON must escape (quotes,
// backslashes, every control byte) and of multi-byte UTF-8 — up to a few hundred code points.
#ifndef SWR_TESTS_BODY_GENERATOR_HPP
#define SWR_TESTS_BODY_GENERATOR_HPP

#include <cstdint>
#include <random>
#include <string>

#include "swr/swr.hpp"

namespace swr_test {

class body_generator {
 public:
  explicit body_generator(std::uint32_t seed) : rng_(seed) {}

  std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }

  std::string repository() {
    static constexpr const char* separators[] = {".", "/", "_", "__", "-", "---"};
    std::string name;
    const std::size_t segments = 1 + pick(4);
    for (std::size_t s = 0; s < segments; ++s) {
      if (s > 0) name += separators[pick(std::size(separators))];
      const std::size_t length = 1 + pick(8);
      for (std::size_t i = 0; i < length; ++i) name += alnum[pick(sizeof alnum - 1)];
    }
    return name.size() <= swr::repository_max_length ? name : name.substr(0, 1);
  }

  std::string description() {
    std::string text;
    const std::size_t length = pick(4) == 0 ? 0 : pick(300);
    for (std::size_t i = 0; i < length; ++i) {
      switch (pick(8)) {
        case 0: text += static_cast<char>(pick(0x20)); break;  // a control byte
        case 1: text += pick(2) ? '"' : '\\'; break;
        case 2: text += '/'; break;
        case 3: {  // any scalar value but the surrogates
          char32_t cp = static_cast<char32_t>(0x80 + pick(0x10FFFF - 0x80 + 1));
          if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
          swr::encode_utf8(cp, std::back_inserter(text));
          break;
        }
        case 4: swr::encode_utf8(static_cast<char32_t>(0x80 + pick(0x780)), std::back_inserter(text)); break;
        case 5: text += '\x7f'; break;
        default: text += static_cast<char>(0x20 + pick(0x5f)); break;
      }
    }
    return text;
  }

  swr::create_repo_body body() {
    swr::create_repo_body b;
    b.repository = repository();
    b.is_public = pick(2) == 1;
    if (pick(3) != 0) b.category = swr::all_categories[pick(swr::category_count)];
    if (pick(3) != 0) b.description = description();
    return b;
  }

 private:
  static constexpr char alnum[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::mt19937 rng_;
};

}  // namespace swr_test

#endif  // SWR_TESTS_BODY_GENERATOR_HPP
