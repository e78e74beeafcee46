// SPDX-License-Identifier: MIT
// swr-create-repo: creates a repository through SWR's API with libcurl; swrkit builds the request, so nothing
// invalid ever leaves the process.
//   swr-create-repo --endpoint URL --namespace NS --repository NAME [--public] [--category C] [--description D]
// The credentials come from the environment: with SWR_AK and SWR_SK (an access key; SWR_SECURITY_TOKEN too for
// temporary credentials) the request is signed with SDK-HMAC-SHA256 at the current time; otherwise it carries
// SWR_TOKEN, an IAM user token, as X-Auth-Token. URL is http:// or https:// and a host, e.g. the region's
// https://swr-api.cn-north-4.myhuaweicloud.com, or http://127.0.0.1:PORT for swr-mock-server.
// Exit status: 0 created; 1 refused, here (what is wrong, with a caret) or by the server (its answer, read
// with create_repo_outcome_of and parse_error_response, and shown escaped, as swr/fmt.hpp shows a
// service_error: the server's text never reaches the terminal raw), or the server could not be reached; 2 usage.
#include <curl/curl.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <swr/fmt.hpp>
#include <swr/swr.hpp>

namespace {
constexpr int created = 0;
constexpr int refused = 1;
constexpr int usage_error = 2;

int usage(const char* problem) {
  std::fprintf(stderr,
               "swr-create-repo: %s\nusage: swr-create-repo --endpoint URL --namespace NS --repository NAME "
               "[--public] [--category C] [--description D]\n(credentials: SWR_AK and SWR_SK, with SWR_SECURITY_TOKEN "
               "for temporary ones, or else SWR_TOKEN)\n",
               problem);
  return usage_error;
}

struct options {
  std::string_view endpoint, namespace_name, repository, category, description;
  bool is_public = false;
};

// Reads the options; returns a usage problem, or nullptr.
const char* parse(int argc, char** argv, options& opt) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--public") {
      opt.is_public = true;
      continue;
    }
    std::string_view* slot = arg == "--endpoint"      ? &opt.endpoint
                             : arg == "--namespace"   ? &opt.namespace_name
                             : arg == "--repository"  ? &opt.repository
                             : arg == "--category"    ? &opt.category
                             : arg == "--description" ? &opt.description
                                                      : nullptr;
    if (slot == nullptr) return "unknown option";
    if (i + 1 >= argc) return "an option needs a value";
    *slot = argv[++i];
  }
  if (opt.endpoint.empty() || opt.namespace_name.empty() || opt.repository.empty()) {
    return "--endpoint, --namespace and --repository are required";
  }
  return nullptr;
}

// "http://host[:port]" or "https://…", with at most a '/' after the host: the scheme part and the host.
bool split_endpoint(std::string_view url, std::string_view& scheme, std::string_view& host) {
  for (const std::string_view s : {std::string_view("http://"), std::string_view("https://")}) {
    if (url.substr(0, s.size()) == s) {
      scheme = url.substr(0, s.size());
      host = url.substr(s.size());
      if (!host.empty() && host.back() == '/') host.remove_suffix(1);
      return !host.empty();
    }
  }
  return false;
}

void print_problem(const swr::error& e, const options& opt) {
  std::printf("error: %s\n", swr::describe(e).c_str());
  const std::string_view value = e.field == swr::field::namespace_name ? opt.namespace_name
                                 : e.field == swr::field::repository   ? opt.repository
                                                                       : std::string_view();
  if (value.empty() || e.position > value.size()) return;
  std::printf("  %.*s\n  %*s^\n", static_cast<int>(value.size()), value.data(), static_cast<int>(e.position), "");
}

std::size_t append_to(char* data, std::size_t size, std::size_t count, void* target) {
  static_cast<std::string*>(target)->append(data, size * count);
  return size * count;
}

// Sends the request; returns the HTTP status (0 when the server could not be reached) and fills `answer`.
long send(const std::string& url, const swr::http_request& request, std::string& answer) {
  CURL* curl = curl_easy_init();
  if (curl == nullptr) return 0;
  curl_slist* headers = nullptr;
  for (const swr::http_header& h : request.headers()) {
    if (h.name == "Content-Length") continue;  // curl sends it from CURLOPT_POSTFIELDSIZE
    headers = curl_slist_append(headers, (h.name + ": " + h.value).c_str());
  }
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body().data());
  curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(request.body().size()));
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, append_to);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &answer);
  long status = 0;
  const CURLcode sent = curl_easy_perform(curl);
  if (sent == CURLE_OK) {
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  } else {
    std::printf("error: cannot reach %s: %s\n", url.c_str(), curl_easy_strerror(sent));
  }
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  return status;
}
}  // namespace

int main(int argc, char** argv) {
  options opt;
  if (const char* problem = parse(argc, argv, opt)) return usage(problem);
  std::string_view scheme, host;
  if (!split_endpoint(opt.endpoint, scheme, host)) return usage("--endpoint must be http:// or https:// and a host");

  swr::create_repo_form form;
  form.namespace_name = opt.namespace_name;
  form.repository = opt.repository;
  form.is_public = opt.is_public;
  form.category = opt.category;
  form.description = opt.description;
  form.host = host;

  // Sign when an access key is given (a missing half is reported as empty), else send the token.
  const char* ak = std::getenv("SWR_AK");
  const char* sk = std::getenv("SWR_SK");
  const bool signing = ak != nullptr || sk != nullptr;
  const auto value_of = [](const char* name) {
    const char* value = std::getenv(name);
    return std::string(value != nullptr ? value : "");
  };
  const swr::access_key key{value_of("SWR_AK"), value_of("SWR_SK"), value_of("SWR_SECURITY_TOKEN")};
  const std::string token = value_of("SWR_TOKEN");
  if (!signing) form.token = token;

  const std::vector<swr::error> problems = signing ? swr::validate(form, key) : swr::validate(form);
  for (const swr::error& e : problems) print_problem(e, opt);
  if (signing && (ak == nullptr || sk == nullptr)) {
    std::printf("  (%s is set but %s is not: set both to sign, or neither to use SWR_TOKEN)\n",
                ak != nullptr ? "SWR_AK" : "SWR_SK", ak != nullptr ? "SWR_SK" : "SWR_AK");
  }
  if (!problems.empty()) return refused;  // nothing was sent
  const swr::result<swr::http_request, swr::error> request =
      signing ? swr::to_http_request(form, key, std::chrono::system_clock::now()) : swr::to_http_request(form);
  if (!request) {  // only a clock outside the years 0000-9999
    print_problem(request.error(), opt);
    return refused;
  }

  curl_global_init(CURL_GLOBAL_DEFAULT);
  std::string answer;
  const long status = send(std::string(scheme) + std::string(host) + request->target(), *request, answer);
  curl_global_cleanup();
  if (status == 0) return refused;

  const swr::create_repo_outcome outcome = swr::create_repo_outcome_of(static_cast<int>(status));
  std::printf("%ld: %s\n", status, swr::message(outcome).data());
  if (outcome == swr::create_repo_outcome::created) return created;
  if (const auto errors = swr::parse_error_response(answer)) {
    for (const swr::service_error& e : *errors) fmt::print("  {}\n", e);  // "CODE": "message" ("detail")
  } else {
    std::printf("  (the answer is not an SWR error body: %s)\n", swr::describe(errors.error()).c_str());
  }
  return refused;
}
