// node --test: the WebAssembly module against the native C++ build of the same headers (test/native.cpp, compiled
// here with the system's C++ compiler: CXX, else c++): every string of length 0-5 over "a0._-/A$", then texts at
// every size edge, for every function: the same errors and bytes, suggestions and wire forms.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import * as swrkit from '../swrkit.js';

const here = dirname(fileURLToPath(import.meta.url));
let binary;

// For each text, what the C++ headers answer: { checkNamespace, checkNamespacePrefix, checkRepository,
// checkRepositoryPrefix } as { error, byte }, and the strings of suggestNamespace, suggestRepository,
// escapeRepository and unescapeRepository. A text goes to C++ as its UTF-8 bytes, as the module gets it (a lone
// surrogate as U+FFFD).
function native(texts) {
  if (binary === undefined) {
    binary = join(mkdtempSync(join(tmpdir(), 'swrkit-native-')), 'native');
    execFileSync(process.env.CXX ?? 'c++', ['-std=c++17', '-O2', '-Wall', '-Wextra', '-Wpedantic', '-Wconversion',
      '-Wshadow', '-Werror', `-I${join(here, '..', '..', 'include')}`, join(here, 'native.cpp'), '-o', binary]);
  }
  const input = Buffer.concat(texts.flatMap((text) => {
    const bytes = Buffer.from(text, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32LE(bytes.length);
    return [length, bytes];
  }));
  const output = execFileSync(binary, { input, maxBuffer: 1024 * 1024 * 1024 });
  const results = [];
  for (let at = 0; results.length < texts.length;) {
    const end = output.indexOf(10, at);
    const fields = output.toString('latin1', at, end).split(' ');
    at = end + 1;
    const check = (i) => ({ error: fields[2 * i], byte: Number(fields[2 * i + 1]) });
    const strings = fields.slice(8).map((length) => {
      const s = output.toString('utf8', at, at + Number(length));
      at += Number(length);
      return s;
    });
    results.push({
      checkNamespace: check(0), checkNamespacePrefix: check(1), checkRepository: check(2),
      checkRepositoryPrefix: check(3), suggestNamespace: strings[0], suggestRepository: strings[1],
      escapeRepository: strings[2], unescapeRepository: strings[3],
    });
  }
  return results;
}

const checks = ['checkNamespace', 'checkNamespacePrefix', 'checkRepository', 'checkRepositoryPrefix'];
const strings = ['suggestNamespace', 'suggestRepository', 'escapeRepository', 'unescapeRepository'];

// The index in `text` (UTF-16 code units) of the character that holds UTF-8 byte `byte`: the length of the
// whole characters before it (a streaming decoder keeps a partial character back).
const utf16Index = (text, byte) =>
  new TextDecoder().decode(Buffer.from(text, 'utf8').subarray(0, byte), { stream: true }).length;

// Compares every function on every text with native C++; returns the number of results compared.
function compare(texts, { positions = true } = {}) {
  const expected = native(texts);
  let compared = 0;
  texts.forEach((text, i) => {
    const shown = text.length > 40 ? `${JSON.stringify(text.slice(0, 20))}… of ${text.length}` : JSON.stringify(text);
    const label = (f) => `${f}(${shown})`;
    for (const f of checks) {
      const got = swrkit[f](text);
      const want = expected[i][f];
      if (got.error !== want.error || got.byte !== want.byte) {
        assert.fail(`${label(f)}: ${got.error} at byte ${got.byte}, native ${want.error} at ${want.byte}`);
      }
      if (positions) assert.equal(got.position, utf16Index(text, got.byte), `${label(f)}: position`);
      ++compared;
    }
    for (const f of strings) {
      const got = swrkit[f](text);
      if (got !== expected[i][f]) assert.fail(`${label(f)}: ${got.length} characters, not native's ${expected[i][f].length}`);
      ++compared;
    }
  });
  return compared;
}

test('every string of length 0-5 over "a0._-/A$": the same as native C++', () => {
  const alphabet = 'a0._-/A$';
  const texts = [];
  for (let length = 0; length <= 5; ++length) {
    for (let n = 0; n < alphabet.length ** length; ++n) {
      let text = '';
      for (let i = 0, rest = n; i < length; ++i, rest = Math.floor(rest / alphabet.length)) {
        text += alphabet[rest % alphabet.length];
      }
      texts.push(text);
    }
  }
  assert.equal(compare(texts, { positions: false }), 8 * 37449);
  for (const text of texts) for (const f of checks) assert.equal(swrkit[f](text).position, swrkit[f](text).byte);  // ASCII
});

// A 2-, 3- and 4-byte character (the last a surrogate pair), a lone surrogate (3 bytes of U+FFFD) and a '/'.
const pieces = ['é', '日', '🙂', '\uD800', '/'];

// Texts whose UTF-8 bytes or UTF-16 units reach, or cross by a character of each size, the offset `edge`.
function around(edge) {
  const texts = [];
  for (let n = edge - 2; n <= edge + 1; ++n) texts.push('a'.repeat(n));
  for (const piece of pieces) {
    for (let n = edge - 4; n <= edge; ++n) texts.push('a'.repeat(n) + piece + 'b', 'é' + 'a'.repeat(n) + piece);
  }
  return texts;
}

test('names around the maximum lengths (64, 128 bytes) and the bytes a check looks at: the same as native C++', () => {
  const texts = [];
  for (const edge of [64, 65, 68, 128, 129, 132]) texts.push(...around(edge));
  texts.push('A'.repeat(65), 'library', 'a/'.repeat(64), '🙂'.repeat(40), 'a'.repeat(63) + 'é', 'é'.repeat(32) + '_');
  assert.ok(compare(texts) > 0);
});

test('64 KiB, where the module used to cut its input: the same as native C++', () => {
  const texts = [
    'é' + 'a'.repeat(65535),             // too_long at byte 64: position 63
    ' '.repeat(70000) + 'abc',           // suggested as "abc"
    'a/'.repeat(40000) + 'b',            // 80,001 characters escaped
    'team$app/'.repeat(9000) + 'x',      // unescaped: 81,001
    ...around(65536),
  ];
  assert.equal(swrkit.checkNamespace(texts[0]).position, 63);
  assert.equal(swrkit.suggestNamespace(texts[1]), 'abc');
  assert.equal(swrkit.escapeRepository(texts[2]).length, 80001);
  assert.ok(compare(texts) > 0);
});

// The loader grows the module's memory when a text needs more room: around the room it starts with (read from the
// module: its memory above heap_base, where the module's own data ends) and the next 64 KiB pages, in bytes and at
// the loader's reservation of 3 bytes a UTF-16 unit (and 128 for a suggestion); then a big text, then short names
// again, on the grown memory.
test('texts around each step of the memory growth: the same as native C++', async () => {
  const bytes = readFileSync(join(here, '..', 'swrkit.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes);
  const room = instance.exports.memory.buffer.byteLength - instance.exports.heap_base();
  const edges = new Set();
  for (let page = 0; page <= 3; ++page) {
    for (const reserved of [0, 128]) edges.add(Math.floor((room + page * 65536 - reserved) / 3));
    edges.add(room + page * 65536);
  }
  const texts = [];
  for (const edge of [...edges].sort((a, b) => a - b)) {
    for (let n = edge - 1; n <= edge + 1; ++n) texts.push('a/'.repeat(n >> 1) + 'a'.repeat(n & 1));
    for (const piece of pieces) texts.push('a'.repeat(edge - 1) + piece);
  }
  const big = Array.from({ length: 700000 }, (_, i) => pieces[i % 7] ?? 'x').join('');
  texts.push(big, 'team//app', 'Team/App', 'é'.repeat(40), 'a'.repeat(129));
  assert.ok(compare(texts) > 0);
});
