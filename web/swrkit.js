// swrkit for JavaScript: the name, tag and image reference rules, diagnostics and suggestions of the swrkit C++
// headers, compiled to WebAssembly (swrkit.wasm, embedded in hex in swrkit-wasm.js). The module is compiled
// asynchronously, once, by the top-level await below. Lengths are counted in UTF-8 bytes, as SWR counts them;
// `position` is an index into the JavaScript string (UTF-16 code units, for setSelectionRange), `byte` the offset in
// UTF-8. A lone surrogate becomes U+FFFD on the way to UTF-8, so it is reported as an invalid_character where it
// stands.
import { wasmHex } from './swrkit-wasm.js';

// Two lowercase hex digits a byte.
function decodeHex(text) {
  const digit = (i) => {
    const c = text.charCodeAt(i);
    return c <= 0x39 ? c - 0x30 : c - 0x57;
  };
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; ++i) bytes[i] = (digit(2 * i) << 4) | digit(2 * i + 1);
  return bytes;
}

const { instance } = await WebAssembly.instantiate(decodeHex(wasmHex));
const x = instance.exports;
x._initialize();  // a WASI reactor's constructors, once
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const NAMESPACE = 0;
const REPOSITORY = 1;
const TAG = 2;
const PARTS = 48;  // a parser's answer, 12 words at base (exports.cpp, parse_reference); the text after it

// Linear memory from heap_base on is the loader's: the module allocates nothing and reads and writes where it is
// told. A text goes there as UTF-8, at most 3 bytes a UTF-16 code unit; when it needs more room than there is, the
// memory grows by whole 64 KiB pages (for good: WebAssembly memory never shrinks). Growing detaches the views of
// the old memory, so they are made again.
const base = x.heap_base();
// A check looks at most at the first max_length + 1 bytes of a text: a longer one is too_long at the maximum
// whatever follows (docs/names.md, "Diagnostics"; docs/references.md, "Tags"). encodeInto writes whole characters
// of at most 4 bytes, so a window of max_length + 4 bytes gets at least max_length + 1 of them from any text that
// has as many (and ASCII, copied a byte a code unit, fills it). A reference is read whole: its registry has no
// length limit.
const checkWindow = Math.max(...[NAMESPACE, REPOSITORY, TAG].map((kind) => x.max_length(kind))) + 4;
let memory;  // all of linear memory
let checkBytes;  // the check's bytes at base
let words;  // a parser's answer at base, little-endian as WebAssembly's memory is
function viewMemory() {
  memory = new Uint8Array(x.memory.buffer);
  checkBytes = memory.subarray(base, base + checkWindow);
  words = new DataView(x.memory.buffer, base, PARTS);
}
// Makes sure that the `size` bytes from base on are in linear memory.
function reserve(size) {
  const missing = base + size - x.memory.buffer.byteLength;
  if (missing > 0) {
    x.memory.grow(Math.ceil(missing / 65536));
    viewMemory();
  }
}
viewMemory();
reserve(Math.max(checkWindow, PARTS));

// Every function takes a string; anything else, String(undefined) being "undefined", would be checked as text that
// nobody typed.
function requireString(text, functionName) {
  if (typeof text !== 'string') {
    throw new TypeError(`swrkit: ${functionName} takes a string, not ${text === null ? 'null' : typeof text}`);
  }
}

// Writes the whole of `text` as UTF-8 at `at`; returns the number of bytes.
function put(text, at) {
  reserve(at - base + 3 * text.length);
  return encoder.encodeInto(text, memory.subarray(at)).written;
}

function getString(at, length) {
  return decoder.decode(memory.subarray(at, at + length));
}

function cString(pointer) {
  return decoder.decode(memory.subarray(pointer, memory.indexOf(0, pointer)));
}

// The checks' error names and messages, read from the module once: [code] and [kind][code]. The parsers' other
// codes, their fields and messages ([field][code]) are read when first reported.
const errorNames = Array.from({ length: x.error_count() }, (_, code) => cString(x.error_name(code)));
const messages = [NAMESPACE, REPOSITORY, TAG]
  .map((kind) => errorNames.map((_, code) => cString(x.message(code, kind))));
const fieldNames = [];
const referenceMessages = [];

// The index in `text` (UTF-16 code units) of the character that holds UTF-8 byte `byte`: a character that a
// limit cuts in two is the one pointed at.
function utf16Index(text, byte) {
  let bytes = 0;
  let index = 0;
  while (index < text.length) {
    const cp = text.codePointAt(index);
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes > byte) break;
    index += cp > 0xffff ? 2 : 1;
  }
  return index;
}

