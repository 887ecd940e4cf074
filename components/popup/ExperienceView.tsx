import { formatDateRange } from '@/core/format';
import { EXT_KEY, type Profile, type Work } from '@/core/profile/types';
import { safeWebUrl } from '@/core/safe-url';
import { CaseDiagram } from './CaseDiagram';
import { popupLinkClass } from '@/components/ui';
import { Chips, Disclosure, Figures, Paragraphs, Section } from './ui';
import { t } from '@/components/i18n';

/** One role as a case brief: what it was, the figures, key decisions, the architecture, the outcome. */
function CaseBrief({ work, open }: { work: Work; open: boolean }) {
  const brief = work[EXT_KEY] ?? {};
  const title = brief.title || work.position || work.name || t('popupRoleFallback');
  const role = [work.position, work.name].filter(Boolean).join(' · ');
  const meta = [formatDateRange(work.startDate, work.endDate), work.location].filter(Boolean).join(' · ');
  const url = safeWebUrl(work.url);
  return (
    <Disclosure
      open={open}
      summary={
        <>
          <h2 class="text-sm leading-5 font-semibold text-slate-900 dark:text-white">{title}</h2>
          {role && role !== title && <span class="block text-xs text-slate-700 dark:text-slate-300">{role}</span>}
          {meta && <span class="block text-xs text-slate-600 dark:text-slate-400">{meta}</span>}
        </>
      }
    >
      {work.description && <p class="text-xs text-slate-600 italic dark:text-slate-400">{work.description}</p>}
      <Paragraphs text={work.summary} />
      {url && (
        <a class={`${popupLinkClass} text-xs`} href={url} target="_blank" rel="noopener noreferrer">
          {url}
        </a>
      )}
      <Figures figures={brief.figures ?? []} label={t('popupFiguresLabel', title)} />
      {work.highlights?.length ? (
        <Section title={t('popupKeyDecisionsTitle')} level={3}>
          <ul class="list-disc space-y-1.5 pl-4 text-[13px] leading-snug text-slate-700 marker:text-indigo-500 dark:text-slate-300">
            {work.highlights.map((highlight) => (
              <li key={highlight}>{highlight}</li>
            ))}
          </ul>
        </Section>
      ) : null}
      {brief.diagram && brief.diagram.nodes.length > 0 && (
        <Section title={t('popupArchitectureTitle')} level={3}>
          <CaseDiagram diagram={brief.diagram} title={title} />
        </Section>
      )}
      {brief.outcome && (
        <Section title={t('popupOutcomeTitle')} level={3}>
          <p class="rounded-lg border-l-2 border-emerald-500 bg-emerald-50 px-3 py-2 text-[13px] leading-snug text-emerald-950 dark:bg-emerald-950/40 dark:text-emerald-100">
            {brief.outcome}
          </p>
        </Section>
      )}
      {brief.stack?.length ? <Chips items={brief.stack} label={t('popupStackLabel', title)} /> : null}
    </Disclosure>
  );
}

export function ExperienceView({ profile }: { profile: Profile }) {
  if (profile.work.length === 0) return <p class="text-[13px] text-slate-600 dark:text-slate-400">{t('popupNoExperience')}</p>;
  return (
    <div class="space-y-3">
      {profile.work.map((work, i) => (
        <CaseBrief key={`${work.name}-${work.startDate}-${i}`} work={work} open={i === 0} />
      ))}
    </div>
  );
}
