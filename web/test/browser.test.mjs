// node --test: the demo form (demo/index.html) in headless Chromium, driven by puppeteer-core: typing Team//App
// key by key shows, at each step, the message the rules give for that text; clicking it puts the caret on the
// offending character; accepting the suggestion gives a valid name. Takes a screenshot (demo-screenshot.png in
// SWRKIT_SCREENSHOT_DIR, or the system's temporary folder). Then the packed, installed package imported by name
// from a page, through an import map. Needs Debian's chromium (/usr/lib/chromium/chromium, or CHROMIUM).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

import { checkRepository, checkRepositoryPrefix, suggestRepository } from '../swrkit.js';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.CHROMIUM ?? '/usr/lib/chromium/chromium';
const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm' };

// Serves `root` on a free loopback port.
function serve(root) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let browser;
before(async () => {
  assert.ok(existsSync(chromium), `headless Chromium is needed at ${chromium} (Debian: apt-get install chromium)`);
  browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox'] });
});
after(async () => browser?.close());

// What the demo shows under a field for `text` (its rule: an impossible prefix, else an incomplete name).
function expectedMessage(text) {
  const asTyped = checkRepositoryPrefix(text);
  if (!asTyped.ok) return asTyped;
  const complete = checkRepository(text);
  return text !== '' && !complete.ok ? complete : null;
}

test('the demo form: messages at each keystroke, the caret on the problem, the suggestion accepted', async () => {
  const server = await serve(web);
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 640, height: 520 });
    await page.goto(`http://127.0.0.1:${server.address().port}/demo/index.html`);
    await page.waitForFunction('window.swrkitDemoReady === true');
    const typed = 'Team//App';
    for (let i = 1; i <= typed.length; ++i) {
      await page.type('#repository', typed[i - 1]);
      const text = typed.slice(0, i);
      const shown = await page.$eval('#repository-feedback', (e) => e.textContent);
      assert.equal(shown, expectedMessage(text)?.message ?? '', `after typing ${JSON.stringify(text)}`);
    }
    assert.equal(await page.$eval('#create', (e) => e.disabled), true);
    await page.type('#namespace', 'my-org');

    // The message puts the caret on the offending character: 'T' at 0.
    await page.click('#repository-feedback');
    assert.deepEqual(await page.$eval('#repository', (e) => [e.selectionStart, e.selectionEnd]), [0, 1]);
    await page.screenshot({ path: join(process.env.SWRKIT_SCREENSHOT_DIR ?? tmpdir(), 'demo-screenshot.png') });

    const suggestion = suggestRepository(typed);
    assert.equal(await page.$eval('#repository-accept', (e) => e.textContent), `Use “${suggestion}”`);
    await page.click('#repository-accept');
    assert.equal(await page.$eval('#repository', (e) => e.value), suggestion);
    assert.equal(checkRepository(suggestion).ok, true);
    assert.equal(await page.$eval('#repository-feedback', (e) => e.textContent), '');
    assert.equal(await page.$eval('#create', (e) => e.disabled), false);
  } finally {
    server.close();
  }
});

test('the packed package, installed offline, imported by name in a page (import map)', async () => {
  const work = mkdtempSync(join(tmpdir(), 'swrkit-browser-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: web }).toString());
  writeFileSync(join(work, 'package.json'), '{"name":"page","version":"1.0.0","type":"module"}\n');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', join(work, packed[0].filename)], { cwd: work, stdio: 'pipe' });
  writeFileSync(join(work, 'index.html'), `<!doctype html><script type="importmap">
{"imports": {"swrkit": "/node_modules/swrkit/swrkit.js"}}</script>
<script type="module">import { checkNamespace, parseImageReference } from 'swrkit';
window.result = [checkNamespace('é'.repeat(40)), parseImageReference('[2001:db8::1]:5000/app:v1')];</script>`);
  const server = await serve(work);
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
    await page.waitForFunction('window.result !== undefined');
    const [result, reference] = await page.evaluate('window.result');
    assert.deepEqual([result.error, result.byte, result.position], ['too_long', 64, 32]);
    assert.deepEqual(reference, { ok: true, registry: '[2001:db8::1]:5000', path: 'app', tag: 'v1', digest: '' });
  } finally {
    server.close();
  }
});
