import { defineConfig } from '@playwright/test';

// End-to-end tests drive the production build (.output/chrome-mv3) in the system Chromium;
// see tests/e2e/fixtures.ts. `npm run e2e` builds first.
export default defineConfig({
  testDir: 'tests/e2e',
  // axe audits and the 5 MB résumé test take ~30 s on a loaded 2-core machine; a hang still fails within a minute.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Each worker runs its own Chromium; two cores fit two.
  workers: 2,
  retries: 0,
  reporter: 'list',
  use: { trace: 'retain-on-failure' },
});
