// SPDX-License-Identifier: MIT
// swr-client: a client of SWR's v2 management API with libcurl, one subcommand per operation; swrkit builds,
// checks and signs every request and reads every answer, so that nothing invalid leaves the process.
//   swr-client GROUP VERB [options] (--endpoint URL | --region ID) [--json]
// e.g. `swr-client repo list --namespace my-org --limit 10 --endpoint https://swr-api.cn-north-4.myhuaweicloud.com`.
// The groups: namespace (create, list, show, delete), repo (create, update, show, delete, list), tag (list, create,
// show, delete), share (create, list, show, update, delete); `swr-client GROUP VERB --help` gives the options.
// The credentials come from the environment: with SWR_AK and SWR_SK (an access key; SWR_SECURITY_TOKEN too for
// temporary credentials) the request is signed with SDK-HMAC-SHA256 at the current time; otherwise it carries
// SWR_TOKEN, an IAM user token, as X-Auth-Token.
// Standard output: the result, as a table (a list, or an object's members), a line ("201: The organization was
// created."), or with --json the answer's JSON as received once swr::read_response has read it strictly.
// Standard error: what is wrong, with a caret under the byte, or the server's refusal and its error body, shown
// escaped (swr/fmt.hpp's service_error): the server's text never reaches the terminal raw.
// Exit status: 0 done; 1 refused by the server, the server not reached, or an answer SWR does not document;
// 2 a usage error or invalid input (nothing is sent).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include <swr/swr.hpp>

#include "client.hpp"

