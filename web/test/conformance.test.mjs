// node --test: the WebAssembly module against the native C++ build of the same headers (test/native.cpp, compiled
// here with the system's C++ compiler: CXX, else c++): every string of length 0-5 over "a0._-/A$" and over
// "a0A.-:/@[]", texts at every size edge, then generated tags and image references, for every function: the same
// errors, fields, bytes and messages, the same parts of a reference, suggestions and wire forms.
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

function nativeBinary() {
  if (binary === undefined) {
    binary = join(mkdtempSync(join(tmpdir(), 'swrkit-native-')), 'native');
    execFileSync(process.env.CXX ?? 'c++', ['-std=c++17', '-O2', '-Wall', '-Wextra', '-Wpedantic', '-Wconversion',
      '-Wshadow', '-Werror', `-I${join(here, '..', '..', 'include')}`, join(here, 'native.cpp'), '-o', binary]);
  }
  return binary;
}

const checks = ['checkNamespace', 'checkNamespacePrefix', 'checkRepository', 'checkRepositoryPrefix', 'checkTag',
  'checkTagPrefix'];
const kinds = ['namespace', 'namespace', 'repository', 'repository', 'tag', 'tag'];
const parsers = ['parseImageReference', 'parseSwrImageReference'];
const strings = ['suggestNamespace', 'suggestRepository', 'escapeRepository', 'unescapeRepository'];
const partNames = [['registry', 'path', 'tag', 'digest'],
  ['registry', 'region', 'namespace', 'repository', 'tag', 'digest']];

// The index in `text` (UTF-16 code units) of the character that holds UTF-8 byte `byte`: the length of the
// whole characters before it (a streaming decoder keeps a partial character back).
const utf16Index = (text, byte) => (/^[\0-\x7f]*$/.test(text)
  ? byte : new TextDecoder().decode(Buffer.from(text, 'utf8').subarray(0, byte), { stream: true }).length);

// Every message of the C++ headers: [`check ${kind}`][error] for the checks of each kind (namespace, repository,
// tag), [`parse ${field}`][error] for the parsers' errors.
let nativeMessages;
function messages() {
  if (nativeMessages === undefined) {
    nativeMessages = {};
    for (const line of execFileSync(nativeBinary(), ['--messages']).toString().trim().split('\n')) {
      const [what, name, code, ...words] = line.split(' ');
      (nativeMessages[`${what} ${name}`] ??= {})[code] = words.join(' ');
    }
  }
  return nativeMessages;
}

