// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIELD_ID_ATTRIBUTE } from '@/core/contract';
import { collectFields, createIdRegistry } from '@/engine/collect';
import { readPageContext } from '@/engine/page-context';
import { SectionReader } from '@/engine/sections';
import { textOf } from '@/engine/text';
import type { CollectedField } from '@/engine/types';

function page(html: string): CollectedField[] {
  document.body.innerHTML = html;
  return collectFields(document, createIdRegistry(), { layout: false }).fields;
}

const only = (html: string) => {
  const fields = page(html);
  expect(fields).toHaveLength(1);
  return fields[0]!.descriptor;
};

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('collect: what names a field', () => {
  it.each([
    ['label[for]', '<label for="f">First Name <span>*</span></label><input id="f" name="job_application[first_name]">', ['First Name']],
    ['a wrapping label', '<label>Email address<input type="email" name="email"></label>', ['Email address']],
    ['aria-labelledby (several ids)', '<span id="a">Phone</span><span id="b">(mobile)</span><input aria-labelledby="a b">', ['Phone (mobile)']],
    ['aria-label', '<input aria-label="LinkedIn profile URL">', ['LinkedIn profile URL']],
    ['label[for] and aria-label, best first', '<label for="x">City</label><input id="x" aria-label="Town">', ['City', 'Town']],
    [
      "a table column's header (a grid of entries)",
      '<table><thead><tr><th>Title</th><th colspan="2">Dates</th><th>Employer</th></tr></thead><tbody><tr><td></td><td></td><td></td><td><input></td></tr></tbody></table>',
      ['Employer'],
    ],
    ['the header row of a table with no thead', '<table><tr><th>Title</th><th>Employer</th></tr><tr><td>x</td><td><input></td></tr></table>', ['Employer']],
    ["a cell's own headers", '<table><tr><th id="h">Employer</th></tr><tr><td headers="h"><span><input></span></td></tr></table>', ['Employer']],
    ['no header in a layout table', '<table><tr><td>Contact</td><td>Phone</td></tr><tr><td></td><td><input></td></tr></table>', []],
    ['no caption over a table', '<table><tr><th>Application</th></tr><tr><td><input></td></tr></table>', []],
    ['no header over several columns', '<table><tr><th>Name</th><th colspan="2">Dates</th></tr><tr><td></td><td><input></td><td></td></tr></table>', []],
    [
      'no header for a whole form laid out in a cell',
      '<table><tr><th>Step 1</th><th>Step 2</th></tr><tr><td><div><div><div><input></div></div></div></td><td></td></tr></table>',
      [],
    ],
    [
      'its label before the column header',
      '<table><tr><th>Town</th><th>Zip</th></tr><tr><td><label for="c">City</label><input id="c"></td><td></td></tr></table>',
      ['City', 'Town'],
    ],
  ])('reads %s', (_, html, labels) => {
    expect(only(html).labels).toEqual(labels);
  });

  it('keeps a label free of the options of a select inside it', () => {
    expect(only('<label>Country <select><option>Bangladesh</option><option>Canada</option></select></label>').labels).toEqual(['Country']);
  });

  it('reads the question text before a control that has no label (Lever, Breezy)', () => {
    const field = only(
      '<div class="q"><div class="application-label">What are your salary expectations?</div><div class="field"><input name="cards[x][field4]"></div></div>',
    );
    expect(field.labels).toEqual([]);
    expect(field.question).toBe('What are your salary expectations?');
  });

  it('does not take the previous field block as the question', () => {
    const fields = page('<div><label for="a">Name</label><input id="a"></div><div><input id="b" placeholder="Type here"></div>');
    expect(fields[1]!.descriptor.question).toBeUndefined();
    expect(fields[1]!.descriptor.placeholder).toBe('Type here');
  });

  it('reads name, id, autocomplete and the data hooks frameworks leave', () => {
    const field = only(
      '<div data-automation-id="formField-legalNameSection_firstName"><input id="input-4" name="first" autocomplete="Given-Name" data-automation-id="legalNameSection_firstName"></div>',
    );
    expect(field).toMatchObject({
      name: 'first',
      htmlId: 'input-4',
      autocomplete: 'given-name',
      dataHooks: ['legalNameSection_firstName', 'formField-legalNameSection_firstName'],
    });
  });

  it('lists the section headings around a field, innermost first', () => {
    const fields = page(`
      <h1>Apply for Backend Engineer</h1>
      <section><h3>Your details</h3><div><label for="e">Email</label><input id="e"></div></section>
      <section><h3>References</h3><p>One professional reference.</p><div><label for="r">Email</label><input id="r"></div></section>
      <fieldset><legend>Emergency contact</legend><label for="p">Phone</label><input id="p"></fieldset>`);
    expect(fields.map((field) => field.descriptor.sections[0])).toEqual(['Your details', 'References', 'Emergency contact']);
    expect(fields[1]!.descriptor.sections).toContain('Apply for Backend Engineer');
  });

  // A Greenhouse job post ends with its "Education" requirements; the form after it starts with the personal block.
  it('does not give a form the last heading of the job post before it', () => {
    const fields = page(`
      <h1>Data Engineer</h1>
      <div class="description"><h3>What you will do</h3><p>Run the pipelines.</p><h3>Education</h3><ul><li>A degree in Computer Science or equivalent experience.</li><li>Coursework in distributed systems is a plus.</li></ul></div>
      <form><div><label for="f">First Name</label><input id="f"></div>
        <div class="education"><div class="section-header"><h3>Education</h3></div><div><label for="s">School</label><input id="s"></div></div>
        <div><label for="w">Website</label><input id="w"></div></form>`);
    expect(fields.map((field) => field.descriptor.sections)).toEqual([['Data Engineer'], ['Education', 'Data Engineer'], ['Data Engineer']]);
  });

  it('keeps the heading of a block that only announces the section (a heading with a one-line note)', () => {
    const fields = page(`
      <div class="header"><h3>References</h3><p>Please list two professional references.</p></div>
      <div><label for="r">Email</label><input id="r"></div>`);
    expect(fields[0]!.descriptor.sections).toEqual(['References']);
  });

  it('does not give a field the heading of an earlier section that holds fields', () => {
    const fields = page('<div><h3>References</h3><input aria-label="Reference name"></div><div><input aria-label="Summary"></div>');
    expect(fields[1]!.descriptor.sections).not.toContain('References');
  });
});

