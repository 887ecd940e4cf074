import { defineConfig } from '@playwright/test';

// `npm run bench:autofill`: the autofill benchmark (bench/autofill.bench.ts) on the production build,
// in the system Chromium, one worker so timings are not shared with another browser.
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  timeout: 600_000,
  workers: 1,
  reporter: 'list',
});
