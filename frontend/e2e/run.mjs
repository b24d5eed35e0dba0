// Runs every e2e/*.test.mjs one file at a time (one browser at a time on a 2-core box) and ends
// with a single summary line, whatever the reporter prints above it.
import { once } from 'node:events';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { fileURLToPath } from 'node:url';
import { backendUnavailable, BASE_URL } from './support.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.test.mjs') && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort()
  .map((f) => join(here, f));

const reason = await backendUnavailable();
if (reason && process.env.E2E_REQUIRE_BACKEND) {
  // in bin/test the backend is started for us: not reaching it is a failure, not a reason to skip
  console.log(`e2e: backend required but unreachable: ${reason}`);
  console.log('\ne2e summary: 0 passed, 1 failed, 0 skipped');
  process.exit(1);
}
if (reason) console.log(`e2e: SKIPPING browser tests: ${reason}`);

const counts = { pass: 0, fail: 0, skip: 0 };
const stream = run({ files, concurrency: 1, timeout: 10 * 60_000 });
stream.on('test:pass', (e) => {
  // A suite skipped as a whole (backend unreachable) counts once; otherwise count tests only.
  if (e.details.type === 'suite') {
    if (e.skip) counts.skip++;
    return;
  }
  if (e.skip) counts.skip++;
  else counts.pass++;
});
stream.on('test:fail', (e) => {
  if (e.details.type !== 'suite') counts.fail++;
});
const out = stream.compose(spec);
out.pipe(process.stdout, { end: false });
await once(out, 'end');

console.log(`\ne2e summary: ${counts.pass} passed, ${counts.fail} failed, ${counts.skip} skipped against ${BASE_URL}${reason ? ' (backend unreachable)' : ''}`);
process.exitCode = counts.fail > 0 ? 1 : 0;
