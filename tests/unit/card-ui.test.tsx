// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FillReport } from '@/core/messages';
import { contactItems } from '@/core/share';
import { defaultProfile } from '@/core/profile/default';
import { ContactList } from '@/entrypoints/card/ContactList';
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
    const basics = { ...defaultProfile().basics, image: 'https://example.org/me.jpg' };
    act(() => render(<Identity basics={basics} />, root));
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('HR');
    expect(root.querySelector('h1')?.textContent).toBe('Hanifur Rahman');
    expect(root.textContent).toContain('Senior Backend Engineer');
  });

  it('shows a photo stored with the profile as image data', () => {
    const image = 'data:image/png;base64,iVBORw0KGgo=';
    act(() => render(<Identity basics={{ ...defaultProfile().basics, image }} />, root));
    expect(root.querySelector('img')?.getAttribute('src')).toBe(image);
  });
});

describe('ContactList', () => {
  it('names each copy button after what it copies', () => {
    const profile = defaultProfile();
    profile.basics = {
      ...profile.basics,
      phone: '+880 1711 000000',
      url: 'https://hanif.example.org',
      profiles: [{ network: 'LinkedIn', url: 'https://www.linkedin.com/in/hanif' }],
    };
    const onCopy = vi.fn();
    act(() => render(<ContactList items={contactItems(profile)} onCopy={onCopy} />, root));
    const names = [...root.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual(['Copy email', 'Copy phone', 'Copy location', 'Copy website', 'Copy LinkedIn']);
    button('Copy LinkedIn').click();
    expect(onCopy).toHaveBeenCalledWith(expect.objectContaining({ value: 'https://www.linkedin.com/in/hanif' }));
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
    act(() => button('Jump to Phone').click());
    expect(posted).toHaveBeenCalledWith({ 'profile-card': { type: 'focus-field', fieldId: 'f1' } }, '*');
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
