import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { recordFill, recordSubmit } from '@/core/application-log/entry';
import { POSTING_SELECTORS, jobAddress, readPosting, type PageSnapshot } from '@/core/application-log/posting';
import { atsForUrl } from '@/core/ats';
import { isMessage, type FillReport } from '@/core/contract';
import { defaultSettings } from '@/core/settings';
import { updateApplications } from './applications-storage';
import { settingsItem } from './settings-storage';

/**
 * Recording the application log (background): each fill on an application page records where and
 * when, and the page's submit makes it Applied.
 */

/** The job each tab's last fill recorded, where it was filled and when: that tab's submit marks it. */
interface TabJob {
  url: string;
  /** Origins of the frames that were filled (an embedded form submits from its own). */
  origins: string[];
  at: number;
}
const tabJobItem = (tabId: number) => storage.defineItem<TabJob | null>(`session:applicationOfTab:${tabId}`, { fallback: null });

/** A submit or a confirmation counts for the fill before it only this long after it. */
const SUBMIT_AFTER_FILL_MS = 2 * 60 * 60 * 1000;

const recording = async () => ({ ...defaultSettings(), ...(await settingsItem.getValue()) }).recordApplications;

/** Reads what a page says about its job; runs in the page (self-contained: no imports). */
function snapshotPage(selectors: typeof POSTING_SELECTORS): PageSnapshot & { href: string } {
  const texts = (list: string[]) =>
    list.map((selector) => {
      const element = document.querySelector(selector);
      return (element instanceof HTMLImageElement ? element.alt : element?.textContent) ?? '';
    });
  const meta = (property: string) => document.querySelector<HTMLMetaElement>(`meta[property="${property}"]`)?.content;
  return {
    href: location.href,
    title: document.title,
    ogTitle: meta('og:title'),
    ogSiteName: meta('og:site_name'),
    jsonLd: Array.from(document.querySelectorAll('script[type="application/ld+json"]'), (script) => script.textContent ?? '').slice(0, 10),
    roleTexts: texts(selectors.role),
    companyTexts: texts(selectors.company),
  };
}

/** The page to read the job from: the top frame, or (when the top is off limits) the frame that was filled most. */
async function snapshotOf(tabId: number, report: FillReport): Promise<(PageSnapshot & { href: string }) | null> {
  const counts = new Map<number, number>();
  for (const field of report.fields) if (field.status === 'filled') counts.set(field.frameId, (counts.get(field.frameId) ?? 0) + 1);
  const frames = [0, ...[...counts.entries()].sort((a, b) => b[1] - a[1]).map(([frameId]) => frameId)];
  for (const frameId of new Set(frames)) {
    try {
      const [result] = await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, func: snapshotPage, args: [POSTING_SELECTORS] });
      if (result?.result) return result.result as PageSnapshot & { href: string };
    } catch {
      // That frame is off limits or gone: try the next.
    }
  }
  return null;
}

/** Records a fill in the log (unless the user turned recording off): a new entry, or the job's entry updated. */
export async function logFill(tabId: number, report: FillReport, now = new Date()): Promise<void> {
  if (report.error || report.preview || report.filled === 0 || !(await recording())) return;
  const snapshot = await snapshotOf(tabId, report);
  if (!snapshot || !/^https?:/.test(snapshot.href)) return;
  const ats = atsForUrl(snapshot.href);
  const url = jobAddress(snapshot.href);
  const { company, role } = readPosting(snapshot, snapshot.href, ats);
  await updateApplications((entries) =>
    recordFill(entries, { url, company, role, ats: ats ?? '', filled: report.filled, needsUser: report.needsUser, at: now.toISOString() }),
  );
  const origins = [
    ...new Set([new URL(url).origin, ...report.fields.filter((field) => field.status === 'filled').map((field) => new URL(field.frame).origin)]),
  ];
  await tabJobItem(tabId).setValue({ url, origins, at: now.getTime() });
}

/**
 * A page of the tab (`page`, the submitting frame's address) sent its application: the tab's last
 * filled job becomes Applied, when the page is where that fill was, and not long after it.
 */
export async function logSubmit(tabId: number, page: string, now = new Date()): Promise<void> {
  const job = await tabJobItem(tabId).getValue();
  if (!job || now.getTime() - job.at > SUBMIT_AFTER_FILL_MS || !job.origins.includes(new URL(page).origin) || !(await recording())) return;
  await updateApplications((entries) => recordSubmit(entries, job.url, now.toISOString()));
}

/** Listens for the content scripts' word that an application was sent. */
export function registerApplicationLog(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage(message) || message.type !== 'application-submitted' || sender.id !== browser.runtime.id || sender.tab?.id === undefined) return undefined;
    logSubmit(sender.tab.id, message.page).catch((error: unknown) => console.error('Profile Card could not record the submit', error));
    return undefined;
  });
}
