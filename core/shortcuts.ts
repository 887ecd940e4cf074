/**
 * The keyboard shortcuts as the browser currently binds them (`commands.getAll()`, which reflects
 * the user's own changes), in the words the popup and the options page show. Browser-free.
 */

/** What `commands.getAll()` answers, per command. */
export interface CommandInfo {
  name?: string;
  shortcut?: string;
  description?: string;
}

export interface Shortcut {
  /** The manifest's command name (wxt.config.ts). */
  name: string;
  /** What it does, for the person ("Autofill this page"). */
  action: string;
  /** The same in a word, for a compact hint ("Autofill"). */
  short: string;
  /** The keys as the browser shows them ("Alt+Shift+F", "⌥⇧F"), or null when none is set. */
  keys: string | null;
}

/** The commands in the order they are shown, with their actions in the person's words. */
const ACTIONS: readonly Omit<Shortcut, 'keys'>[] = [
  { name: 'autofill', action: 'Autofill this page', short: 'Autofill' },
  { name: 'undo-autofill', action: 'Undo the last autofill', short: 'Undo' },
  { name: '_execute_action', action: 'Open Profile Card', short: 'Open' },
];

export const NOT_SET = 'not set';

/** Every known command with its current keys; commands the browser does not list are left out. */
export function currentShortcuts(commands: readonly CommandInfo[]): Shortcut[] {
  return ACTIONS.flatMap((known) => {
    const command = commands.find((c) => c.name === known.name);
    return command ? [{ ...known, keys: command.shortcut?.trim() || null }] : [];
  });
}

/** The keys of one command, or null (not set, or not listed). */
export function keysFor(shortcuts: readonly Shortcut[], name: string): string | null {
  return shortcuts.find((shortcut) => shortcut.name === name)?.keys ?? null;
}

/** macOS shows modifiers as symbols; `aria-keyshortcuts` wants their names. */
const MAC_MODIFIERS: Record<string, string> = { '⌘': 'Meta', '⌥': 'Alt', '⇧': 'Shift', '⌃': 'Control' };

/**
 * The keys as an `aria-keyshortcuts` value ("Alt+Shift+F"), so assistive technology can announce
 * them; undefined when the browser's form cannot be read as modifiers plus one key.
 */
export function ariaKeyShortcuts(keys: string | null): string | undefined {
  if (!keys) return undefined;
  let rest = keys.replace(/\s+/g, '');
  const modifiers: string[] = [];
  while (rest.length > 1 && MAC_MODIFIERS[rest[0]!]) {
    modifiers.push(MAC_MODIFIERS[rest[0]!]!);
    rest = rest.slice(1);
  }
  const parts = modifiers.length ? [...modifiers, rest] : rest.split('+');
  const named = parts.map((part) => (part === 'Ctrl' ? 'Control' : part === 'Command' ? 'Meta' : part));
  return named.every((part) => /^[A-Za-z0-9]+$/.test(part)) && named.length > 1 ? named.join('+') : undefined;
}
