// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createIdRegistry } from '@/engine/collect';
import { FieldIndex } from '@/engine/field-index';
import { runAtOnce, runSliced, SliceClock, type Steps } from '@/engine/slices';

const view = window as unknown as Window & typeof globalThis;
const index = () => new FieldIndex(view, createIdRegistry(), { layout: false }, false);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  document.body.innerHTML = `<form>
    <label for="first">First name</label><input id="first" name="first">
    <label for="email">Email</label><input id="email" type="email" name="email">
  </form>`;
});

describe('FieldIndex: the fields kept warm between fills', () => {
  it('keeps the collection while the page does not change, with values read again', async () => {
    const fields = index();
    const first = await fields.current();
    expect(first.fields.map((field) => field.descriptor.labels[0])).toEqual(['First name', 'Email']);
    // Typing changes no attribute: the same collection, its value read anew.
    (document.getElementById('first') as HTMLInputElement).value = 'Nusrat';
    const second = await fields.current();
    expect(second).toBe(first);
    expect(second.fields[0]!.descriptor.currentValue).toBe('Nusrat');
  });

  it('is not made stale by the ids it puts on fields itself', async () => {
    const fields = index();
    const first = await fields.current();
    await flush();
    expect(document.getElementById('email')!.hasAttribute('data-profile-card-id')).toBe(true);
    expect(await fields.current()).toBe(first);
  });

  it('collects anew after the page changes: a field added, a label renamed, an attribute changed', async () => {
    const fields = index();
    const first = await fields.current();
    document.querySelector('form')!.insertAdjacentHTML('beforeend', '<label for="city">City</label><input id="city" name="city">');
    const second = await fields.current();
    expect(second).not.toBe(first);
    expect(second.fields.map((field) => field.descriptor.labels[0])).toEqual(['First name', 'Email', 'City']);

    document.querySelector('label[for=city]')!.firstChild!.nodeValue = 'Town';
    const third = await fields.current();
    expect(third).not.toBe(second);
    expect(third.fields[2]!.descriptor.labels[0]).toBe('Town');

    document.getElementById('city')!.setAttribute('disabled', '');
    const fourth = await fields.current();
    expect(fourth).not.toBe(third);
    expect(fourth.fields[2]!.descriptor.disabled).toBe(true);
  });

  it('ignores changes to the profile card it shows on the page', async () => {
    const fields = index();
    await fields.current();
    const host = document.createElement('profile-card-host');
    document.body.append(host);
    await flush();
    // Appending the host changes the body's children: that one change is the card's too.
    host.setAttribute('style', 'top: 10px');
    const second = await fields.current();
    expect(second.fields.length).toBe(2);
    host.setAttribute('style', 'top: 20px');
    expect(await fields.current()).toBe(second);
  });

  it('watches shadow roots it walked', async () => {
    const host = document.createElement('div');
    document.querySelector('form')!.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<label for="site">Website</label><input id="site" name="site">';
    const fields = index();
    const first = await fields.current();
    expect(first.fields).toHaveLength(3);
    root.querySelector('input')!.setAttribute('name', 'portfolio');
    const second = await fields.current();
    expect(second).not.toBe(first);
    expect(second.fields[2]!.descriptor.name).toBe('portfolio');
  });
});

describe('slices', () => {
  function* counting(n: number): Steps<number> {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      sum += i;
      yield;
    }
    return sum;
  }

  it('runs work to its end at once or in slices, with the same result', async () => {
    expect(runAtOnce(counting(1000))).toBe(499500);
    expect(await runSliced(view, counting(1000))).toBe(499500);
  });

  it('gives the thread back between slices: a timer set before the work runs before it ends', async () => {
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    let sawTimer = false;
    function* slow(): Steps<void> {
      const end = performance.now() + 60;
      while (performance.now() < end) {
        if (timerRan) sawTimer = true;
        yield;
      }
    }
    await runSliced(view, slow(), new SliceClock(view, 5));
    expect(sawTimer).toBe(true);
  });
});
