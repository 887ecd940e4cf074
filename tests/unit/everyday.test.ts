import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The fake browser has no contextMenus or commands: stub what the background uses.
const menus = { create: vi.fn(), removeAll: vi.fn(async () => {}), onClicked: { addListener: vi.fn() } };
const commands = { onCommand: { addListener: vi.fn() } };
const fillTab = vi.fn(async (tabId: number) => ({ filled: 3, left: 0, needsUser: 0, fields: [], frames: 1, tabId }));
const undoTab = vi.fn(async () => ({ restored: 3 }));
vi.mock('@/utils/fill-tab', () => ({ fillTab, undoTab }));

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser, { contextMenus: menus, commands });
  for (const fn of [menus.create, menus.removeAll, menus.onClicked.addListener, commands.onCommand.addListener, fillTab, undoTab]) fn.mockClear();
});

describe('"Insert from profile" menu', () => {
  it('has one entry per non-empty profile value, under one parent, on editable fields only', async () => {
    const { rebuildInsertMenu } = await import('@/utils/insert-menu');
    await rebuildInsertMenu();
    expect(menus.removeAll).toHaveBeenCalledOnce();
    const created = menus.create.mock.calls.map(([item]) => item as { id: string; parentId?: string; contexts: string[] });
    expect(created[0]).toEqual({ id: 'insert', title: 'Insert from profile', contexts: ['editable'] });
    expect(created.slice(1).every((item) => item.parentId === 'insert' && item.contexts.join() === 'editable')).toBe(true);
    const ids = created.slice(1).map((item) => item.id);
    expect(ids).toContain('insert:email');
    expect(ids).not.toContain('insert:phone'); // the default profile has no phone
  });

  it('rebuilds when the profile changes', async () => {
    const { registerInsertMenu } = await import('@/utils/insert-menu');
    const { saveProfile, loadProfile } = await import('@/utils/storage');
    registerInsertMenu();
    const profile = (await loadProfile()).profile;
    await saveProfile({ ...profile, basics: { ...profile.basics, phone: '+880 1711 000000' } });
    await vi.waitFor(() => expect(menus.create.mock.calls.map(([item]) => (item as { id: string }).id)).toContain('insert:phone'));
  });
});

describe('keyboard commands', () => {
  it('autofill and undo take the same path as the popup, for the tab the shortcut was pressed on', async () => {
    const { onCommand, registerCommands } = await import('@/utils/commands');
    registerCommands();
    expect(commands.onCommand.addListener).toHaveBeenCalledOnce();
    await onCommand('autofill', { id: 7 } as never);
    expect(fillTab).toHaveBeenCalledWith(7);
    await onCommand('undo-autofill', { id: 7 } as never);
    expect(undoTab).toHaveBeenCalledWith(7);
    await onCommand('something-else', { id: 7 } as never);
    expect(fillTab).toHaveBeenCalledOnce();
  });
});
