// The management API's list answers (issue 24): ListReposDetails and ListRepositoryTags, 1,000 items each, read
// into the response structs (swr::list<swr::repository_summary>, swr::list<swr::listed_tag>) by swrkit's
// read_response against simdjson on-demand and nlohmann::json filling the same structs, in one run.
// - The documents are generated reproducibly as SWR answers them: every member present, in SWR's order; names,
//   paths, digests, times, tag arrays; a tag's manifest is the image's manifest as a JSON string (pretty-printed
//   as registries store it, so full of \" and \n), and "deleted" is null.
// - swrkit: swr::read_response<Request>(document), strict (RFC 8259, UTF-8, duplicates, exact integers, unknown
//   members skipped).
// - simdjson on-demand: the members looked up by name in document order (operator[]: found at once when in order),
//   which checks what it reads and the document's UTF-8.
// - nlohmann: json::parse, then each item's members moved out of the DOM (no string copied twice); and its SAX
//   interface filling the structs directly, with no DOM. The tables compare swrkit with the faster of the two.
// Before timing, every engine must fill structs identical to the generated ones (compared as the JSON
// swr::to_response_json writes of them). After the run (console output only), a table: a document's time and an
// item's for each engine, and the ratios.
#include <benchmark/benchmark.h>
#include <simdjson.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rate_table.hpp"
#include "swr/management.hpp"

namespace {

constexpr std::size_t item_count = 1000;

// ---- The corpus: one answer of each list, as SWR writes it, reproducibly.

class corpus_generator {
 public:
  explicit corpus_generator(std::uint32_t seed) : rng_(seed) {}

