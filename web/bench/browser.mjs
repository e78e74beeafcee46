// Runs bench/speed.mjs in headless Chromium (puppeteer-core, Debian's chromium or CHROMIUM), from a page served on
// a free loopback port, and prints its table: the engines' costs differ (TextEncoder.encodeInto costs about 90 ns in
// Node 20 and 250 in Chromium), and web forms are where the package runs.
// Usage: node bench/browser.mjs [--each-length] [--json]
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const page = '<!doctype html><link rel="icon" href="data:,">' +
  '<script type="module">import "./speed.mjs"; window.benchDone = true;</script>';
const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
  if (path === '/bench/speed.html') return response.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
  try {
    const body = await readFile(join(web, path));
    response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/lib/chromium/chromium', headless: true, args: ['--no-sandbox'],
});
try {
  const tab = await browser.newPage();
  tab.on('console', (message) => console.log(message.text()));
  tab.on('pageerror', (error) => {
    console.error(error);
    process.exitCode = 1;
  });
  const query = encodeURIComponent(process.argv.slice(2).join('&'));
  await tab.goto(`http://127.0.0.1:${server.address().port}/bench/speed.html?${query}`);
  await tab.waitForFunction('window.benchDone === true', { timeout: 0 });
} finally {
  await browser.close();
  server.close();
}
