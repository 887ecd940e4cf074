import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import tailwindcss from '@tailwindcss/vite';
import { ATS_HOST_PATTERNS } from './core/ats-hosts';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  // `npm start` launches the system Chromium itself (scripts/start.mjs); WXT's web-ext runner is not used.
  webExt: { disabled: true },
  vite: () => ({
    plugins: [preact(), tailwindcss()],
  }),
  manifest: ({ browser }) => ({
    name: 'Profile Card',
    description:
      "Your résumé in the toolbar: copy and share it, and autofill job applications. Nothing leaves your browser.",
    // Each permission is justified in README.md (Permissions); a test pins the exact set.
    permissions: ['storage', 'scripting', 'activeTab'],
    // Standing access only to the application pages of the known ATSs (autofill in their frames too).
    host_permissions: ATS_HOST_PATTERNS,
    action: { default_title: 'Profile Card' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'profile-card@example.org', strict_min_version: '121.0' } } }
      : {}),
  }),
  zip: {
    excludeSources: ['tests/**', 'bench/**', 'test-results/**', 'playwright-report/**'],
  },
});
