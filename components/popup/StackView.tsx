import { EXT_KEY, type Profile } from '@/core/profile/types';
import { Chips, Paragraphs, Section } from './ui';
import { t } from '@/components/i18n';

export function StackView({ profile }: { profile: Profile }) {
  const workingStack = profile[EXT_KEY].workingStack ?? [];
  return (
    <>
      {profile.skills.map((skill, i) => (
        <Section key={`${skill.name}-${i}`} title={[skill.name || t('popupSkillsFallback'), skill.level].filter(Boolean).join(' · ')}>
          <Chips items={skill.keywords ?? []} label={skill.name || t('popupSkillsFallback')} />
        </Section>
      ))}
      {workingStack.length > 0 && (
        <Section title={t('popupHowIUseItTitle')}>
          {workingStack.map((paragraph) => (
            <Paragraphs key={paragraph} text={paragraph} />
          ))}
        </Section>
      )}
    </>
  );
}
