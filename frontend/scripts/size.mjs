// Prints the gzipped size of the JavaScript a first visit must download (the entry module and
// every chunk it modulepreloads) and fails the build above the budget. Lazy route chunks and
// the ECharts chunk are listed but not counted: they load only when a page needs them.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 200;
const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');

const initial = new Set();
for (const m of html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)) initial.add(m[1]);
for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) initial.add(m[1]);

const gz = (file) => gzipSync(readFileSync(join(dist, file.replace(/^\//, '')))).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

// Source maps publish the original source: only a developer build (KLIMANETT_SOURCEMAPS=1) may have them.
const maps = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.map'));
if (maps.length > 0 && process.env.KLIMANETT_SOURCEMAPS !== '1') {
  console.error(`Source maps in the production build: ${maps.join(', ')}`);
  process.exit(1);
}
for (const m of readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'))) {
  if (readFileSync(join(dist, 'assets', m), 'utf8').includes('//# sourceMappingURL=') && process.env.KLIMANETT_SOURCEMAPS !== '1') {
    console.error(`A source map is referenced from ${m}`);
    process.exit(1);
  }
}

let total = 0;
for (const file of initial) {
  const size = gz(file);
  total += size;
  console.log(`  initial  ${kb(size).padStart(7)} KB gz  ${file}`);
}
const lazy = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') && !initial.has(`/assets/${f}`));
const echarts = lazy.filter((f) => /echart/i.test(f));
for (const f of echarts) console.log(`  lazy     ${kb(gz(`assets/${f}`)).padStart(7)} KB gz  /assets/${f}`);
console.log(`  (${lazy.length} lazily loaded chunks in total)`);
console.log(`Initial JS: ${kb(total)} KB gzipped (budget ${BUDGET_KB} KB)`);
if (total > BUDGET_KB * 1024) {
  console.error(`Initial JS exceeds the ${BUDGET_KB} KB budget`);
  process.exit(1);
}
