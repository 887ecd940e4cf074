import { storage } from '@wxt-dev/storage';
import { defaultSettings, type Settings } from '@/core/settings';

/** Preferences; missing keys take their defaults. Stored in `storage.local` like everything else. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings(),
  version: 1,
});

let pendingUpdate: Promise<unknown> = Promise.resolve();

/**
 * Changes some settings, reading the stored value right before writing; updates from this page run
 * one after another, so two quick changes (a tick, then another) cannot overwrite each other.
 */
export function updateSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
  const update = pendingUpdate.then(async () => {
    const current = { ...defaultSettings(), ...(await settingsItem.getValue()) };
    const next = { ...current, ...change(current) };
    await settingsItem.setValue(next);
    return next;
  });
  pendingUpdate = update.catch(() => undefined);
  return update;
}
