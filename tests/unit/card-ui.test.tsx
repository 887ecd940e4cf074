// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FillReport } from '@/core/contract';
import { contactItems } from '@/core/share';
import { testProfile } from '../support/profiles';
import { ContactList } from '@/components/ContactList';
import { cardIconButtonClass } from '@/components/ui';
import { copyName } from '@/entrypoints/card/Card';
import { FillPanel } from '@/entrypoints/card/FillPanel';
import { Identity } from '@/entrypoints/card/Identity';

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const button = (name: string) => {
  const found = [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name);
  if (!found) throw new Error(`no button named "${name}"`);
  return found;
};
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('Identity', () => {
  it('shows the monogram, never a photo from a web address (that would be a network request)', () => {
    const basics = { ...testProfile('rich').basics, image: 'https://example.org/me.jpg' };
    act(() => render(<Identity basics={basics} />, root));
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('JA');
    expect(root.querySelector('h1')?.textContent).toBe('Jordan Alvarez');
    expect(root.textContent).toContain('Staff Software Engineer');
  });

  it('shows a photo stored with the profile as image data', () => {
    const image = 'data:image/png;base64,iVBORw0KGgo=';
    act(() => render(<Identity basics={{ ...testProfile('rich').basics, image }} />, root));
    expect(root.querySelector('img')?.getAttribute('src')).toBe(image);
  });
});

