import { EXT_KEY, type Profile } from '@/core/profile/types';
import { Chips, Paragraphs, Section } from './ui';

export function StackView({ profile }: { profile: Profile }) {
  const workingStack = profile[EXT_KEY].workingStack ?? [];
  return (
    <>
      {profile.skills.map((skill, i) => (
        <Section key={`${skill.name}-${i}`} title={[skill.name || 'Skills', skill.level].filter(Boolean).join(' · ')}>
          <Chips items={skill.keywords ?? []} label={skill.name || 'Skills'} />
        </Section>
      ))}
      {workingStack.length > 0 && (
        <Section title="How I use it">
          {workingStack.map((paragraph) => (
            <Paragraphs key={paragraph} text={paragraph} />
          ))}
        </Section>
      )}
    </>
  );
}
