import { BYTE_BUDGETS, contentScriptBytes, pageBytes } from '../../bench/sizes';
import { EXTENSION_PATH, expect, test } from './fixtures';

// Byte budgets are deterministic, so they are checked on every `npm test` (timings live in `npm run bench`).
test('the popup loads at most 40 KB of JS and CSS, gzipped', () => {
  const popup = pageBytes(EXTENSION_PATH, 'popup.html');
  expect(popup.files.length).toBeGreaterThan(0);
  expect(popup.gzip).toBeLessThanOrEqual(BYTE_BUDGETS.popup);
});

test('the content script is at most 40 KB gzipped', () => {
  const content = contentScriptBytes(EXTENSION_PATH);
  expect(content.files.length).toBeGreaterThan(0);
  expect(content.gzip).toBeLessThanOrEqual(BYTE_BUDGETS.contentScript);
});
