import { describe, expect, it } from 'vitest';
import {
  blocksToAdd,
  educationInOrder,
  entryLabel,
  entryOf,
  groupOfHeading,
  isAddButton,
  isCancelButton,
  isRemoveButton,
  isSaveButton,
  roleDescription,
  savedCount,
  workInOrder,
} from '@/core/autofill/entries';
import { summariseEntries } from '@/core/entry-summary';
import { planFill } from '@/core/autofill/plan';
import { PAGE, field, opts, richProfile, sparseProfile } from './helpers';

describe('groupOfHeading: which repeated group a section names', () => {
  it.each([
    ['Work Experience 1', 'work'],
    ['Work Experience 2', 'work'],
    ['Employment History', 'work'],
    ['Experience', 'work'],
    ['Job 2', 'work'],
    ['Education 1', 'education'],
    ['Education', 'education'],
    ['References', 'other'],
    ['Reference 1', 'other'],
    ['Resume/CV', 'other'],
    ['Social Network URLs', 'other'],
    ['Our office', null],
    ['My Experience', null],
    ['Personal Information', 'other'],
    ['Voluntary Disclosures', null],
  ] as const)('%s → %s', (heading, group) => {
    expect(groupOfHeading(heading)).toBe(group);
  });
});

describe('entryOf: entry N of a group', () => {
  it.each([
    [['Work Experience 2', 'My Experience'], undefined, { group: 'work', index: 1 }],
    [['Education 3', 'My Experience'], undefined, { group: 'education', index: 2 }],
    [['Education'], { index: 1 }, { group: 'education', index: 1 }],
    [['Education'], undefined, { group: 'education', index: 0 }],
    [['Resume/CV', 'My Experience'], undefined, null],
    [['Reference 1', 'References'], undefined, null],
    [['Our office', 'My Experience'], undefined, null],
    [['Our office', 'Education', 'My Experience'], undefined, null],
    [['My Experience'], undefined, null],
    [['Work Experience 11'], undefined, null],
    [[], undefined, null],
  ] as const)('%j (repeat %j) → %j', (sections, repeat, entry) => {
    expect(entryOf({ sections: [...sections], repeat })).toEqual(entry);
  });
});

describe('profile entries, most recent first', () => {
  it('work: the current job first, then by start date', () => {
    const profile = richProfile();
    profile.work.reverse();
    expect(workInOrder(profile).map((w) => w.name)).toEqual(['Northwind Analytics', 'Contoso Retail', 'Fabrikam Labs']);
  });
  it('education: by end date', () => {
    const profile = richProfile();
    profile.education.reverse();
    expect(educationInOrder(profile).map((e) => e.institution)).toEqual(['University of California, Berkeley', 'Diablo Valley College']);
  });
  it('labels for the report', () => {
    expect(entryLabel(richProfile(), { group: 'work', index: 1 })).toBe('Work 2 of 3: Contoso Retail');
    expect(entryLabel(sparseProfile(), { group: 'education', index: 0 })).toBe('Education 1 of 1: Shahjalal University of Science and Technology');
  });
  it('role description: summary and highlights as plain text', () => {
    expect(roleDescription(richProfile().work[1]!)).toBe(
      'Built the pricing and stock services behind the stores and the web shop.\n- Replaced the nightly price file with a pricing service the tills query directly.\n- Built stock reservations, so the web shop stopped selling what the stores had already sold.',
    );
    expect(roleDescription({ name: 'X' })).toBeNull();
  });
});

describe('add and remove buttons', () => {
  it.each([
    ['Add', 'work', true],
    ['Add Another', 'work', true],
    ['+ Add another', 'education', true],
    ['Add work experience', 'work', true],
    ['Add education', 'education', true],
    ['Add education', 'work', false],
    ['Add reference', 'work', false],
    ['Add a reference', 'work', false],
    ['Add a link', 'work', false],
    ['Submit', 'work', false],
    ['Save and Continue', 'work', false],
    ['Next', 'education', false],
  ] as const)('%s for %s → %s', (text, group, yes) => {
    expect(isAddButton(text, group)).toBe(yes);
  });
  it.each([
    ['Delete', true],
    ['Remove', true],
    ['Remove work experience 2', true],
    ['Remove file', false],
    ['Delete account', false],
    ['Add', false],
  ] as const)('%s → %s', (text, yes) => {
    expect(isRemoveButton(text)).toBe(yes);
  });
});

describe('blocksToAdd: what the form lacks', () => {
  const block = (n: number) => [
    field('Job Title', 'text', { sections: [`Work Experience ${n}`] }),
    field('Company', 'text', { sections: [`Work Experience ${n}`] }),
  ];
  it('one block on the form, three jobs in the profile: two to add; a group with no block yet wants all of its entries (if the form has an add button for it)', () => {
    expect(blocksToAdd(block(1), richProfile())).toEqual({ work: 2, education: 2 });
  });
  it('never more than the profile has', () => {
    expect(blocksToAdd([...block(1), ...block(2), ...block(3)], sparseProfile())).toEqual({ work: 0, education: 1 });
  });
  it('entries the form lists as saved count as on the form', () => {
    expect(blocksToAdd([], richProfile(), { work: 1 })).toEqual({ work: 2, education: 2 });
    expect(blocksToAdd(block(1), richProfile(), { work: 3, education: 2 })).toEqual({ work: 0, education: 0 });
  });
});