  swr::repository_summary repository(std::size_t total) {
    swr::repository_summary r;
    const std::string ns = organization();
    r.name = repository_name();
    r.category = std::string(swr::to_string(swr::all_categories[pick(swr::category_count)]));
    r.description = description();
    r.size = static_cast<std::int64_t>(pick(2'000'000'000));
    r.is_public = pick(4) == 0;
    r.num_images = static_cast<std::int64_t>(1 + pick(60));
    r.num_download = static_cast<std::int64_t>(pick(4) == 0 ? pick(1'000'000) : pick(500));
    r.created_at = time();
    r.updated_at = time();
    r.path = std::string(registry) + "/" + ns + "/" + r.name;
    r.internal_path = std::string(internal_registry) + "/" + ns + "/" + r.name;
    r.domain_name = "paas_swr_" + hex(6);
    r.namespace_name = ns;
    for (std::size_t n = 1 + pick(8); n > 0; --n) r.tags.push_back(tag());
    r.status = pick(10) == 0;
    r.total_range = static_cast<std::int64_t>(total);
    return r;
  }

  swr::listed_tag image_tag(std::size_t index) {
    swr::listed_tag t;
    t.id = static_cast<std::int64_t>(2'000'000 + 37 * index);
    t.repo_id = 81'293;
    t.tag = tag();
    t.tag_type = pick(10) == 0 ? 1 : 0;
    t.manifest = manifest(t.tag_type == 1);
    t.digest = "sha256:" + hex(64);
    t.image_id = hex(64);
    t.schema = 2;
    t.path = std::string(registry) + "/my-org/team/app:" + t.tag;
    t.internal_path = std::string(internal_registry) + "/my-org/team/app:" + t.tag;
    t.size = static_cast<std::int64_t>(1'000'000 + pick(900'000'000));
    t.is_trusted = false;
    t.created = time();
    t.updated = time();
    t.domain_id = hex(32);
    t.scanned = pick(3) != 0;
    return t;
  }

 private:
  static constexpr std::string_view registry = "swr.cn-north-4.myhuaweicloud.com";
  static constexpr std::string_view internal_registry = "10.125.0.198:20202";

  std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }
  template <std::size_t N>
  const char* one_of(const char* const (&words)[N]) {
    return words[pick(N)];
  }

  std::string hex(std::size_t digits) {
    std::string s;
    for (std::size_t i = 0; i < digits; ++i) s += "0123456789abcdef"[pick(16)];
    return s;
  }

  std::string organization() {
    static constexpr const char* orgs[] = {"my-org", "platform", "cloud-native", "data_team", "ai-lab"};
    return one_of(orgs);
  }

  std::string repository_name() {
    static constexpr const char* teams[] = {"", "", "web/", "infra/", "ml/", "payments/", "search/"};
    static constexpr const char* apps[] = {
        "api",    "frontend", "worker", "gateway", "scheduler", "db-migrate",     "auth",    "cache",
        "ingest", "notifier", "nginx",  "redis",   "busybox",   "spark-operator", "jupyter", "etl_pipeline"};
    std::string name = std::string(one_of(teams)) + one_of(apps);
    if (pick(3) == 0) name += "-" + std::to_string(1 + pick(20));
    return name;
  }

  // Versions, builds and moving tags, as teams name them.
  std::string tag() {
    switch (pick(5)) {
      case 0: return "latest";
      case 1: return "v" + std::to_string(pick(4)) + "." + std::to_string(pick(20)) + "." + std::to_string(pick(30));
      case 2:
        return std::to_string(2023 + pick(3)) + "." + std::to_string(1 + pick(12)) + "." +
               std::to_string(1 + pick(28)) + "-" + hex(7);
      case 3: return "build-" + std::to_string(1000 + pick(9000));
      default: return std::to_string(pick(10)) + "." + std::to_string(pick(10)) + "-alpine";
    }
  }

  // As SWR writes times: UTC, to the second.
  std::string time() {
    char text[32];
    std::snprintf(text, sizeof text, "%04zu-%02zu-%02zuT%02zu:%02zu:%02zuZ", 2021 + pick(4), 1 + pick(12), 1 + pick(28),
                  pick(24), pick(60), pick(60));
    return text;
  }

  // Empty a third of the time; else a sentence or two, 1 in 8 of them in Chinese, 1 in 16 on two lines.
  std::string description() {
    static constexpr const char* words[] = {"service", "for",  "the",  "internal", "API",  "image",   "built",
                                            "nightly", "from", "main", "team",     "base", "runtime", "with",
                                            "Python",  "3.11", "and",  "CUDA",     "web",  "front",   "end"};
    static constexpr const char* chinese[] = {"前端服务镜像", "数据处理任务", "内部接口网关", "基础运行环境"};
    if (pick(3) == 0) return {};
    if (pick(8) == 0) return one_of(chinese) + std::string("，") + one_of(chinese);
    std::string text;
    for (std::size_t n = 3 + pick(12); n > 0; --n) {
      if (!text.empty()) text += ' ';
      text += one_of(words);
    }
    if (pick(16) == 0) text += ".\nMaintained by the platform team.";
    return text;
  }

  // An image manifest (or, for a manifest list, an index) as a registry stores it: indented by three spaces.
  std::string manifest(bool list) {
    std::string m = "{\n   \"schemaVersion\": 2,\n   \"mediaType\": \"application/vnd.docker.distribution.manifest.";
    if (list) {
      m += "list.v2+json\",\n   \"manifests\": [";
      for (std::size_t i = 0, n = 2 + pick(2); i < n; ++i) {
        m += i == 0 ? "\n" : ",\n";
        m += "      {\n         \"mediaType\": \"application/vnd.docker.distribution.manifest.v2+json\",\n"
             "         \"size\": " +
             std::to_string(500 + pick(1000)) + ",\n         \"digest\": \"sha256:" + hex(64) +
             "\",\n         \"platform\": {\n            \"architecture\": \"" + (i == 0 ? "amd64" : "arm64") +
             "\",\n            \"os\": \"linux\"\n         }\n      }";
      }
      return m + "\n   ]\n}";
    }
    m += "v2+json\",\n   \"config\": {\n      \"mediaType\": \"application/vnd.docker.container.image.v1+json\",\n"
         "      \"size\": " +
         std::to_string(1000 + pick(9000)) + ",\n      \"digest\": \"sha256:" + hex(64) + "\"\n   },\n   \"layers\": [";
    for (std::size_t i = 0, n = 1 + pick(6); i < n; ++i) {
      m += i == 0 ? "\n" : ",\n";
      m += "      {\n         \"mediaType\": \"application/vnd.docker.image.rootfs.diff.tar.gzip\",\n"
           "         \"size\": " +
           std::to_string(100 + pick(90'000'000)) + ",\n         \"digest\": \"sha256:" + hex(64) + "\"\n      }";
    }
    return m + "\n   ]\n}";
  }

  std::mt19937 rng_;
};

struct corpus {
  swr::list<swr::repository_summary> repos;
  swr::list<swr::listed_tag> tags;
  std::string repos_json;
  std::string tags_json;
  simdjson::padded_string repos_padded;
  simdjson::padded_string tags_padded;
};

const corpus& the_corpus() {
  static const corpus all = [] {
    corpus c;
    corpus_generator generate(2024);
    for (std::size_t i = 0; i < item_count; ++i) c.repos.items.push_back(generate.repository(item_count));
    for (std::size_t i = 0; i < item_count; ++i) c.tags.items.push_back(generate.image_tag(i));
    c.repos_json = swr::to_response_json(c.repos);
    // SWR writes a tag that exists with "deleted":null; to_response_json leaves an empty optional out. Inside the
    // manifest strings every quote is escaped, so the pattern only matches the members themselves.
    const std::string tags_json = swr::to_response_json(c.tags);
    const std::string_view member = R"(,"domain_id":)";
    for (std::size_t at = 0;;) {
      const std::size_t found = tags_json.find(member, at);
      c.tags_json.append(tags_json, at, found == std::string::npos ? std::string::npos : found - at);
      if (found == std::string::npos) break;
      c.tags_json.append(R"(,"deleted":null)").append(member);
      at = found + member.size();
    }
    c.repos_padded = simdjson::padded_string(c.repos_json);
    c.tags_padded = simdjson::padded_string(c.tags_json);
    return c;
  }();
  return all;
}

// ---- swrkit

swr::list<swr::repository_summary> repos_by_swrkit(const std::string& document) {
  return std::move(swr::read_response<swr::list_repos_request>(document).value());
}

swr::list<swr::listed_tag> tags_by_swrkit(const std::string& document) {
  return std::move(swr::read_response<swr::list_tags_request>(document).value());
}

// ---- simdjson on-demand: each member by name, in document order.

void string_member(simdjson::ondemand::object& o, std::string_view key, std::string& out) {
  const std::string_view text = o[key].get_string();
  out.assign(text);
}

swr::list<swr::repository_summary> repos_by_simdjson(simdjson::ondemand::parser& parser,
                                                     const simdjson::padded_string& document) {
  swr::list<swr::repository_summary> out;
  simdjson::ondemand::document doc = parser.iterate(document);
  for (simdjson::ondemand::object o : doc.get_array()) {
    swr::repository_summary& r = out.items.emplace_back();
    string_member(o, "name", r.name);
    string_member(o, "category", r.category);
    string_member(o, "description", r.description);
    r.size = o["size"].get_int64();
    r.is_public = o["is_public"].get_bool();
    r.num_images = o["num_images"].get_int64();
    r.num_download = o["num_download"].get_int64();
    string_member(o, "created_at", r.created_at);
    string_member(o, "updated_at", r.updated_at);
    string_member(o, "logo", r.logo);
    string_member(o, "url", r.url);
    string_member(o, "path", r.path);
    string_member(o, "internal_path", r.internal_path);
    string_member(o, "domain_name", r.domain_name);
    string_member(o, "namespace", r.namespace_name);
    for (std::string_view t : o["tags"].get_array()) r.tags.emplace_back(t);
    r.status = o["status"].get_bool();
    r.total_range = o["total_range"].get_int64();
  }
  return out;
}

swr::list<swr::listed_tag> tags_by_simdjson(simdjson::ondemand::parser& parser,
                                            const simdjson::padded_string& document) {
  swr::list<swr::listed_tag> out;
  simdjson::ondemand::document doc = parser.iterate(document);
  for (simdjson::ondemand::object o : doc.get_array()) {
    swr::listed_tag& t = out.items.emplace_back();
    t.id = o["id"].get_int64();
    t.repo_id = o["repo_id"].get_int64();
    string_member(o, "Tag", t.tag);
    string_member(o, "image_id", t.image_id);
    string_member(o, "manifest", t.manifest);
    string_member(o, "digest", t.digest);
    t.schema = o["schema"].get_int64();
    string_member(o, "path", t.path);
    string_member(o, "internal_path", t.internal_path);
    t.size = o["size"].get_int64();
    t.is_trusted = o["is_trusted"].get_bool();
    string_member(o, "created", t.created);
    string_member(o, "updated", t.updated);
    simdjson::ondemand::value deleted = o["deleted"];
    if (!deleted.is_null()) t.deleted = std::string(std::string_view(deleted.get_string()));
    string_member(o, "domain_id", t.domain_id);
    t.scanned = o["scanned"].get_bool();
    t.tag_type = o["tag_type"].get_int64();
  }
  return out;
}

// ---- nlohmann: the DOM, each string moved out of it.

using nlohmann::json;

void take(json& o, const char* key, std::string& out) { out = std::move(o.at(key).get_ref<std::string&>()); }
std::int64_t integer(const json& o, const char* key) { return o.at(key).get<std::int64_t>(); }
bool boolean(const json& o, const char* key) { return o.at(key).get<bool>(); }

swr::list<swr::repository_summary> repos_by_nlohmann(const std::string& document) {
  json j = json::parse(document);
  swr::list<swr::repository_summary> out;
  out.items.reserve(j.size());
  for (json& o : j) {
    swr::repository_summary& r = out.items.emplace_back();
    take(o, "name", r.name);
    take(o, "category", r.category);
    take(o, "description", r.description);
    r.size = integer(o, "size");
    r.is_public = boolean(o, "is_public");
    r.num_images = integer(o, "num_images");
    r.num_download = integer(o, "num_download");
    take(o, "created_at", r.created_at);
    take(o, "updated_at", r.updated_at);
    take(o, "logo", r.logo);
    take(o, "url", r.url);
    take(o, "path", r.path);
    take(o, "internal_path", r.internal_path);
    take(o, "domain_name", r.domain_name);
    take(o, "namespace", r.namespace_name);
    json& tags = o.at("tags");
    r.tags.reserve(tags.size());
    for (json& t : tags) r.tags.push_back(std::move(t.get_ref<std::string&>()));
    r.status = boolean(o, "status");
    r.total_range = integer(o, "total_range");
  }
  return out;
}

swr::list<swr::listed_tag> tags_by_nlohmann(const std::string& document) {
  json j = json::parse(document);
  swr::list<swr::listed_tag> out;
  out.items.reserve(j.size());
  for (json& o : j) {
    swr::listed_tag& t = out.items.emplace_back();
    t.id = integer(o, "id");
    t.repo_id = integer(o, "repo_id");
    take(o, "Tag", t.tag);
    take(o, "image_id", t.image_id);
    take(o, "manifest", t.manifest);
    take(o, "digest", t.digest);
    t.schema = integer(o, "schema");
    take(o, "path", t.path);
    take(o, "internal_path", t.internal_path);
    t.size = integer(o, "size");
    t.is_trusted = boolean(o, "is_trusted");
    take(o, "created", t.created);
    take(o, "updated", t.updated);
    json& deleted = o.at("deleted");
    if (!deleted.is_null()) t.deleted = std::move(deleted.get_ref<std::string&>());
    take(o, "domain_id", t.domain_id);
    t.scanned = boolean(o, "scanned");
    t.tag_type = integer(o, "tag_type");
  }
  return out;
}

// ---- nlohmann's SAX: events straight into the structs, no DOM. Each member name picks the member the next value
// goes to; values of another type than the member's, or unknown members, fail the parse (the corpus has neither).

struct slot {
  std::string* text = nullptr;
  std::optional<std::string>* optional_text = nullptr;
  std::int64_t* integer = nullptr;
  bool* flag = nullptr;
  std::vector<std::string>* texts = nullptr;
};

slot slot_of(swr::repository_summary& r, std::string_view key) {
  if (key == "name") return {&r.name};
  if (key == "category") return {&r.category};
  if (key == "description") return {&r.description};
  if (key == "size") return {nullptr, nullptr, &r.size};
  if (key == "is_public") return {nullptr, nullptr, nullptr, &r.is_public};
  if (key == "num_images") return {nullptr, nullptr, &r.num_images};
  if (key == "num_download") return {nullptr, nullptr, &r.num_download};
  if (key == "created_at") return {&r.created_at};
  if (key == "updated_at") return {&r.updated_at};
  if (key == "logo") return {&r.logo};
  if (key == "url") return {&r.url};
  if (key == "path") return {&r.path};
  if (key == "internal_path") return {&r.internal_path};
  if (key == "domain_name") return {&r.domain_name};
  if (key == "namespace") return {&r.namespace_name};
  if (key == "tags") return {nullptr, nullptr, nullptr, nullptr, &r.tags};
  if (key == "status") return {nullptr, nullptr, nullptr, &r.status};
  if (key == "total_range") return {nullptr, nullptr, &r.total_range};
  return {};
}

slot slot_of(swr::listed_tag& t, std::string_view key) {
  if (key == "id") return {nullptr, nullptr, &t.id};
  if (key == "repo_id") return {nullptr, nullptr, &t.repo_id};
  if (key == "Tag") return {&t.tag};
  if (key == "image_id") return {&t.image_id};
  if (key == "manifest") return {&t.manifest};
  if (key == "digest") return {&t.digest};
  if (key == "schema") return {nullptr, nullptr, &t.schema};
  if (key == "path") return {&t.path};
  if (key == "internal_path") return {&t.internal_path};
  if (key == "size") return {nullptr, nullptr, &t.size};
  if (key == "is_trusted") return {nullptr, nullptr, nullptr, &t.is_trusted};
  if (key == "created") return {&t.created};
  if (key == "updated") return {&t.updated};
  if (key == "deleted") return {nullptr, &t.deleted};
  if (key == "domain_id") return {&t.domain_id};
  if (key == "scanned") return {nullptr, nullptr, nullptr, &t.scanned};
  if (key == "tag_type") return {nullptr, nullptr, &t.tag_type};
  return {};
}

template <class Item>
class list_sax {
 public:
  explicit list_sax(std::vector<Item>& items) : items_(items) {}

