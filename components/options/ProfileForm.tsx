import type { ComponentChildren } from 'preact';
import { EXT_KEY, type Education, type Figure, type ProblemLogEntry, type Skill, type SocialProfile, type Work } from '@/core/profile/types';
import { ListField, TextArea, TextField, useEditor } from './fields';
import { PhotoField } from './PhotoField';
import { Repeater } from './Repeater';

const DATE_HINT = 'YYYY, YYYY-MM or YYYY-MM-DD';
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
    <Subsection id="basics-heading" title="Basics">
      <div class={grid}>
        <TextField path={['basics', 'name']} label="Name" autoComplete="name" required />
        <TextField path={['basics', 'label']} label="Title" hint="The role you go by, e.g. Senior Backend Engineer." />
        <TextField path={['basics', 'email']} label="Email" type="email" autoComplete="email" />
        <TextField path={['basics', 'phone']} label="Phone" type="tel" autoComplete="tel" />
        <TextField path={['basics', 'url']} label="Profile link" type="url" hint="Your site, portfolio or a page about you (https://…)." />
        <PhotoField />
      </div>
      <TextArea class="mt-3" path={['basics', 'summary']} label="Summary" rows={8} />
      <fieldset class="mt-4">
        <legend class="text-sm font-semibold">Location</legend>
        <div class={`${grid} mt-2`}>
          <TextField path={['basics', 'location', 'address']} label="Address" autoComplete="street-address" />
          <TextField path={['basics', 'location', 'postalCode']} label="Postal code" autoComplete="postal-code" />
          <TextField path={['basics', 'location', 'city']} label="City" autoComplete="address-level2" />
          <TextField path={['basics', 'location', 'region']} label="Region" autoComplete="address-level1" />
          <TextField path={['basics', 'location', 'countryCode']} label="Country code" hint="Two letters, e.g. BD, GB, US." autoComplete="country" />
        </div>
      </fieldset>
    </Subsection>
  );
}

function LinksFields() {
  return (
    <Subsection id="links-heading" title="Links">
      <Repeater<SocialProfile> path={['basics', 'profiles']} noun="link" make={() => ({ network: '', username: '', url: '' })} describe={(p) => p.network}>
        {(at) => (
          <div class="grid gap-3 sm:grid-cols-3">
            <TextField path={[...at, 'network']} label="Network" hint="LinkedIn, GitHub, …" />
            <TextField path={[...at, 'username']} label="Username" />
            <TextField path={[...at, 'url']} label="URL" type="url" />
          </div>
        )}
      </Repeater>
    </Subsection>
  );
}

