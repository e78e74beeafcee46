// tests/abi_variants: swrkit with its default settings.
#define SWR_TEST_VARIANT default_settings
#include "variant.hpp"
