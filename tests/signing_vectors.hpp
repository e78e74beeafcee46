// The vectors of docs/signing.md, shared by the signing tests and the docs test: the signing guide's example and
// the SWR requests S1, S2 and S3, all signed with the same access key.
#ifndef SWR_TESTS_SIGNING_VECTORS_HPP
#define SWR_TESTS_SIGNING_VECTORS_HPP

#include <string>
#include <string_view>

#include "swr/swr.hpp"

namespace swr_test::signing_vectors {
inline const swr::access_key guide_key{"QTWAOYTTINDUT2QVKYUC", "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc", ""};
constexpr std::string_view swr_host = "swr-api.cn-north-4.myhuaweicloud.com";
constexpr std::string_view swr_date = "20240102T030405Z";
constexpr std::string_view s1_body =
    R"({"repository":"my-app","is_public":false,"category":"other","description":"demo repo"})";
constexpr std::string_view empty_body_hash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
// The canonical request of the signing guide's example (docs/signing.md), with its empty body's hash.
constexpr std::string_view guide_canonical_request =
    "GET\n"
    "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/\n"
    "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0\n"
    "content-type:application/json\n"
    "host:service.region.example.com\n"
    "x-sdk-date:20191115T033655Z\n"
    "\n"
    "content-type;host;x-sdk-date\n"
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

inline swr::signing_input guide_input() {
  return {"GET",
          "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs",
          {{"limit", "2"}, {"marker", "13551d6b-755d-4757-b956-536f674975c0"}},
          {{"Content-Type", "application/json"}, {"Host", "service.region.example.com"}},
          ""};
}

inline swr::signing_input s1_input() {
  return {"POST", "/v2/manage/namespaces/my-org/repos", {}, {{"Host", std::string(swr_host)}}, std::string(s1_body)};
}

inline swr::signing_input s3_input() {
  return {"GET",
          "/v2/manage/repos",
          {{"namespace", "my-org"}, {"name", "web app"}, {"limit", "10"}, {"offset", "0"}, {"filter", "center::self"}},
          {{"Host", std::string(swr_host)}},
          ""};
}

// S1 with Content-Type.
inline swr::signing_input s2_input() {
  swr::signing_input in = s1_input();
  in.headers.push_back({"Content-Type", "application/json"});
  return in;
}
}  // namespace swr_test::signing_vectors

#endif  // SWR_TESTS_SIGNING_VECTORS_HPP
