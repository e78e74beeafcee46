// node --test: the package's API against the rules of docs/names.md, through the WebAssembly module.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import * as swrkit from '../swrkit.js';
import {
  categories, checkNamespace, checkNamespacePrefix, checkRepository, checkRepositoryPrefix, escapeRepository,
  suggestNamespace, suggestRepository, unescapeRepository,
} from '../swrkit.js';

test('checkRepository: the error, its position in the string and in UTF-8, and the message', () => {
  const bad = checkRepository('team//app');
  assert.equal(bad.ok, false);
  assert.equal(bad.error, 'adjacent_separators');
  assert.equal(bad.position, 5);
  assert.equal(bad.byte, 5);
  assert.match(bad.message, /^Separators cannot/);
  const good = checkRepository('team/app');
  assert.deepEqual({ ...good, message: undefined }, { ok: true, error: 'none', position: 0, byte: 0, message: undefined });
});

test('lengths are UTF-8 bytes; positions are UTF-16 code units', () => {
  const long = checkNamespace('é'.repeat(40));
  assert.equal(long.error, 'too_long');
  assert.equal(long.byte, 64);
  assert.equal(long.position, 32);
  const emoji = checkRepository('ab🙂c');
  assert.equal(emoji.error, 'invalid_character');
  assert.equal(emoji.byte, 2);
  assert.equal(emoji.position, 2);
  const after = checkRepository('a🙂');
  assert.equal(after.position, 1);
});

test('every function throws a TypeError, naming itself, for anything but a string', () => {
  const functions = Object.entries(swrkit).filter(([, value]) => typeof value === 'function');
  assert.equal(functions.length, 8);
  const notStrings = [undefined, null, 0, 42, NaN, 1n, true, Symbol('s'), {}, [], ['a'], new String('abc'),
    { toString: () => 'abc' }, () => 'abc'];
  for (const [name, f] of functions) {
    for (const value of notStrings) {
      assert.throws(() => f(value), (e) => e instanceof TypeError && e.message.includes(name),
        `${name} of a ${typeof value}`);
    }
    assert.throws(() => f(), TypeError);
    assert.equal(typeof f('abc'), name.startsWith('check') ? 'object' : 'string');
  }
});

test('a character that the limit cuts is where a too_long points', () => {
  const cut = checkNamespace('a'.repeat(63) + 'é');  // bytes 63 and 64: the 65th byte is in it
  assert.deepEqual([cut.error, cut.byte, cut.position], ['too_long', 64, 63]);
  const pair = checkRepository('a'.repeat(126) + '🙂');  // bytes 126-129, UTF-16 units 126-127
  assert.deepEqual([pair.error, pair.byte, pair.position], ['too_long', 128, 126]);
});

test('a lone surrogate is an invalid_character where it stands', () => {
  const lone = checkRepository('ab\uD800c');
  assert.equal(lone.error, 'invalid_character');
  assert.equal(lone.position, 2);
  assert.equal(lone.byte, 2);
});

test('the rules of docs/names.md', () => {
  assert.equal(checkNamespace('my-org').ok, true);
  assert.equal(checkNamespace('1org').error, 'invalid_start');
  assert.equal(checkNamespace('library').error, 'reserved');
  assert.equal(checkNamespace('a___b').error, 'too_many_underscores');
  assert.equal(checkNamespace('a-').error, 'invalid_end');
  assert.equal(checkNamespace('').error, 'empty');
  assert.equal(checkRepository('1app').ok, true);
  assert.equal(checkRepository('x'.repeat(129)).error, 'too_long');
  assert.equal(checkRepository('x'.repeat(128)).ok, true);
});

test('as-you-type checks', () => {
  assert.equal(checkNamespacePrefix('my-').ok, true);
  assert.equal(checkNamespace('my-').ok, false);
  assert.equal(checkNamespacePrefix('My').error, 'invalid_character');
  assert.equal(checkRepositoryPrefix('team/').ok, true);
  assert.equal(checkRepositoryPrefix('team//').error, 'adjacent_separators');
});

test('suggestions, the wire form and the categories', () => {
  assert.equal(suggestNamespace('Café Ünïcode'), 'cafe-unicode');
  assert.equal(suggestRepository(' My App.git '), 'my-app.git');
  assert.equal(suggestNamespace('日本語'), '');
  assert.equal(escapeRepository('team/app'), 'team$app');
  assert.equal(unescapeRepository('team$app'), 'team/app');
  assert.deepEqual(categories, ['app_server', 'linux', 'framework_app', 'database', 'lang', 'other', 'windows', 'arm']);
});

test('suggestions: always a valid name or empty, and their own suggestion, on generated mixed text', () => {
  const pieces = ['a', 'Z', '7', '.', '_', '-', '/', ' ', '$', 'é', 'Ü', 'ß', 'Æ', '×', '日', '🙂', '\uD800', '\uDC00', '__', '--'];
  let seed = 12345;
  const random = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let n = 0; n < 5000; ++n) {
    let text = '';
    for (let i = random(60); i > 0; --i) text += pieces[random(pieces.length)];
    for (const [suggest, check] of [[suggestNamespace, checkNamespace], [suggestRepository, checkRepository]]) {
      const name = suggest(text);
      if (name !== '') assert.equal(check(name).ok, true, `${suggest.name}(${JSON.stringify(text)}) = ${name}`);
      assert.equal(suggest(name), name);
    }
  }
});
