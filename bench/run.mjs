// `npm run bench [-- --check]`: builds the production extension, then measures it headless in the
// system Chromium (bench/extension.bench.ts, run by Playwright's runner, which compiles TypeScript).
// Prints a table and writes bench/results.json. With --check, exits non-zero when a budget is over.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const run = (args, env = {}) => {
  const result = spawnSync('npx', args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run(['wxt', 'build']);
run(['playwright', 'test', '-c', 'bench/playwright.config.ts'], { BENCH_CHECK: check ? '1' : '' });
