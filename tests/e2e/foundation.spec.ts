import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { EXTENSION_PATH, expect, test } from './fixtures';

test('the popup shows the person from the default profile', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Hanifur Rahman');
  await expect(popup.getByText('Senior Backend Engineer').first()).toBeVisible();
});

test('the default profile is stored on install', async ({ background }) => {
  await expect
    .poll(() => background.evaluate(async () => ((await chrome.storage.local.get('profile')).profile as { basics?: { name?: string } })?.basics?.name))
    .toBe('Hanifur Rahman');
});

test('the manifest is MV3 and asks for no access to every site', async () => {
  const manifest = JSON.parse(await readFile(path.join(EXTENSION_PATH, 'manifest.json'), 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  const everySite = ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*'];
  expect((manifest.host_permissions ?? []).filter((h: string) => everySite.includes(h))).toEqual([]);
  expect(manifest.permissions).toEqual(['storage', 'scripting', 'activeTab', 'contextMenus']);
  for (const script of manifest.content_scripts ?? []) {
    expect(script.matches.filter((h: string) => everySite.includes(h))).toEqual([]);
  }
});
