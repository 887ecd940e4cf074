import type { FillReport } from './contract';

/**
 * Which tab "Autofill this page" means, whether it can be filled, and how its report reads.
 * Browser-free: the popup passes in what `tabs.query` returned.
 */

export interface TabInfo {
  id?: number;
  url?: string;
  active: boolean;
  lastAccessed?: number;
}

/**
 * The page the popup acts on. As a toolbar popup it is the active tab. When popup.html is open in a
 * tab of its own (`ownTabId`), that tab is the active one, so it is the tab the user was on before.
 */
export function pickTargetTab<T extends TabInfo>(tabs: readonly T[], ownTabId?: number): T | undefined {
  if (ownTabId === undefined) return tabs.find((tab) => tab.active);
  return tabs
    .filter((tab) => tab.id !== ownTabId)
    .reduce<T | undefined>((best, tab) => (!best || (tab.lastAccessed ?? 0) > (best.lastAccessed ?? 0) ? tab : best), undefined);
}

/** Store pages that no extension may change. */
const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/addons\.mozilla\.org\//,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
];

/**
 * Why the page cannot be filled, or null when it can (or when the browser did not say what the page
 * is: the background then answers with its own error).
 */
export function unfillableReason(url: string | undefined): string | null {
  if (!url) return null;
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return null;
  }
  if (protocol === 'http:' || protocol === 'https:') {
    return STORE_PAGES.some((store) => store.test(url)) ? 'Browsers do not let extensions change store pages.' : null;
  }
  if (protocol === 'file:') return 'Local files cannot be filled. Open the application form on its website.';
  if (protocol === 'chrome-extension:' || protocol === 'moz-extension:') return 'This is an extension page, not an application form.';
  return 'This is a browser page. Open a job application to autofill it.';
}

/** "12 filled · 3 need you", "Preview: 12 to fill, nothing written", or the report's error. */
export function summarizeFillReport(report: FillReport): string {
  if (report.error) return report.error;
  if (report.preview) return `Preview: ${report.planned ?? 0} to fill, nothing written`;
  if (report.filled === 0 && report.needsUser === 0) return 'Nothing to fill on this page.';
  const parts = [`${report.filled} filled`];
  if (report.needsUser > 0) parts.push(`${report.needsUser} need${report.needsUser === 1 ? 's' : ''} you`);
  return parts.join(' · ');
}

/**
 * What the card and the popup show of the last fill: the counts, and the fields they list (filled,
 * planned, needing the user). Fields simply left are not kept: on a long form they are most of the
 * report, and storing them costs more than the fill.
 */
export function reportToKeep(report: FillReport): FillReport {
  return { ...report, fields: report.fields.filter((field) => field.status !== 'left' || field.needsUser) };
}
