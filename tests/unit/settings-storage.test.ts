import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsItem, updateSettings } from '@/utils/settings-storage';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('updateSettings', () => {
  it('keeps every one of several quick changes (no change overwrites another with a stale copy)', async () => {
    await Promise.all([
      updateSettings(() => ({ previewBeforeFill: true })),
      updateSettings(() => ({ highlightFilled: false })),
      updateSettings(() => ({ theme: 'dark' })),
      updateSettings((current) => ({ dismissedHosts: [...current.dismissedHosts, 'jobs.lever.co'] })),
      updateSettings((current) => ({ dismissedHosts: [...current.dismissedHosts, 'boards.greenhouse.io'] })),
    ]);
    expect(await settingsItem.getValue()).toMatchObject({
      previewBeforeFill: true,
      highlightFilled: false,
      theme: 'dark',
      dismissedHosts: ['jobs.lever.co', 'boards.greenhouse.io'],
    });
  });

  it('goes on after a failed change', async () => {
    await expect(
      updateSettings(() => {
        throw new Error('bad change');
      }),
    ).rejects.toThrow('bad change');
    await updateSettings(() => ({ theme: 'light' }));
    expect((await settingsItem.getValue()).theme).toBe('light');
  });
});
