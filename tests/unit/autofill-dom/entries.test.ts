// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { planFill } from '@/core/autofill/plan';
import { collectFields, createIdRegistry } from '@/engine/collect';
import { createEngine } from '@/engine/engine';
import { entryBudgets, findAddButton, markRepeats, savedEntries } from '@/engine/entries';
import { waitBudgeted } from '@/engine/events';
import { captureNative } from '@/engine/native';
import { testProfile } from '../../support/profiles';

/**
 * Repeated entries, the DOM side (issue #17): blocks with no number take their position among alike
 * siblings; the group's own add button is found (never "Add reference"); a fill presses it until each
 * school has a block; undo empties a block the page gave no remove button, and says so.
 */
const educationBlock = (n: number) =>
  `<div class="edu"><label for="s${n}">School</label><input id="s${n}"><label for="d${n}">Discipline</label><input id="d${n}"></div>`;
const page = (blocks: number, extra = '') =>
  `<form><h3>Education</h3><div id="list">${Array.from({ length: blocks }, (_, i) => educationBlock(i)).join('')}</div>${extra}<button type="button" id="add">+ Add another</button>` +
  `<h3>References</h3><button type="button" id="ref">Add reference</button><button type="submit">Submit</button></form>`;

let presses: string[] = [];
beforeEach(() => {
  document.body.innerHTML = '';
  presses = [];
});

/** The page's add button renders a new block a moment later, as a server-backed form does. */
function wireAdd() {
  let next = document.querySelectorAll('.edu').length;
  document.getElementById('add')!.addEventListener('click', () => {
    presses.push('add');
    setTimeout(() => document.getElementById('list')!.insertAdjacentHTML('beforeend', educationBlock(next++)), 30);
  });
  document.getElementById('ref')!.addEventListener('click', () => presses.push('reference'));
  document.addEventListener('submit', (event) => {
    presses.push('submit');
    event.preventDefault();
  });
}

describe('engine/entries', () => {
  it('blocks with no number take their position among alike siblings', () => {
    document.body.innerHTML = page(2);
    const { fields } = collectFields(document, createIdRegistry(), { layout: false });
    markRepeats(fields);
    expect(fields.map((field) => field.descriptor.repeat?.index)).toEqual([0, 0, 1, 1]);
  });

  it('a lone block has no position; its add button is the group\'s own, never "Add reference"', () => {
    document.body.innerHTML = page(1);
    const { fields } = collectFields(document, createIdRegistry(), { layout: false });
    markRepeats(fields);
    expect(fields.map((field) => field.descriptor.repeat)).toEqual([undefined, undefined]);
    expect(findAddButton(fields, 'education', false)?.id).toBe('add');
    expect(findAddButton(fields, 'work', false)).toBeNull();
  });

  it('a fill adds a block per school the form lacks, fills each in order; undo empties a block with no remove button and says so', async () => {
    document.body.innerHTML = page(1);
    wireAdd();
    const profile = testProfile('rich');
    const engine = createEngine(window as never, planFill, { layout: false });
    const report = await engine.fill({ profile, resumeFile: null, settings: { highlightFilled: false } });
    expect(presses).toEqual(['add']);
    const values = () => Array.from(document.querySelectorAll<HTMLInputElement>('.edu input')).map((input) => input.value);
    expect(values()).toEqual(['University of California, Berkeley', 'Computer Science', 'Diablo Valley College', 'Mathematics']);
    expect(report.fields.map((field) => field.entry)).toEqual([
      'Education 1 of 2: University of California, Berkeley',
      'Education 1 of 2: University of California, Berkeley',
      'Education 2 of 2: Diablo Valley College',
      'Education 2 of 2: Diablo Valley College',
    ]);
    // A second fill: every school has its block already.
    await engine.fill({ profile, resumeFile: null, settings: { highlightFilled: false }, attempt: 'again' });
    expect(presses).toEqual(['add']);
    expect(await engine.undo()).toEqual({ restored: 4, kept: [], emptiedBlocks: 1 });
    expect(values()).toEqual(['', '', '', '']);
  });

  it('undo removes an added block by its own remove button', async () => {
    document.body.innerHTML = page(1);
    let next = 1;
    document.getElementById('add')!.addEventListener('click', () => {
      setTimeout(() => {
        document
          .getElementById('list')!
          .insertAdjacentHTML(
            'beforeend',
            educationBlock(next++).replace('</div>', '<button type="button" class="rm" aria-label="Remove education"></button></div>'),
          );
        for (const button of document.querySelectorAll('.rm')) button.addEventListener('click', () => button.parentElement!.remove());
      }, 10);
    });
    const engine = createEngine(window as never, planFill, { layout: false });
    await engine.fill({ profile: testProfile('rich'), resumeFile: null, settings: { highlightFilled: false } });
    expect(document.querySelectorAll('.edu').length).toBe(2);
    expect(await engine.undo()).toEqual({ restored: 4, kept: [] });
    expect(document.querySelectorAll('.edu').length).toBe(1);
  });
});

