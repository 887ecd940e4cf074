import { browser, type Browser } from 'wxt/browser';
import { fillTab, undoTab } from '@/utils/fill-tab';

/** Names of the manifest's keyboard commands (wxt.config.ts); `_execute_action` opens the popup. */
export const COMMANDS = { autofill: 'autofill', undo: 'undo-autofill' } as const;

/** A keyboard command takes the same path as the popup's button: fillTab / undoTab for the active tab. */
export async function onCommand(command: string, tab?: Browser.tabs.Tab): Promise<unknown> {
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return undefined;
  if (command === COMMANDS.autofill) return fillTab(tabId);
  if (command === COMMANDS.undo) return undoTab(tabId);
  return undefined;
}

export function registerCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
}
