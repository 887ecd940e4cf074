import { formatDate, formatDateRange } from '@/core/format';
import { EXT_KEY, type Profile } from '@/core/profile/types';
import { safeWebUrl } from '@/core/safe-url';
import { popupLinkClass } from '@/components/ui';
import { Chips, Section } from './ui';
import { t } from '@/components/i18n';

/** Sections the other views show; anything else JSON Resume (or the user) adds is listed here. */
const SHOWN_ELSEWHERE = new Set(['$schema', 'basics', 'work', 'education', 'skills', 'meta', EXT_KEY]);
/** The field that names an entry, per JSON Resume section (projects: name, awards: title, …). */
const TITLE_FIELDS = ['name', 'title', 'language', 'organization', 'institution', 'reference'];

const humanize = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());

type Entry = Record<string, unknown>;

/** A generic entry: its title, dates, then every other field, so nothing stored is out of reach. */
function OtherEntry({ entry }: { entry: Entry }) {
  const titleKey = TITLE_FIELDS.find((key) => typeof entry[key] === 'string' && entry[key]);
  const text = (key: string) => (typeof entry[key] === 'string' ? (entry[key] as string) : undefined);
  const dates = formatDateRange(text('startDate'), text('endDate')) || formatDate(text('date'));
  const rest = Object.entries(entry).filter(([key]) => ![titleKey, 'startDate', 'endDate', 'date'].includes(key));
  return (
    <li class="space-y-1 rounded-xl px-3 py-2 ring-1 ring-slate-200 dark:ring-slate-700">
      {titleKey && <h3 class="text-[13px] font-semibold text-slate-900 dark:text-white">{String(entry[titleKey])}</h3>}
      {dates && <p class="text-xs text-slate-600 dark:text-slate-400">{dates}</p>}
      {rest.map(([key, value]) => {
        if (Array.isArray(value)) return <Chips key={key} items={value.map(String)} label={humanize(key)} />;
        if (typeof value === 'object' || value === null || value === '') return null;
        const url = key === 'url' ? safeWebUrl(String(value)) : null;
        return (
          <p key={key} class="text-[13px] text-slate-700 dark:text-slate-300">
            {url ? (
              <a class={popupLinkClass} href={url} target="_blank" rel="noopener noreferrer">
                {url}
              </a>
            ) : (
              <>
                <span class="text-slate-600 dark:text-slate-400">{humanize(key)}:</span> {String(value)}
              </>
            )}
          </p>
        );
      })}
    </li>
  );
}

export function EducationView({ profile }: { profile: Profile }) {
  const others = Object.entries(profile).filter(
    (entry): entry is [string, Entry[]] => !SHOWN_ELSEWHERE.has(entry[0]) && Array.isArray(entry[1]) && entry[1].length > 0,
  );
  return (
    <>
      <Section title={t('popupEducationTitle')}>
        {profile.education.length === 0 && <p class="text-[13px] text-slate-600 dark:text-slate-400">{t('popupNoEducation')}</p>}
        <ul class="space-y-2">
          {profile.education.map((school, i) => {
            const url = safeWebUrl(school.url);
            const degree = [school.studyType, school.area].filter(Boolean).join(', ');
            return (
              <li key={`${school.institution}-${i}`} class="space-y-1 rounded-xl px-3 py-2.5 ring-1 ring-slate-200 dark:ring-slate-700">
                {degree && <h3 class="text-sm font-semibold text-slate-900 dark:text-white">{degree}</h3>}
                <p class="text-[13px] text-slate-700 dark:text-slate-300">
                  {url ? (
                    <a class={popupLinkClass} href={url} target="_blank" rel="noopener noreferrer">
                      {school.institution || url}
                    </a>
                  ) : (
                    school.institution
                  )}
                </p>
                <p class="text-xs text-slate-600 dark:text-slate-400">
                  {[formatDateRange(school.startDate, school.endDate), school.score && `Score: ${school.score}`].filter(Boolean).join(' · ')}
                </p>
                <Chips items={school.courses ?? []} label={t('popupCoursesLabel')} />
              </li>
            );
          })}
        </ul>
      </Section>
      {others.map(([key, entries]) => (
        <Section key={key} title={humanize(key)}>
          <ul class="space-y-2">
            {entries.map((entry, i) =>
              typeof entry === 'object' && entry !== null ? (
                <OtherEntry key={i} entry={entry} />
              ) : (
                <li key={i} class="text-[13px] text-slate-700 dark:text-slate-300">
                  {String(entry)}
                </li>
              ),
            )}
          </ul>
        </Section>
      ))}
    </>
  );
}
