import { useProfile } from '@/components/useProfile';
import { Notice } from '@/components/Notice';
import { AutofillBar } from '@/components/popup/AutofillBar';
import { EducationView } from '@/components/popup/EducationView';
import { ExperienceView } from '@/components/popup/ExperienceView';
import { FeedbackProvider } from '@/components/popup/feedback';
import { Header } from '@/components/popup/Header';
import { OverviewView } from '@/components/popup/OverviewView';
import { ProblemLogView } from '@/components/popup/ProblemLogView';
import { ShareView } from '@/components/popup/ShareView';
import { StackView } from '@/components/popup/StackView';
import { Tabs } from '@/components/popup/Tabs';
import type { LoadedProfile } from '@/utils/storage';
import { t } from '@/components/i18n';

export function Popup({ first }: { first: LoadedProfile }) {
  const { profile, notice } = useProfile(first);
  return (
    <FeedbackProvider>
      <div class="relative flex h-full flex-col">
        <Header profile={profile} />
        {notice && (
          <div class="px-4">
            <Notice>{notice}</Notice>
          </div>
        )}
        <main class="flex min-h-0 flex-1 flex-col">
          <Tabs
            label={t('popupTabsLabel')}
            tabs={[
              { id: 'overview', label: t('popupTabOverview'), render: () => <OverviewView profile={profile} /> },
              { id: 'experience', label: t('popupTabExperience'), render: () => <ExperienceView profile={profile} /> },
              { id: 'problems', label: t('popupTabProblems'), render: () => <ProblemLogView profile={profile} /> },
              { id: 'stack', label: t('popupTabStack'), render: () => <StackView profile={profile} /> },
              { id: 'education', label: t('popupTabEducation'), render: () => <EducationView profile={profile} /> },
              { id: 'share', label: t('popupTabShare'), render: () => <ShareView profile={profile} /> },
            ]}
          />
        </main>
        <AutofillBar />
      </div>
    </FeedbackProvider>
  );
}