describe('a group with no block yet', () => {
  it('its add button is found by its section ("Add" under "Work Experience"), never one under References; the fill adds a block per job', async () => {
    document.body.innerHTML =
      '<h2>References</h2><button type="button" id="ref">Add</button><h2>Work Experience</h2><div id="list"></div><button type="button" id="add">Add</button>';
    const pressed: string[] = [];
    let n = 1;
    document.getElementById('ref')!.addEventListener('click', () => pressed.push('reference'));
    document.getElementById('add')!.addEventListener('click', () => {
      pressed.push('add');
      const k = n++;
      setTimeout(
        () =>
          document
            .getElementById('list')!
            .insertAdjacentHTML(
              'beforeend',
              `<div><h3>Work Experience ${k}</h3><label for="t${k}">Job Title</label><input id="t${k}"><label for="c${k}">Company</label><input id="c${k}"></div>`,
            ),
        10,
      );
    });
    const engine = createEngine(window as never, planFill, { layout: false });
    await engine.fill({ profile: testProfile('sparse'), resumeFile: null, settings: { highlightFilled: false } });
    expect(pressed).toEqual(['add', 'add']);
    expect(Array.from(document.querySelectorAll('input')).map((input) => input.value)).toEqual([
      'Senior Data Engineer',
      'Meghna Logistics',
      'Software Developer',
      'Padma Textiles',
    ]);
    // No remove button: undo empties both blocks and says so.
    expect(await engine.undo()).toEqual({ restored: 4, kept: [], emptiedBlocks: 2 });
  });
});

describe('saved entries on the page', () => {
  const list = (items: string) => `<section><h2>Education</h2><ul>${items}</ul><button type="button">+ Add</button></section>`;
  it("reads a saved item's heading and details as parts: the school whose name heads an item is saved, a longer name that starts with it is another school", () => {
    document.body.innerHTML = list('<li><h4>University of California, Berkeley</h4><p>Bachelor of Science, Computer Science</p></li>');
    expect(savedEntries(document, testProfile('rich'))).toEqual({ education: 1 });
    document.body.innerHTML = list('<li><h4>University of California, Berkeley Extension</h4><p>Certificate, Data Science</p></li>');
    expect(savedEntries(document, testProfile('rich'))).toEqual({});
  });
});

describe('option waiting per entry', () => {
  it('fields outside entries share one budget; each entry has its own, so the second school search waits as long as the first', () => {
    const budgetOf = entryBudgets(300, 500);
    budgetOf(undefined).ms -= 200;
    budgetOf('Education 1 of 2: UC Berkeley').ms -= 300;
    expect(budgetOf(undefined).ms).toBe(100);
    expect(budgetOf(undefined)).toBe(budgetOf(undefined));
    expect(budgetOf('Education 1 of 2: UC Berkeley').ms).toBe(0);
    expect(budgetOf('Education 2 of 2: Diablo Valley College').ms).toBe(300);
  });

  it('all the budgets together spend one fill-wide one: a fill never waits longer than it allows', async () => {
    const budgetOf = entryBudgets(300, 500);
    const ctx = { view: window as never, native: captureNative(window as never) };
    await waitBudgeted({ ...ctx, waitBudget: budgetOf('Education 1 of 2: UC Berkeley') }, () => null, 40);
    const second = budgetOf('Education 2 of 2: Diablo Valley College');
    expect(second.ms).toBe(300);
    expect(second.fill!.ms).toBeLessThanOrEqual(460);
    expect(second.fill).toBe(budgetOf(undefined).fill);
  });

  it('a wait that found what it waited for spends no budget: every school search that answers is waited for', async () => {
    const budgetOf = entryBudgets(300, 500);
    const ctx = { view: window as never, native: captureNative(window as never) };
    const first = budgetOf('Education 1 of 2: UC Berkeley');
    let answered = false;
    setTimeout(() => {
      answered = true;
      document.body.append(document.createElement('i'));
    }, 30);
    expect(await waitBudgeted({ ...ctx, waitBudget: first }, () => (answered ? 'school' : null), 200)).toBe('school');
    expect(first.ms).toBe(300);
    expect(first.fill!.ms).toBe(500);
  });

  it("only the page's idle time is waiting: a page busy rendering is not charged, and a widget that never answers costs its window", async () => {
    const ctx = { view: window as never, native: captureNative(window as never) };
    // The page's main thread busy for 120 ms (rendering what was opened), then idle: nothing ever answers.
    setTimeout(() => {
      const until = performance.now() + 120;
      while (performance.now() < until);
    }, 5);
    const budget = { ms: 100, fill: { ms: 500 } };
    const start = performance.now();
    expect(await waitBudgeted({ ...ctx, waitBudget: budget }, () => null, 100)).toBeNull();
    expect(performance.now() - start).toBeGreaterThanOrEqual(200);
    expect(budget.ms).toBe(0);
    expect(budget.fill.ms).toBeGreaterThanOrEqual(400);
  });
});