namespace {
using swr_client::invocation;
using swr_client::option_spec;
using swr_client::perform;
using swr_client::problems;

// An option with a few values (--order, --order-column): absent, one of `choices`, or a usage error (false).
template <class E, std::size_t N>
bool choice_option(const invocation& in, std::string_view name, const E (&choices)[N], std::optional<E>& out) {
  const std::optional<std::string_view> text = in.value(name);
  if (!text) return true;
  std::string list;
  for (std::size_t i = 0; i < N; ++i) {
    if (swr::to_string(choices[i]) == *text) {
      out = choices[i];
      return true;
    }
    list += (i == 0 ? "" : i + 1 == N ? " or " : ", ") + std::string(swr::to_string(choices[i]));
  }
  swr_client::usage_error(in, fmt::format("{} must be {}", name, list));
  return false;
}

constexpr swr::order_type orders[] = {swr::order_type::asc, swr::order_type::desc};
constexpr swr::repository_order repository_orders[] = {swr::repository_order::updated_at, swr::repository_order::name,
                                                       swr::repository_order::updated_time,
                                                       swr::repository_order::tag_count};
constexpr swr::tag_order tag_orders[] = {swr::tag_order::updated_at, swr::tag_order::tag};

// ---- Organizations ----

int namespace_create(const invocation& in) {
  swr::create_namespace_request request;
  request.body.namespace_name = in.text("--namespace");
  return perform(in, request, {}, "The organization was created.");
}

int namespace_list(const invocation& in) {
  swr::list_namespaces_request request;
  request.namespace_name = in.optional_text("--namespace");
  if (in.has("--visible")) request.mode = swr::namespace_mode::visible;
  return perform(in, request, {}, {});
}

int namespace_show(const invocation& in) {
  swr::show_namespace_request request;
  request.namespace_name = in.text("--namespace");
  return perform(in, request, {}, {});
}

int namespace_delete(const invocation& in) {
  swr::delete_namespace_request request;
  request.namespace_name = in.text("--namespace");
  return perform(in, request, {}, "The organization was deleted.");
}

// ---- Repositories ----

int repo_create(const invocation& in) {
  if (in.has("--public") && in.has("--private")) return swr_client::usage_error(in, "give --public or --private");
  problems found;
  swr::create_repo_request request;
  request.namespace_name = in.text("--namespace");
  request.body.repository = in.text("--repository");
  request.body.is_public = in.has("--public");
  request.body.category = swr_client::category_option(in, found);
  request.body.description = in.optional_text("--description");
  return perform(in, request, std::move(found), "The repository was created.");
}

int repo_update(const invocation& in) {
  // UpdateRepo requires is_public: no default, which would make a repository private or public unasked.
  if (in.has("--public") == in.has("--private")) {
    return swr_client::usage_error(in, "give one of --public and --private");
  }
  problems found;
  swr::update_repo_request request;
  request.namespace_name = in.text("--namespace");
  request.repository = in.text("--repository");
  request.body.is_public = in.has("--public");
  request.body.category = swr_client::category_option(in, found);
  request.body.description = in.optional_text("--description");
  return perform(in, request, std::move(found), "The repository was updated.");
}

int repo_show(const invocation& in) {
  swr::show_repository_request request;
  request.namespace_name = in.text("--namespace");
  request.repository = in.text("--repository");
  return perform(in, request, {}, {});
}

int repo_delete(const invocation& in) {
  swr::delete_repo_request request;
  request.namespace_name = in.text("--namespace");
  request.repository = in.text("--repository");
  return perform(in, request, {}, "The repository was deleted.");
}

int repo_list(const invocation& in) {
  problems found;
  swr::list_repos_request request;
  if (!choice_option(in, "--order-column", repository_orders, request.order_column) ||
      !choice_option(in, "--order", orders, request.order)) {
    return swr_client::invalid;
  }
  request.namespace_name = in.optional_text("--namespace");
  request.name = in.optional_text("--name");
  request.category = swr_client::category_option(in, found);
  request.limit = swr_client::integer_option(in, "--limit", swr::field::limit, found);
  request.offset = swr_client::integer_option(in, "--offset", swr::field::offset, found);
  return perform(in, request, std::move(found), {});
}

// ---- Tags ----

int tag_list(const invocation& in) {
  problems found;
  swr::list_tags_request request;
  if (!choice_option(in, "--order-column", tag_orders, request.order_column) ||
      !choice_option(in, "--order", orders, request.order)) {
    return swr_client::invalid;
  }
  request.namespace_name = in.text("--namespace");
  request.repository = in.text("--repository");
  request.limit = swr_client::integer_option(in, "--limit", swr::field::limit, found);
  request.offset = swr_client::integer_option(in, "--offset", swr::field::offset, found);
  request.tag = in.optional_text("--tag");
  return perform(in, request, std::move(found), {});
}

int tag_create(const invocation& in) {
  swr::create_tag_request request;
  request.namespace_name = in.text("--namespace");
  request.repository = in.text("--repository");
  request.body.source_tag = in.text("--source-tag");
  request.body.destination_tag = in.text("--destination-tag");
  if (in.has("--override")) request.body.override_existing = true;
  return perform(in, request, {}, "The tag was created.");
}

int tag_show(const invocation& in) {
  swr::show_tag_request request;
  request.namespace_name = in.text("--namespace");
  request.repository = in.text("--repository");
  request.tag = in.text("--tag");
  return perform(in, request, {}, {});
}

int tag_delete(const invocation& in) {
  swr::delete_tag_request request;
  request.namespace_name = in.text("--namespace");
  request.repository = in.text("--repository");
  request.tag = in.text("--tag");
  return perform(in, request, {}, "The tag was deleted.");
}

// ---- Sharing ----

int share_create(const invocation& in) {
  swr::create_share_request request;
  request.namespace_name = in.text("--namespace");
  request.repository = in.text("--repository");
  request.body.access_domain = in.text("--domain");
  if (const auto deadline = in.value("--deadline")) request.body.deadline = std::string(*deadline);
  request.body.description = in.optional_text("--description");
  return perform(in, request, {}, "The repository was shared.");
}

int share_list(const invocation& in) {
  swr::list_shares_request request;
  request.namespace_name = in.text("--namespace");
  request.repository = in.text("--repository");
  return perform(in, request, {}, {});
}

int share_show(const invocation& in) {
  swr::show_share_request request;
  request.namespace_name = in.text("--namespace");
  request.repository = in.text("--repository");
  request.access_domain = in.text("--domain");
  return perform(in, request, {}, {});
}

int share_update(const invocation& in) {
  swr::update_share_request request;
  request.namespace_name = in.text("--namespace");
  request.repository = in.text("--repository");
  request.access_domain = in.text("--domain");
  request.body.deadline = in.text("--deadline");
  request.body.description = in.optional_text("--description");
  return perform(in, request, {}, "The share was updated.");
}

int share_delete(const invocation& in) {
  swr::delete_share_request request;
  request.namespace_name = in.text("--namespace");
  request.repository = in.text("--repository");
  request.access_domain = in.text("--domain");
  return perform(in, request, {}, "The share was deleted.");
}

// ---- The subcommands ----

template <class Request>
constexpr swr::operation_info operation() noexcept {
  return swr::operation_traits<Request>::info();
}

const option_spec namespace_required{"--namespace", "NS", "the organization (namespace), e.g. my-org", true};
const option_spec repository_required{
    "--repository", "NAME", "the repository, e.g. team/app (swrkit sends its '/' as '$', as SWR needs)", true};
const option_spec category{"--category", "C", "the repository's category", false};
const option_spec limit{"--limit", "N", "at most N items (1-1000; SWR's default is 100)", false};
const option_spec offset{"--offset", "N", "from the item at offset N (0 or more)", false};
const option_spec order{"--order", "ORDER", "asc or desc", false};
const option_spec domain_required{"--domain", "ACCOUNT", "the account (domain name) the repository is shared with",
                                  true};

std::vector<swr_client::command> commands() {
  return {
      {"namespace",
       "create",
       operation<swr::create_namespace_request>(),
       "Creates an organization.",
       {namespace_required},
       namespace_create},
      {"namespace",
       "list",
       operation<swr::list_namespaces_request>(),
       "Lists the organizations the account has rights on; auth is its right: 7 manage, 3 edit, 1 read.",
       {{"--namespace", "NS", "only this organization", false},
        {"--visible", "", "every organization the account can see (mode visible)", false}},
       namespace_list},
      {"namespace",
       "show",
       operation<swr::show_namespace_request>(),
       "Shows an organization; auth is the account's right: 7 manage, 3 edit, 1 read.",
       {namespace_required},
       namespace_show},
      {"namespace",
       "delete",
       operation<swr::delete_namespace_request>(),
       "Deletes an organization; SWR refuses (406) while it holds repositories.",
       {namespace_required},
       namespace_delete},
      {"repo",
       "create",
       operation<swr::create_repo_request>(),
       "Creates a repository in an organization.",
       {namespace_required,
        repository_required,
        {"--public", "", "a public repository", false},
        {"--private", "", "a private repository (the default)", false},
        category,
        {"--description", "TEXT", "the repository's description (UTF-8, at most 30,000 characters)", false}},
       repo_create},
      {"repo",
       "update",
       operation<swr::update_repo_request>(),
       "Changes a repository: public or private (one of the two is required), and its category and description "
       "when given.",
       {namespace_required,
        repository_required,
        {"--public", "", "make it public", false},
        {"--private", "", "make it private", false},
        category,
        {"--description", "TEXT", "the new description (UTF-8, at most 30,000 characters)", false}},
       repo_update},
      {"repo",
       "show",
       operation<swr::show_repository_request>(),
       "Shows a repository.",
       {namespace_required, repository_required},
       repo_show},
      {"repo",
       "delete",
       operation<swr::delete_repo_request>(),
       "Deletes a repository, and its images.",
       {namespace_required, repository_required},
       repo_delete},
      {"repo",
       "list",
       operation<swr::list_repos_request>(),
       "Lists the repositories the account can see, a page at a time.",
       {{"--namespace", "NS", "only this organization's", false},
        {"--name", "TEXT", "only names that match TEXT (SWR matches it loosely)", false},
        category,
        limit,
        offset,
        {"--order-column", "COLUMN", "order by updated_at, name, updated_time or tag_count", false},
        order},
       repo_list},
      {"tag",
       "list",
       operation<swr::list_tags_request>(),
       "Lists a repository's tags, a page at a time.",
       {namespace_required,
        repository_required,
        {"--tag", "TAG", "only this tag", false},
        limit,
        offset,
        {"--order-column", "COLUMN", "order by updated_at or tag", false},
        order},
       tag_list},
      {"tag",
       "create",
       operation<swr::create_tag_request>(),
       "Tags the image of an existing tag with a new one.",
       {namespace_required,
        repository_required,
        {"--source-tag", "TAG", "the existing tag", true},
        {"--destination-tag", "TAG", "the new tag", true},
        {"--override", "", "replace the destination tag when it exists", false}},
       tag_create},
      {"tag",
       "show",
       operation<swr::show_tag_request>(),
       "Shows a tag.",
       {namespace_required, repository_required, {"--tag", "TAG", "the tag, e.g. v1.2", true}},
       tag_show},
      {"tag",
       "delete",
       operation<swr::delete_tag_request>(),
       "Deletes a tag.",
       {namespace_required, repository_required, {"--tag", "TAG", "the tag, e.g. v1.2", true}},
       tag_delete},
      {"share",
       "create",
       operation<swr::create_share_request>(),
       "Shares a repository with another account, to read (the only right SWR grants).",
       {namespace_required,
        repository_required,
        domain_required,
        {"--deadline", "TIME", "until when: forever (the default), or a UTC time such as 2030-10-01T16:00:00.000Z",
         false},
        {"--description", "TEXT", "what the share is for", false}},
       share_create},
      {"share",
       "list",
       operation<swr::list_shares_request>(),
       "Lists the accounts a repository is shared with.",
       {namespace_required, repository_required},
       share_list},
      {"share",
       "show",
       operation<swr::show_share_request>(),
       "Shows a share of a repository with an account.",
       {namespace_required, repository_required, domain_required},
       share_show},
      {"share",
       "update",
       operation<swr::update_share_request>(),
       "Changes a share's deadline and description.",
       {namespace_required,
        repository_required,
        domain_required,
        {"--deadline", "TIME", "until when: forever, or a UTC time such as 2030-10-01T16:00:00.000Z", true},
        {"--description", "TEXT", "what the share is for", false}},
       share_update},
      {"share",
       "delete",
       operation<swr::delete_share_request>(),
       "Ends a share of a repository with an account.",
       {namespace_required, repository_required, domain_required},
       share_delete},
  };
}
}  // namespace

int main(int argc, char** argv) { return swr_client::run(argc, argv, commands()); }
