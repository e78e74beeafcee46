// node --test: `npm pack` makes a tarball of at most 20 KiB (gzipped: the wasm module, once, and the JavaScript
// with the messages and suggestions), which installs offline into an empty project and imports by name.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');

test('npm pack: at most 20 KiB; installed offline into an empty project, it imports by name', () => {
  const work = mkdtempSync(join(tmpdir(), 'swrkit-pack-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: web }).toString());
  const tarball = join(work, packed[0].filename);
  assert.ok(statSync(tarball).size <= 20 * 1024, `the package is ${statSync(tarball).size} bytes gzipped`);
  const names = packed[0].files.map((f) => f.path).sort();
  assert.deepEqual(names, ['package.json', 'swrkit-wasm.js', 'swrkit.d.ts', 'swrkit.js']);

  const project = join(work, 'project');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), '{"name":"consumer","version":"1.0.0","type":"module"}\n');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project, stdio: 'pipe' });
  writeFileSync(join(project, 'main.js'),
    "import { checkRepository, parseSwrImageReference, suggestNamespace } from 'swrkit';\n" +
    "console.log(JSON.stringify([checkRepository('team//app').error, suggestNamespace('Café Ünïcode'),\n" +
    "  parseSwrImageReference('swr.cn-north-4.myhuaweicloud.com/my-org/team/app:v1').region]));\n");
  const out = execFileSync('node', ['main.js'], { cwd: project }).toString().trim();
  assert.equal(out, '["adjacent_separators","cafe-unicode","cn-north-4"]');
});
