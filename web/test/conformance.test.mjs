// node --test: every string of length 0-5 over "a0._-/A$", for both kinds and both checks, gives through the
// WebAssembly module exactly the error and position of the native C++ build (test/native_checks.cpp, compiled
// here with the system's C++ compiler from the same headers).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { checkNamespace, checkNamespacePrefix, checkRepository, checkRepositoryPrefix } from '../swrkit.js';

const here = dirname(fileURLToPath(import.meta.url));

test('every string of length 0-5 over "a0._-/A$": the same error and position as native C++', () => {
  const binary = join(mkdtempSync(join(tmpdir(), 'swrkit-native-')), 'native_checks');
  execFileSync(process.env.CXX ?? 'c++', ['-std=c++17', '-O2', `-I${join(here, '..', '..', 'include')}`,
    join(here, 'native_checks.cpp'), '-o', binary]);
  const native = execFileSync(binary, { maxBuffer: 64 * 1024 * 1024 }).toString().split('\n');
  const alphabet = 'a0._-/A$';
  let line = 0;
  let compared = 0;
  for (let length = 0; length <= 5; ++length) {
    const count = alphabet.length ** length;
    for (let n = 0; n < count; ++n) {
      let text = '';
      for (let i = 0, rest = n; i < length; ++i, rest = Math.floor(rest / alphabet.length)) text += alphabet[rest % alphabet.length];
      for (const check of [checkNamespace, checkNamespacePrefix, checkRepository, checkRepositoryPrefix]) {
        const got = check(text);
        const want = native[line++];
        if (`${got.error} ${got.byte}` !== want) assert.fail(`${check.name}(${JSON.stringify(text)}): ${got.error} ${got.byte}, native ${want}`);
        assert.equal(got.position, got.byte);  // ASCII: the same
        ++compared;
      }
    }
  }
  assert.equal(compared, 4 * 37449);
});
