import { defineConfig } from '@playwright/test';

// `npm run bench` (every *.bench.ts) and `npm run bench:autofill` (autofill.bench.ts alone): the
// production build in the system Chromium, one worker so timings are not shared with another browser.
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  timeout: 600_000,
  workers: 1,
  reporter: 'list',
});