// For each text, what the C++ headers answer, as the module's functions give it: each check and each parser's
// result (its position from the byte by a decoder, independently of the loader), each string. A text goes to C++ as
// its UTF-8 bytes, as the module gets it (a lone surrogate as U+FFFD).
function native(texts) {
  const input = Buffer.concat(texts.flatMap((text) => {
    const bytes = Buffer.from(text, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32LE(bytes.length);
    return [length, bytes];
  }));
  const output = execFileSync(nativeBinary(), { input, maxBuffer: 1024 * 1024 * 1024 });
  const message = messages();
  const results = [];
  for (let at = 0; results.length < texts.length;) {
    const text = texts[results.length];
    const end = output.indexOf(10, at);
    const fields = output.toString('latin1', at, end).split(' ');
    at = end + 1;
    const values = fields.slice(18).map((length) => {
      const s = output.toString('utf8', at, at + Number(length));
      at += Number(length);
      return s;
    });
    const result = {};
    checks.forEach((f, i) => {
      const error = fields[2 * i];
      const byte = Number(fields[2 * i + 1]);
      result[f] = { ok: error === 'none', error, position: utf16Index(text, byte), byte,
        message: message[`check ${kinds[i]}`][error] };
    });
    strings.forEach((f, i) => { result[f] = values[i]; });
    let part = strings.length;
    parsers.forEach((f, i) => {
      const [error, field, byte] = fields.slice(12 + 3 * i, 15 + 3 * i);
      if (error === 'none') {
        result[f] = { ok: true };
        for (const name of partNames[i]) result[f][name] = values[part++];
      } else {
        result[f] = { ok: false, field, error, position: utf16Index(text, Number(byte)), byte: Number(byte),
          message: message[`parse ${field}`][error] };
        part += partNames[i].length;
      }
    });
    results.push(result);
  }
  return results;
}

const same = (got, want) => typeof want === 'string'
  ? got === want
  : Object.keys(got).length === Object.keys(want).length && Object.keys(want).every((k) => got[k] === want[k]);

// Compares every function on every text with native C++; returns the number of results compared.
function compare(texts) {
  const expected = native(texts);
  let compared = 0;
  texts.forEach((text, i) => {
    for (const f of [...checks, ...parsers, ...strings]) {
      const got = swrkit[f](text);
      if (!same(got, expected[i][f])) {
        const shown = text.length > 40 ? `${JSON.stringify(text.slice(0, 20))}… of ${text.length}` : JSON.stringify(text);
        assert.deepEqual(got, expected[i][f], `${f}(${shown})`);
      }
      ++compared;
    }
  });
  return compared;
}

// Every string of `length` 0 to `longest` over `alphabet`.
function allStrings(alphabet, longest) {
  const texts = [];
  for (let length = 0; length <= longest; ++length) {
    for (let n = 0; n < alphabet.length ** length; ++n) {
      let text = '';
      for (let i = 0, rest = n; i < length; ++i, rest = Math.floor(rest / alphabet.length)) {
        text += alphabet[rest % alphabet.length];
      }
      texts.push(text);
    }
  }
  return texts;
}

test('every string of length 0-5 over "a0._-/A$", and over "a0A.-:/@[]": the same as native C++', () => {
  assert.equal(compare(allStrings('a0._-/A$', 5)), 12 * 37449);
  assert.equal(compare(allStrings('a0A.-:/@[]', 5)), 12 * 111111);
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

test('names and tags around their maximum lengths (64, 128 bytes) and the bytes a check reads: as native C++', () => {
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
// the loader's reservation of 3 bytes a UTF-16 unit (and 48 before a reference, 128 before a suggestion); then a big
// text, then short names again, on the grown memory.
test('texts around each step of the memory growth: the same as native C++', async () => {
  const bytes = readFileSync(join(here, '..', 'swrkit.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes);
  const room = instance.exports.memory.buffer.byteLength - instance.exports.heap_base();
  const edges = new Set();
  for (let page = 0; page <= 3; ++page) {
    for (const reserved of [0, 48, 128]) edges.add(Math.floor((room + page * 65536 - reserved) / 3));
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

// Parts of image references: every kind of registry (DNS names, ports, IPv4, IPv6, uppercase, SWR's own of every
// region and near misses), of path (every separator, the name limits, 254-256 bytes), of tag (127-129 bytes) and of
// digest (every registered algorithm at its length and around it, every lengths rule, the grammar's errors).
const hexDigits = (n) => '0123456789abcdef'.repeat(9).slice(0, n);
// A path of `length` bytes: components of 7 letters, '/' between them.
const longPath = (length) => 'abcdefg/'.repeat(40).slice(0, length - 1) + 'z';

function referenceParts() {
  const swrRegistries = execFileSync(nativeBinary(), ['--registries']).toString().trim().split('\n');
  assert.ok(swrRegistries.includes('swr.cn-north-4.myhuaweicloud.com'));
  const registries = ['', 'localhost/', 'localhost:5000/', 'example.com/', 'example.com:443/', 'Example.COM/',
    'Uppercase/', '127.0.0.1:5000/', '[::1]/', '[2001:db8::1]:5000/', '[fe80::1%eth0]:5000/', '[]/', '[::1/',
    '[::1]x/', '[::g]/', 'exa_mple.com/', '-example.com/', '.example.com/', 'example-.com/', 'a..com/', 'a.com./',
    'example.com:/', 'example.com:x/', 'a.com:50:00/', 'a-b.c--d.com/', 'é.com/', `${'a'.repeat(300)}.com/`,
    ...swrRegistries.map((r) => `${r}/`), 'swr.mars-1.myhuaweicloud.com/', 'swr.cn-north-4.myhuaweicloud.com:443/',
    'swr.eu-west-101.myhuaweicloud.com/', 'SWR.cn-north-4.myhuaweicloud.com/', 'swr.cn-north-4.myhuaweicloud.co/',
    'swr.cn-north-4.myhuaweicloud.comx/', 'swr.cn-north-4.myhuaweicloud.com//'];
  const paths = ['', 'app', 'team/app', 'my-org/team/app', 'library/app', 'my-org', 'library', '1org/app',
    'org/1app', 'a.b_c__d-e---f/g', 'a.b', 'a_b', 'a__b', 'a-b', 'a--b', 'a._b', 'a//b', 'a___b', 'a/', '/a', 'a-',
    'a.', 'App', 'org/App', '-app', 'a b', 'o/a$b', 'é/app', 'org/é', `${'a'.repeat(64)}/app`,
    `${'a'.repeat(65)}/app`, `org/${'a'.repeat(128)}`, `org/${'a'.repeat(129)}`, longPath(254), longPath(255),
    longPath(256), `my-org/${longPath(248)}`, `${longPath(254)}/`];
  const tags = ['', ':', ':v1', ':latest', ':V1.2.3-rc.1', ':_build', ':1', ':x..y', ':x--', ':.v1', ':-v1',
    ':v1+build', ':v1:2', ':$v', ':é', ':v/1', `:${'a'.repeat(127)}`, `:${'a'.repeat(128)}`, `:${'a'.repeat(129)}`,
    `:${'a'.repeat(127)}é`, `:${'a'.repeat(127)}🙂`];
  const digests = ['', '@', '@sha256', '@sha256:', `@md5:${hexDigits(32)}`, `@a.b-c_d+e:${hexDigits(32)}`,
    `@1sha:${hexDigits(64)}`, `@sha+1:${hexDigits(64)}`, `@sha++x:${hexDigits(64)}`, `@sha256+:${hexDigits(64)}`,
    `@sha 256:${hexDigits(64)}`, `@:${hexDigits(64)}`, `@sha256:${hexDigits(10)}g`, `@sha256:${hexDigits(64)}@x`,
    `@sha256:${hexDigits(64)}:v1`];
  for (const [name, length] of [['sha256', 64], ['sha384', 96], ['sha512', 128]]) {
    for (const n of [1, 31, 32, 33, length - 1, length, length + 1, 128, 129]) digests.push(`@${name}:${hexDigits(n)}`);
    digests.push(`@${name}:${hexDigits(length - 1)}A`, `@${name}:A${hexDigits(length - 1)}`,
      `@${name.toUpperCase()}:${hexDigits(length)}`, `@${name}:${hexDigits(length - 1)}é`);
  }
  return { registries, paths, tags, digests };
}

test('image references, part by part and in random combinations: the same as native C++', () => {
  const { registries, paths, tags, digests } = referenceParts();
  const texts = new Set();
  for (const registry of registries) for (const path of paths) texts.add(`${registry}${path}:v1`);
  for (const path of paths) texts.add(`swr.cn-north-4.myhuaweicloud.com/my-org/${path}`);
  for (const tag of tags) {
    for (const digest of digests) {
      texts.add(`swr.cn-north-4.myhuaweicloud.com/my-org/app${tag}${digest}`);
      texts.add(`app${tag}${digest}`);
    }
  }
  for (const path of paths) for (const tag of tags) texts.add(`example.com/${path}${tag}`);
  let seed = 0x2545f491;  // xorshift32
  const pick = (list) => {
    seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
    return list[(seed >>> 0) % list.length];
  };
  for (let n = 0; n < 20000; ++n) texts.add(pick(registries) + pick(paths) + pick(tags) + pick(digests));
  const results = native([...texts]);
  // The generator reaches every field and every code the parsers report, and valid references of both kinds.
  const seen = (f) => [...new Set(results.map((r) => (r[f].ok ? 'ok' : `${r[f].field} ${r[f].error}`)))].sort();
  const names = ['empty', 'too_long', 'invalid_character', 'invalid_start', 'invalid_end', 'adjacent_separators',
    'too_many_underscores'];
  const tagAndDigest = [...['empty', 'too_long', 'invalid_character', 'invalid_start'].map((e) => `tag ${e}`),
    ...['empty', 'invalid_start', 'adjacent_separators', 'invalid_character', 'invalid_end', 'incomplete',
      'invalid_length', 'unsupported_algorithm'].map((e) => `digest ${e}`)];
  assert.deepEqual(seen('parseImageReference'), ['ok', 'registry invalid_host', ...names.map((e) => `image_path ${e}`),
    ...tagAndDigest].sort());
  assert.deepEqual(seen('parseSwrImageReference'), ['ok', 'registry unknown_registry',
    ...[...names, 'reserved'].map((e) => `namespace ${e}`), ...names.map((e) => `repository ${e}`),
    ...tagAndDigest].sort());
  assert.equal(compare([...texts]), 12 * texts.size);
});

// Each of a few valid references with every piece inserted at, and put in place of, every character, and each
// character deleted: a non-ASCII character or a lone surrogate before every position a problem can be at.
test('valid references with a character inserted, replaced or deleted anywhere: the same as native C++', () => {
  const valid = [
    'swr.cn-north-4.myhuaweicloud.com/my-org/team/app:v1.2',
    `swr.eu-west-101.myhuaweicloud.eu/my-org/app@sha256:${hexDigits(64)}`,
    `[2001:db8::1]:5000/team/app:v1@sha384:${hexDigits(96)}`,
    'localhost:5000/a.b_c__d-e---f/g:V1_x',
  ];
  const mutations = [':', '/', '@', '.', '-', '_', '__', 'A', ' ', '$', '[', ']', 'é', '日', '🙂', '\uD800', '\uDC00'];
  const texts = new Set(valid);
  for (const reference of valid) {
    for (let i = 0; i <= reference.length; ++i) {
      const before = reference.slice(0, i);
      for (const piece of mutations) {
        texts.add(before + piece + reference.slice(i), before + piece + reference.slice(i + 1));
      }
      texts.add(before + reference.slice(i + 1));
    }
  }
  for (const reference of valid) assert.equal(swrkit.parseImageReference(reference).ok, true);
  assert.equal(compare([...texts]), 12 * texts.size);
});

test('references with a character of each size across the limits of a tag, a path and SWR names: the same', () => {
  const swr = 'swr.cn-north-4.myhuaweicloud.com/';
  const texts = [];
  for (const text of around(128)) texts.push(`app:${text}`, `${swr}my-org/${text}`, `${swr}my-org/app:${text}`);
  for (const text of around(64)) texts.push(`${swr}${text}/app`);
  for (const text of [...around(255), ...around(248)]) texts.push(`example.com/${text}`, `${swr}my-org/${text}`);
  assert.ok(compare(texts) > 0);
});

test('references of any length, read whole: the same as native C++', () => {
  const texts = [
    `${'a'.repeat(100000)}.com/app:v1`,         // a valid registry of 100,004 bytes
    `${'a'.repeat(100000)}é.com/app`,           // invalid_host at byte 100000
    `example.com/${'é'.repeat(100000)}`,        // too_long at byte 267, position 139 (the 128th é)
    `example.com/${'a/'.repeat(50000)}b`,       // too_long at byte 267
    `app:${'🙂'.repeat(50000)}`,                // invalid_character at byte 4
    `app:${'a'.repeat(100000)}`,                // too_long at byte 132
    `app@sha256:${'a'.repeat(100000)}`,         // invalid_length at byte 75
    `${'🙂'.repeat(30000)}@sha256:${'a'.repeat(100000)}`,
    `swr.cn-north-4.myhuaweicloud.com/${'é'.repeat(70000)}/app`,
  ];
  const long = swrkit.parseImageReference(texts[0]);
  assert.deepEqual([long.ok, long.registry.length, long.path, long.tag], [true, 100004, 'app', 'v1']);
  const far = swrkit.parseImageReference(texts[2]);
  assert.deepEqual([far.field, far.error, far.byte, far.position], ['image_path', 'too_long', 267, 139]);
  assert.equal(compare(texts), 12 * texts.length);
});