  bool null() {
    if (slot_.optional_text == nullptr) return false;
    slot_.optional_text->reset();
    return true;
  }
  bool boolean(bool value) {
    if (slot_.flag == nullptr) return false;
    *slot_.flag = value;
    return true;
  }
  bool number_integer(json::number_integer_t value) {
    if (slot_.integer == nullptr) return false;
    *slot_.integer = value;
    return true;
  }
  bool number_unsigned(json::number_unsigned_t value) {
    if (slot_.integer == nullptr || value > static_cast<json::number_unsigned_t>(INT64_MAX)) return false;
    *slot_.integer = static_cast<std::int64_t>(value);
    return true;
  }
  bool number_float(json::number_float_t, const json::string_t&) { return false; }
  bool string(json::string_t& value) {
    if (in_texts_) {
      slot_.texts->push_back(std::move(value));
    } else if (slot_.text != nullptr) {
      *slot_.text = std::move(value);
    } else if (slot_.optional_text != nullptr) {
      *slot_.optional_text = std::move(value);
    } else {
      return false;
    }
    return true;
  }
  bool binary(json::binary_t&) { return false; }
  bool start_object(std::size_t) {
    if (depth_++ != 1) return false;
    items_.emplace_back();
    return true;
  }
  bool key(json::string_t& name) {
    slot_ = slot_of(items_.back(), name);
    return true;
  }
  bool end_object() {
    --depth_;
    return true;
  }
  bool start_array(std::size_t) {
    if (depth_ == 0) {
      ++depth_;
      return true;
    }
    if (slot_.texts == nullptr || in_texts_) return false;
    in_texts_ = true;
    return true;
  }
  bool end_array() {
    if (in_texts_) {
      in_texts_ = false;
    } else {
      --depth_;
    }
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }

