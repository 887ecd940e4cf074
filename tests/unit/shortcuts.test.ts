import { describe, expect, it } from 'vitest';
import { ariaKeyShortcuts, currentShortcuts, keysFor } from '@/core/shortcuts';

describe('currentShortcuts', () => {
  // What Chromium answers when two of the suggested keys were not granted (they clash with others).
  const chromium = [
    { name: '_execute_action', description: '', shortcut: '' },
    { name: 'autofill', description: 'Autofill this page from your profile', shortcut: 'Alt+Shift+F' },
    { name: 'undo-autofill', description: 'Undo the last autofill', shortcut: '' },
  ];

  it('lists autofill, undo and open, in that order, with the keys bound now or null', () => {
    expect(currentShortcuts(chromium)).toEqual([
      { name: 'autofill', action: 'Autofill this page', short: 'Autofill', keys: 'Alt+Shift+F' },
      { name: 'undo-autofill', action: 'Undo the last autofill', short: 'Undo', keys: null },
      { name: '_execute_action', action: 'Open Profile Card', short: 'Open', keys: null },
    ]);
  });

  it('follows the person’s own bindings and leaves out commands the browser does not list', () => {
    const shortcuts = currentShortcuts([
      { name: 'undo-autofill', shortcut: 'Ctrl+Shift+U' },
      { name: 'something-else', shortcut: 'Alt+X' },
    ]);
    expect(shortcuts.map((s) => [s.name, s.keys])).toEqual([['undo-autofill', 'Ctrl+Shift+U']]);
    expect(keysFor(shortcuts, 'undo-autofill')).toBe('Ctrl+Shift+U');
    expect(keysFor(shortcuts, 'autofill')).toBeNull();
  });
});

describe('ariaKeyShortcuts', () => {
  it.each([
    ['Alt+Shift+F', 'Alt+Shift+F'],
    ['Ctrl+Shift+Y', 'Control+Shift+Y'],
    ['Command+Shift+Y', 'Meta+Shift+Y'],
    ['⌥⇧F', 'Alt+Shift+F'],
    ['⇧⌘Y', 'Shift+Meta+Y'],
    ['⌃⌥1', 'Control+Alt+1'],
  ])('%s → %s', (keys, expected) => {
    expect(ariaKeyShortcuts(keys)).toBe(expected);
  });

  it('gives nothing for no keys or a form it cannot read', () => {
    expect(ariaKeyShortcuts(null)).toBeUndefined();
    expect(ariaKeyShortcuts('')).toBeUndefined();
    expect(ariaKeyShortcuts('MediaPlayPause')).toBeUndefined();
    expect(ariaKeyShortcuts('Alt+Shift+,')).toBeUndefined();
  });
});
