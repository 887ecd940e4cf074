import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { STATUS_LABELS, filledThisWeek, type ApplicationEntry } from '@/core/application-log/entry';
import { applicationsItem } from '@/utils/storage';
import { t } from '@/components/i18n';

const RECENT = 3;

/**
 * "4 applications this week", opening the last few: read after the first paint (the popup shows the
 * profile first) and kept live.
 */
export function RecentApplications() {
  const [entries, setEntries] = useState<ApplicationEntry[] | null>(null);
  useEffect(() => {
    const stop = applicationsItem.watch(setEntries);
    void applicationsItem.getValue().then(setEntries);
    return stop;
  }, []);
  if (!entries || entries.length === 0) return null;
  const week = filledThisWeek(entries, new Date());
  const recent = [...entries].sort((a, b) => b.filledAt.localeCompare(a.filledAt)).slice(0, RECENT);
  return (
    <details class="mt-2 text-xs text-slate-700 dark:text-slate-300">
      <summary class="cursor-pointer rounded focus-visible:outline-2 focus-visible:outline-indigo-600 dark:focus-visible:outline-indigo-400">
        {t(week === 1 ? 'popupApplicationsThisWeekOne' : 'popupApplicationsThisWeekMany', week)}
      </summary>
      <ul aria-label={t('popupRecentApplicationsLabel')} class="mt-1 space-y-0.5">
        {recent.map((entry) => (
          <li key={entry.url} class="flex justify-between gap-2">
            <span class="truncate">
              {entry.company || t('popupUnknownCompany')} · {entry.role || t('popupUnknownRole')}
            </span>
            <span class="shrink-0">{STATUS_LABELS[entry.status]}</span>
          </li>
        ))}
      </ul>
      <button
        type="button"
        class="mt-1 text-indigo-700 underline dark:text-indigo-300"
        onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/options.html#applications') })}
      >
        {t('popupOpenApplicationLog')}
      </button>
    </details>
  );
}
