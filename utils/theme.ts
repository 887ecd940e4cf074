import type { Settings } from '@/core/settings';
import { settingsItem } from './settings-storage';

type Theme = Settings['theme'];

/**
 * The last theme applied, kept in this origin's localStorage so the next page paints in it at once;
 * only a hint for the first frame: the stored setting, read right after, always decides.
 */
const HINT_KEY = 'profile-card:theme';

const asTheme = (value: unknown): Theme => (value === 'light' || value === 'dark' ? value : 'system');

/** Sets `data-theme` on <html>, which assets/theme.css reads; 'system' leaves it to the media query. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

function readHint(): Theme {
  try {
    return asTheme(localStorage.getItem(HINT_KEY));
  } catch {
    return 'system'; // Storage blocked for this frame: the setting arrives a moment later.
  }
}

function apply(settings: Partial<Settings> | null | undefined): void {
  const theme = asTheme(settings?.theme);
  applyTheme(theme);
  try {
    localStorage.setItem(HINT_KEY, theme);
  } catch {
    // No hint this time; the next page reads the setting as this one did.
  }
}

/**
 * Makes this page follow the theme setting: the last known theme at once (no await before the first
 * paint), then the stored setting, then every change made on the options page. Returns the unwatch.
 */
export function followThemeSetting(): () => void {
  applyTheme(readHint());
  settingsItem.getValue().then(apply, () => applyTheme('system'));
  return settingsItem.watch(apply);
}
