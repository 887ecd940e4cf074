// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '@/core/settings';
import { followThemeSetting } from '@/utils/theme';

const theme = () => document.documentElement.dataset.theme;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const store = (value: unknown) => fakeBrowser.storage.local.set({ settings: { ...defaultSettings(), theme: value } });

let stop: (() => void) | undefined;
beforeEach(() => {
  fakeBrowser.reset();
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});
afterEach(() => stop?.());

describe('followThemeSetting', () => {
  it('leaves light and dark to the system by default', async () => {
    stop = followThemeSetting();
    await settle();
    expect(theme()).toBeUndefined();
  });

  it('applies the stored theme, then every change to it', async () => {
    await store('dark');
    stop = followThemeSetting();
    await settle();
    expect(theme()).toBe('dark');
    await store('light');
    await settle();
    expect(theme()).toBe('light');
    await store('system');
    await settle();
    expect(theme()).toBeUndefined();
  });

  it('treats a damaged value as "system"', async () => {
    await store('purple');
    stop = followThemeSetting();
    await settle();
    expect(theme()).toBeUndefined();
  });

  it('paints the next page in the last theme at once, before storage answers, and the setting still decides', async () => {
    await store('dark');
    stop = followThemeSetting();
    await settle();
    stop();
    delete document.documentElement.dataset.theme;

    // A new page: dark synchronously, from the hint.
    await store('light');
    stop = followThemeSetting();
    expect(theme()).toBe('dark');
    await settle();
    expect(theme()).toBe('light');
  });
});
