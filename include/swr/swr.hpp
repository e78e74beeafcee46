// swrkit — the whole library in one include.
// The integrations with third-party libraries are separate, so that this header needs nothing but the
// standard library: swr/fmt.hpp ({fmt} formatters).
#ifndef SWR_SWR_HPP
#define SWR_SWR_HPP

#include "swr/category.hpp"
#include "swr/config.hpp"
#include "swr/escape.hpp"
#include "swr/name_check.hpp"
#include "swr/names.hpp"

#endif  // SWR_SWR_HPP
