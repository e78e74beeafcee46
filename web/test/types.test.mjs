// node --test: the TypeScript declarations (swrkit.d.ts) against the module, through the TypeScript compiler: they
// compile under --strict; they declare exactly the module's exports; every function takes strings and documents its
// TypeError; NameCheck's `error` is the union of exactly the rule names the module reports, and so are a tag
// check's errors and a reference parser's errors and fields.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

import * as swrkit from '../swrkit.js';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const declarations = join(web, 'swrkit.d.ts');

// The rule names as the module gives them: its own table (error_name for each code below error_count), and what
// the checks return on a text that breaks each rule; the two must agree.
async function ruleNames() {
  const { instance } = await WebAssembly.instantiate(readFileSync(join(web, 'swrkit.wasm')));
  const x = instance.exports;
  const memory = new Uint8Array(x.memory.buffer);
  const table = Array.from({ length: x.error_count() }, (_, code) => {
    const at = x.error_name(code);
    return new TextDecoder().decode(memory.subarray(at, memory.indexOf(0, at)));
  });
  const returned = new Set(['ok', '', 'x'.repeat(129), 'A', '1a', 'a-', 'a.-b', 'a___b', 'library']
    .map((text) => swrkit.checkNamespace(text).error));
  assert.deepEqual([...returned].sort(), [...table].sort());
  return table;
}

// Compiles each source as a file of the package's folder that imports the declarations (the declarations
// checked too, under --strict); returns each one's diagnostics.
function compile(...sources) {
  const files = new Map(sources.map((source, i) => [join(web, `declarations-check-${i}.ts`), source]));
  const options = {
    strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022, types: [], skipDefaultLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, ...rest) => (files.has(name)
    ? ts.createSourceFile(name, files.get(name), ts.ScriptTarget.ES2022)
    : getSourceFile.call(host, name, ...rest));
  host.fileExists = (name) => files.has(name) || fileExists.call(host, name);
  host.readFile = (name) => files.get(name) ?? readFile.call(host, name);
  const program = ts.createProgram([...files.keys()], options, host);
  const messages = (diagnostics) => diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  const declared = program.getSourceFile(declarations);
  assert.deepEqual(messages([...program.getGlobalDiagnostics(), ...program.getSyntacticDiagnostics(declared),
    ...program.getSemanticDiagnostics(declared)]), []);
  return [...files.keys()].map((file) => messages(ts.getPreEmitDiagnostics(program, program.getSourceFile(file))));
}

test('swrkit.d.ts declares exactly the exports, functions of strings that document their TypeError', () => {
  const source = ts.createSourceFile(declarations, readFileSync(declarations, 'utf8'), ts.ScriptTarget.ES2022, true);
  const declared = new Map();
  source.forEachChild((node) => {
    if (ts.isFunctionDeclaration(node)) declared.set(node.name.text, node);
    if (ts.isVariableStatement(node)) for (const d of node.declarationList.declarations) declared.set(d.name.text, d);
  });
  assert.deepEqual([...declared.keys()].sort(), Object.keys(swrkit).sort());
  for (const [name, node] of declared) {
    if (typeof swrkit[name] !== 'function') continue;
    assert.ok(ts.isFunctionDeclaration(node), `${name} is declared as a function`);
    for (const p of node.parameters) {
      assert.equal(p.type?.kind, ts.SyntaxKind.StringKeyword, `${name}: ${p.name.text} is a string`);
    }
    const throws = ts.getJSDocTags(node).filter((tag) => tag.tagName.text === 'throws');
    assert.equal(throws.length, 1, `${name} has one @throws`);
    assert.match(throws[0].getText(source), /^@throws \{TypeError\} \S/, `${name}: @throws {TypeError}, with why`);
  }
});

test("NameCheck's error is the union of exactly the rule names the module reports", async () => {
  const names = await ruleNames();
  const union = (list) => list.map((n) => JSON.stringify(n)).join(' | ');
  const [uses, wrongUnion] = compile(`import { checkNamespace, type NameCheck, type NameError } from './swrkit.js';
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const exact: Same<NameCheck['error'], ${union(names)}> = true;
const alias: Same<NameError, NameCheck['error']> = true;
const result: NameCheck = checkNamespace('my-org');
const error: NameError = result.error;
// @ts-expect-error: a name the module never reports
const wrong: NameError = 'bad_name';
// @ts-expect-error: the functions take strings
checkNamespace(undefined);
// @ts-expect-error: the functions take strings
checkNamespace(42);
export { exact, alias, error, wrong };
`, `import type { NameCheck } from './swrkit.js';
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const exact: Same<NameCheck['error'], ${union(names.slice(1))}> = true;
`);
  assert.deepEqual(uses, []);
  assert.equal(wrongUnion.length, 1, 'the check itself: a union short of one name is refused');
});

