/**
 * Pages built to strain the content script and the autofill engine (issue #9, hostile pages): a form
 * of 10 000 fields, and an application form at the bottom of a DOM 5 000 levels deep. Each carries a
 * main-world heartbeat (`window.__heartbeat`) that records the pauses of the page's main thread.
 */

/** The fields a person would expect filled (from the sparse test profile), wherever they sit among the rest. */
export const KNOWN_FIELDS = {
  '#first_name': 'Nusrat',
  '#last_name': 'Jahan',
  '#email': 'nusrat.jahan@example.net',
  '#city': 'Sylhet',
} as const;

/**
 * A main-world timer every 10 ms that logs each pause longer than 30 ms: how long the page's main
 * thread (which the content script and the engine share with it) could run nothing.
 * `__heartbeat.longestSince(t)` is the longest pause after time `t` (performance.now()).
 */
const HEARTBEAT = `<script>
  (() => {
    const pauses = [];
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      if (now - last > 30) pauses.push([last, now]);
      last = now;
    }, 10);
    window.__heartbeat = {
      longestSince: (t) => Math.max(0, performance.now() - Math.max(last, t), ...pauses.filter(([, end]) => end > t).map(([start, end]) => end - Math.max(start, t))),
    };
  })();
</script>`;

const head = (title: string) => `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
${HEARTBEAT}
<style>body { font-family: sans-serif; margin: 1rem; } .row { margin: 4px 0; } label { margin-right: 6px; } .level { display: contents; }</style>
</head>`;

/** The fields a real application asks for, placed by each page: name and email, a résumé upload, the city. */
const NAME_ROWS = `
  <div class="row"><label for="first_name">First Name *</label><input id="first_name" name="first_name" type="text" required></div>
  <div class="row"><label for="last_name">Last Name *</label><input id="last_name" name="last_name" type="text" required></div>
  <div class="row"><label for="email">Email *</label><input id="email" name="email" type="email" required></div>`;
const RESUME_ROW = `<div class="row"><label for="resume">Resume/CV *</label><input id="resume" name="resume" type="file" required></div>`;
const CITY_ROW = `<div class="row"><label for="city">City</label><input id="city" name="city" type="text"></div>`;

/** One of the filler questions, of every kind a form has (each row is one control, or one group). */
function fillerRow(i: number): string {
  const id = `q${i}`;
  switch (i % 8) {
    case 1:
      return `<div class="row"><label for="${id}">Tool ${i} you used</label><select id="${id}" name="${id}"><option value="">Select…</option><option>Hammer ${i}</option><option>Saw ${i}</option></select></div>`;
    case 3:
      // A named radio group.
      return `<fieldset class="row"><legend>Shift ${i}</legend><label><input type="radio" name="${id}" value="a">Early</label><label><input type="radio" name="${id}" value="b">Late</label></fieldset>`;
    case 5:
      // Radios without a name: grouped by their block.
      return `<div class="row"><p>Team ${i}</p><div><label><input type="radio" value="x">Red</label><label><input type="radio" value="y">Blue</label></div></div>`;
    case 6:
      return `<div class="row"><label><input type="checkbox" name="${id}" id="${id}">I have done task ${i}</label></div>`;
    case 7:
      return `<div class="row"><label for="${id}">Notes on item ${i}</label><textarea id="${id}" name="${id}"></textarea></div>`;
    default:
      return `<div class="row"><label for="${id}">Inventory code ${i}</label><input id="${id}" name="${id}" type="text"></div>`;
  }
}

/**
 * A form of `fields` fields (10 000 by default; a radio group is one field), in sections of 100 under
 * their own headings: name and email first, the city in the middle, the résumé upload last (so
 * detecting the form means reading it to the end), filler questions of every kind between them.
 */
export function manyFieldsPage(fields = 10_000): string {
  const rows: string[] = [NAME_ROWS];
  for (let i = 0, count = 4; count < fields; i++, count++) {
    if (i % 100 === 0) rows.push(`<h2>Part ${i / 100 + 1}</h2>`);
    rows.push(i === fields / 2 ? CITY_ROW : fillerRow(i));
  }
  rows.push(RESUME_ROW);
  return `${head('Job Application for Warehouse Inventory Lead at Acme Robotics')}
<body>
<h1>Warehouse Inventory Lead</h1>
<form id="application_form">
${rows.join('\n')}
  <button type="submit">Submit Application</button>
</form>
</body>
</html>`;
}

/**
 * An application form at the bottom of `depth` nested sections (5 000 by default), each with its
 * heading; the city field's label stands apart, its word `depth` elements deep. The HTML parser
 * flattens nesting beyond 512 levels, so the page builds the tree with the DOM API before it loads.
 * The sections are `display: contents` wrappers (as frameworks make them): Chromium's own layout
 * crashes the tab at about 3 000 nested blocks, with or without an extension. Nested inline spans it
 * lays out; and the extension walks the DOM, which is 5 000 deep either way.
 */
export function deepPage(depth = 5_000): string {
  return `${head('Job Application for Senior Backend Engineer at Acme Robotics')}
<body>
<h1>Senior Backend Engineer</h1>
<script>
  (() => {
    const nest = (parent, levels, make) => {
      for (let level = 1; level <= levels; level++) {
        const child = make(level);
        parent.append(child);
        parent = child;
      }
      return parent;
    };
    const label = document.createElement('label');
    label.htmlFor = 'city';
    document.body.append(label);
    nest(label, ${depth} - 3, () => document.createElement('span')).append('City');

    const bottom = nest(document.body, ${depth} - 5, (level) => {
      const section = document.createElement('div');
      section.className = 'level';
      const heading = document.createElement('h3');
      heading.textContent = 'Part ' + level;
      section.append(heading);
      return section;
    });
    const form = document.createElement('form');
    form.id = 'application_form';
    const rows = document.createElement('template');
    rows.innerHTML = ${JSON.stringify(NAME_ROWS + RESUME_ROW + '<div class="row"><input id="city" name="city" type="text"></div>')};
    form.append(rows.content);
    const submit = document.createElement('button');
    submit.type = 'submit';
    submit.textContent = 'Submit Application';
    form.append(submit);
    bottom.append(form);
  })();
</script>
</body>
</html>`;
}