 private:
  std::vector<Item>& items_;
  slot slot_;
  int depth_ = 0;
  bool in_texts_ = false;
};

template <class Item>
swr::list<Item> by_nlohmann_sax(const std::string& document) {
  swr::list<Item> out;
  list_sax<Item> handler(out.items);
  if (!json::sax_parse(document, &handler)) out.items.clear();
  return out;
}

// ---- Agreement

// Refuse to time engines that do not fill the same structs (compared as the JSON swrkit writes of them).
void verify_agreement() {
  const corpus& c = the_corpus();
  simdjson::ondemand::parser parser;
  const std::string repos = swr::to_response_json(c.repos);
  const std::string tags = swr::to_response_json(c.tags);
  const std::pair<const char*, bool> checks[] = {
      {"swrkit, ListReposDetails", swr::to_response_json(repos_by_swrkit(c.repos_json)) == repos},
      {"simdjson on-demand, ListReposDetails",
       swr::to_response_json(repos_by_simdjson(parser, c.repos_padded)) == repos},
      {"nlohmann parse, ListReposDetails", swr::to_response_json(repos_by_nlohmann(c.repos_json)) == repos},
      {"nlohmann SAX, ListReposDetails",
       swr::to_response_json(by_nlohmann_sax<swr::repository_summary>(c.repos_json)) == repos},
      {"swrkit, ListRepositoryTags", swr::to_response_json(tags_by_swrkit(c.tags_json)) == tags},
      {"simdjson on-demand, ListRepositoryTags",
       swr::to_response_json(tags_by_simdjson(parser, c.tags_padded)) == tags},
      {"nlohmann parse, ListRepositoryTags", swr::to_response_json(tags_by_nlohmann(c.tags_json)) == tags},
      {"nlohmann SAX, ListRepositoryTags",
       swr::to_response_json(by_nlohmann_sax<swr::listed_tag>(c.tags_json)) == tags},
  };
  for (const auto& [who, agrees] : checks) {
    if (agrees) continue;
    std::fprintf(stderr, "%s does not fill the generated structs\n", who);
    std::abort();
  }
  std::size_t repo_tags = 0;
  for (const auto& r : c.repos.items) repo_tags += r.tags.size();
  std::fprintf(stderr,
               "ListReposDetails: %zu repositories (%zu tags), %zu bytes; ListRepositoryTags: %zu tags, %zu bytes. "
               "Every engine fills the same structs. simdjson on-demand runs its %s kernel (chosen at compile "
               "time)\n",
               c.repos.items.size(), repo_tags, c.repos_json.size(), c.tags.items.size(), c.tags_json.size(),
               simdjson::builtin_implementation()->name().c_str());
}

// ---- The benchmarks: one whole document an iteration; an item is a repository or a tag.

template <class Read>
void time_document(benchmark::State& state, const std::string& document, Read read) {
  for (auto _ : state) benchmark::DoNotOptimize(read());
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(item_count));
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(document.size()));
}