describe('ContactList', () => {
  it('names each copy button after what it copies', () => {
    const profile = testProfile('rich');
    profile.basics = {
      ...profile.basics,
      phone: '+1 (415) 555-0134',
      url: 'https://jordan-alvarez.example.dev',
      profiles: [{ network: 'LinkedIn', url: 'https://www.linkedin.com/in/jordan-alvarez' }],
    };
    const onCopy = vi.fn();
    act(() => render(<ContactList items={contactItems(profile)} onCopy={onCopy} copyName={copyName} buttonClass={cardIconButtonClass} oneLine />, root));
    const names = [...root.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual(['Copy email', 'Copy phone', 'Copy location', 'Copy website', 'Copy LinkedIn']);
    button('Copy LinkedIn').click();
    expect(onCopy).toHaveBeenCalledWith(expect.objectContaining({ value: 'https://www.linkedin.com/in/jordan-alvarez' }));
  });
});

describe('FillPanel', () => {
  const report: FillReport = {
    filled: 12,
    left: 4,
    needsUser: 3,
    frames: 1,
    fields: [
      { frame: 'https://x', frameId: 0, fieldId: 'f1', label: 'Phone', key: null, reason: '', status: 'left', left: 'no answer in profile', needsUser: true },
      { frame: 'https://x', frameId: 0, fieldId: 'f2', label: 'Pronouns', key: null, reason: '', status: 'left', left: 'no answer in profile' },
      { frame: 'https://x', frameId: 0, fieldId: 'f3', label: '', key: null, reason: '', status: 'left', left: 'not confident', needsUser: true },
      { frame: 'https://x', frameId: 0, fieldId: 'f4', label: 'Email', key: 'email', reason: '', status: 'filled', value: 'a@b.c' },
    ],
  };

  it('Autofill asks the background (no tab id: the sender’s tab) and shows the outcome with the fields that need the user', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(report as never);
    const posted = vi.spyOn(window.parent, 'postMessage');
    const announce = vi.fn();
    act(() => render(<FillPanel tabId={7} announce={announce} />, root));
    await act(async () => button('Autofill').click());
    await settle();
    expect(send).toHaveBeenCalledWith({ type: 'autofill' });
    expect(root.textContent).toContain('12 filled · 3 need you');
    expect(announce).toHaveBeenCalledWith('12 filled, 3 need you');
    // The content script is told a fill happened, so it can offer "Fill again" when fields appear.
    expect(posted).toHaveBeenCalledWith({ 'profile-card': { type: 'filled' } }, '*');
    act(() => button('Show list').click());
    const items = [...root.querySelectorAll('#needs-you li')].map((li) => li.querySelector('span span')?.textContent);
    expect(items).toEqual(['Phone', 'Unnamed field']);
    // "Jump to" asks the background, which reaches the field's own frame.
    send.mockResolvedValueOnce({ focused: true } as never);
    await act(async () => button('Jump to Phone').click());
    await settle();
    expect(send).toHaveBeenLastCalledWith({ type: 'focus-field', frameId: 0, fieldId: 'f1' });
    expect(announce).not.toHaveBeenCalledWith(expect.stringContaining('Could not find'));
    send.mockResolvedValueOnce({ focused: false } as never);
    await act(async () => button('Jump to Phone').click());
    await settle();
    expect(announce).toHaveBeenLastCalledWith('Could not find Phone on the page any more.');
    // What the page gets to see: ids and state, never a value the fill wrote.
    expect(JSON.stringify(posted.mock.calls)).not.toContain('a@b.c');
  });

  it('follows the stored report of the tab, wherever the fill started', async () => {
    act(() => render(<FillPanel tabId={7} announce={vi.fn()} />, root));
    await settle();
    expect(root.textContent).not.toContain('filled');
    await act(() => fakeBrowser.storage.session.set({ 'lastFill:7': report }));
    await settle();
    expect(root.textContent).toContain('12 filled · 3 need you');
    await act(() => fakeBrowser.storage.session.set({ 'lastFill:8': { ...report, filled: 99 } }));
    await settle();
    expect(root.textContent).not.toContain('99 filled');
  });

  it('says why a fill failed: no background answer, or a report with an error', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    const announce = vi.fn();
    act(() => render(<FillPanel tabId={7} announce={announce} />, root));
    await act(async () => button('Autofill').click());
    await settle();
    expect(announce).toHaveBeenCalledWith('Autofill failed: Could not establish connection. Receiving end does not exist.');

    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValueOnce({ ...report, error: 'This page cannot be filled: no access.' } as never);
    await act(async () => button('Autofill').click());
    await settle();
    expect(root.textContent).toContain('This page cannot be filled: no access.');
  });

  const previewReport: FillReport = {
    preview: true,
    filled: 0,
    planned: 2,
    left: 1,
    needsUser: 1,
    frames: 1,
    fields: [
      { frame: 'https://x', frameId: 0, fieldId: 'f1', label: 'Email', key: 'email', reason: '', status: 'planned', value: 'a@b.c' },
      {
        frame: 'https://x',
        frameId: 0,
        fieldId: 'f2',
        label: 'Cover letter',
        key: 'coverLetter',
        reason: '',
        status: 'planned',
        value: '<b onmouseover=alert(1)>Dear</b>',
      },
      { frame: 'https://x', frameId: 0, fieldId: 'f3', label: 'Phone', key: null, reason: '', status: 'left', left: 'no answer in profile', needsUser: true },
    ],
  };
  const plannedPairs = () => [...root.querySelectorAll('dl > div')].map((row) => [row.querySelector('dt')?.textContent, row.querySelector('dd')?.textContent]);

  it('a preview lists the planned values as text and takes focus; "Fill these" asks again with confirm', async () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockResolvedValueOnce(previewReport as never)
      .mockResolvedValueOnce(report as never);
    const posted = vi.spyOn(window.parent, 'postMessage');
    const announce = vi.fn();
    act(() => render(<FillPanel tabId={7} announce={announce} />, root));
    await act(async () => button('Autofill').click());
    await settle();
    expect(plannedPairs()).toEqual([
      ['Email', 'a@b.c'],
      ['Cover letter', '<b onmouseover=alert(1)>Dear</b>'],
    ]);
    expect(root.querySelector('dd b')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Check before filling');
    expect(root.textContent).toContain('1 field will still need you.');
    // A preview wrote nothing: the content script is not told to watch for a fill's new fields.
    expect(posted).not.toHaveBeenCalledWith({ 'profile-card': { type: 'filled' } }, '*');

    await act(async () => button('Fill these').click());
    await settle();
    expect(send.mock.calls.map(([message]) => message)).toEqual([{ type: 'autofill' }, { type: 'autofill', confirm: true }]);
    expect(root.querySelector('dl')).toBeNull();
    expect(root.textContent).toContain('12 filled · 3 need you');
    expect(document.activeElement).toBe(button('Autofill'));
  });

  it("a preview says which blocks the fill would add with the form's own add buttons, per group", async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValueOnce({ ...previewReport, wouldAdd: { work: 2, education: 1 } } as never);
    act(() => render(<FillPanel tabId={7} announce={vi.fn()} />, root));
    await act(async () => button('Autofill').click());
    await settle();
    const list = root.querySelector('ul[aria-label="Entries the fill would add"]');
    expect([...list!.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      "Would add 2 work blocks, with the form's own Add button",
      "Would add 1 education block, with the form's own Add button",
    ]);
  });

  it('Cancel (or Escape) drops the preview without asking the background', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(previewReport as never);
    const announce = vi.fn();
    act(() => render(<FillPanel tabId={7} announce={announce} />, root));
    await act(async () => button('Autofill').click());
    await settle();
    act(() => button('Cancel').click());
    expect(root.querySelector('dl')).toBeNull();
    expect(announce).toHaveBeenLastCalledWith('Nothing was filled.');
    expect(document.activeElement).toBe(button('Autofill'));

    await act(async () => button('Autofill').click());
    await settle();
    act(() => void root.querySelector('h2')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(root.querySelector('dl')).toBeNull();
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('shows a preview made elsewhere (a shortcut) without taking focus, but not one stored before the card opened', async () => {
    await fakeBrowser.storage.session.set({ 'lastFill:7': previewReport });
    act(() => render(<FillPanel tabId={7} announce={vi.fn()} />, root));
    await settle();
    // Made for an earlier page in this tab: "Fill these" would fill this one.
    expect(root.querySelector('dl')).toBeNull();
    const outside = document.createElement('input');
    document.body.append(outside);
    outside.focus();
    await act(() => fakeBrowser.storage.session.set({ 'lastFill:7': { ...previewReport, planned: 1, fields: previewReport.fields.slice(0, 1) } }));
    await settle();
    expect(plannedPairs()).toEqual([['Email', 'a@b.c']]);
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });

  it('Undo asks the background and says how many fields it restored', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ restored: 1 } as never);
    const announce = vi.fn();
    act(() => render(<FillPanel tabId={7} announce={announce} />, root));
    await act(async () => button('Undo').click());
    await settle();
    expect(send).toHaveBeenCalledWith({ type: 'undo' });
    expect(announce).toHaveBeenCalledWith('Restored 1 field');
  });
});