describe('collect: required, visible, disabled', () => {
  it.each([
    ['the required attribute', '<input aria-label="Name" required>'],
    ['aria-required', '<input aria-label="Name" aria-required="true">'],
    ['a star in the label', '<label for="n">Name *</label><input id="n">'],
    ["Lever's ✱", '<label>Name<span>✱</span><input></label>'],
  ])('knows a field is required from %s', (_, html) => {
    expect(only(html).required).toBe(true);
  });

  it('knows an optional field is not required', () => {
    expect(only('<label for="n">Website</label><input id="n">').required).toBe(false);
  });

  it.each([
    ['display:none on an ancestor', '<div style="display:none"><input aria-label="Email"></div>'],
    ['the hidden attribute', '<input aria-label="Email" hidden>'],
    ['an aria-hidden ancestor', '<div aria-hidden="true"><input aria-label="Email"></div>'],
    ['visibility:hidden', '<input aria-label="Email" style="visibility:hidden">'],
  ])('sees a honeypot hidden by %s', (_, html) => {
    expect(only(html).visible).toBe(false);
  });

  it('sees a file input styled away inside a visible drop zone as visible', () => {
    expect(only('<div class="drop"><label for="r">Resume</label><input type="file" id="r" style="display:none"></div>').visible).toBe(true);
  });

  it('reads disabled (also through a disabled fieldset) and read-only', () => {
    const fields = page(
      '<input aria-label="A" disabled><fieldset disabled><input aria-label="B"></fieldset><input aria-label="C" readonly><input aria-label="D" aria-disabled="true">',
    );
    expect(fields.map((field) => [field.descriptor.disabled, field.descriptor.readOnly])).toEqual([
      [true, false],
      [true, false],
      [false, true],
      [true, false],
    ]);
  });
});