void repos_swrkit(benchmark::State& state) {
  const corpus& c = the_corpus();
  time_document(state, c.repos_json, [&] { return repos_by_swrkit(c.repos_json); });
}
void repos_simdjson(benchmark::State& state) {
  const corpus& c = the_corpus();
  simdjson::ondemand::parser parser;
  time_document(state, c.repos_json, [&] { return repos_by_simdjson(parser, c.repos_padded); });
}
void repos_nlohmann_parse(benchmark::State& state) {
  const corpus& c = the_corpus();
  time_document(state, c.repos_json, [&] { return repos_by_nlohmann(c.repos_json); });
}
void repos_nlohmann_sax(benchmark::State& state) {
  const corpus& c = the_corpus();
  time_document(state, c.repos_json, [&] { return by_nlohmann_sax<swr::repository_summary>(c.repos_json); });
}
void tags_swrkit(benchmark::State& state) {
  const corpus& c = the_corpus();
  time_document(state, c.tags_json, [&] { return tags_by_swrkit(c.tags_json); });
}
void tags_simdjson(benchmark::State& state) {
  const corpus& c = the_corpus();
  simdjson::ondemand::parser parser;
  time_document(state, c.tags_json, [&] { return tags_by_simdjson(parser, c.tags_padded); });
}
void tags_nlohmann_parse(benchmark::State& state) {
  const corpus& c = the_corpus();
  time_document(state, c.tags_json, [&] { return tags_by_nlohmann(c.tags_json); });
}
void tags_nlohmann_sax(benchmark::State& state) {
  const corpus& c = the_corpus();
  time_document(state, c.tags_json, [&] { return by_nlohmann_sax<swr::listed_tag>(c.tags_json); });
}

