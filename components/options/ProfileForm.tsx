import type { ComponentChildren } from 'preact';
import { EXT_KEY, type Education, type Figure, type ProblemLogEntry, type Skill, type SocialProfile, type Work } from '@/core/profile/types';
import { ListField, TextArea, TextField, useEditor } from './fields';
import { PhotoField } from './PhotoField';
import { Repeater } from './Repeater';
import { t } from '@/components/i18n';

const DATE_HINT = t('optionsProfileDateHint');
const grid = 'grid gap-3 sm:grid-cols-2';

function Subsection({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={id} class="mt-8">
      <h3 id={id} class="mb-3 text-lg font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}

function BasicsFields() {
  return (
    <Subsection id="basics-heading" title={t('optionsProfileBasics')}>
      <div class={grid}>
        <TextField path={['basics', 'name']} label={t('optionsProfileName')} autoComplete="name" required />
        <TextField path={['basics', 'label']} label={t('optionsProfileTitle')} hint={t('optionsProfileTheRoleYouGo')} />
        <TextField path={['basics', 'email']} label={t('optionsProfileEmail')} type="email" autoComplete="email" />
        <TextField path={['basics', 'phone']} label={t('optionsProfilePhone')} type="tel" autoComplete="tel" />
        <TextField path={['basics', 'url']} label={t('optionsProfileProfileLink')} type="url" hint={t('optionsProfileYourSitePortfolioOr')} />
        <PhotoField />
      </div>
      <TextArea class="mt-3" path={['basics', 'summary']} label={t('optionsProfileSummary')} rows={8} />
      <fieldset class="mt-4">
        <legend class="text-sm font-semibold">{t('optionsProfileLocation')}</legend>
        <div class={`${grid} mt-2`}>
          <TextField path={['basics', 'location', 'address']} label={t('optionsProfileAddress')} autoComplete="street-address" />
          <TextField path={['basics', 'location', 'postalCode']} label={t('optionsProfilePostalCode')} autoComplete="postal-code" />
          <TextField path={['basics', 'location', 'city']} label={t('optionsProfileCity')} autoComplete="address-level2" />
          <TextField path={['basics', 'location', 'region']} label={t('optionsProfileRegion')} autoComplete="address-level1" />
          <TextField
            path={['basics', 'location', 'countryCode']}
            label={t('optionsProfileCountryCode')}
            hint={t('optionsProfileTwoLettersEG')}
            autoComplete="country"
          />
        </div>
      </fieldset>
    </Subsection>
  );
}

function LinksFields() {
  return (
    <Subsection id="links-heading" title={t('optionsProfileLinks')}>
      <Repeater<SocialProfile>
        path={['basics', 'profiles']}
        noun={t('optionsNounLink')}
        make={() => ({ network: '', username: '', url: '' })}
        describe={(p) => p.network}
      >
        {(at) => (
          <div class="grid gap-3 sm:grid-cols-3">
            <TextField path={[...at, 'network']} label={t('optionsProfileNetwork')} hint={t('optionsProfileLinkedinGithub')} />
            <TextField path={[...at, 'username']} label={t('optionsProfileUsername')} />
            <TextField path={[...at, 'url']} label={t('optionsProfileUrl')} type="url" />
          </div>
        )}
      </Repeater>
    </Subsection>
  );
}

function WorkFields() {
  return (
    <Subsection id="work-heading" title={t('optionsProfileWork')}>
      <Repeater<Work>
        path={['work']}
        noun={t('optionsNounWorkEntry')}
        reorder
        make={() => ({ name: '', position: '', startDate: '', highlights: [] })}
        describe={(w) => [w.position, w.name].filter(Boolean).join(' at ')}
      >
        {(at) => (
          <>
            <div class={grid}>
              <TextField path={[...at, 'name']} label={t('optionsProfileCompany')} />
              <TextField path={[...at, 'position']} label={t('optionsProfilePosition')} />
              <TextField path={[...at, 'url']} label={t('optionsProfileCompanyWebsite')} type="url" />
              <TextField path={[...at, 'location']} label={t('optionsProfileLocation')} />
              <TextField path={[...at, 'startDate']} label={t('optionsProfileStartDate')} hint={DATE_HINT} />
              <TextField path={[...at, 'endDate']} label={t('optionsProfileEndDate')} hint={t('optionsProfileEndDateHint', DATE_HINT)} />
            </div>
            <TextField path={[...at, 'description']} label={t('optionsProfileAboutTheCompany')} />
            <TextArea path={[...at, 'summary']} label={t('optionsProfileSummary')} rows={4} />
            <fieldset>
              <legend class="text-sm font-semibold">{t('optionsProfileHighlights')}</legend>
              <Repeater<string> path={[...at, 'highlights']} noun={t('optionsNounHighlight')} reorder plain make={() => ''}>
                {(h, i) => <TextArea path={h} label={t('optionsProfileHighlightLabel', i + 1)} rows={2} />}
              </Repeater>
            </fieldset>
            <fieldset class="rounded border border-dashed border-slate-400 p-3 dark:border-slate-600">
              <legend class="px-1 text-sm font-semibold">{t('optionsProfileCaseBriefShownOn')}</legend>
              <div class="space-y-3">
                <TextField path={[...at, EXT_KEY, 'title']} label={t('optionsProfileCaseTitle')} />
                <TextArea path={[...at, EXT_KEY, 'outcome']} label={t('optionsProfileOutcome')} rows={3} />
                <ListField path={[...at, EXT_KEY, 'stack']} label={t('optionsProfileStack')} />
                <fieldset>
                  <legend class="text-sm font-semibold">{t('optionsProfileFigures')}</legend>
                  <Repeater<Figure>
                    path={[...at, EXT_KEY, 'figures']}
                    noun={t('optionsNounFigure')}
                    reorder
                    make={() => ({ value: '', label: '' })}
                    describe={(f) => f.label}
                  >
                    {(f) => (
                      <div class={grid}>
                        <TextField path={[...f, 'value']} label={t('optionsProfileValue')} hint={t('optionsProfileEG239Gb')} />
                        <TextField path={[...f, 'label']} label={t('optionsProfileLabel')} hint={t('optionsProfileEGPostgres')} />
                      </div>
                    )}
                  </Repeater>
                </fieldset>
              </div>
            </fieldset>
          </>
        )}
      </Repeater>
    </Subsection>
  );
}

function EducationFields() {
  return (
    <Subsection id="education-heading" title={t('optionsProfileEducation')}>
      <Repeater<Education>
        path={['education']}
        noun={t('optionsNounEducationEntry')}
        reorder
        make={() => ({ institution: '', area: '', studyType: '' })}
        describe={(e) => e.institution}
      >
        {(at) => (
          <div class={grid}>
            <TextField path={[...at, 'institution']} label={t('optionsProfileInstitution')} />
            <TextField path={[...at, 'url']} label={t('optionsProfileInstitutionWebsite')} type="url" />
            <TextField path={[...at, 'studyType']} label={t('optionsProfileDegree')} hint={t('optionsProfileEGBSc')} />
            <TextField path={[...at, 'area']} label={t('optionsProfileFieldOfStudy')} />
            <TextField path={[...at, 'startDate']} label={t('optionsProfileStartDate')} hint={DATE_HINT} />
            <TextField path={[...at, 'endDate']} label={t('optionsProfileEndDate')} hint={DATE_HINT} />
            <TextField path={[...at, 'score']} label={t('optionsProfileScore')} />
            <ListField path={[...at, 'courses']} label={t('optionsProfileCourses')} />
          </div>
        )}
      </Repeater>
    </Subsection>
  );
}

function SkillsFields() {
  return (
    <Subsection id="skills-heading" title={t('optionsProfileSkills')}>
      <Repeater<Skill> path={['skills']} noun={t('optionsNounSkillGroup')} reorder make={() => ({ name: '', keywords: [] })} describe={(s) => s.name}>
        {(at) => (
          <div class={grid}>
            <TextField path={[...at, 'name']} label={t('optionsProfileGroupName')} />
            <TextField path={[...at, 'level']} label={t('optionsProfileLevel')} />
            <ListField class="sm:col-span-2" path={[...at, 'keywords']} label={t('optionsProfileKeywords')} />
          </div>
        )}
      </Repeater>
    </Subsection>
  );
}

const X = (...rest: (string | number)[]) => [EXT_KEY, ...rest];

function CardFields() {
  return (
    <Subsection id="card-heading" title={t('optionsProfileCardTexts')}>
      <p class="mb-3 text-sm text-slate-600 dark:text-slate-400">{t('optionsProfileCardTextsHint', EXT_KEY)}</p>
      <div class={grid}>
        <TextField class="sm:col-span-2" path={X('headline')} label={t('optionsProfileHeadline')} />
        <TextField path={X('yearsOfExperience')} label={t('optionsProfileYearsOfExperience')} hint={t('optionsProfileEG7')} />
        <TextField path={X('currently')} label={t('optionsProfileCurrently')} />
        <TextField class="sm:col-span-2" path={X('pitch')} label={t('optionsProfilePitch')} hint={t('optionsProfileOneSentence')} />
      </div>
      <TextArea class="mt-3" path={X('intro')} label={t('optionsProfileIntro')} rows={4} />
      <ListField class="mt-3" path={X('stackLean')} label={t('optionsProfileStackAtAGlance')} />
      <fieldset class="mt-4">
        <legend class="text-sm font-semibold">{t('optionsProfileAvailability')}</legend>
        <div class={`${grid} mt-2`}>
          <TextField path={X('availability', 'workMode')} label={t('optionsProfileWorkMode')} hint={t('optionsProfileEGRemoteWorldwide')} />
          <TextField path={X('availability', 'responseTime')} label={t('optionsProfileResponseTime')} />
          <TextField class="sm:col-span-2" path={X('availability', 'roles')} label={t('optionsProfileRolesYouAreOpen')} />
          <TextField class="sm:col-span-2" path={X('availability', 'consulting')} label={t('optionsProfileConsulting')} />
          <TextField class="sm:col-span-2" path={X('availability', 'callToAction')} label={t('optionsProfileCallToAction')} />
        </div>
      </fieldset>
      <TextArea class="mt-4" path={X('problemLogIntro')} label={t('optionsProfileProblemLogIntro')} rows={2} />
      <fieldset class="mt-4">
        <legend class="mb-2 text-sm font-semibold">{t('optionsProfileProblemLog')}</legend>
        <Repeater<ProblemLogEntry>
          path={X('problemLog')}
          noun={t('optionsNounProblemLogEntry')}
          reorder
          make={() => ({ date: '', title: '', body: '' })}
          describe={(p) => p.title}
        >
          {(at) => (
            <>
              <div class={grid}>
                <TextField path={[...at, 'date']} label={t('optionsProfileDate')} hint={DATE_HINT} />
                <TextField path={[...at, 'title']} label={t('optionsProfileEntryTitle')} />
              </div>
              <TextArea path={[...at, 'body']} label={t('optionsProfileWhatHappenedAndThe')} rows={4} />
            </>
          )}
        </Repeater>
      </fieldset>
      <fieldset class="mt-4">
        <legend class="mb-2 text-sm font-semibold">{t('optionsProfileWorkingStack')}</legend>
        <Repeater<string> path={X('workingStack')} noun={t('optionsNounParagraph')} reorder plain make={() => ''}>
          {(at, i) => <TextArea path={at} label={t('optionsProfileParagraphLabel', i + 1)} rows={3} />}
        </Repeater>
      </fieldset>
    </Subsection>
  );
}

const KNOWN_SECTIONS = new Set(['$schema', 'basics', 'work', 'education', 'skills', EXT_KEY]);

/** Every field of the profile: basics, links, work, education, skills and the card's own texts. */
export function ProfileForm() {
  const { draft } = useEditor();
  const others = Object.keys(draft).filter((key) => !KNOWN_SECTIONS.has(key));
  return (
    <>
      <BasicsFields />
      <LinksFields />
      <WorkFields />
      <EducationFields />
      <SkillsFields />
      <CardFields />
      {others.length > 0 && <p class="mt-6 text-sm text-slate-600 dark:text-slate-400">{t('optionsProfileOtherSections', others.join(', '))}</p>}
    </>
  );
}