describe("saved entries (an editor's list)", () => {
  it("counts the profile's entries, most recent first, that the saved items show: a job by its company and title, a school by its name", () => {
    expect(savedCount(richProfile(), 'work', ['Staff Software Engineer · Northwind Analytics'])).toBe(1);
    expect(savedCount(richProfile(), 'work', ['Staff Software Engineer Northwind Analytics', 'Software Engineer, Contoso Retail (2016 – 2021)'])).toBe(2);
    // The second job saved without the first: the first is still the next to fill.
    expect(savedCount(richProfile(), 'work', ['Software Engineer · Contoso Retail'])).toBe(0);
    // The company alone, under another title, is another job.
    expect(savedCount(richProfile(), 'work', ['Barista · Northwind Analytics'])).toBe(0);
    expect(savedCount(richProfile(), 'education', ['University of California, Berkeley — BSc Computer Science'])).toBe(1);
    expect(savedCount(richProfile(), 'education', ['Not University of California'])).toBe(0);
    // A longer name that starts with the school's is another school; the school's own name ends a part of the item.
    expect(savedCount(richProfile(), 'education', ['University of California, Berkeley Extension · Certificate'])).toBe(0);
    expect(savedCount(richProfile(), 'education', ['University of California, Berkeley Extension'])).toBe(0);
    expect(savedCount(richProfile(), 'education', ['University of California, Berkeley · Bachelor of Science (2012 – 2016)'])).toBe(1);
    expect(savedCount(richProfile(), 'education', ['BSc Computer Science | University of California, Berkeley'])).toBe(1);
    expect(savedCount(richProfile(), 'education', ['University of California, Berkeley\nComputer Science'])).toBe(1);
  });
  it("an editor's Save and Cancel", () => {
    expect(['Save', 'Save entry', 'Done'].map(isSaveButton)).toEqual([true, true, true]);
    expect(['Submit', '+ Add', 'Saved jobs'].map(isSaveButton)).toEqual([false, false, false]);
    expect(['Cancel', 'Discard changes'].map(isCancelButton)).toEqual([true, true]);
  });
});

const month = (label: string, n: number, hook: string) => field(label, 'text', { sections: [`Work Experience ${n}`], placeholder: 'MM', dataHooks: [hook] });
const year = (label: string, n: number, hook: string) => field(label, 'text', { sections: [`Work Experience ${n}`], placeholder: 'YYYY', dataHooks: [hook] });