describe('preview', () => {
  it('counts the blocks a fill would add per group, pressing nothing; a group with no add button counts none', async () => {
    document.body.innerHTML = page(1);
    wireAdd();
    const engine = createEngine(window as never, planFill, { layout: false });
    const preview = await engine.fill({ profile: testProfile('rich'), resumeFile: null, settings: { highlightFilled: false }, preview: true });
    expect(preview.wouldAdd).toEqual({ education: 1 });
    expect(presses).toEqual([]);
    expect(document.querySelectorAll('.edu')).toHaveLength(1);
    // The same form with no add button: nothing would be added.
    document.getElementById('add')!.remove();
    const without = await engine.fill({ profile: testProfile('rich'), resumeFile: null, settings: { highlightFilled: false }, preview: true, attempt: 'b' });
    expect(without.wouldAdd).toBeUndefined();
    // Every school has its block: nothing to add.
    document.body.innerHTML = page(2);
    const full = await engine.fill({ profile: testProfile('rich'), resumeFile: null, settings: { highlightFilled: false }, preview: true, attempt: 'c' });
    expect(full.wouldAdd).toBeUndefined();
  });
});

describe('an editor with its own Save, and a list of saved entries', () => {
  it('the open editor takes the first job the list does not show; Save and "+ Add" are never pressed; undo closes an editor the fill opened by its Cancel', async () => {
    document.body.innerHTML =
      '<form><h2>Experience</h2><ul><li><h4>Staff Software Engineer</h4><p>Northwind Analytics</p></li></ul>' +
      '<div class="editor"><label for="t">Title</label><input id="t"><label for="c">Company</label><input id="c"><button type="button" id="save">Save</button><button type="button" id="cancel">Cancel</button></div>' +
      '<button type="button" id="add">+ Add</button>' +
      '<h2>Education</h2><ul></ul><button type="button" id="add-school">+ Add</button></form>';
    const pressed: string[] = [];
    for (const id of ['save', 'cancel', 'add']) document.getElementById(id)!.addEventListener('click', () => pressed.push(id));
    document.getElementById('add-school')!.addEventListener('click', () => {
      pressed.push('add-school');
      setTimeout(() => {
        document
          .getElementById('add-school')!
          .insertAdjacentHTML(
            'beforebegin',
            '<div class="editor" id="school-editor"><label for="s">School</label><input id="s"><button type="button">Save</button><button type="button" id="cancel-school">Cancel</button></div>',
          );
        document.getElementById('cancel-school')!.addEventListener('click', () => document.getElementById('school-editor')!.remove());
      }, 20);
    });
    const engine = createEngine(window as never, planFill, { layout: false });
    const report = await engine.fill({ profile: testProfile('rich'), resumeFile: null, settings: { highlightFilled: false } });
    expect([(document.getElementById('t') as HTMLInputElement).value, (document.getElementById('c') as HTMLInputElement).value]).toEqual([
      'Software Engineer',
      'Contoso Retail',
    ]);
    expect((document.getElementById('s') as HTMLInputElement).value).toBe('University of California, Berkeley');
    expect(report.fields.find((field) => field.label === 'Title')?.entry).toBe('Work 2 of 3: Contoso Retail');
    expect(pressed).toEqual(['add-school']);
    await engine.undo();
    expect(document.getElementById('school-editor')).toBeNull();
    expect(pressed).toEqual(['add-school']);
  });
});
