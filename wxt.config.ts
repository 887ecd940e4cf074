import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import tailwindcss from '@tailwindcss/vite';
import { ATS_HOST_PATTERNS, ATS_ORIGIN_PATTERNS } from './core/ats-hosts';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  // `npm start` launches the system Chromium itself (scripts/start.mjs); WXT's web-ext runner is not used.
  webExt: { disabled: true },
  // WXT's dev build adds a reload shortcut (Alt+R) that would take one of the four command slots.
  dev: { reloadCommand: false },
  vite: () => ({
    plugins: [preact(), tailwindcss()],
    // Browsers that run MV3 support modulepreload natively; Vite's polyfill would be the only
    // `fetch` in the build.
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser }) => ({
    name: 'Profile Card',
    // The UI's words are in public/_locales/<locale>/messages.json (components/i18n.ts); English is the fallback.
    default_locale: 'en',
    description: 'Your résumé in the toolbar: copy and share it, and autofill job applications. Nothing leaves your browser.',
    // Each permission is justified in README.md (Permissions); a test pins the exact set.
    permissions: ['storage', 'scripting', 'activeTab', 'contextMenus'],
    // Standing access only to the application pages of the known ATSs (autofill in their frames too).
    host_permissions: ATS_HOST_PATTERNS,
    action: { default_title: 'Profile Card' },
    // Alt+Shift+<letter> that Chrome grants (it keeps e.g. Alt+Shift+P, Z, A, C for itself on Linux and
    // leaves such commands unset) and Firefox and common page shortcuts leave free.
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+O' }, description: 'Open Profile Card' },
      autofill: { suggested_key: { default: 'Alt+Shift+F' }, description: 'Autofill this page from your profile' },
      'undo-autofill': { suggested_key: { default: 'Alt+Shift+U' }, description: 'Undo the last autofill' },
    },
    // The profile card's page, framed by the content script on ATS pages only. Chrome's dynamic URL
    // changes every session, so pages cannot probe for the extension with a fixed address.
    web_accessible_resources: [{ resources: ['card.html'], matches: ATS_ORIGIN_PATTERNS, ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Nothing is collected or sent, which Firefox asks add-ons to declare: a key Firefox reads
            // from 140 (ESR) on desktop and 142 on Android.
            gecko: { id: 'profile-card@example.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: ['tests/**', 'bench/**', 'test-results/**', 'playwright-report/**'],
  },
});