describe('collect: kinds of control', () => {
  it('describes text-like inputs, textareas and selects by kind and skips buttons, passwords and search boxes', () => {
    const fields = page(`
      <input aria-label="a"><input type="email" aria-label="b"><input type="tel" aria-label="c"><input type="url" aria-label="d">
      <input type="number" aria-label="e"><input type="date" aria-label="f"><input type="month" aria-label="g"><textarea aria-label="h"></textarea>
      <select aria-label="i"><option>x</option></select><input type="file" aria-label="j">
      <input type="hidden" name="token"><input type="submit" value="Submit"><input type="password" aria-label="pw"><input type="search" aria-label="q"><button>Next</button>`);
    expect(fields.map((field) => field.descriptor.kind)).toEqual(['text', 'email', 'tel', 'url', 'number', 'date', 'month', 'textarea', 'select', 'file']);
  });

  it('describes a radio group once, with its legend and options', () => {
    const field = only(`<fieldset><legend>Are you authorized to work in Germany? *</legend>
      <label><input type="radio" name="auth" value="Yes"> Yes</label><label><input type="radio" name="auth" value="No"> No</label></fieldset>`);
    expect(field).toMatchObject({
      kind: 'radio',
      labels: ['Are you authorized to work in Germany?'],
      required: true,
      currentValue: '',
      options: [
        { value: 'Yes', text: 'Yes' },
        { value: 'No', text: 'No' },
      ],
    });
  });

  it('groups radios without a name by the block they sit in', () => {
    const fields =
      page(`<fieldset><legend>Relocate?</legend><label><input type="radio" value="y">Yes</label><label><input type="radio" value="n">No</label></fieldset>
      <fieldset><legend>Remote?</legend><label><input type="radio" value="y">Yes</label><label><input type="radio" value="n">No</label></fieldset>`);
    expect(fields.map((field) => [field.descriptor.labels[0], field.members?.length])).toEqual([
      ['Relocate?', 2],
      ['Remote?', 2],
    ]);
  });

  it("takes a radio group's question from the text before it when there is no legend", () => {
    const field = only(
      '<div><div class="label">Willing to relocate?</div><ul><li><label><input type="radio" name="r" value="0">Yes</label></li><li><label><input type="radio" name="r" value="1" checked>No</label></li></ul></div>',
    );
    expect(field).toMatchObject({ kind: 'radio', question: 'Willing to relocate?', currentValue: 'No' });
  });

  it('describes one checkbox alone, and same-name checkboxes as one group with options', () => {
    const fields = page(`<label><input type="checkbox" name="consent"> I agree to the privacy policy</label>
      <div><p>Cloud platforms you know</p><label><input type="checkbox" name="c[]" value="AWS" checked>AWS</label><label><input type="checkbox" name="c[]" value="GCP">GCP</label></div>`);
    expect(fields[0]!.descriptor).toMatchObject({ kind: 'checkbox', labels: ['I agree to the privacy policy'], currentValue: '' });
    expect(fields[0]!.descriptor.options).toBeUndefined();
    expect(fields[1]!.descriptor).toMatchObject({
      kind: 'checkbox',
      currentValue: 'AWS',
      options: [
        { value: 'AWS', text: 'AWS' },
        { value: 'GCP', text: 'GCP' },
      ],
    });
  });

  it('describes a react-select input as a combobox showing its chosen value', () => {
    const field = only(`<label id="c-label" for="country">Country</label><div class="select__control"><div class="select__value-container">
      <div class="select__single-value">Canada</div><div class="select__input-container"><input id="country" role="combobox" aria-labelledby="c-label" aria-haspopup="true"></div></div></div>
      <input type="hidden" name="country" value="CA">`);
    expect(field).toMatchObject({ kind: 'combobox', labels: ['Country'], currentValue: 'Canada' });
  });

  it("does not read a neighbouring widget's chosen value as an empty combobox's", () => {
    const fields = page(`<form><div><label for="school">School</label><input id="school" role="combobox" aria-autocomplete="list"></div>
      <div><label id="d-label" for="degree">Degree</label><div class="select__value-container"><div class="select__single-value">Master's Degree</div>
      <input id="degree" role="combobox" aria-labelledby="d-label"></div></div></form>`);
    expect(fields.map((field) => field.descriptor.currentValue)).toEqual(['', "Master's Degree"]);
  });

  it('describes a Workday listbox button as an empty combobox while it shows its prompt', () => {
    const fields = page(
      '<label for="b1">State</label><button id="b1" aria-haspopup="listbox">Select One</button><label for="b2">Country</label><button id="b2" aria-haspopup="listbox">United States of America</button>',
    );
    expect(fields.map((field) => [field.descriptor.kind, field.descriptor.currentValue])).toEqual([
      ['combobox', ''],
      ['combobox', 'United States of America'],
    ]);
  });

  it('describes Ashby yes/no buttons (aria-pressed) as one toggle with the question before it', () => {
    const field = only(
      '<div><div class="title">Do you have experience with Kubernetes?</div><div class="yesno"><button type="button" aria-pressed="false">Yes</button><button type="button" aria-pressed="true">No</button></div></div>',
    );
    expect(field).toMatchObject({
      kind: 'toggle',
      question: 'Do you have experience with Kubernetes?',
      currentValue: 'No',
      options: [{ text: 'Yes' }, { text: 'No' }],
    });
  });

  it('describes an ARIA radiogroup of custom radios as a toggle', () => {
    const field = only(
      '<div role="radiogroup" aria-label="Work mode"><div role="radio" aria-checked="false">Remote</div><div role="radio" aria-checked="false">Hybrid</div></div>',
    );
    expect(field).toMatchObject({ kind: 'toggle', labels: ['Work mode'], options: [{ text: 'Remote' }, { text: 'Hybrid' }] });
  });

  it('finds controls inside open shadow roots, named by labels there', () => {
    document.body.innerHTML = '<spl-input id="host"></spl-input>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const label = document.createElement('label');
    label.htmlFor = 'control';
    label.textContent = 'First name';
    const input = document.createElement('input');
    input.id = 'control';
    root.append(label, input);
    const fields = collectFields(document, createIdRegistry(), { layout: false }).fields;
    expect(fields.map((field) => field.descriptor.labels)).toEqual([['First name']]);
    expect(fields[0]!.element).toBe(input);
  });
});

