import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  // WxtVitest gives `wxt/browser` a fake browser and resolves the `@/` alias; the wxt.config Vite
  // plugins are not applied by it, so Preact is added here too.
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    mockReset: true,
    restoreMocks: true,
    setupFiles: ['tests/support/i18n-setup.ts'],
  },
});
