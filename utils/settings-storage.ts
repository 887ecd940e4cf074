import { storage } from '@wxt-dev/storage';
import { defaultSettings, type Settings } from '@/core/settings';

/** Preferences; missing keys take their defaults. Stored in `storage.local` like everything else. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings(),
  version: 1,
});