describe('collect: current values and ids', () => {
  it('reads what the person (or the page) already put there', () => {
    const fields =
      page(`<input aria-label="Name" value="Hani"><select aria-label="Country"><option value="">Select…</option><option value="DE" selected>Germany</option></select>
      <select aria-label="State"><option value="">Select…</option><option value="CA">California</option></select><label><input type="checkbox" checked> Remote</label>`);
    expect(fields.map((field) => field.descriptor.currentValue)).toEqual(['Hani', 'Germany', '', 'on']);
  });

  it('tags each field with an id, unique and stable across collections', () => {
    document.body.innerHTML =
      '<input aria-label="A"><input aria-label="B"><label><input type="radio" name="r"> x</label><label><input type="radio" name="r"> y</label>';
    const registry = createIdRegistry();
    const first = collectFields(document, registry, { layout: false }).fields.map((field) => field.descriptor.id);
    const second = collectFields(document, registry, { layout: false }).fields.map((field) => field.descriptor.id);
    expect(new Set(first).size).toBe(3);
    expect(second).toEqual(first);
    expect(Array.from(document.querySelectorAll(`[${FIELD_ID_ATTRIBUTE}]`)).map((element) => element.getAttribute(FIELD_ID_ATTRIBUTE))).toEqual(first);
  });

  it('gives a copied element (a page\'s "add another") its own id', () => {
    document.body.innerHTML = '<input aria-label="Employer">';
    const registry = createIdRegistry();
    collectFields(document, registry, { layout: false });
    document.body.append(document.querySelector('input')!.cloneNode());
    const ids = collectFields(document, registry, { layout: false }).fields.map((field) => field.descriptor.id);
    expect(new Set(ids).size).toBe(2);
  });
});