// After the console output: an item's time for each engine, and swrkit's ratio to each peer.
void print_tables(const swr_bench::rate_reporter& rates) {
  using swr_bench::statistic;
  struct row {
    const char* list;
    const char* prefix;
  };
  constexpr row lists[] = {{"ListReposDetails", "repos/"}, {"ListRepositoryTags", "tags/"}};
  constexpr const char* peers[][2] = {{"simdjson on-demand", "simdjson_ondemand"},
                                      {"nlohmann parse + get", "nlohmann_parse"},
                                      {"nlohmann SAX", "nlohmann_sax"}};
  std::printf(
      "\n| list, %zu items | swrkit | peer | peer / swrkit | fastest runs: swrkit | peer | peer / swrkit |\n"
      "|---|---:|---:|---:|---:|---:|---:|\n",
      item_count);
  for (const row& list : lists) {
    const std::string ours_name = std::string(list.prefix) + "swrkit";
    const double ours = rates.ns_per_item(ours_name), ours_fastest = rates.ns_per_item(ours_name, statistic::fastest);
    if (ours <= 0) continue;  // filtered out
    for (const auto& [label, name] : peers) {
      const std::string peer_name = std::string(list.prefix) + name;
      const double peer = rates.ns_per_item(peer_name), peer_fastest = rates.ns_per_item(peer_name, statistic::fastest);
      if (peer <= 0) continue;
      std::printf("| %s: swrkit vs %s | %.0f ns | %.0f ns | %.2fx | %.0f ns | %.0f ns | %.2fx |\n", list.list, label,
                  ours, peer, peer / ours, ours_fastest, peer_fastest, peer_fastest / ours_fastest);
    }
  }
  std::printf(
      "\nTimes are an item's (a repository, a tag), a whole document read each iteration: the median of the "
      "repetitions,\nthen the fastest of them; a ratio above 1: swrkit takes less time.\n");
}

}  // namespace

BENCHMARK(repos_swrkit)->Name("repos/swrkit");
BENCHMARK(repos_simdjson)->Name("repos/simdjson_ondemand");
BENCHMARK(repos_nlohmann_parse)->Name("repos/nlohmann_parse");
BENCHMARK(repos_nlohmann_sax)->Name("repos/nlohmann_sax");
BENCHMARK(tags_swrkit)->Name("tags/swrkit");
BENCHMARK(tags_simdjson)->Name("tags/simdjson_ondemand");
BENCHMARK(tags_nlohmann_parse)->Name("tags/nlohmann_parse");
BENCHMARK(tags_nlohmann_sax)->Name("tags/nlohmann_sax");

int main(int argc, char** argv) {
  verify_agreement();
  return swr_bench::run_benchmarks(argc, argv, print_tables);
}
