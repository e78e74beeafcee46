// SPDX-License-Identifier: MIT
// swrkit — the whole library in one include.
// The integrations with third-party libraries are separate, so that this header needs nothing but the
// standard library: swr/fmt.hpp ({fmt} formatters) and swr/nlohmann.hpp (nlohmann::json conversions).
#ifndef SWR_SWR_HPP
#define SWR_SWR_HPP

#include "swr/api_response.hpp"
#include "swr/body_parser.hpp"
#include "swr/category.hpp"
#include "swr/config.hpp"
#include "swr/error.hpp"
#include "swr/error_message.hpp"
#include "swr/error_response.hpp"
#include "swr/escape.hpp"
#include "swr/form.hpp"
#include "swr/host.hpp"
#include "swr/http.hpp"
#include "swr/http_header.hpp"
#include "swr/json_reader.hpp"
#include "swr/json_writer.hpp"
#include "swr/management.hpp"
#include "swr/model.hpp"
#include "swr/name_check.hpp"
#include "swr/names.hpp"
#include "swr/operation.hpp"
#include "swr/reference.hpp"
#include "swr/region_table.hpp"
#include "swr/regions.hpp"
#include "swr/response.hpp"
#include "swr/result.hpp"
#include "swr/sdk_date.hpp"
#include "swr/sha256.hpp"
#include "swr/signing.hpp"
#include "swr/static_text.hpp"
#include "swr/suggest.hpp"
#include "swr/utf8.hpp"

#endif  // SWR_SWR_HPP
