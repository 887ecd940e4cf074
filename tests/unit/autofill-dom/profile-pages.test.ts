// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { planFill } from '@/core/autofill/plan';
import { createEngine } from '@/engine/engine';
import { testProfile } from '../../support/profiles';

/**
 * Repeated entries on candidate-profile pages (issue #17): shapes other than the fixtures' blocks.
 * iCIMS lays each work entry out as a table whose labels sit in the cell before their field;
 * SuccessFactors lists entries as rows of a grid whose column headers are the only labels.
 */
beforeEach(() => {
  document.body.innerHTML = '';
});

const values = (selector: string) => Array.from(document.querySelectorAll<HTMLInputElement>(selector)).map((input) => input.value);

describe('iCIMS-shaped work experience: a table per entry, labels in the cell before the field', () => {
  const entry = (n: number) =>
    `<table class="iCIMS_Table" id="we${n}"><tbody>` +
    `<tr><td><label for="we${n}_emp">Employer</label></td><td><input id="we${n}_emp" name="WorkExperience_${n}_Employer"></td></tr>` +
    `<tr><td><label for="we${n}_title">Title</label></td><td><input id="we${n}_title" name="WorkExperience_${n}_Title"></td></tr>` +
    `<tr><td><label for="we${n}_start">Start Date (MM/YYYY)</label></td><td><input id="we${n}_start" name="WorkExperience_${n}_StartDate"></td></tr>` +
    `<tr><td><label for="we${n}_end">End Date (MM/YYYY)</label></td><td><input id="we${n}_end" name="WorkExperience_${n}_EndDate"></td></tr>` +
    `</tbody></table>`;

  it('fills each job in its own table, pressing "Add Another" for the ones the page lacks', async () => {
    document.body.innerHTML =
      `<form><h2>Contact Information</h2><label for="fn">First Name</label><input id="fn">` +
      `<h2>Work Experience</h2><div id="list">${entry(0)}</div><a href="#" id="add" role="button">Add Another</a>` +
      `<h2>References</h2><a href="#" id="ref" role="button">Add Another</a><button type="submit">Submit</button></form>`;
    const pressed: string[] = [];
    let next = 1;
    document.getElementById('add')!.addEventListener('click', (event) => {
      event.preventDefault();
      pressed.push('add');
      const n = next++;
      setTimeout(() => document.getElementById('list')!.insertAdjacentHTML('beforeend', entry(n)), 20);
    });
    document.getElementById('ref')!.addEventListener('click', () => pressed.push('reference'));
    const engine = createEngine(window as never, planFill, { layout: false });
    await engine.fill({ profile: testProfile('rich'), resumeFile: null, settings: { highlightFilled: false } });
    expect(pressed).toEqual(['add', 'add']);
    expect(values('table input')).toEqual([
      'Northwind Analytics',
      'Staff Software Engineer',
      '03/2021',
      '',
      'Contoso Retail',
      'Software Engineer',
      '06/2016',
      '02/2021',
      'Fabrikam Labs',
      'Software Engineering Intern',
      '06/2015',
      '09/2015',
    ]);
  });
});

describe('SuccessFactors-shaped professional experience: a grid of rows, column headers as labels', () => {
  const row = (n: number) =>
    `<tr><td><input id="from${n}"></td><td><input id="to${n}"></td><td><input id="title${n}"></td><td><input id="emp${n}"></td>` +
    `<td><button type="button" aria-label="Delete row"></button></td></tr>`;

  it('fills each row with one job, adding rows by the grid\'s own "Add"', async () => {
    document.body.innerHTML =
      `<form><h3>Professional Experience</h3><table><thead><tr><th>From Date</th><th>End Date</th><th>Title</th><th>Employer Name</th><th></th></tr></thead>` +
      `<tbody id="rows">${row(0)}</tbody></table><button type="button" id="add">Add</button><button type="submit">Submit</button></form>`;
    const pressed: string[] = [];
    let next = 1;
    document.getElementById('add')!.addEventListener('click', () => {
      pressed.push('add');
      const n = next++;
      // Parsed as a whole table: a row's markup alone is no row outside one.
      const parsed = document.createElement('template');
      parsed.innerHTML = `<table><tbody>${row(n)}</tbody></table>`;
      setTimeout(() => document.getElementById('rows')!.append(parsed.content.querySelector('tr')!), 20);
    });
    const engine = createEngine(window as never, planFill, { layout: false });
    await engine.fill({ profile: testProfile('sparse'), resumeFile: null, settings: { highlightFilled: false } });
    expect(pressed).toEqual(['add']);
    expect(values('tbody input')).toEqual(['2022', '', 'Senior Data Engineer', 'Meghna Logistics', '2019', '2022', 'Software Developer', 'Padma Textiles']);
  });
});
