// Speed, in one run: swrkit's checkRepository / checkNamespace (error, position and message, through the
// WebAssembly module) against the RegExp a web developer would write from the rules (yes or no only), on
// 100,000 generated names, 3 in 4 valid, 3-128 bytes. The RegExps are first checked to agree with swrkit.
// Usage: node bench/speed.mjs [--json]
import { checkNamespace, checkRepository } from '../swrkit.js';

const namespaceRegExp = /^(?!library$)(?=[^]{1,64}$)[a-z](?:[a-z0-9]|(?:[.]|__?|-+)(?=[a-z0-9]))*$/;
const repositoryRegExp = /^(?=[^]{1,128}$)[a-z0-9](?:[a-z0-9]|(?:[./]|__?|-+)(?=[a-z0-9]))*$/;

let seed = 0x2545f491;
const random = (n) => {
  seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
  return (seed >>> 0) % n;
};
function generate(limit) {
  const names = [];
  const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const separators = ['.', '_', '__', '-', '--', '/'];
  while (names.length < 100000) {
    const target = 3 + random(limit - 2);
    let name = letters[random(26)];
    while (name.length < target) {
      name += random(5) === 0 ? separators[random(separators.length)] + letters[random(36)] : letters[random(36)];
    }
    name = name.slice(0, target);
    if (random(4) === 0) {  // 1 in 4 broken
      const at = random(name.length);
      name = name.slice(0, at) + ['A', ' ', '//', '$', '___'][random(5)] + name.slice(at + 1);
    }
    names.push(name);
  }
  return names;
}

function time(run) {
  let best = Infinity;
  for (let round = 0; round < 5; ++round) {
    const start = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - start));
  }
  return best;
}

const rows = [];
for (const [label, check, regexp, limit] of [
  ['repositories', checkRepository, repositoryRegExp, 128],
  ['namespaces', checkNamespace, namespaceRegExp, 64],
]) {
  const names = generate(limit);
  let disagreements = 0;
  for (const name of names) if (check(name).ok !== regexp.test(name)) ++disagreements;
  if (disagreements !== 0) throw new Error(`the ${label} RegExp disagrees with swrkit on ${disagreements} names`);
  let sink = 0;
  const swrkit = time(() => { for (const name of names) sink += check(name).position; });
  const regex = time(() => { for (const name of names) sink += regexp.test(name) ? 1 : 0; });
  rows.push({ names: label, swrkitNs: swrkit / names.length, regexpNs: regex / names.length, sink });
}
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows));
} else {
  console.log(`Node ${process.version}, 100,000 generated names each, best of 5 rounds (ns per name)\n`);
  console.log('| names | swrkit (error, position, message) | RegExp (yes/no) | swrkit vs RegExp |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(`| ${r.names} | ${r.swrkitNs.toFixed(0)} | ${r.regexpNs.toFixed(0)} | ${(r.regexpNs / r.swrkitNs).toFixed(2)}× |`);
  }
}
