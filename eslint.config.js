import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.webextensions },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Profile text is user data and pages are hostile: no HTML from strings, no eval.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM with elements and textContent, never HTML strings.' },
        { property: 'outerHTML', message: 'Build DOM with elements and textContent, never HTML strings.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM with elements and textContent, never HTML strings.' },
        { property: 'sendBeacon', message: 'Nothing leaves the browser: no network requests.' },
        ...['window', 'globalThis', 'self'].map((object) => ({ object, property: 'fetch', message: 'Nothing leaves the browser: no network requests.' })),
      ],
      // Nothing leaves the browser: the extension makes no network requests.
      'no-restricted-globals': [
        'error',
        ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport'].map((name) => ({
          name,
          message: 'Nothing leaves the browser: no network requests.',
        })),
      ],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML from strings.' }],
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // No import cycles. import-x/no-cycle skips type-only imports whatever its options, so
    // scripts/check-import-cycles.mjs (also run by `npm run lint`) checks those too.
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: { 'import-x/no-cycle': ['error', { allowUnsafeDynamicCyclicDependency: false }] },
  },
  {
    files: ['tests/**', 'scripts/**', 'bench/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off', 'no-restricted-properties': 'off', 'no-restricted-globals': 'off' },
  },
);
