// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { FieldDescriptor, PlanEntry } from '@/core/autofill/types';
import { testProfile } from '../../support/profiles';
import type { FillArgs } from '@/core/contract';
import { createEngine, type Planner } from '@/engine/engine';
import { FILLED_CLASS, NEEDS_YOU_CLASS } from '@/engine/marks';

/**
 * The DOM side on its own: a stand-in planner says what to write (by field name), and the tests check
 * how the engine writes it, verifies it, refuses what it must, reports, and undoes.
 */
type Wanted = Record<string, string>;

function plannerFor(wanted: Wanted, calls: FieldDescriptor[][] = []): Planner {
  return (fields) => {
    calls.push([...fields]);
    return fields.map((field): PlanEntry => {
      const value = wanted[field.name ?? field.htmlId ?? ''];
      if (value === undefined) return { fieldId: field.id, action: 'leave', key: null, reason: 'not asked', left: 'no answer in profile' };
      if (field.kind === 'file') return { fieldId: field.id, action: 'fill', key: 'resumeFile', reason: 'test', value: '', file: 'resume' };
      const option = field.options?.find((candidate) => candidate.text === value);
      return { fieldId: field.id, action: 'fill', key: 'email', reason: 'test', value, ...(option ? { option } : {}) };
    });
  };
}

const RESUME = { name: 'resume.pdf', type: 'application/pdf', size: 4, base64: btoa('%PDF'), source: 'upload' as const };
const args = (overrides: Partial<FillArgs> = {}): FillArgs => ({
  profile: testProfile('sparse'),
  resumeFile: RESUME,
  settings: { highlightFilled: true },
  ...overrides,
});
const $ = <T extends Element = HTMLInputElement>(selector: string) => document.querySelector(selector) as unknown as T;

/** Listeners a test adds to the document, removed before the next test. */
let listeners = new AbortController();

