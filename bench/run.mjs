// `npm run bench [-- --check]`: builds the production extension, then measures it headless in the
// system Chromium (bench/extension.bench.ts, run by Playwright's runner, which compiles TypeScript).
// Prints a table and writes bench/results.json. With --check, exits non-zero when a budget is over.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const run = (args, env = {}) => {
  const result = spawnSync('npx', args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run(['wxt', 'build']);
// Both benchmarks run even when the first is over budget, so every figure is printed.
const env = { ...process.env, BENCH_CHECK: check ? '1' : '' };
const status = spawnSync('npx', ['playwright', 'test', '-c', 'bench/playwright.config.ts'], { cwd: root, stdio: 'inherit', env }).status;

// One file with every figure: the extension benchmark's and the autofill benchmark's.
const results = path.join(root, 'bench/results.json');
const autofill = path.join(root, 'bench/autofill-results.json');
if (existsSync(results) && existsSync(autofill)) {
  const merged = { ...JSON.parse(readFileSync(results, 'utf8')), autofill: JSON.parse(readFileSync(autofill, 'utf8')) };
  writeFileSync(results, `${JSON.stringify(merged, null, 2)}\n`);
  rmSync(autofill);
}
process.exit(status ?? 1);
