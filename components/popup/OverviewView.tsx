import { EXT_KEY, type Figure, type Profile } from '@/core/profile/types';
import { ContactList } from '@/components/ContactList';
import { popupButtonClass, popupIconButtonClass, popupLinkClass } from '@/components/ui';
import { contactBlock, contactItems } from '@/core/share';
import { profileToVCard } from '@/core/vcard';
import { useCopy } from './feedback';
import { Chips, Figures, Paragraphs, Section } from './ui';
import { t } from '@/components/i18n';

/** Years of experience, then the latest case brief's figures: the numbers a recruiter scans for. */
function headlineFigures(profile: Profile): Figure[] {
  const years = profile[EXT_KEY].yearsOfExperience?.trim();
  const latest = profile.work[0]?.[EXT_KEY]?.figures ?? [];
  return [...(years ? [{ value: years, label: t('popupYearsOfExperience') }] : []), ...latest].slice(0, 4);
}

export function OverviewView({ profile }: { profile: Profile }) {
  const extras = profile[EXT_KEY];
  const copy = useCopy();
  const availability = extras.availability ?? {};
  const availabilityLines = [availability.workMode, availability.roles, availability.consulting, availability.responseTime].filter(Boolean);
  return (
    <>
      <div class="space-y-2">
        <Figures figures={headlineFigures(profile)} label={t('popupHeadlineFiguresLabel')} />
        {extras.headline && <p class="text-xs text-slate-600 dark:text-slate-400">{extras.headline}</p>}
        {extras.currently && (
          <p class="text-[13px] text-slate-800 dark:text-slate-200">
            <span class="font-semibold">{t('popupCurrently')}</span> {extras.currently}
          </p>
        )}
      </div>
      <Section title={t('popupContactTitle')}>
        <ContactList
          items={contactItems(profile)}
          onCopy={(item) => void copy(item.value, item.copyName)}
          buttonClass={popupIconButtonClass}
          linkClass={popupLinkClass}
        />
        <div class="flex gap-2">
          <button type="button" class={popupButtonClass} onClick={() => void copy(contactBlock(profile), t('popupContactDetailsCopyName'))}>
            {t('popupCopyAll')}
          </button>
          <button type="button" class={popupButtonClass} onClick={() => void copy(profileToVCard(profile), t('popupVCardCopyName'))}>
            {t('popupCopyAsVCard')}
          </button>
        </div>
      </Section>
      {(availabilityLines.length > 0 || availability.callToAction) && (
        <Section title={t('popupAvailabilityTitle')}>
          <ul class="space-y-1 text-[13px] text-slate-700 dark:text-slate-300">
            {availabilityLines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {availability.callToAction && <p class="text-[13px] font-medium text-indigo-700 dark:text-indigo-300">{availability.callToAction}</p>}
        </Section>
      )}
      {(extras.intro || profile.basics.summary) && (
        <Section title={t('popupAboutTitle')}>
          <Paragraphs text={extras.intro} />
          <Paragraphs text={profile.basics.summary} />
        </Section>
      )}
      {extras.stackLean?.length ? (
        <Section title={t('popupLeansOnTitle')}>
          <Chips items={extras.stackLean} label={t('popupMainStackLabel')} />
        </Section>
      ) : null}
    </>
  );
}
