// tests/abi_variants: swrkit with the portable code only.
#define SWRKIT_DISABLE_SIMD
#define SWR_TEST_VARIANT without_simd
#include "variant.hpp"