describe('collect: a DOM far deeper than the call stack', () => {
  let deepest: Element[] = [];
  /**
   * `levels` elements, each inside the last. Built top-down and taken apart bottom-up (through shadow
   * roots too), one element at a time: happy-dom attaches and detaches a subtree recursively.
   */
  function nest(parent: Element, levels: number, make: (level: number) => Element): Element {
    for (let level = 1; level <= levels; level++) {
      const child = make(level);
      parent.append(child);
      parent = child;
    }
    deepest.push(parent);
    return parent;
  }
  afterEach(() => {
    for (const bottom of deepest) {
      for (let node: Element | null = bottom; node && node !== document.body;) {
        const parent: Element | null = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
        node.remove();
        node = parent;
      }
    }
    deepest = [];
  });
  // Deep enough that a walker recursing once per level overflows Node's stack.
  const DEPTH = 20_000;

  it('reads text nested that deep, in document order, and stops at its limit', () => {
    const label = document.createElement('label');
    document.body.append(label);
    nest(label, DEPTH, () => document.createElement('span')).append('Current city');
    label.append(' (where you live)');
    expect(textOf(label)).toBe('Current city (where you live)');
    expect(textOf(label, 5)).toBe('Current city');
  });

  it('names the sections of a field that deep: the four innermost, each heading once', () => {
    const bottom = nest(document.body, DEPTH, (level) => {
      const section = document.createElement('div');
      const heading = document.createElement('h3');
      // Every level repeats its parent's name once: each name counts once, innermost first.
      heading.textContent = `Part ${Math.ceil(level / 2)}`;
      section.append(heading);
      return section;
    });
    const input = document.createElement('input');
    bottom.append(input);
    const reader = new SectionReader([]);
    expect(reader.sectionsOf(input)).toEqual([`Part ${DEPTH / 2}`, `Part ${DEPTH / 2 - 1}`, `Part ${DEPTH / 2 - 2}`, `Part ${DEPTH / 2 - 3}`]);
    // Memoised on the way: a neighbour asks again at no cost and gets the same.
    const neighbour = document.createElement('textarea');
    bottom.append(neighbour);
    expect(reader.sectionsOf(neighbour)).toEqual(reader.sectionsOf(input));
  });

  it('collects a field inside 10 000 nested shadow roots, and names its section', () => {
    // happy-dom computes a style by walking every ancestor across shadow roots: this test is about the
    // collector's own walk, so styles here are plain (nothing is hidden).
    vi.spyOn(window, 'getComputedStyle').mockReturnValue({ display: 'block', visibility: 'visible' } as CSSStyleDeclaration);
    const heading = document.createElement('h2');
    heading.textContent = 'Contact details';
    document.body.append(heading);
    let root: Element | ShadowRoot = document.body;
    for (let level = 0; level < 10_000; level++) {
      const host: HTMLElement = document.createElement('div');
      root.append(host);
      root = host.attachShadow({ mode: 'open' });
    }
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'Email');
    root.append(input);
    deepest.push(input);
    const fields = collectFields(document, createIdRegistry(), { layout: false }).fields;
    expect(fields.map((field) => [field.element, field.descriptor.labels, field.descriptor.sections])).toEqual([[input, ['Email'], ['Contact details']]]);
  });
});