// A text for each diagnosis of a tag and of each parser (docs/references.md), and a valid one.
const swr = 'swr.cn-north-4.myhuaweicloud.com/';
const sha256 = `sha256:${'a'.repeat(64)}`;
const tagTexts = ['v1', '', 'a'.repeat(129), 'a b', '.v1'];
const tagAndDigest = ['app:', 'app:.v1', 'app:v1:v2', `app:${'a'.repeat(129)}`, 'app@', `app@1sha:${'a'.repeat(64)}`,
  `app@sha++x:${'a'.repeat(64)}`, `app@sha 256:${'a'.repeat(64)}`, `app@sha256+:${'a'.repeat(64)}`, 'app@sha256',
  `app@md5:${'a'.repeat(32)}`, `app@sha256:${'a'.repeat(34)}`, `app:v1@${sha256}`];
const imageTexts = ['', `example.com/${'a'.repeat(256)}`, 'App', '-app', 'app-', 'a//b', 'a___b', '-example.com/app',
  ...tagAndDigest];
const swrTexts = ['docker.io/my-org/app', ...['', 'a'.repeat(65), 'A', '1a', 'a-', 'a.-b', 'a___b', 'library']
  .map((organization) => `${swr}${organization}/app`), ...['', 'a'.repeat(129), 'A', '-a', 'a-', 'a.-b', 'a___b']
  .map((repository) => `${swr}my-org/${repository}`), ...tagAndDigest.map((text) => `${swr}my-org/${text}`)];

test("a tag check's error and a parser's error and field are unions of exactly what the module reports", () => {
  const union = (values) => [...new Set(values)].map((n) => JSON.stringify(n)).join(' | ');
  const problems = (parse, texts) => texts.map(parse).filter((r) => !r.ok);
  const image = problems(swrkit.parseImageReference, imageTexts);
  const inSwr = problems(swrkit.parseSwrImageReference, swrTexts);
  assert.equal(image.length, imageTexts.length - 1);
  assert.equal(inSwr.length, swrTexts.length - 1);
  const [uses] = compile(`import { checkTag, parseImageReference, parseSwrImageReference, type TagCheck, type TagError,
  type ImageReference, type ImageReferenceError, type ImageReferenceField, type SwrImageReference,
  type SwrImageReferenceError, type SwrImageReferenceField } from './swrkit.js';
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Problem<R> = Extract<R, { ok: false }>;
const tag: Same<TagCheck['error'], ${union(tagTexts.map((t) => swrkit.checkTag(t).error))}> = true;
const tagAlias: Same<TagError, TagCheck['error']> = true;
const imageError: Same<Problem<ImageReference>['error'], ${union(image.map((r) => r.error))}> = true;
const imageField: Same<Problem<ImageReference>['field'], ${union(image.map((r) => r.field))}> = true;
const swrError: Same<Problem<SwrImageReference>['error'], ${union(inSwr.map((r) => r.error))}> = true;
const swrField: Same<Problem<SwrImageReference>['field'], ${union(inSwr.map((r) => r.field))}> = true;
const aliases: [Same<ImageReferenceError, Problem<ImageReference>['error']>,
  Same<ImageReferenceField, Problem<ImageReference>['field']>,
  Same<SwrImageReferenceError, Problem<SwrImageReference>['error']>,
  Same<SwrImageReferenceField, Problem<SwrImageReference>['field']>] = [true, true, true, true];
const checked: TagCheck = checkTag('v1');
const parsed = parseImageReference('team/app:v1');
const parts: string = parsed.ok ? parsed.path + parsed.registry + parsed.tag + parsed.digest : parsed.message;
const where: number = parsed.ok ? 0 : parsed.position + parsed.byte;
const inSwr = parseSwrImageReference('swr.cn-north-4.myhuaweicloud.com/my-org/app');
const organization: string = inSwr.ok ? inSwr.namespace + inSwr.region + inSwr.repository : inSwr.field;
// @ts-expect-error: the parts are there only when it parses
const unchecked: string = parsed.path;
// @ts-expect-error: a field the image parser never reports
const field: ImageReferenceField = 'namespace';
// @ts-expect-error: the functions take strings
parseSwrImageReference(null);
export { tag, tagAlias, imageError, imageField, swrError, swrField, aliases, checked, parts, where, organization,
  unchecked, field };
`);
  assert.deepEqual(uses, []);
});
