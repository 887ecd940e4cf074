import type { AtsId } from './ats-hosts';

/** Preferences (not résumé data): where the card shows and how autofill behaves. */
export interface Settings {
  /** Per ATS: show the card on its application pages. Missing means on. */
  cardOnAts: Partial<Record<AtsId, boolean>>;
  /** Hosts where the user dismissed the card ("not on this site"); undone from the options page. */
  dismissedHosts: string[];
  /** Show the planned values and ask before writing them. */
  previewBeforeFill: boolean;
  /** Mark the fields autofill wrote. */
  highlightFilled: boolean;
  theme: 'system' | 'light' | 'dark';
  /** Keep a log of the applications filled (company, role, address, when), on this device only. */
  recordApplications: boolean;
}

export function defaultSettings(): Settings {
  return { cardOnAts: {}, dismissedHosts: [], previewBeforeFill: false, highlightFilled: true, theme: 'system', recordApplications: true };
}
