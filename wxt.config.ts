import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import tailwindcss from '@tailwindcss/vite';
import { ATS_ORIGIN_PATTERNS } from './core/ats-hosts';

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
    // activeTab: the popup reads the URL of the tab it was opened on, to say when a page cannot be filled.
    permissions: ['storage', 'activeTab'],
    action: { default_title: 'Profile Card' },
    // The profile card's page, framed by the content script on ATS pages only. Chrome's dynamic URL
    // changes every session, so pages cannot probe for the extension with a fixed address.
    web_accessible_resources: [
      { resources: ['card.html'], matches: ATS_ORIGIN_PATTERNS, ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'profile-card@example.org', strict_min_version: '121.0' } } }
      : {}),
  }),
  zip: {
    excludeSources: ['tests/**', 'bench/**', 'test-results/**', 'playwright-report/**'],
  },
});