describe('readPageContext', () => {
  it('reads the role from the heading and the company from the title, guided by the slug in the address', () => {
    document.title = 'Contoso Freight - Senior Site Reliability Engineer';
    document.body.innerHTML = '<h1>Senior Site Reliability Engineer</h1>';
    const context = readPageContext(document, new URL('https://jobs.lever.co/contoso/0c4a/apply'));
    expect(context).toMatchObject({ role: 'Senior Site Reliability Engineer', company: 'Contoso Freight' });
  });

  it('prefers the site name a page declares', () => {
    document.head.innerHTML = '<meta property="og:site_name" content="Acme Robotics">';
    expect(readPageContext(document).company).toBe('Acme Robotics');
  });
});

describe('collect: résumé uploads that are drop zones and buttons', () => {
  it('names a hidden file input by the drop zone around it', () => {
    const field = only(`<form><div class="field"><div class="label">Resume *</div>
      <div class="dropzone"><input type="file" style="display:none" accept=".pdf"><p>Choose a file or drop it here</p></div></div>
      </form>`);
    expect(field).toMatchObject({ kind: 'file', labels: [], question: 'Resume Choose a file or drop it here', required: false });
  });

  it('names a file input inside a shadow root by the zone around its host', () => {
    document.body.innerHTML = '<form><section><h3>Resume</h3><x-upload></x-upload></section><div><label for="e">Email</label><input id="e"></div></form>';
    const host = document.querySelector('x-upload')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<div class="zone"><span>Drag and drop here or</span><label>Browse<input type="file" hidden></label></div>';
    const fields = collectFields(document, createIdRegistry(), { layout: false }).fields;
    expect(fields.map((field) => [field.descriptor.kind, field.descriptor.labels, field.descriptor.question, field.descriptor.visible])).toEqual([
      // The zone's own text is the host's surroundings: the text inside the shadow root is the label's.
      // The input is `hidden` itself: the "Browse" label a person sees stands in for it.
      ['file', ['Browse'], 'Resume', true],
      ['text', ['Email'], undefined, true],
    ]);
  });

  it('takes a "Select files" button for the upload where no file input is there yet, and only then', () => {
    const zone = (inside: string) => `<form><div role="group"><h3>Resume/CV</h3><div class="drop"><p>Drop files here</p><p>or</p>${inside}</div></div>
      <div><label for="e">Email</label><input id="e"></div></form>`;
    const upload = page(zone('<button type="button">Select files</button>')).find((field) => field.descriptor.kind === 'file');
    expect(upload!.element.tagName).toBe('BUTTON');
    expect(upload!.descriptor).toMatchObject({ kind: 'file', question: 'Resume/CV Drop files here or Select files' });
    // With its input already there (Greenhouse's "Attach" beside a hidden input) the input is the field, once.
    const fields = page(zone('<input type="file" class="visually-hidden"><button type="button">Attach</button>'));
    expect(fields.map((field) => [field.element.tagName, field.descriptor.kind])).toEqual([
      ['INPUT', 'file'],
      ['INPUT', 'text'],
    ]);
  });

  it('takes a zone that only asks for a drop ("Drop your résumé here", its aria-label) for the upload, where it has no input nor button', () => {
    const form = (zone: string) =>
      `<form><div><label for="e">Email</label><input id="e"></div><div class="field"><div class="label">CV / Résumé *</div>${zone}</div></form>`;
    const dropped = page(form('<div class="drop"><p><strong>Drop</strong> your résumé here (PDF, DOC)</p></div>')).find(
      (field) => field.descriptor.kind === 'file',
    )!;
    expect(dropped.element.className).toBe('field');
    expect(dropped.dropTarget!.tagName).toBe('P');
    expect(dropped.descriptor).toMatchObject({ kind: 'file', question: 'CV / Résumé Drop your résumé here (PDF, DOC)', currentValue: '', visible: true });
    const labelled = page(form('<div class="drop" aria-label="Attach resume" tabindex="0"></div>')).find((field) => field.descriptor.kind === 'file')!;
    expect(labelled.dropTarget!.className).toBe('drop');
    // The zone names the file it holds: already filled.
    expect(
      page(form('<div class="drop"><p>Drop files here</p><span>jordan-resume.pdf</span></div>')).find((field) => field.descriptor.kind === 'file')!.descriptor
        .currentValue,
    ).not.toBe('');
    // A zone with its input (or button) is that control's, once; a drop-down is no drop zone.
    expect(page(form('<div class="drop"><p>Drop your résumé here</p><input type="file" hidden></div>')).map((field) => field.element.tagName)).toEqual([
      'INPUT',
      'INPUT',
    ]);
    expect(page(form('<div class="drop"><p>Drop files here</p><button type="button">Upload</button></div>')).map((field) => field.element.tagName)).toEqual([
      'INPUT',
      'BUTTON',
    ]);
    expect(page(form('<p>Pick one from the drop-down below</p><p>Drop us a line</p>')).map((field) => field.descriptor.kind)).toEqual(['text']);
  });

  it('does not take other buttons for an upload', () => {
    expect(
      page(
        '<form><button type="button">Add another</button><button type="submit">Submit application</button><div><label for="e">Email</label><input id="e"></div></form>',
      ).map((field) => field.descriptor.kind),
    ).toEqual(['text']);
  });
});

