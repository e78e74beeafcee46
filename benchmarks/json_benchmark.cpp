// The create-repository body as JSON: swrkit against what users would use otherwise, on the same
// documents, in one run.
// - Writing: swr::to_json (validates, then writes) and swr::write_json into a reused buffer, against
//   building an nlohmann::json object and dumping it (no validation).
// - Reading: swr::parse_create_repo_body (strict RFC 8259, UTF-8, duplicates, names, description length)
//   against nlohmann::json::parse and simdjson's DOM parser, each followed by reading the four members.
// - Signing: swr::sign of the create-repository request that carries each document (AK/SK, SDK-HMAC-SHA256),
//   against the same nlohmann build-and-dump of its body: signing should cost less than that.
// Before timing, every reader must extract the same values from every document, and every signature verify.
#include <benchmark/benchmark.h>
#include <simdjson.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "body_generator.hpp"
#include "swr/body_parser.hpp"
#include "swr/escape.hpp"
#include "swr/json_writer.hpp"
#include "swr/signing.hpp"

namespace {

const std::vector<swr::create_repo_body>& bodies() {
  static const std::vector<swr::create_repo_body> all = [] {
    swr_test::body_generator generate(1127);
    std::vector<swr::create_repo_body> v;
    for (int i = 0; i < 1000; ++i) v.push_back(generate.body());
    return v;
  }();
  return all;
}

const std::vector<std::string>& documents() {
  static const std::vector<std::string> all = [] {
    std::vector<std::string> v;
    for (const auto& b : bodies()) v.push_back(swr::to_json(b).value());
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

// ordered_json: the documented member order, as swrkit writes it.
nlohmann::ordered_json nlohmann_body(const swr::create_repo_body& b) {
  nlohmann::ordered_json j = {{"repository", swr::escape_repository(b.repository)}, {"is_public", b.is_public}};
  if (b.category) j["category"] = swr::to_string(*b.category);
  if (b.description) j["description"] = *b.description;
  return j;
}

// What the other readers extract, in the model's terms.
swr::create_repo_body from_nlohmann(const std::string& doc) {
  const nlohmann::json j = nlohmann::json::parse(doc);
  swr::create_repo_body b;
  b.repository = swr::unescape_repository(j.at("repository").get<std::string>());
  b.is_public = j.at("is_public").get<bool>();
  if (const auto c = j.find("category"); c != j.end()) b.category = swr::parse_category(c->get<std::string>());
  if (const auto d = j.find("description"); d != j.end()) b.description = d->get<std::string>();
  return b;
}

swr::create_repo_body from_simdjson(simdjson::dom::parser& parser, const simdjson::padded_string& doc) {
  const simdjson::dom::element root = parser.parse(doc);
  swr::create_repo_body b;
  b.repository = swr::unescape_repository(std::string_view(root["repository"]));
  b.is_public = bool(root["is_public"]);
  std::string_view text;
  if (root["category"].get(text) == simdjson::SUCCESS) b.category = swr::parse_category(text);
  if (root["description"].get(text) == simdjson::SUCCESS) b.description = std::string(text);
  return b;
}

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

void verify_agreement() {
  simdjson::dom::parser parser;
  for (std::size_t i = 0; i < documents().size(); ++i) {
    const auto ours = swr::parse_create_repo_body(documents()[i]);
    if (!ours || *ours != bodies()[i] || from_nlohmann(documents()[i]) != *ours ||
        from_simdjson(parser, padded_documents()[i]) != *ours || nlohmann_body(bodies()[i]).dump() != documents()[i] ||
        !signature_verifies(signing_inputs()[i])) {
      std::fprintf(stderr, "readers or writers disagree on document %zu\n", i);
      std::abort();
    }
  }
  std::fprintf(stderr, "%zu documents (%lld bytes); all readers and writers agree, every signature verifies\n",
               documents().size(), static_cast<long long>(document_bytes()));
}

void count(benchmark::State& state) {
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(documents().size()));
  state.SetBytesProcessed(state.iterations() * document_bytes());
}

void write_swrkit_to_json(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& b : bodies()) benchmark::DoNotOptimize(swr::to_json(b));
  }
  count(state);
}

void write_swrkit_buffer(benchmark::State& state) {
  std::vector<char> buffer(1 << 16);
  for (auto _ : state) {
    for (const auto& b : bodies()) benchmark::DoNotOptimize(swr::write_json(buffer.data(), buffer.size(), b));
  }
  count(state);
}

void write_nlohmann_dump(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& b : bodies()) benchmark::DoNotOptimize(nlohmann_body(b).dump());
  }
  count(state);
}

void sign_swrkit_create_repo(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& in : signing_inputs()) benchmark::DoNotOptimize(swr::sign(in, signing_key, signing_date));
  }
  count(state);
}

void read_swrkit_parse(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& d : documents()) benchmark::DoNotOptimize(swr::parse_create_repo_body(d));
  }
  count(state);
}

void read_nlohmann_parse(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& d : documents()) benchmark::DoNotOptimize(from_nlohmann(d));
  }
  count(state);
}

void read_simdjson_dom(benchmark::State& state) {
  simdjson::dom::parser parser;
  for (auto _ : state) {
    for (const auto& d : padded_documents()) benchmark::DoNotOptimize(from_simdjson(parser, d));
  }
  count(state);
}

}  // namespace

BENCHMARK(write_swrkit_to_json);
BENCHMARK(write_swrkit_buffer);
BENCHMARK(write_nlohmann_dump);
BENCHMARK(sign_swrkit_create_repo);
BENCHMARK(read_swrkit_parse);
BENCHMARK(read_nlohmann_parse);
BENCHMARK(read_simdjson_dom);

int main(int argc, char** argv) {
  verify_agreement();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