function check(kind, prefix, text, functionName) {
  requireString(text, functionName);
  // ASCII, what names and tags are, is copied code unit by code unit (as much of it as the window holds):
  // encodeInto's call costs more than copying a whole name (about 90 ns in Node 20, 250 in Chromium). A text with
  // anything else, never valid, goes through encodeInto. `units` and `bytes` are what the module gets, as UTF-16
  // code units and as UTF-8 bytes: as many exactly when they are all ASCII.
  let units = Math.min(text.length, checkWindow);
  let bytes = units;
  for (let i = 0; i < units; ++i) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      ({ read: units, written: bytes } = encoder.encodeInto(text, checkBytes));
      break;
    }
    memory[base + i] = c;
  }
  const packed = x.check(kind, prefix, base, bytes);
  const code = packed >>> 24;
  const byte = packed & 0xffffff;
  return {
    ok: code === 0, error: errorNames[code], position: units === bytes ? byte : utf16Index(text, byte), byte,
    message: messages[kind][code],
  };
}

function suggest(kind, text, functionName) {
  requireString(text, functionName);
  const room = x.max_length(kind);  // the suggestion at base, the text after it
  return getString(base, x.suggest(kind, base + room, put(text, base + room), base));
}

function escape(escaping, text, functionName) {
  requireString(text, functionName);
  const length = put(text, base);  // the text at base, its other form after it
  reserve(2 * length);
  return getString(base + length, x.escape(escaping, base, length, base + length));
}

// The parts of a parsed reference, from their addresses and lengths in the answer's words: slices of `text` (a
// reference that parses is ASCII, so its bytes are its string's code units), and the region id, read once from the
// module's region table.
function part(text, i) {
  const length = words.getUint32(8 * i + 4, true);
  const at = words.getUint32(8 * i, true) - (base + PARTS);
  return length === 0 ? '' : text.slice(at, at + length);
}
const regionIds = new Map();
function region() {
  const at = words.getUint32(8, true);
  if (!regionIds.has(at)) regionIds.set(at, getString(at, words.getUint32(12, true)));
  return regionIds.get(at);
}

// The problem a parser reports: its field and code, where it is in `text` (whose UTF-8 form has `bytes` bytes) and
// its message.
function problem(code, text, bytes) {
  const field = words.getUint32(0, true);
  const byte = words.getUint32(4, true);
  errorNames[code] ??= cString(x.error_name(code));
  fieldNames[field] ??= cString(x.field_name(field));
  const fieldMessages = (referenceMessages[field] ??= []);
  fieldMessages[code] ??= cString(x.error_message(code, field));
  return {
    ok: false, field: fieldNames[field], error: errorNames[code],
    position: bytes === text.length ? byte : utf16Index(text, byte), byte, message: fieldMessages[code],
  };
}

// Parses `text` with parse_image_reference (swr 0) or parse_swr_image_reference (swr 1): the problem, or null and
// the parts in the answer's words.
function parse(swr, text, functionName) {
  requireString(text, functionName);
  const bytes = put(text, base + PARTS);
  const code = x.parse_reference(swr, base + PARTS, bytes, base);
  return code === 0 ? null : problem(code, text, bytes);
}

export const checkNamespace = (text) => check(NAMESPACE, 0, text, 'checkNamespace');
export const checkRepository = (text) => check(REPOSITORY, 0, text, 'checkRepository');
export const checkNamespacePrefix = (text) => check(NAMESPACE, 1, text, 'checkNamespacePrefix');
export const checkRepositoryPrefix = (text) => check(REPOSITORY, 1, text, 'checkRepositoryPrefix');
export const checkTag = (text) => check(TAG, 0, text, 'checkTag');
export const checkTagPrefix = (text) => check(TAG, 1, text, 'checkTagPrefix');
export const parseImageReference = (text) => parse(0, text, 'parseImageReference') ?? {
  ok: true, registry: part(text, 0), path: part(text, 1), tag: part(text, 2), digest: part(text, 3),
};
export const parseSwrImageReference = (text) => parse(1, text, 'parseSwrImageReference') ?? {
  ok: true, registry: part(text, 0), region: region(), namespace: part(text, 2), repository: part(text, 3),
  tag: part(text, 4), digest: part(text, 5),
};
export const suggestNamespace = (text) => suggest(NAMESPACE, text, 'suggestNamespace');
export const suggestRepository = (text) => suggest(REPOSITORY, text, 'suggestRepository');
export const escapeRepository = (name) => escape(1, name, 'escapeRepository');
export const unescapeRepository = (wire) => escape(0, wire, 'unescapeRepository');
export const categories = Object.freeze(
  Array.from({ length: x.category_count() }, (_, i) => cString(x.category_name(i))),
);
