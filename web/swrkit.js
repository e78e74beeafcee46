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
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const bufferSize = x.buffer_size();
// The module never grows its memory (it allocates nothing), so these views stay valid.
const input = new Uint8Array(x.memory.buffer, x.input(), bufferSize);
const output = new Uint8Array(x.memory.buffer, x.output(), bufferSize);

// Puts `text` into the input buffer as UTF-8; returns the number of bytes written (at most 64 KiB: a longer
// text is too long for any name anyway). Short ASCII text, what names mostly are, is copied without
// TextEncoder, whose call costs more than the copy; from 16 characters on, encodeInto is faster.
function put(text) {
  const length = text.length;
  if (length < 16) {
    let i = 0;
    for (; i < length; ++i) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) break;
      input[i] = c;
    }
    if (i === length) return length;
  }
  return encoder.encodeInto(text, input).written;
}

function cString(pointer) {
  const bytes = new Uint8Array(x.memory.buffer, pointer);
  return decoder.decode(bytes.subarray(0, bytes.indexOf(0)));
}

function outputString(length) {
  return decoder.decode(output.subarray(0, length));
}

// The error names and messages, read from the module once: [code] and [kind][code].
const errorCount = x.error_count();  // none .. reserved
const errorNames = Array.from({ length: errorCount }, (_, code) => cString(x.error_name(code)));
const messages = [0, 1].map((kind) => Array.from({ length: errorCount }, (_, code) => cString(x.message(code, kind))));

// The index in `text` (UTF-16 code units) of the UTF-8 byte offset `byte`.
function utf16Index(text, byte) {
  let bytes = 0;
  let index = 0;
  while (index < text.length && bytes < byte) {
    const cp = text.codePointAt(index);
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    index += cp > 0xffff ? 2 : 1;
  }
  return index;
}

const NAMESPACE = 0;
const REPOSITORY = 1;

function check(kind, prefix, text) {
  text = String(text);
  const written = put(text);
  const packed = x.check(kind, prefix ? 1 : 0, written) >>> 0;
  const code = packed >>> 24;
  const byte = packed & 0xffffff;
  const position = written === text.length ? byte : utf16Index(text, byte);  // as many bytes as units: ASCII
  return { ok: code === 0, error: errorNames[code], position, byte, message: messages[kind][code] };
}

export const checkNamespace = (text) => check(NAMESPACE, false, text);
export const checkRepository = (text) => check(REPOSITORY, false, text);
export const checkNamespacePrefix = (text) => check(NAMESPACE, true, text);
export const checkRepositoryPrefix = (text) => check(REPOSITORY, true, text);
export const suggestNamespace = (text) => outputString(x.suggest(NAMESPACE, put(text)));
export const suggestRepository = (text) => outputString(x.suggest(REPOSITORY, put(text)));
export const escapeRepository = (name) => outputString(x.escape(1, put(name)));
export const unescapeRepository = (wire) => outputString(x.escape(0, put(wire)));
export const categories = Object.freeze(
  Array.from({ length: x.category_count() }, (_, i) => cString(x.category_name(i))),
);
