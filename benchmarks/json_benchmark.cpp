// The create-repository body as JSON: swrkit against what users would use otherwise, on the same 1000 bodies,
// in one run.
// - Writing, from a swr::create_repo_body_view to a fresh std::string a body: swr::to_json (validates, then
//   writes) against a hand-written append loop, fmt::format over pre-escaped strings and nlohmann's ordered_json
//   built and dumped (none of which validates); and swr::write_json into a reused buffer, no string at all.
// - Reading into a swr::create_repo_body: swr::parse_create_repo_body (strict RFC 8259, UTF-8, duplicates, names,
//   description length) against simdjson on-demand (which checks only what it reads), simdjson's DOM parser and
//   nlohmann::json::parse, each followed by reading the four members.
// - Signing: swr::sign of the create-repository request that carries each document (AK/SK, SDK-HMAC-SHA256),
//   against the nlohmann build-and-dump of its body: signing should cost less than that.
// Before timing, every writer must give the bytes of swr::to_json, every reader the body, and every signature
// verify. After the run (console output only), a table: swrkit's time a body against each peer's.
#include <benchmark/benchmark.h>
#include <fmt/format.h>
#include <simdjson.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "body_generator.hpp"
#include "rate_table.hpp"
#include "swr/body_parser.hpp"
#include "swr/escape.hpp"
#include "swr/json_writer.hpp"
#include "swr/signing.hpp"
#include "swr/utf8.hpp"

namespace {

// ---- The corpus: 1000 bodies as clients send them, reproducibly.

class corpus_generator {
 public:
  explicit corpus_generator(std::uint32_t seed) : names_(seed) {}

  // Category 2 times in 3; a description 7 times in 8, of 0 to 200 code points, 2 in 5 of them dense in what
  // JSON escapes and in multi-byte UTF-8, the others plain text.
  swr::create_repo_body body() {
    swr::create_repo_body b;
    b.repository = names_.repository();
    b.is_public = pick(2) == 1;
    if (pick(3) != 0) b.category = swr::all_categories[pick(swr::category_count)];
    if (pick(8) != 0) {
      const std::size_t code_points = pick(201);
      b.description = pick(5) < 2 ? dense_text(code_points) : plain_text(code_points);
    }
    return b;
  }

 private:
  std::size_t pick(std::size_t n) { return names_.pick(n); }

  // Lower-case words and single spaces, the common description.
  std::string plain_text(std::size_t code_points) {
    std::string text;
    while (text.size() < code_points) {
      if (!text.empty()) text += ' ';
      for (std::size_t letters = 1 + pick(10); letters > 0; --letters) text += static_cast<char>('a' + pick(26));
    }
    text.resize(code_points);
    return text;
  }

  // Quotes, backslashes and control bytes, 2-, 3- and 4-byte UTF-8 sequences, a little ASCII: what makes the
  // writers escape and the readers unescape and check UTF-8 at nearly every character.
  std::string dense_text(std::size_t code_points) {
    std::string text;
    for (std::size_t i = 0; i < code_points; ++i) {
      std::size_t cp = 0;
      switch (pick(8)) {
        case 0: cp = '"'; break;
        case 1: cp = '\\'; break;
        case 2: cp = pick(0x20); break;                          // \n, \t, ... and those written \u00xx
        case 3: cp = 0x80 + pick(0x800 - 0x80); break;           // 2 bytes: Latin, Greek, Cyrillic, ...
        case 4: cp = 0x800 + pick(0x10000 - 0x800); break;       // 3 bytes: CJK, ...
        case 5: cp = 0x10000 + pick(0x110000 - 0x10000); break;  // 4 bytes: emoji, ...
        default: cp = 0x20 + pick(0x5f); break;                  // printable ASCII
      }
      if (cp >= 0xD800 && cp <= 0xDFFF) cp -= 0x800;  // not a surrogate: still 3 bytes
      swr::encode_utf8(static_cast<char32_t>(cp), std::back_inserter(text));
    }
    return text;
  }

