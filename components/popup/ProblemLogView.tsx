import { formatDate } from '@/core/format';
import { EXT_KEY, type Profile } from '@/core/profile/types';
import { Disclosure } from './ui';
import { t } from '@/components/i18n';

/** Case notes of production problems, newest first. */
export function ProblemLogView({ profile }: { profile: Profile }) {
  const { problemLog = [], problemLogIntro } = profile[EXT_KEY];
  // ISO dates sort as text; the stored order is kept for equal dates.
  const entries = [...problemLog].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <>
      {problemLogIntro && <p class="text-[13px] leading-relaxed text-slate-700 dark:text-slate-300">{problemLogIntro}</p>}
      {entries.length === 0 && <p class="text-[13px] text-slate-600 dark:text-slate-400">{t('popupNoProblemLog')}</p>}
      <div class="space-y-2">
        {entries.map((entry, i) => (
          <Disclosure
            key={`${entry.date}-${entry.title}`}
            open={i === 0}
            summary={
              <>
                <span class="block text-[11px] font-medium text-slate-600 tabular-nums dark:text-slate-400">
                  <time dateTime={entry.date}>{formatDate(entry.date)}</time>
                </span>
                <h2 class="text-sm leading-5 font-semibold text-slate-900 dark:text-white">{entry.title}</h2>
              </>
            }
          >
            <p class="text-[13px] leading-relaxed text-slate-700 dark:text-slate-300">{entry.body}</p>
          </Disclosure>
        ))}
      </div>
    </>
  );
}