beforeEach(() => {
  listeners.abort();
  listeners = new AbortController();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('apply: writing like a person', () => {
  it('focuses, sets the value, sends input and change that bubble, then blurs', async () => {
    document.body.innerHTML = '<label for="e">Email</label><input id="e" name="email">';
    const seen: string[] = [];
    for (const type of ['focus', 'focusin', 'input', 'change', 'blur', 'focusout']) {
      document.addEventListener(type, (event) => seen.push(`${type}${event.bubbles ? '^' : ''}:${$('#e').value}`), { capture: true, signal: listeners.signal });
    }
    const report = await createEngine(window as never, plannerFor({ email: 'ada@example.org' }), { layout: false }).fill(args());
    expect($('#e').value).toBe('ada@example.org');
    expect(seen).toEqual(expect.arrayContaining(['input^:ada@example.org', 'change^:ada@example.org']));
    expect(seen.indexOf('input^:ada@example.org')).toBeGreaterThan(seen.findIndex((entry) => entry.startsWith('focus')));
    expect(seen.findIndex((entry) => entry.startsWith('blur'))).toBeGreaterThan(seen.indexOf('change^:ada@example.org'));
    expect(report.fields).toEqual([expect.objectContaining({ label: 'Email', status: 'filled', value: 'ada@example.org', key: 'email' })]);
  });

  it('sends an InputEvent that says text was inserted', async () => {
    document.body.innerHTML = '<input name="city" aria-label="City">';
    let event: InputEvent | undefined;
    $('input').addEventListener('input', (e) => (event = e as InputEvent));
    await createEngine(window as never, plannerFor({ city: 'Cumilla' }), { layout: false }).fill(args());
    expect(event).toBeInstanceOf(window.InputEvent);
    expect(event).toMatchObject({ inputType: 'insertText', data: 'Cumilla' });
  });

  it('chooses select options, radios, checkbox-group members and toggle buttons as planned', async () => {
    document.body.innerHTML = `
      <select name="country" aria-label="Country"><option value="">Select…</option><option value="BD">Bangladesh</option><option value="CA">Canada</option></select>
      <fieldset><legend>Relocate?</legend><label><input type="radio" name="relocate" value="y">Yes</label><label><input type="radio" name="relocate" value="n">No</label></fieldset>
      <div><p>Clouds</p><label><input type="checkbox" name="clouds" value="aws">AWS</label><label><input type="checkbox" name="clouds" value="gcp">GCP</label></div>
      <div><p>Kubernetes?</p><div><button type="button" aria-pressed="false" name="k8s">Yes</button><button type="button" aria-pressed="false">No</button></div></div>`;
    for (const button of document.querySelectorAll('[aria-pressed]')) {
      button.addEventListener('click', () => button.setAttribute('aria-pressed', 'true'));
    }
    const report = await createEngine(window as never, plannerFor({ country: 'Canada', relocate: 'No', clouds: 'GCP', k8s: 'Yes' }), { layout: false }).fill(
      args(),
    );
    expect($<HTMLSelectElement>('select').value).toBe('CA');
    expect($('input[value=n]').checked).toBe(true);
    expect($('input[value=gcp]').checked).toBe(true);
    expect($('input[value=aws]').checked).toBe(false);
    expect($('button').getAttribute('aria-pressed')).toBe('true');
    expect(report.fields.map((field) => field.value)).toEqual(['Canada', 'No', 'GCP', 'Yes']);
  });

  it('attaches the stored résumé as a File and tells the page it changed', async () => {
    document.body.innerHTML = '<div class="drop"><label for="r">Resume</label><input type="file" id="r" name="resume"></div>';
    let changed = 0;
    $('#r').addEventListener('change', () => changed++);
    const report = await createEngine(window as never, plannerFor({ resume: '' }), { layout: false }).fill(args());
    const file = $('#r').files![0]!;
    expect([file.name, file.type, file.size, changed]).toEqual(['resume.pdf', 'application/pdf', 4, 1]);
    expect(report.fields[0]).toMatchObject({ status: 'filled', value: 'resume.pdf' });
  });

  it('a multiple select gets each option the plan names, with one change; undo brings back what was chosen', async () => {
    document.body.innerHTML =
      '<label for="l">Languages</label><select id="l" name="languages" multiple><option value="bn">Bengali</option><option value="en">English</option><option value="es">Spanish</option></select>';
    let changes = 0;
    $('#l').addEventListener('change', () => changes++);
    const planner: Planner = (fields) =>
      fields.map((field): PlanEntry => {
        const options = (field.options ?? []).filter((option) => option.value !== 'bn');
        return { fieldId: field.id, action: 'fill', key: 'languages', reason: 'test', value: 'English, Spanish', option: options[0]!, options };
      });
    const engine = createEngine(window as never, planner, { layout: false });
    const report = await engine.fill(args());
    const chosen = () => Array.from($<HTMLSelectElement>('#l').selectedOptions, (option) => option.value);
    expect([report.fields[0]?.status, report.fields[0]?.value, chosen(), changes]).toEqual(['filled', 'English, Spanish', ['en', 'es'], 1]);
    expect(await engine.undo()).toEqual({ restored: 1, kept: [] });
    expect(chosen()).toEqual([]);
  });

  describe('a drop zone with no file input', () => {
    /** happy-dom's DragEvent is a plain Event: this one carries its DataTransfer, as a browser's does. */
    class CarryingDragEvent extends Event {
      readonly dataTransfer: DataTransfer | null;
      constructor(type: string, init: DragEventInit = {}) {
        super(type, init);
        this.dataTransfer = init.dataTransfer ?? null;
      }
    }
    const original = window.DragEvent;
    beforeEach(() => {
      window.DragEvent = CarryingDragEvent as never;
      return () => {
        window.DragEvent = original;
      };
    });
    /** A hand-rolled zone: it takes the file a drop carries, names it, and (with `remove`) offers to take it out. */
    function zone(remove: boolean) {
      document.body.innerHTML = '<form><div id="cv"><div class="title">Resume</div><div class="drop"><p>Drop your résumé here</p></div></div></form>';
      const drop = $<HTMLElement>('.drop');
      const seen: string[] = [];
      drop.addEventListener('dragover', (event) => event.preventDefault());
      drop.addEventListener('drop', (event) => {
        seen.push(event.type);
        const file = (event as DragEvent).dataTransfer?.files[0];
        if (!file) return;
        drop.innerHTML = `<span>${file.name}</span>`;
        if (!remove) return;
        const button = Object.assign(document.createElement('button'), { type: 'button', textContent: '×', title: 'Remove file' });
        button.addEventListener('click', () => {
          drop.innerHTML = '<p>Drop your résumé here</p>';
          button.remove();
        });
        $('#cv').append(button);
      });
      return seen;
    }

    it('drops the résumé on it once, and undo presses the remove button the drop brought', async () => {
      const seen = zone(true);
      const engine = createEngine(window as never, plannerFor({ cv: '' }), { layout: false });
      const report = await engine.fill(args());
      expect(report.fields).toMatchObject([{ status: 'filled', value: 'resume.pdf' }]);
      expect([seen, $('.drop').textContent]).toEqual([['drop'], 'resume.pdf']);
      expect(await engine.undo()).toEqual({ restored: 1, kept: [] });
      expect([$('.drop').textContent, document.querySelectorAll('button').length]).toEqual(['Drop your résumé here', 0]);
      // A second fill sees the zone empty again; once it holds the file it no longer asks for one: no second drop.
      expect((await engine.fill(args())).fields).toMatchObject([{ status: 'filled' }]);
      expect((await engine.fill(args())).fields).toEqual([]);
      expect(seen).toEqual(['drop', 'drop']);
    });

    it('an upload button whose press makes no file input: the zone around it gets the résumé as one drop', async () => {
      document.body.innerHTML =
        '<form><div id="cv"><div class="title">Resume</div><div class="drop"><p>Drop your résumé here</p><span class="name"></span><button type="button" name="cv">Select files</button></div></div></form>';
      const seen: string[] = [];
      $('.drop').addEventListener('dragover', (event) => event.preventDefault());
      $('.drop').addEventListener('drop', (event) => {
        seen.push(event.type);
        const file = (event as DragEvent).dataTransfer?.files[0];
        if (!file) return;
        $('.name').textContent = file.name;
        const remove = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Delete' });
        remove.addEventListener('click', () => {
          $('.name').textContent = '';
          remove.remove();
        });
        $('.drop').append(remove);
      });
      let presses = 0;
      $('button[name=cv]').addEventListener('click', () => presses++);
      const engine = createEngine(window as never, plannerFor({ cv: '' }), { layout: false });
      const report = await engine.fill(args());
      expect(report.fields).toMatchObject([{ status: 'filled', value: 'resume.pdf' }]);
      expect([presses, seen, $('.name').textContent]).toEqual([1, ['drop'], 'resume.pdf']);
      // The zone now names the file: a second fill leaves it.
      expect((await engine.fill(args())).fields).toMatchObject([{ status: 'left', left: 'already filled' }]);
      expect(seen).toEqual(['drop']);
      expect(await engine.undo()).toEqual({ restored: 1, kept: [] });
      expect([$('.name').textContent, document.querySelectorAll('button').length]).toEqual(['', 1]);
    });

    it('says undo kept the file where the zone has no way to take it out', async () => {
      zone(false);
      const engine = createEngine(window as never, plannerFor({ cv: '' }), { layout: false });
      const report = await engine.fill(args());
      expect(report.fields).toMatchObject([{ status: 'filled' }]);
      expect(await engine.undo()).toEqual({ restored: 0, kept: [report.fields[0]!.fieldId] });
      expect($('.drop').textContent).toBe('resume.pdf');
    });
  });

  it('reports a value the page threw away', async () => {
    document.body.innerHTML = '<input name="phone" aria-label="Phone">';
    $('input').addEventListener('input', (event) => ((event.target as HTMLInputElement).value = ''));
    const report = await createEngine(window as never, plannerFor({ phone: '+8801700000000' }), { layout: false }).fill(args());
    expect(report.fields[0]).toMatchObject({ status: 'left', left: 'page rejected the value' });
  });

  it('picks an option in a listbox button (Workday) and reads the choice back', async () => {
    document.body.innerHTML = '<label for="st">State</label><button id="st" name="state" aria-haspopup="listbox">Select One</button>';
    const button = $<HTMLButtonElement>('#st');
    button.addEventListener('click', () => {
      const list = document.createElement('div');
      list.setAttribute('role', 'listbox');
      for (const text of ['Select One', 'California', 'Texas']) {
        const option = document.createElement('div');
        option.setAttribute('role', 'option');
        option.textContent = text;
        option.addEventListener('click', () => {
          button.textContent = text;
          list.remove();
        });
        list.append(option);
      }
      document.body.append(list);
    });
    const calls: FieldDescriptor[][] = [];
    const engine = createEngine(window as never, plannerFor({ state: 'Texas' }, calls), { layout: false });
    const report = await engine.fill(args());
    expect(button.textContent).toBe('Texas');
    expect(report.fields[0]).toMatchObject({ status: 'filled', value: 'Texas' });
    // The options found on opening went back to the planner, which chose among them.
    expect(calls[1]?.[0]?.options?.map((option) => option.text)).toEqual(['California', 'Texas']);
    expect(await engine.undo()).toEqual({ restored: 1, kept: [] });
    expect(button.textContent).toBe('Select One');
  });
});

describe('a search box whose options come from a server', () => {
  /** A text combobox: its list shows a notice until typed in, then "Loading…" until the server answers `delayMs` later (never, when null), with "No results" when none holds what was typed. */
  function schoolSearch(delayMs: number | null) {
    document.body.innerHTML =
      '<label for="school">School</label><input id="school" name="school" role="combobox" aria-controls="schools"><div id="schools" role="listbox"></div>';
    const input = $('#school');
    const list = $<HTMLDivElement>('#schools');
    const notice = (text: string) => list.replaceChildren(Object.assign(document.createElement('div'), { textContent: text }));
    input.addEventListener('keydown', (event) => (event as KeyboardEvent).key === 'ArrowDown' && notice('Type at least two characters'));
    input.addEventListener('input', () => {
      const typed = input.value;
      notice('Loading…');
      if (delayMs === null) return;
      setTimeout(() => {
        const options = ['Diablo Valley College Online', 'Diablo Valley College']
          .filter((school) => school.startsWith(typed))
          .map((school) => {
            const option = Object.assign(document.createElement('div'), { textContent: school });
            option.setAttribute('role', 'option');
            option.addEventListener('click', () => {
              input.value = school;
              list.replaceChildren();
            });
            return option;
          });
        if (options.length) list.replaceChildren(...options);
        else notice('No results');
      }, delayMs);
    });
    return input;
  }

  it('a search whose server answers in 300 ms is waited for however long the page is busy meanwhile, and its option taken', async () => {
    const input = schoolSearch(300);
    // The page's main thread busy for 150 ms while the search is under way: not counted as waiting.
    setTimeout(() => {
      const until = performance.now() + 150;
      while (performance.now() < until);
    }, 20);
    const report = await createEngine(window as never, plannerFor({ school: 'Diablo Valley College' }), { layout: false }).fill(args());
    expect(report.fields[0]).toMatchObject({ status: 'filled', value: 'Diablo Valley College' });
    expect(input.value).toBe('Diablo Valley College');
  });

  it('a search that answers "No results" is left at once, not waited for until the budget runs out', async () => {
    schoolSearch(50);
    const start = performance.now();
    const report = await createEngine(window as never, plannerFor({ school: 'Contra Costa College' }), { layout: false }).fill(args());
    expect(report.fields[0]).toMatchObject({ status: 'left', left: 'options did not load' });
    expect(performance.now() - start).toBeLessThan(300);
  });

  it('a search that never answers is left "options did not load" after that short moment, the typing taken back', async () => {
    const input = schoolSearch(null);
    const start = performance.now();
    const report = await createEngine(window as never, plannerFor({ school: 'Diablo Valley College' }), { layout: false }).fill(args());
    expect(report.fields[0]).toMatchObject({ status: 'left', left: 'options did not load' });
    expect(performance.now() - start).toBeLessThan(1000);
    expect(input.value).toBe('');
  });
});

describe('the report', () => {
  it('lists what was filled and what needs the person, and counts without listing fields nothing in the profile answers', async () => {
    document.body.innerHTML = `<label for="e">Email</label><input id="e" name="email">
      <label for="q1">Favourite colour</label><input id="q1" name="q1">
      <label for="q2">Favourite film</label><input id="q2" name="q2">
      <label for="q3">Why this team?</label><input id="q3" name="q3" required>
      <label for="p">Phone</label><input id="p" name="phone">`;
    const planner: Planner = (fields) =>
      fields.map((field): PlanEntry => {
        if (field.name === 'email') return { fieldId: field.id, action: 'fill', key: 'email', reason: 'test', value: 'ada@example.org' };
        if (field.name === 'phone') return { fieldId: field.id, action: 'leave', key: 'phone', reason: 'none', left: 'no answer in profile' };
        return { fieldId: field.id, action: 'leave', key: null, reason: 'not recognised', left: 'not confident' };
      });
    const result = await createEngine(window as never, planner, { layout: false }).fill(args({ settings: { highlightFilled: false } }));
    expect(result.fields.map((field) => [field.label, field.status, field.needsUser ?? false])).toEqual([
      ['Email', 'filled', false],
      ['Why this team?', 'left', true],
      ['Phone', 'left', false],
    ]);
    expect(result.unlisted).toBe(2);
  });
});

describe('apply: what it refuses', () => {
  it('never writes a hidden, disabled, read-only or already filled field, whatever the plan says', async () => {
    document.body.innerHTML = `<div style="display:none"><input name="a" aria-label="A"></div><input name="b" aria-label="B" disabled>
      <input name="c" aria-label="C" readonly><input name="d" aria-label="D" value="typed by the person">`;
    const report = await createEngine(window as never, plannerFor({ a: '1', b: '2', c: '3', d: '4' }), { layout: false }).fill(args());
    expect(report.fields.map((field) => field.left)).toEqual(['hidden', 'disabled', 'disabled', 'already filled']);
    expect(Array.from(document.querySelectorAll('input'), (input) => input.value)).toEqual(['', '', '', 'typed by the person']);
  });

  it('never ticks a consent box, even if a plan asked for it', async () => {
    document.body.innerHTML = '<label><input type="checkbox" name="terms"> I agree to the Terms of Service</label>';
    const report = await createEngine(window as never, plannerFor({ terms: 'on' }), { layout: false }).fill(args());
    expect($('input').checked).toBe(false);
    expect(report.fields[0]).toMatchObject({ status: 'left', left: 'consent box' });
  });
});

describe('undo and marks', () => {
  const FORM = `
    <label for="n">Name *</label><input id="n" name="name" required title="Your name">
    <label for="p">Phone *</label><input id="p" name="phone" required>
    <select name="country" aria-label="Country"><option value="">Select…</option><option value="BD">Bangladesh</option></select>
    <label><input type="checkbox" name="remote"> Remote</label>
    <fieldset><legend>Relocate?</legend><label><input type="radio" name="relocate" value="y">Yes</label><label><input type="radio" name="relocate" value="n">No</label></fieldset>
    <div><label for="r">Resume</label><input type="file" id="r" name="resume"></div>`;
  const state = () => ({
    name: $('#n').value,
    phone: $('#p').value,
    country: $<HTMLSelectElement>('select').selectedIndex,
    remote: $('input[name=remote]').checked,
    relocate: Array.from(document.querySelectorAll<HTMLInputElement>('input[name=relocate]'), (radio) => radio.checked),
    files: $('#r').files?.length ?? 0,
  });

  it('restores every field exactly, with the same events', async () => {
    document.body.innerHTML = FORM;
    const before = state();
    const engine = createEngine(window as never, plannerFor({ name: 'Ada', country: 'Bangladesh', remote: 'on', relocate: 'No', resume: '' }), {
      layout: false,
    });
    const report = await engine.fill(args());
    expect(report.fields.filter((field) => field.status === 'filled')).toHaveLength(5);
    expect(state()).toEqual({ name: 'Ada', phone: '', country: 1, remote: true, relocate: [false, true], files: 1 });
    const changes: string[] = [];
    document.addEventListener('change', (event) => changes.push((event.target as HTMLInputElement).name), { capture: true, signal: listeners.signal });
    expect(await engine.undo()).toEqual({ restored: 5, kept: [] });
    expect(state()).toEqual(before);
    expect(changes.sort()).toEqual(['country', 'name', 'relocate', 'remote', 'resume']);
  });

  it('marks filled fields with the profile key and required empty ones as needing the person; undo removes the marks', async () => {
    document.body.innerHTML = FORM;
    $('#p').setAttribute('style', 'color: red; outline: 1px dotted blue');
    const engine = createEngine(window as never, plannerFor({ name: 'Ada' }), { layout: false });
    const report = await engine.fill(args());
    expect($('#n').classList.contains(FILLED_CLASS)).toBe(true);
    expect($('#n').style.getPropertyPriority('outline')).toBe('important');
    expect($('#p').style.getPropertyValue('outline')).toContain('dashed');
    expect($('#n').title).toBe('Profile Card: email');
    expect($('#p').classList.contains(NEEDS_YOU_CLASS)).toBe(true);
    expect(report.fields.find((field) => field.label === 'Phone')).toMatchObject({ status: 'left', needsUser: true });
    // Inline outlines, no style sheet: a sheet would make the browser re-match the whole page.
    expect(document.querySelectorAll('style')).toHaveLength(0);
    await engine.undo();
    expect(document.querySelectorAll(`.${FILLED_CLASS}, .${NEEDS_YOU_CLASS}`)).toHaveLength(0);
    expect($('#n').title).toBe('Your name');
    expect($('#n').hasAttribute('style')).toBe(false);
    expect($('#p').style.getPropertyValue('outline')).toMatch(/^(?=.*dotted)(?=.*blue)(?=.*1px)/);
    expect($('#p').style.color).toBe('red');
  });

  it('leaves the page unmarked when highlighting is off', async () => {
    document.body.innerHTML = FORM;
    await createEngine(window as never, plannerFor({ name: 'Ada' }), { layout: false }).fill(args({ settings: { highlightFilled: false } }));
    expect(document.querySelectorAll(`.${FILLED_CLASS}, .${NEEDS_YOU_CLASS}, style`)).toHaveLength(0);
  });

  it('fills again only what appeared since (a multi-step form), and undo still restores the first step', async () => {
    document.body.innerHTML = '<input name="name" aria-label="Name">';
    const engine = createEngine(window as never, plannerFor({ name: 'Ada', city: 'London' }), { layout: false });
    await engine.fill(args());
    const city = document.createElement('input');
    city.name = 'city';
    city.setAttribute('aria-label', 'City');
    document.body.append(city);
    const again = await engine.fill(args());
    expect(again.fields.map((field) => [field.label, field.status, field.left ?? field.value])).toEqual([
      ['Name', 'left', 'already filled'],
      ['City', 'filled', 'London'],
    ]);
    expect(await engine.undo()).toEqual({ restored: 2, kept: [] });
    expect([$('input[name=name]').value, city.value]).toEqual(['', '']);
  });
  it('answers the same request twice with its first result, and fills anew for a new request', async () => {
    document.body.innerHTML = '<input name="name" aria-label="Name">';
    const calls: FieldDescriptor[][] = [];
    const engine = createEngine(window as never, plannerFor({ name: 'Ada' }, calls), { layout: false });
    const first = await engine.fill(args({ attempt: 'fill-1' }));
    const repeated = await engine.fill(args({ attempt: 'fill-1' }));
    expect(repeated).toEqual(first);
    expect(first.fields.map((field) => field.status)).toEqual(['filled']);
    expect(calls).toHaveLength(1);
    const next = await engine.fill(args({ attempt: 'fill-2' }));
    expect(next.fields.map((field) => field.left)).toEqual(['already filled']);
    expect(calls).toHaveLength(2);
  });

  it('answers the same undo request twice with what it first restored, and undoes anew for a new request', async () => {
    document.body.innerHTML = '<input name="name" aria-label="Name">';
    const engine = createEngine(window as never, plannerFor({ name: 'Ada' }), { layout: false });
    await engine.fill(args());
    const first = await engine.undo('undo-1');
    expect(first).toEqual({ restored: 1, kept: [] });
    expect($('input[name=name]').value).toBe('');
    expect(await engine.undo('undo-1')).toEqual(first);
    expect(await engine.undo('undo-2')).toEqual({ restored: 0, kept: [] });
  });
});

describe('preview', () => {
  it('reports what it would write and writes nothing', async () => {
    document.body.innerHTML =
      '<label for="n">Name</label><input id="n" name="name"><div><label for="r">Resume</label><input type="file" id="r" name="resume"></div>';
    const engine = createEngine(window as never, plannerFor({ name: 'Ada', resume: '' }), { layout: false });
    const report = await engine.fill(args({ preview: true }));
    expect(report.fields.map((field) => [field.label, field.status, field.value])).toEqual([
      ['Name', 'planned', 'Ada'],
      ['Resume', 'planned', 'resume.pdf'],
    ]);
    expect([$('#n').value, $('#r').files?.length ?? 0]).toEqual(['', 0]);
    expect(document.querySelectorAll(`.${FILLED_CLASS}`)).toHaveLength(0);
    expect(await engine.undo()).toEqual({ restored: 0, kept: [] });
  });
});
