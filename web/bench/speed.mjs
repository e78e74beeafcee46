// Speed: swrkit's checkRepository and checkNamespace (error, position and message, through the WebAssembly module)
// against the RegExp a web developer would write from the rules (yes or no only), by band of length and on a mixed
// corpus. Each corpus is 100,000 generated names, 3 in 4 valid, the others with one mistake (an uppercase letter, a
// space, a '$', two dots or three underscores) at a random place; flat strings, as an input's value is. The RegExps
// are first checked to agree with swrkit on every name. The two engines take turns, 10 rounds each; the table gives
// each one's fastest round (a shared machine only ever adds time).
// Usage: node bench/speed.mjs [--each-length] [--json]   (--each-length: repositories of one length a corpus)
//        node bench/browser.mjs [--each-length]         (the same, in headless Chromium)
import { checkNamespace, checkRepository } from '../swrkit.js';

// In a page (bench/browser.mjs) the options come as the query: speed.html?--each-length.
const options = globalThis.process?.argv ?? decodeURIComponent(location.search.slice(1)).split('&');
const engine = globalThis.process
  ? `Node ${process.version}`
  : navigator.userAgent.match(/(Chrom\w+)\/(\S+)/).slice(1).join(' ');

const namespaceRegExp = /^(?!library$)(?=[^]{1,64}$)[a-z](?:[a-z0-9]|(?:[.]|__?|-+)(?=[a-z0-9]))*$/;
const repositoryRegExp = /^(?=[^]{1,128}$)[a-z0-9](?:[a-z0-9]|(?:[./]|__?|-+)(?=[a-z0-9]))*$/;

let seed = 0x2545f491;
const random = (n) => {
  seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
  return (seed >>> 0) % n;
};

// `count` names of `shortest` to `longest` characters; a repository's may hold '/'.
function generate(repository, shortest, longest, count = 100000) {
  const alphanumerics = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const separators = repository ? ['.', '_', '__', '-', '--', '/'] : ['.', '_', '__', '-', '--'];
  const mistakes = ['A', ' ', '$', '..', '___'];
  const names = [];
  while (names.length < count) {
    const length = shortest + random(longest - shortest + 1);
    let name = alphanumerics[random(26)];
    while (name.length < length) {
      name += random(5) === 0 ? separators[random(separators.length)] + alphanumerics[random(36)] : alphanumerics[random(36)];
    }
    name = name.slice(0, length);
    if (!/[a-z0-9]$/.test(name)) name = name.slice(0, -1) + alphanumerics[random(36)];
    if (random(4) === 0) {
      const fits = mistakes.filter((m) => m.length <= name.length);
      const mistake = fits[random(fits.length)];
      const at = random(name.length - mistake.length + 1);
      name = name.slice(0, at) + mistake + name.slice(at + mistake.length);
    }
    names.push(String.fromCharCode(...Array.from(name, (c) => c.charCodeAt(0))));  // a flat string
  }
  return names;
}

function measure(names, check, regexp) {
  let sink = 0;
  const engines = [
    () => { for (const name of names) sink += check(name).position; },
    () => { for (const name of names) sink += regexp.test(name) ? 1 : 0; },
  ];
  const best = [Infinity, Infinity];
  for (let round = 0; round < 10; ++round) {
    engines.forEach((run, i) => {
      const start = performance.now();
      run();
      best[i] = Math.min(best[i], ((performance.now() - start) * 1e6) / names.length);
    });
  }
  return { swrkitNs: best[0], regexpNs: best[1], sink };
}

const corpora = options.includes('--each-length')
  ? [1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128].map((length) => ['repositories', length, length])
  : [
    ['repositories', 1, 16], ['repositories', 17, 32], ['repositories', 33, 64], ['repositories', 65, 128],
    ['repositories', 3, 128],
    ['namespaces', 1, 16], ['namespaces', 17, 32], ['namespaces', 33, 64], ['namespaces', 3, 64],
  ];
const rows = [];
for (const [names, shortest, longest] of corpora) {
  const repository = names === 'repositories';
  const [check, regexp] = repository ? [checkRepository, repositoryRegExp] : [checkNamespace, namespaceRegExp];
  const corpus = generate(repository, shortest, longest);
  const disagreements = corpus.filter((name) => check(name).ok !== regexp.test(name)).length;
  if (disagreements !== 0) throw new Error(`the ${names} RegExp disagrees with swrkit on ${disagreements} names`);
  const valid = corpus.filter((name) => regexp.test(name)).length / corpus.length;
  rows.push({ names, lengths: `${shortest}–${longest}`, valid, ...measure(corpus, check, regexp) });
}
if (options.includes('--json')) {
  console.log(JSON.stringify(rows));
} else {
  console.log(`${engine}, 100,000 generated names a corpus, fastest of 10 rounds (ns per name)\n`);
  console.log('| names | characters | valid | swrkit (error, position, message) | RegExp (yes/no) | swrkit vs RegExp |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const [shortest, longest] = r.lengths.split('–');
    const lengths = shortest === longest ? shortest : shortest === '3' ? `${r.lengths}, mixed` : r.lengths;
    console.log(`| ${r.names} | ${lengths} | ${Math.round(100 * r.valid)} % | ${r.swrkitNs.toFixed(0)} | ` +
      `${r.regexpNs.toFixed(0)} | ${(r.regexpNs / r.swrkitNs).toFixed(2)}× |`);
  }
}
