// node --test: the package's API against the rules of docs/names.md and docs/references.md, through the WebAssembly
// module.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import * as swrkit from '../swrkit.js';
import {
  categories, checkNamespace, checkNamespacePrefix, checkRepository, checkRepositoryPrefix, checkTag, checkTagPrefix,
  escapeRepository, parseImageReference, parseSwrImageReference, suggestNamespace, suggestRepository,
  unescapeRepository,
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
  assert.equal(functions.length, 12);
  const notStrings = [undefined, null, 0, 42, NaN, 1n, true, Symbol('s'), {}, [], ['a'], new String('abc'),
    { toString: () => 'abc' }, () => 'abc'];
  for (const [name, f] of functions) {
    for (const value of notStrings) {
      assert.throws(() => f(value), (e) => e instanceof TypeError && e.message.includes(name),
        `${name} of a ${typeof value}`);
    }
    assert.throws(() => f(), TypeError);
    assert.equal(typeof f('abc'), /^(check|parse)/.test(name) ? 'object' : 'string');
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

test('tags: the rules of docs/references.md, with their own messages', () => {
  for (const tag of ['v1.2', 'latest', 'V1.2.3-rc.1', '_build', '1', 'x..y', 'x--', 'a'.repeat(128)]) {
    assert.equal(checkTag(tag).ok, true, tag);
  }
  const cases = [['', 'empty', 0], ['a'.repeat(129), 'too_long', 128], ['.v1', 'invalid_start', 0],
    ['-v1', 'invalid_start', 0], ['v1+build', 'invalid_character', 2], ['v1:2', 'invalid_character', 2],
    ['$v', 'invalid_character', 0]];
  for (const [tag, error, byte] of cases) {
    assert.deepEqual([checkTag(tag).error, checkTag(tag).byte], [error, byte], tag);
  }
  assert.deepEqual(checkTag('v1+build'), { ok: false, error: 'invalid_character', position: 2, byte: 2,
    message: "Only letters, digits, '_', '.' and '-' are allowed in a tag." });
  assert.equal(checkTag('.v1').message, "A tag must start with a letter, a digit or '_'.");
  assert.equal(checkTag('').message, 'The tag is empty.');
  assert.equal(checkTag('v1').message, 'The tag is valid.');
  for (const prefix of ['', 'v1.', 'v1-', 'a'.repeat(128)]) assert.equal(checkTagPrefix(prefix).ok, true, prefix);
  assert.equal(checkTagPrefix('.').error, 'invalid_start');
  assert.deepEqual([checkTagPrefix('a b').error, checkTagPrefix('a b').position], ['invalid_character', 1]);
  assert.deepEqual([checkTagPrefix('a'.repeat(129)).error, checkTagPrefix('a'.repeat(129)).byte], ['too_long', 128]);
  const cut = checkTag(`${'a'.repeat(127)}é`);  // bytes 127 and 128: the 129th byte is in it
  assert.deepEqual([cut.error, cut.byte, cut.position], ['too_long', 128, 127]);
  assert.deepEqual([checkTag('v1é').error, checkTag('🙂v1é').position], ['invalid_character', 0]);
});

test('image references: the parts, absent ones as empty strings, as docs/references.md has them', () => {
  const digest = 'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
  const cases = [
    ['app', '', 'app', '', ''],
    ['team/app:v1', '', 'team/app', 'v1', ''],
    ['localhost/app', 'localhost', 'app', '', ''],
    ['localhost:5000/app:v1', 'localhost:5000', 'app', 'v1', ''],
    ['localhost:5000', '', 'localhost', '5000', ''],
    ['Uppercase/lowercase:tag', 'Uppercase', 'lowercase', 'tag', ''],
    ['foo/foo_bar.com:8080', '', 'foo/foo_bar.com', '8080', ''],
    ['[2001:db8::1]:5000/app:v1', '[2001:db8::1]:5000', 'app', 'v1', ''],
    ['swr.cn-north-4.myhuaweicloud.com/my-org/team/app:v1.2', 'swr.cn-north-4.myhuaweicloud.com', 'my-org/team/app',
      'v1.2', ''],
    [`app@${digest}`, '', 'app', '', digest],
  ];
  for (const [text, registry, path, tag, d] of cases) {
    assert.deepEqual(parseImageReference(text), { ok: true, registry, path, tag, digest: d }, text);
  }
});

test('image references: the field, the error, its position in the string and in UTF-8, and the message', () => {
  const cases = [
    ['', 'image_path', 'empty', 0], [':v1', 'image_path', 'empty', 0], ['example.com/', 'image_path', 'empty', 12],
    ['App', 'image_path', 'invalid_character', 0], ['example.com/Team/app', 'image_path', 'invalid_character', 12],
    ['-app', 'image_path', 'invalid_start', 0], ['app-', 'image_path', 'invalid_end', 3],
    ['a//b', 'image_path', 'adjacent_separators', 2], ['a___b', 'image_path', 'too_many_underscores', 3],
    [`example.com/${'a'.repeat(256)}`, 'image_path', 'too_long', 267],
    ['-example.com/app', 'registry', 'invalid_host', 0], ['example-.com/app', 'registry', 'invalid_host', 7],
    ['exa_mple.com/app', 'registry', 'invalid_host', 3], ['example.com:/app', 'registry', 'invalid_host', 12],
    ['[fe80::1%eth0]:5000/app', 'registry', 'invalid_host', 8],
    ['app:', 'tag', 'empty', 4], ['app:.v1', 'tag', 'invalid_start', 4], ['app:v1:v2', 'tag', 'invalid_character', 6],
    [`app:${'a'.repeat(129)}`, 'tag', 'too_long', 132],
    ['app@', 'digest', 'empty', 4], [`app@md5:${'a'.repeat(32)}`, 'digest', 'unsupported_algorithm', 4],
    [`app@sha256:${'a'.repeat(34)}`, 'digest', 'invalid_length', 45],
  ];
  for (const [text, field, error, byte] of cases) {
    const got = parseImageReference(text);
    assert.deepEqual([got.ok, got.field, got.error, got.byte, got.position], [false, field, error, byte, byte], text);
  }
  assert.deepEqual(parseImageReference('example.com/Team/app'), {
    ok: false, field: 'image_path', error: 'invalid_character', position: 12, byte: 12,
    message: "An image path holds only lowercase letters, digits, '.', '_', '-' and '/'.",
  });
  assert.match(parseImageReference('app:.v1').message, /^A tag must start/);
  assert.match(parseImageReference(`app@sha256:${'a'.repeat(34)}`).message, /^A digest has 64 hex digits for sha256/);
  // Positions index the string: a limit is the only problem that can have other characters than ASCII before it.
  const wide = parseImageReference(`app:${'🙂'.repeat(70)}`);  // the tag's 129th byte starts its 33rd 🙂
  assert.deepEqual([wide.field, wide.error, wide.byte, wide.position], ['tag', 'too_long', 132, 4 + 64]);
  const cut = parseImageReference(`example.com/${'é'.repeat(200)}`);  // the path's 256th byte is in its 128th é
  assert.deepEqual([cut.error, cut.byte, cut.position], ['too_long', 267, 12 + 127]);
  const lone = parseImageReference('app:v\uD800');
  assert.deepEqual([lone.field, lone.error, lone.byte, lone.position], ['tag', 'invalid_character', 5, 5]);
});

test('SWR image references: the region, the organization and the repository, or where it stops being one', () => {
  assert.deepEqual(parseSwrImageReference('swr.cn-north-4.myhuaweicloud.com/my-org/team/app:v1.2'), {
    ok: true, registry: 'swr.cn-north-4.myhuaweicloud.com', region: 'cn-north-4', namespace: 'my-org',
    repository: 'team/app', tag: 'v1.2', digest: '',
  });
  const digest = `sha512:${'0123456789abcdef'.repeat(8)}`;
  assert.deepEqual(parseSwrImageReference(`swr.eu-west-101.myhuaweicloud.eu/org/app@${digest}`), {
    ok: true, registry: 'swr.eu-west-101.myhuaweicloud.eu', region: 'eu-west-101', namespace: 'org',
    repository: 'app', tag: '', digest,
  });
  const cases = [
    ['my-org/app', 'registry', 'unknown_registry', 0], ['docker.io/my-org/app', 'registry', 'unknown_registry', 0],
    ['swr.mars-1.myhuaweicloud.com/org/app', 'registry', 'unknown_registry', 4],
    ['swr.cn-north-4.myhuaweicloud.com:443/org/app', 'registry', 'unknown_registry', 32],
    ['swr.eu-west-101.myhuaweicloud.com/org/app', 'registry', 'unknown_registry', 30],
    ['swr.cn-north-4.myhuaweicloud.com/1org/app', 'namespace', 'invalid_start', 33],
    ['swr.cn-north-4.myhuaweicloud.com/library/app', 'namespace', 'reserved', 33],
    ['swr.cn-north-4.myhuaweicloud.com/my-org', 'repository', 'empty', 39],
    ['swr.cn-north-4.myhuaweicloud.com/my-org/team//app', 'repository', 'adjacent_separators', 45],
    ['swr.cn-north-4.myhuaweicloud.com/my-org/app:-v1', 'tag', 'invalid_start', 44],
  ];
  for (const [text, field, error, byte] of cases) {
    const got = parseSwrImageReference(text);
    assert.deepEqual([got.ok, got.field, got.error, got.byte, got.position], [false, field, error, byte, byte], text);
  }
  assert.equal(parseSwrImageReference('swr.cn-north-4.myhuaweicloud.com/library/app').message,
    "The name 'library' is reserved by SWR.");
  assert.equal(parseSwrImageReference('swr.cn-north-4.myhuaweicloud.com/my-org/App').message,
    "Only lowercase letters, digits, '.', '/', '_' and '-' are allowed in a repository name.");
  assert.match(parseSwrImageReference('quay.io/org/app').message, /^The registry is not the SWR registry/);
  // The organization's 65th byte is the first of its 33rd 'é': position 33 + 32.
  const long = parseSwrImageReference(`swr.cn-north-4.myhuaweicloud.com/${'é'.repeat(40)}/app`);
  assert.deepEqual([long.field, long.error, long.byte, long.position], ['namespace', 'too_long', 97, 65]);
});
