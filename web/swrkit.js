// swrkit for JavaScript: the name rules, diagnostics and suggestions of the swrkit C++ headers, compiled to
// WebAssembly (swrkit.wasm, embedded as base64 in swrkit-wasm.js). The module is compiled asynchronously, once,
// by the top-level await below. Lengths are counted in UTF-8 bytes, as SWR counts them; `position` is an index
// into the JavaScript string (UTF-16 code units, for setSelectionRange), `byte` the offset in UTF-8. A lone
// surrogate becomes U+FFFD on the way to UTF-8, so it is reported as an invalid_character where it stands.
import { wasmBase64 } from './swrkit-wasm.js';

function decodeBase64(text) {
  if (typeof atob === 'function') return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  return new Uint8Array(Buffer.from(text, 'base64'));
}

const { instance } = await WebAssembly.instantiate(decodeBase64(wasmBase64));
const x = instance.exports;
x._initialize();  // a WASI reactor's constructors, once
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const NAMESPACE = 0;
const REPOSITORY = 1;

// Linear memory from heap_base on is the loader's: the module allocates nothing and reads and writes where it is
// told. A text goes there as UTF-8, at most 3 bytes a UTF-16 code unit; when it needs more room than there is, the
// memory grows by whole 64 KiB pages (for good: WebAssembly memory never shrinks). Growing detaches the views of
// the old memory, so they are made again.
const base = x.heap_base();
// A check looks at most at the first max_length + 1 bytes of a text: a longer one is too_long at the maximum
// whatever follows (docs/names.md, "Diagnostics"). encodeInto writes whole characters of at most 4 bytes, so a
// window of max_length + 4 bytes gets at least max_length + 1 of them from any text that has as many (and ASCII,
// copied a byte a code unit, fills it).
const checkWindow = Math.max(x.max_length(NAMESPACE), x.max_length(REPOSITORY)) + 4;
let memory;  // all of linear memory
let checkBytes;  // the check's bytes at base
function viewMemory() {
  memory = new Uint8Array(x.memory.buffer);
  checkBytes = memory.subarray(base, base + checkWindow);
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
reserve(checkWindow);

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

// The error names and messages, read from the module once: [code] and [kind][code].
const errorNames = Array.from({ length: x.error_count() }, (_, code) => cString(x.error_name(code)));
const messages = [NAMESPACE, REPOSITORY].map((kind) => errorNames.map((_, code) => cString(x.message(code, kind))));

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
  // ASCII, what names are, is copied code unit by code unit (as much of it as the window holds): encodeInto's call
  // costs more than copying a whole name (about 90 ns in Node 20, 250 in Chromium). A text with anything else,
  // never a valid name, goes through encodeInto. `units` and `bytes` are what the module gets, as UTF-16 code
  // units and as UTF-8 bytes: as many exactly when they are all ASCII.
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

export const checkNamespace = (text) => check(NAMESPACE, 0, text, 'checkNamespace');
export const checkRepository = (text) => check(REPOSITORY, 0, text, 'checkRepository');
export const checkNamespacePrefix = (text) => check(NAMESPACE, 1, text, 'checkNamespacePrefix');
export const checkRepositoryPrefix = (text) => check(REPOSITORY, 1, text, 'checkRepositoryPrefix');
export const suggestNamespace = (text) => suggest(NAMESPACE, text, 'suggestNamespace');
export const suggestRepository = (text) => suggest(REPOSITORY, text, 'suggestRepository');
export const escapeRepository = (name) => escape(1, name, 'escapeRepository');
export const unescapeRepository = (wire) => escape(0, wire, 'unescapeRepository');
export const categories = Object.freeze(
  Array.from({ length: x.category_count() }, (_, i) => cString(x.category_name(i))),
);