describe('collect: select widgets over a hidden native select, phone pickers', () => {
  it('takes a Choices.js widget (role=combobox or a listbox with a popup) for the control, showing its chosen item', () => {
    const fields = page(`<form><label for="c">Country</label>
      <div class="choices" role="combobox" aria-haspopup="true"><div class="choices__inner"><select id="c" hidden><option value="US" selected>United States</option></select>
        <div class="choices__list--single" role="listbox"><div role="option" aria-selected="true">United States</div></div></div>
        <div class="choices__list--dropdown"><input type="search"><div role="listbox"><div role="option" aria-selected="false">Canada</div><div role="option" aria-selected="true">United States</div></div></div></div>
      <div class="choices" role="listbox" aria-haspopup="true" aria-label="Source"><select hidden><option value="">Select...</option></select>
        <div role="listbox"><div role="option" aria-selected="true">Select...</div></div></div></form>`);
    expect(fields.map((field) => [field.descriptor.kind, field.element.className, field.descriptor.currentValue, field.descriptor.visible])).toEqual([
      ['combobox', 'choices', 'United States', true],
      ['select', '', 'United States', false],
      ['combobox', 'choices', '', true],
      ['select', '', '', false],
    ]);
  });

  it('takes the native select a Select2 widget hides beside it for the control, shown as the widget is, and not the widget again', () => {
    const fields = page(`<form><label for="c">Country</label>
      <select id="c" class="select2-hidden-accessible" aria-hidden="true" tabindex="-1"><option></option><option value="US">United States</option></select>
      <span class="select2 select2-container"><span class="selection"><span class="select2-selection" role="combobox" aria-haspopup="true" aria-expanded="false" aria-labelledby="r">
        <span id="r" class="select2-selection__rendered" role="textbox" aria-readonly="true"><span class="select2-selection__placeholder">Select a country</span></span></span></span></span></form>`);
    expect(fields.map((field) => [field.descriptor.kind, field.descriptor.labels, field.descriptor.visible])).toEqual([['select', ['Country'], true]]);
    // The widget's search may offer what the select does not list (tags): the plan may name a value to type there.
    expect(fields[0]).toMatchObject({ descriptor: { typedChoice: true }, widget: document.querySelector('[role=combobox]') });
  });

  it("reads the dial code a phone input's own country picker shows", () => {
    const field = only(`<label for="p">Phone</label><div class="iti"><div class="iti__country-container">
      <button type="button" aria-haspopup="dialog" aria-label="Change country for phone number, currently selected United Kingdom (+44)"></button></div>
      <input type="tel" id="p"></div>`);
    expect(field).toMatchObject({ kind: 'tel', dialShown: '+44' });
  });
});
