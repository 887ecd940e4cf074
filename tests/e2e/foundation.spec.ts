import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { shippedDefault } from '../support/profiles';
import { EXTENSION_PATH, expect, storedProfile, test } from './fixtures';

test.describe('a fresh install', () => {
  // Nothing stored but what the install stored.
  test.use({ profile: null });

  test('the popup shows the person from the default profile', async ({ openExtensionPage }) => {
    const popup = await openExtensionPage('popup.html');
    await expect(popup.getByRole('heading', { level: 1 })).toHaveText(shippedDefault().basics.name);
    await expect(popup.getByText(shippedDefault().basics.label!).first()).toBeVisible();
  });

  test('the default profile is stored on install', async ({ background }) => {
    expect(await storedProfile(background)).toEqual(shippedDefault());
  });
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