  swr_test::body_generator names_;  // its valid repository names, and its random numbers
};

const std::vector<swr::create_repo_body>& bodies() {
  static const std::vector<swr::create_repo_body> all = [] {
    corpus_generator generate(1127);
    std::vector<swr::create_repo_body> v;
    for (int i = 0; i < 1000; ++i) v.push_back(generate.body());
    return v;
  }();
  return all;
}

const std::vector<swr::create_repo_body_view>& views() {
  static const std::vector<swr::create_repo_body_view> all(bodies().begin(), bodies().end());
  return all;
}

const std::vector<std::string>& documents() {
  static const std::vector<std::string> all = [] {
    std::vector<std::string> v;
    for (const auto& b : views()) v.push_back(swr::to_json(b).value());
    return v;
  }();
  return all;
}

const std::vector<simdjson::padded_string>& padded_documents() {
  static const std::vector<simdjson::padded_string> all = [] {
    std::vector<simdjson::padded_string> v;
    for (const auto& d : documents()) v.emplace_back(d);
    return v;
  }();
  return all;
}

std::int64_t document_bytes() {
  std::int64_t n = 0;
  for (const auto& d : documents()) n += static_cast<std::int64_t>(d.size());
  return n;
}

// ---- The writers: a fresh std::string a body.

std::string by_to_json(const swr::create_repo_body_view& b) { return swr::to_json(b).value(); }

// A JSON string as swrkit writes it (json_writer.hpp), byte by byte as a user would; with `wire`, '/' as '$'.
void append_json_string(std::string& out, std::string_view text, bool wire = false) {
  constexpr char hex[] = "0123456789abcdef";
  out += '"';
  for (const char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '/': out += wire ? '$' : '/'; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += "\\u00";
          out += hex[static_cast<unsigned char>(c) >> 4];
          out += hex[c & 0x0F];
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

std::string by_hand_append(const swr::create_repo_body_view& b) {
  std::string out;
  out.reserve(64 + b.repository.size() + (b.description ? b.description->size() : 0));  // more if escaped
  out += "{\"repository\":";
  append_json_string(out, b.repository, true);
  out += b.is_public ? ",\"is_public\":true" : ",\"is_public\":false";
  if (b.category) {
    out += ",\"category\":";
    append_json_string(out, swr::to_string(*b.category));
  }
  if (b.description) {
    out += ",\"description\":";
    append_json_string(out, *b.description);
  }
  out += '}';
  return out;
}

std::string json_string(std::string_view text, bool wire = false) {
  std::string out;
  append_json_string(out, text, wire);
  return out;
}

// The document assembled by fmt::format from the escaped strings, the optional members formatted apart.
std::string by_fmt_format(const swr::create_repo_body_view& b) {
  const std::string category =
      b.category ? fmt::format(",\"category\":{}", json_string(swr::to_string(*b.category))) : std::string();
  const std::string description =
      b.description ? fmt::format(",\"description\":{}", json_string(*b.description)) : std::string();
  return fmt::format("{{\"repository\":{},\"is_public\":{}{}{}}}", json_string(b.repository, true), b.is_public,
                     category, description);
}

// ordered_json: the documented member order, as swrkit writes it.
nlohmann::ordered_json nlohmann_body(const swr::create_repo_body_view& b) {
  nlohmann::ordered_json j = {{"repository", swr::escape_repository(b.repository)}, {"is_public", b.is_public}};
  if (b.category) j["category"] = swr::to_string(*b.category);
  if (b.description) j["description"] = *b.description;
  return j;
}

std::string by_nlohmann_dump(const swr::create_repo_body_view& b) { return nlohmann_body(b).dump(); }

// ---- The readers: a document's body, in the model's terms.

swr::create_repo_body from_nlohmann(const std::string& doc) {
  const nlohmann::json j = nlohmann::json::parse(doc);
  swr::create_repo_body b;
  b.repository = swr::unescape_repository(j.at("repository").get<std::string>());
  b.is_public = j.at("is_public").get<bool>();
  if (const auto c = j.find("category"); c != j.end()) b.category = swr::parse_category(c->get<std::string>());
  if (const auto d = j.find("description"); d != j.end()) b.description = d->get<std::string>();
  return b;
}

// The members looked up in document order, as on-demand reads best; the optional ones may be missing.
swr::create_repo_body from_simdjson_ondemand(simdjson::ondemand::parser& parser, const simdjson::padded_string& doc) {
  simdjson::ondemand::document document = parser.iterate(doc);
  simdjson::ondemand::object root = document.get_object();
  swr::create_repo_body b;
  b.repository = swr::unescape_repository(std::string_view(root["repository"]));
  b.is_public = bool(root["is_public"]);
  std::string_view text;
  if (root["category"].get_string().get(text) == simdjson::SUCCESS) b.category = swr::parse_category(text);
  if (root["description"].get_string().get(text) == simdjson::SUCCESS) b.description = std::string(text);
  return b;
}

swr::create_repo_body from_simdjson_dom(simdjson::dom::parser& parser, const simdjson::padded_string& doc) {
  const simdjson::dom::element root = parser.parse(doc);
  swr::create_repo_body b;
  b.repository = swr::unescape_repository(std::string_view(root["repository"]));
  b.is_public = bool(root["is_public"]);
  std::string_view text;
  if (root["category"].get(text) == simdjson::SUCCESS) b.category = swr::parse_category(text);
  if (root["description"].get(text) == simdjson::SUCCESS) b.description = std::string(text);
  return b;
}

// ---- Signing

const swr::access_key signing_key{"QTWAOYTTINDUT2QVKYUC", "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"};
constexpr std::string_view signing_date = "20240102T030405Z";

// The create-repository request of each document, as the signer takes it.
const std::vector<swr::signing_input>& signing_inputs() {
  static const std::vector<swr::signing_input> all = [] {
    std::vector<swr::signing_input> v;
    for (const auto& d : documents()) {
      v.push_back(
          {"POST",
           "/v2/manage/namespaces/my-org/repos",
           {},
           {{"Host", "swr-api.cn-north-4.myhuaweicloud.com"}, {"Content-Type", "application/json;charset=utf-8"}},
           d});
    }
    return v;
  }();
  return all;
}

bool signature_verifies(const swr::signing_input& in) {
  const auto s = swr::sign(in, signing_key, signing_date);
  if (!s) return false;
  std::vector<swr::http_header> headers = in.headers;
  headers.insert(headers.end(), s->headers.begin(), s->headers.end());
  const auto secret_for = [](std::string_view id) { return id == signing_key.id ? &signing_key.secret : nullptr; };
  const swr::received_request received{in.method, in.path, headers, in.body};
  return swr::verify_signature(
             received, secret_for,
             std::chrono::system_clock::time_point(std::chrono::seconds(*swr::parse_sdk_date(signing_date))))
      .ok();
}

// ---- Agreement

// Whether a description makes the writers escape or the readers decode multi-byte UTF-8.
bool dense(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte >= 0x80 || c == '"' || c == '\\';
  });
}

// Refuse to time writers, readers or signatures that do not compute the same thing.
void verify_agreement() {
  std::vector<char> buffer(1 << 16);
  simdjson::ondemand::parser ondemand;
  simdjson::dom::parser dom;
  std::size_t described = 0;
  std::size_t dense_descriptions = 0;
  for (std::size_t i = 0; i < documents().size(); ++i) {
    const std::string& expected = documents()[i];
    const swr::create_repo_body& body = bodies()[i];
    const swr::create_repo_body_view& view = views()[i];
    const auto written = swr::write_json(buffer.data(), buffer.size(), view);
    const auto parsed = swr::parse_create_repo_body(expected);
    const std::pair<const char*, bool> checks[] = {
        {"swr::write_json", written && std::string_view(buffer.data(), *written) == expected},
        {"the hand-written append", by_hand_append(view) == expected},
        {"fmt::format", by_fmt_format(view) == expected},
        {"nlohmann's dump", by_nlohmann_dump(view) == expected},
        {"swr::parse_create_repo_body", parsed && *parsed == body},
        {"simdjson on-demand", from_simdjson_ondemand(ondemand, padded_documents()[i]) == body},
        {"simdjson DOM", from_simdjson_dom(dom, padded_documents()[i]) == body},
        {"nlohmann's parse", from_nlohmann(expected) == body},
        {"swr::sign (the signature does not verify)", signature_verifies(signing_inputs()[i])},
    };
    for (const auto& [who, agrees] : checks) {
      if (agrees) continue;
      std::fprintf(stderr, "%s disagrees on document %zu: %s\n", who, i, expected.c_str());
      std::abort();
    }
    described += body.description ? 1 : 0;
    dense_descriptions += body.description && dense(*body.description) ? 1 : 0;
  }
  std::fprintf(stderr,
               "%zu documents (%lld bytes; %zu with a description, %zu of them with escapes or UTF-8): all writers "
               "and readers agree, every signature verifies. simdjson runs its %s kernel on-demand (chosen at "
               "compile time), its %s kernel in the DOM parser (chosen at run time)\n",
               documents().size(), static_cast<long long>(document_bytes()), described, dense_descriptions,
               simdjson::builtin_implementation()->name().c_str(),
               simdjson::get_active_implementation()->name().c_str());
}

// ---- The benchmarks

// Times `each(i)` over the corpus; an item is a body.
template <class Each>
void time_each(benchmark::State& state, Each each) {
  const std::size_t count = documents().size();
  for (auto _ : state) {
    for (std::size_t i = 0; i < count; ++i) benchmark::DoNotOptimize(each(i));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(count));
  state.SetBytesProcessed(state.iterations() * document_bytes());
}

template <std::string (*Write)(const swr::create_repo_body_view&)>
void write(benchmark::State& state) {
  const auto& all = views();
  time_each(state, [&](std::size_t i) { return Write(all[i]); });
}

// The document written into a buffer reused from body to body: what swrkit can do without allocating.
void write_swrkit_buffer(benchmark::State& state) {
  const auto& all = views();
  std::vector<char> buffer(1 << 16);
  time_each(state, [&](std::size_t i) { return swr::write_json(buffer.data(), buffer.size(), all[i]); });
}

void read_swrkit_parse(benchmark::State& state) {
  const auto& all = documents();
  time_each(state, [&](std::size_t i) { return swr::parse_create_repo_body(all[i]); });
}

void read_simdjson_ondemand(benchmark::State& state) {
  const auto& all = padded_documents();
  simdjson::ondemand::parser parser;
  time_each(state, [&](std::size_t i) { return from_simdjson_ondemand(parser, all[i]); });
}

void read_simdjson_dom(benchmark::State& state) {
  const auto& all = padded_documents();
  simdjson::dom::parser parser;
  time_each(state, [&](std::size_t i) { return from_simdjson_dom(parser, all[i]); });
}

void read_nlohmann_parse(benchmark::State& state) {
  const auto& all = documents();
  time_each(state, [&](std::size_t i) { return from_nlohmann(all[i]); });
}

void sign_swrkit(benchmark::State& state) {
  const auto& all = signing_inputs();
  time_each(state, [&](std::size_t i) { return swr::sign(all[i], signing_key, signing_date); });
}

// After the console output: swrkit's time a body against each peer's.
void print_tables(const swr_bench::rate_reporter& rates) {
  struct comparison {
    const char* what;
    const char* ours;
    const char* peer;
  };
  constexpr comparison rows[] = {
      {"write: swr::to_json vs hand-written append", "write/swrkit_to_json", "write/hand_append"},
      {"write: swr::to_json vs fmt::format", "write/swrkit_to_json", "write/fmt_format"},
      {"write: swr::to_json vs nlohmann build + dump", "write/swrkit_to_json", "write/nlohmann_dump"},
      {"write: swr::write_json, reused buffer, vs hand-written append", "write/swrkit_write_json_buffer",
       "write/hand_append"},
      {"read: swr::parse_create_repo_body vs simdjson on-demand", "read/swrkit_parse", "read/simdjson_ondemand"},
      {"read: swr::parse_create_repo_body vs simdjson DOM", "read/swrkit_parse", "read/simdjson_dom"},
      {"read: swr::parse_create_repo_body vs nlohmann parse", "read/swrkit_parse", "read/nlohmann_parse"},
      {"sign: swr::sign vs nlohmann build + dump", "sign/swrkit_sign", "write/nlohmann_dump"},
  };
  std::printf(
      "\n| %zu bodies | swrkit | peer | peer / swrkit | fastest runs: swrkit | peer | peer / swrkit |\n"
      "|---|---:|---:|---:|---:|---:|---:|\n",
      documents().size());
  using swr_bench::statistic;
  for (const comparison& row : rows) {
    const double ours = rates.ns_per_item(row.ours), peer = rates.ns_per_item(row.peer);
    const double ours_fastest = rates.ns_per_item(row.ours, statistic::fastest);
    const double peer_fastest = rates.ns_per_item(row.peer, statistic::fastest);
    if (ours <= 0 || peer <= 0) continue;  // filtered out
    std::printf("| %s | %.0f ns | %.0f ns | %.2fx | %.0f ns | %.0f ns | %.2fx |\n", row.what, ours, peer, peer / ours,
                ours_fastest, peer_fastest, peer_fastest / ours_fastest);
  }
  std::printf(
      "\nTimes are a body's, averaged over the corpus: the median of the repetitions, then the fastest of them "
      "(the\nnearest to the code's own cost on a shared machine, where other guests only add time); a ratio above "
      "1:\nswrkit takes less time.\n");
}

}  // namespace

BENCHMARK(write<by_to_json>)->Name("write/swrkit_to_json");
BENCHMARK(write_swrkit_buffer)->Name("write/swrkit_write_json_buffer");
BENCHMARK(write<by_hand_append>)->Name("write/hand_append");
BENCHMARK(write<by_fmt_format>)->Name("write/fmt_format");
BENCHMARK(write<by_nlohmann_dump>)->Name("write/nlohmann_dump");
BENCHMARK(read_swrkit_parse)->Name("read/swrkit_parse");
BENCHMARK(read_simdjson_ondemand)->Name("read/simdjson_ondemand");
BENCHMARK(read_simdjson_dom)->Name("read/simdjson_dom");
BENCHMARK(read_nlohmann_parse)->Name("read/nlohmann_parse");
BENCHMARK(sign_swrkit)->Name("sign/swrkit_sign");

int main(int argc, char** argv) {
  verify_agreement();
  return swr_bench::run_benchmarks(argc, argv, print_tables);
}
