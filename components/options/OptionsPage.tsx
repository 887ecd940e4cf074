import type { ComponentChildren } from 'preact';
import { Notice } from '@/components/Notice';
import { welcomeDoneItem } from '@/utils/storage';
import { AnswersForm } from './AnswersForm';
import { ApplicationLog } from './ApplicationLog';
import { EditorContext } from './fields';
import { ImportExport } from './ImportExport';
import { ProfileForm } from './ProfileForm';
import { ResumeFile } from './ResumeFile';
import { SaveBar } from './SaveBar';
import { Settings } from './Settings';
import { Shortcuts } from './Shortcuts';
import { buttonClass, sectionClass } from '@/components/ui';
import { useProfileEditor } from './useProfileEditor';
import { useStorageItem } from './useStorageItem';
import { Welcome } from './Welcome';
import { t } from '@/components/i18n';

const SECTIONS = [
  { id: 'profile', title: t('optionsPageProfile') },
  { id: 'answers', title: t('optionsPageAnswers') },
  { id: 'resume-file', title: t('optionsPageResumeFile') },
  { id: 'import-export', title: t('optionsPageImportExport') },
  { id: 'applications', title: t('optionsPageApplications') },
  { id: 'settings', title: t('optionsPageSettings') },
  { id: 'shortcuts', title: t('optionsPageKeyboardShortcuts') },
] as const;

type SectionId = (typeof SECTIONS)[number]['id'];

function Section({ id, intro, children }: { id: SectionId; intro?: string; children: ComponentChildren }) {
  const title = SECTIONS.find((s) => s.id === id)!.title;
  return (
    <section id={id} aria-labelledby={`${id}-heading`} class={sectionClass}>
      <h2 id={`${id}-heading`} class="text-2xl font-semibold">
        {title}
      </h2>
      {intro && <p class="mt-1 text-sm text-slate-600 dark:text-slate-400">{intro}</p>}
      <div class="mt-4">{children}</div>
    </section>
  );
}

/** The options page: profile and answers (one draft, one save bar), résumé file, import/export, settings. */
export function OptionsPage() {
  const editor = useProfileEditor();
  const welcomeDone = useStorageItem(welcomeDoneItem);

  return (
    <div class="min-h-screen bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2 dark:focus:bg-slate-900">
        {t('optionsPageSkipToContent')}
      </a>
      <div class="mx-auto flex max-w-6xl flex-col gap-6 px-4 md:flex-row md:gap-10">
        <nav aria-label={t('optionsPageSections')} class="md:sticky md:top-0 md:h-screen md:w-48 md:shrink-0 md:py-8">
          <p class="pt-6 text-lg font-semibold md:pt-0">{t('optionsPageProfileCard')}</p>
          <ul class="mt-3 flex flex-wrap gap-x-4 gap-y-1 md:flex-col">
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`} class="text-blue-700 underline-offset-2 hover:underline dark:text-blue-300">
                  {s.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" tabIndex={-1} class="min-w-0 flex-1 pb-8" aria-busy={editor ? undefined : 'true'}>
          <h1 class="pt-8 text-3xl font-bold">{t('optionsPageOptions')}</h1>
          {editor && (
            <EditorContext.Provider value={editor}>
              {editor.loadNotice && <Notice>{editor.loadNotice}</Notice>}
              {editor.restoredAt !== undefined && (
                <div role="status" class="my-3 flex flex-wrap items-center gap-3 rounded border border-blue-400 bg-blue-50 p-3 text-sm dark:bg-blue-950">
                  <span>{t('optionsRestoredDraft', new Date(editor.restoredAt).toLocaleString())}</span>
                  <button type="button" class={buttonClass} onClick={() => void editor.discard()}>
                    {t('optionsPageDiscardRestoredChanges')}
                  </button>
                </div>
              )}
              {welcomeDone === false && <Welcome />}
              <Section id="profile" intro={t('optionsPageYourResumeAsJson')}>
                <ProfileForm />
              </Section>
              <Section id="answers" intro={t('optionsPageAnswersToTheQuestions')}>
                <AnswersForm />
              </Section>
              <Section id="resume-file" intro={t('optionsPageTheFileAutofillAttaches')}>
                <ResumeFile />
              </Section>
              <Section id="import-export">
                <ImportExport />
              </Section>
              <Section id="applications" intro={t('optionsPageEveryApplicationFormYou')}>
                <ApplicationLog />
              </Section>
              <Section id="settings">
                <Settings />
              </Section>
              <Section id="shortcuts" intro={t('optionsPageWorkOnAnyApplication')}>
                <Shortcuts />
              </Section>
            </EditorContext.Provider>
          )}
        </main>
      </div>
      {editor && (
        <EditorContext.Provider value={editor}>
          <SaveBar />
        </EditorContext.Provider>
      )}
    </div>
  );
}