describe('planFill on repeated entries', () => {
  const work = (n: number) => [
    field('Job Title', 'text', { sections: [`Work Experience ${n}`] }),
    field('Company', 'text', { sections: [`Work Experience ${n}`] }),
    field('Location', 'text', { sections: [`Work Experience ${n}`] }),
    field('I currently work here', 'checkbox', { sections: [`Work Experience ${n}`] }),
    month('From Month', n, 'startMonth'),
    year('From Year', n, 'startYear'),
    month('To Month', n, 'endMonth'),
    year('To Year', n, 'endYear'),
    field('Role Description', 'textarea', { sections: [`Work Experience ${n}`] }),
  ];
  const show = (profile = richProfile(), fields = [...work(1), ...work(2), ...work(3)]) =>
    planFill(fields, profile, PAGE, { hasResume: false }).map((e) => (e.action === 'fill' ? e.value.split('\n')[0] : `(${e.left})`));

  it('rich: three jobs in order, current job ticked with its end date empty', () => {
    expect(show()).toEqual([
      'Staff Software Engineer',
      'Northwind Analytics',
      '(no answer in profile)',
      'on',
      '03',
      '2021',
      '(no answer in profile)',
      '(no answer in profile)',
      'Leads the ingestion platform.',
      'Software Engineer',
      'Contoso Retail',
      '(no answer in profile)',
      '(no matching option)',
      '06',
      '2016',
      '02',
      '2021',
      'Built the pricing and stock services behind the stores and the web shop.',
      'Software Engineering Intern',
      'Fabrikam Labs',
      '(no answer in profile)',
      '(no matching option)',
      '06',
      '2015',
      '09',
      '2015',
      'Wrote the first load tests for the booking API.',
    ]);
  });
  it('sparse: years only, months left; the third block has no job', () => {
    expect(show(sparseProfile())).toEqual([
      'Senior Data Engineer',
      'Meghna Logistics',
      '(no answer in profile)',
      'on',
      '(no answer in profile)',
      '2022',
      '(no answer in profile)',
      '(no answer in profile)',
      'Runs the shipment data warehouse and the pipelines that feed it.',
      'Software Developer',
      'Padma Textiles',
      '(no answer in profile)',
      '(no matching option)',
      '(no answer in profile)',
      '2019',
      '(no answer in profile)',
      '2022',
      "Built the factory floor's production reports.",
      ...Array<string>(9)
        .fill('(no answer in profile)')
        .map((v, i) => (i === 3 ? '(no answer in profile)' : v)),
    ]);
  });
  it('MM/YYYY text boxes and month selects', () => {
    const fields = [
      field('Start date', 'text', { sections: ['Work Experience 2'], placeholder: 'MM/YYYY' }),
      field('End date', 'text', { sections: ['Work Experience 2'], placeholder: 'MM/YYYY' }),
      field('Start month', 'select', {
        sections: ['Work Experience 3'],
        options: opts('Month', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'),
      }),
    ];
    expect(show(richProfile(), fields)).toEqual(['06/2016', '02/2021', 'June']);
    const years = opts('Year', ...Array.from({ length: 15 }, (_, i) => String(2026 - i)));
    expect(show(richProfile(), [field('End year', 'select', { sections: ['Work Experience 2'], options: years })])).toEqual(['2021']);
  });
  it('a role description box too small for the highlights gets the summary alone', () => {
    const box = field('Role Description', 'textarea', { sections: ['Work Experience 2'], maxLength: 100 });
    expect(show(richProfile(), [box])).toEqual(['Built the pricing and stock services behind the stores and the web shop.']);
  });
  it('a "Current role" box is the current-job box', () => {
    const fields = [
      field('Current role', 'checkbox', { sections: ['Employment'], repeat: { index: 0 } }),
      field('Current role', 'checkbox', { sections: ['Employment'], repeat: { index: 1 } }),
    ];
    expect(show(richProfile(), fields)).toEqual(['on', '(no matching option)']);
  });
  it('an entry the person has started is left whole', () => {
    const fields = work(2);
    fields[0]!.currentValue = 'Barista';
    expect(show(richProfile(), fields).slice(0, 3)).toEqual(['(already filled)', '(already filled)', '(already filled)']);
  });
  it('education: degree by meaning, field, years, GPA only when the profile has one', () => {
    const edu = (n: number) => [
      field('School', 'text', { sections: ['Education'], repeat: { index: n } }),
      field('Degree', 'select', {
        sections: ['Education'],
        repeat: { index: n },
        options: opts('Select...', "Associate's Degree", "Bachelor's Degree", "Master's Degree"),
      }),
      field('Discipline', 'text', { sections: ['Education'], repeat: { index: n } }),
      field('Start year', 'text', { sections: ['Education'], repeat: { index: n } }),
      field('End year', 'text', { sections: ['Education'], repeat: { index: n } }),
      field('GPA', 'text', { sections: ['Education'], repeat: { index: n } }),
    ];
    expect(show(richProfile(), [...edu(0), ...edu(1)])).toEqual([
      'University of California, Berkeley',
      "Bachelor's Degree",
      'Computer Science',
      '2012',
      '2016',
      '(no answer in profile)',
      'Diablo Valley College',
      "Associate's Degree",
      'Mathematics',
      '2010',
      '2012',
      '(no answer in profile)',
    ]);
    const scored = richProfile();
    scored.education[0]!.score = '3.8';
    expect(show(scored, edu(0))[5]).toBe('3.8');
  });
  it('the report names each entry', () => {
    const plan = planFill(work(2), richProfile(), PAGE, { hasResume: false });
    expect(plan[0]?.entry).toBe('Work 2 of 3: Contoso Retail');
  });
});

describe('summariseEntries: the report per entry', () => {
  it('counts filled and needs-you fields of each entry, in order; fields of no entry are not listed', () => {
    expect(
      summariseEntries([
        { entry: 'Work 1 of 3: Northwind Analytics', status: 'filled' },
        { entry: 'Work 1 of 3: Northwind Analytics', status: 'filled' },
        { status: 'filled' },
        { entry: 'Work 2 of 3: Delta Commerce', status: 'filled' },
        { entry: 'Work 2 of 3: Delta Commerce', status: 'left', needsUser: true },
        { entry: 'Work 2 of 3: Delta Commerce', status: 'left', needsUser: true },
      ]),
    ).toEqual(['Work 1 of 3: Northwind Analytics — filled 2', 'Work 2 of 3: Delta Commerce — filled 1, 2 need you']);
  });

  it('says what a preview would fill in each entry', () => {
    expect(
      summariseEntries([
        { entry: 'Work 1 of 3: Northwind Analytics', status: 'planned' },
        { entry: 'Work 1 of 3: Northwind Analytics', status: 'planned' },
        { entry: 'Education 1 of 2: Riverside University', status: 'planned' },
        { entry: 'Education 1 of 2: Riverside University', status: 'left', needsUser: true },
      ]),
    ).toEqual(['Work 1 of 3: Northwind Analytics — would fill 2', 'Education 1 of 2: Riverside University — would fill 1, 1 needs you']);
  });
});