function WorkFields() {
  return (
    <Subsection id="work-heading" title="Work">
      <Repeater<Work>
        path={['work']}
        noun="work entry"
        reorder
        make={() => ({ name: '', position: '', startDate: '', highlights: [] })}
        describe={(w) => [w.position, w.name].filter(Boolean).join(' at ')}
      >
        {(at) => (
          <>
            <div class={grid}>
              <TextField path={[...at, 'name']} label="Company" />
              <TextField path={[...at, 'position']} label="Position" />
              <TextField path={[...at, 'url']} label="Company website" type="url" />
              <TextField path={[...at, 'location']} label="Location" />
              <TextField path={[...at, 'startDate']} label="Start date" hint={DATE_HINT} />
              <TextField path={[...at, 'endDate']} label="End date" hint={`${DATE_HINT}; empty while you work there.`} />
            </div>
            <TextField path={[...at, 'description']} label="About the company" />
            <TextArea path={[...at, 'summary']} label="Summary" rows={4} />
            <fieldset>
              <legend class="text-sm font-semibold">Highlights</legend>
              <Repeater<string> path={[...at, 'highlights']} noun="highlight" reorder plain make={() => ''}>
                {(h, i) => <TextArea path={h} label={`Highlight ${i + 1}`} rows={2} />}
              </Repeater>
            </fieldset>
            <fieldset class="rounded border border-dashed border-slate-400 p-3 dark:border-slate-600">
              <legend class="px-1 text-sm font-semibold">Case brief (shown on the card)</legend>
              <div class="space-y-3">
                <TextField path={[...at, EXT_KEY, 'title']} label="Case title" />
                <TextArea path={[...at, EXT_KEY, 'outcome']} label="Outcome" rows={3} />
                <ListField path={[...at, EXT_KEY, 'stack']} label="Stack" />
                <fieldset>
                  <legend class="text-sm font-semibold">Figures</legend>
                  <Repeater<Figure> path={[...at, EXT_KEY, 'figures']} noun="figure" reorder make={() => ({ value: '', label: '' })} describe={(f) => f.label}>
                    {(f) => (
                      <div class={grid}>
                        <TextField path={[...f, 'value']} label="Value" hint="e.g. 239 GB" />
                        <TextField path={[...f, 'label']} label="Label" hint="e.g. Postgres" />
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
    <Subsection id="education-heading" title="Education">
      <Repeater<Education> path={['education']} noun="education entry" reorder make={() => ({ institution: '', area: '', studyType: '' })} describe={(e) => e.institution}>
        {(at) => (
          <div class={grid}>
            <TextField path={[...at, 'institution']} label="Institution" />
            <TextField path={[...at, 'url']} label="Institution website" type="url" />
            <TextField path={[...at, 'studyType']} label="Degree" hint="e.g. B.Sc." />
            <TextField path={[...at, 'area']} label="Field of study" />
            <TextField path={[...at, 'startDate']} label="Start date" hint={DATE_HINT} />
            <TextField path={[...at, 'endDate']} label="End date" hint={DATE_HINT} />
            <TextField path={[...at, 'score']} label="Score" />
            <ListField path={[...at, 'courses']} label="Courses" />
          </div>
        )}
      </Repeater>
    </Subsection>
  );
}

function SkillsFields() {
  return (
    <Subsection id="skills-heading" title="Skills">
      <Repeater<Skill> path={['skills']} noun="skill group" reorder make={() => ({ name: '', keywords: [] })} describe={(s) => s.name}>
        {(at) => (
          <div class={grid}>
            <TextField path={[...at, 'name']} label="Group name" />
            <TextField path={[...at, 'level']} label="Level" />
            <ListField class="sm:col-span-2" path={[...at, 'keywords']} label="Keywords" />
          </div>
        )}
      </Repeater>
    </Subsection>
  );
}

const X = (...rest: (string | number)[]) => [EXT_KEY, ...rest];

function CardFields() {
  return (
    <Subsection id="card-heading" title="Card texts">
      <p class="mb-3 text-sm text-slate-600 dark:text-slate-400">
        What the card shows beyond JSON Resume. Other résumé tools ignore these; they are exported under “{EXT_KEY}”.
      </p>
      <div class={grid}>
        <TextField class="sm:col-span-2" path={X('headline')} label="Headline" />
        <TextField path={X('yearsOfExperience')} label="Years of experience" hint="e.g. 7+" />
        <TextField path={X('currently')} label="Currently" />
        <TextField class="sm:col-span-2" path={X('pitch')} label="Pitch" hint="One sentence." />
      </div>
      <TextArea class="mt-3" path={X('intro')} label="Intro" rows={4} />
      <ListField class="mt-3" path={X('stackLean')} label="Stack at a glance" />
      <fieldset class="mt-4">
        <legend class="text-sm font-semibold">Availability</legend>
        <div class={`${grid} mt-2`}>
          <TextField path={X('availability', 'workMode')} label="Work mode" hint="e.g. Remote, worldwide" />
          <TextField path={X('availability', 'responseTime')} label="Response time" />
          <TextField class="sm:col-span-2" path={X('availability', 'roles')} label="Roles you are open to" />
          <TextField class="sm:col-span-2" path={X('availability', 'consulting')} label="Consulting" />
          <TextField class="sm:col-span-2" path={X('availability', 'callToAction')} label="Call to action" />
        </div>
      </fieldset>
      <TextArea class="mt-4" path={X('problemLogIntro')} label="Problem log intro" rows={2} />
      <fieldset class="mt-4">
        <legend class="mb-2 text-sm font-semibold">Problem log</legend>
        <Repeater<ProblemLogEntry> path={X('problemLog')} noun="problem log entry" reorder make={() => ({ date: '', title: '', body: '' })} describe={(p) => p.title}>
          {(at) => (
            <>
              <div class={grid}>
                <TextField path={[...at, 'date']} label="Date" hint={DATE_HINT} />
                <TextField path={[...at, 'title']} label="Entry title" />
              </div>
              <TextArea path={[...at, 'body']} label="What happened and the fix" rows={4} />
            </>
          )}
        </Repeater>
      </fieldset>
      <fieldset class="mt-4">
        <legend class="mb-2 text-sm font-semibold">Working stack</legend>
        <Repeater<string> path={X('workingStack')} noun="paragraph" reorder plain make={() => ''}>
          {(at, i) => <TextArea path={at} label={`Paragraph ${i + 1}`} rows={3} />}
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
      {others.length > 0 && (
        <p class="mt-6 text-sm text-slate-600 dark:text-slate-400">
          Also in your profile and kept as they are: {others.join(', ')}. Edit them in your JSON Resume file and import it again.
        </p>
      )}
    </>
  );
}
