// tests/abi_variants: swrkit without the SHA-256 kernel of the x86 SHA extensions.
#define SWRKIT_DISABLE_SHA256_X86
#define SWR_TEST_VARIANT without_sha256_x86
#include "variant.hpp"
