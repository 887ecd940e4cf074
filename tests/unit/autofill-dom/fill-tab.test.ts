import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FillArgs, FillReport, FrameFillResult } from '@/core/contract';
import { testProfile } from '../../support/profiles';

// The application log records fills on its own (tests/unit/application-log); here only the fill's own injections count.
vi.mock('@/utils/application-log', () => ({ logFill: () => Promise.resolve() }));

type Injection = {
  target: { tabId: number; allFrames?: boolean; frameIds?: number[] };
  files?: string[];
  func?: (...args: unknown[]) => unknown;
  args?: unknown[];
};

const OWN = { id: fakeBrowser.runtime.id };
const frame = (fields: Partial<FrameFillResult['fields'][number]>[], childFrames = 0): FrameFillResult => ({
  frame: 'https://boards.greenhouse.io/acme/jobs/1',
  fields: fields.map((field, index) => ({ fieldId: `pc-${index + 1}`, label: 'x', key: null, reason: 'r', status: 'left', ...field })),
  childFrames,
});

/** fakeBrowser has no `scripting`: a stand-in that answers each injection from `answer`. */
function stubScripting(answer: (injection: Injection) => unknown) {
  const calls: Injection[] = [];
  const executeScript = vi.fn(async (injection: Injection) => {
    calls.push(injection);
    return answer(injection);
  });
  Object.assign(fakeBrowser, { scripting: { executeScript } });
  return calls;
}

async function freshFillTab() {
  vi.resetModules();
  const fillTabModule = await import('@/utils/fill-tab');
  fillTabModule.registerFillRequests();
  return fillTabModule;
}

const send = async (message: unknown, sender: object = OWN) => (await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => undefined))[0];

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the one autofill path', () => {
  it('fills in every frame with the stored profile, merges the frames and keeps the report for the tab', async () => {
    const calls = stubScripting((injection) =>
      injection.files
        ? [{ frameId: 0 }, { frameId: 7 }]
        : [
            { frameId: 7, documentId: 'doc-7', result: frame([{ label: 'Email', status: 'filled', value: 'a@b.c' }]) },
            {
              frameId: 0,
              documentId: 'doc-0',
              result: frame(
                [
                  { label: 'Name', status: 'filled', value: 'Ada' },
                  { label: 'Phone', status: 'left', left: 'no answer in profile', needsUser: true },
                ],
                1,
              ),
            },
          ],
    );
    await freshFillTab();
    await (await import('@/utils/storage')).saveProfile(testProfile('rich'));
    const report = (await send({ type: 'autofill', tabId: 42 })) as FillReport;
    // Both frames had the engine (preloaded on an application page): nothing to load.
    expect(calls.map((call) => [call.target, call.files ?? 'func'])).toEqual([[{ tabId: 42, allFrames: true }, 'func']]);
    expect((calls[0]!.args![0] as FillArgs).profile.basics.name).toBe('Jordan Alvarez');
    expect(report).toMatchObject({ filled: 2, left: 1, needsUser: 1, frames: 2 });
    expect(report.fields.map((field) => [field.frame, field.frameId, field.documentId, field.label])).toEqual([
      ['https://boards.greenhouse.io/acme/jobs/1', 0, 'doc-0', 'Name'],
      ['https://boards.greenhouse.io/acme/jobs/1', 0, 'doc-0', 'Phone'],
      ['https://boards.greenhouse.io/acme/jobs/1', 7, 'doc-7', 'Email'],
    ]);
    expect(report.skippedFrames).toBeUndefined();
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get('lastFill:42')).toEqual({ 'lastFill:42': report }));
  });

  it('fills with the profile as saved now: a saved change reaches the next fill', async () => {
    const calls = stubScripting((injection) => (injection.files ? [] : [{ frameId: 0, result: frame([]) }]));
    const { fillTab } = await freshFillTab();
    const { saveProfile } = await import('@/utils/storage');
    const profile = testProfile('sparse');
    await saveProfile(profile);
    await fillTab(1);
    await saveProfile({ ...profile, basics: { ...profile.basics, name: 'Ada Lovelace' } });
    await fillTab(1);
    const names = calls.filter((call) => call.func).map((call) => (call.args![0] as FillArgs).profile.basics.name);
    expect(names).toEqual(['Nusrat Jahan', 'Ada Lovelace']);
  });

  it('keeps, for the card and the popup, the counts and the fields they list, not every field left', async () => {
    stubScripting((injection) =>
      injection.files
        ? []
        : [
            {
              frameId: 0,
              result: frame([
                { label: 'Email', status: 'filled', value: 'a@b.c' },
                { label: 'Project 12' },
                { label: 'Phone', left: 'no answer in profile', needsUser: true },
                { label: 'Project 13' },
              ]),
            },
          ],
    );
    const { fillTab } = await freshFillTab();
    const report = await fillTab(11);
    expect(report.fields).toHaveLength(4);
    await vi.waitFor(async () => {
      const kept = (await fakeBrowser.storage.session.get('lastFill:11'))['lastFill:11'] as FillReport;
      expect(kept).toMatchObject({ filled: 1, left: 3, needsUser: 1 });
      expect(kept.fields.map((field) => field.label)).toEqual(['Email', 'Phone']);
    });
  });

  it('tries a refused all-frames call again as the same attempt, so frames it already reached answer their first result', async () => {
    let tries = 0;
    const calls = stubScripting((injection) => {
      if (injection.files) return [];
      // Chrome ran the first call in the top frame, then refused it for a frame between documents.
      if (++tries === 1) throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
      return [{ frameId: 0, result: frame([{ status: 'filled', value: 'x' }]) }];
    });
    const { fillTab } = await freshFillTab();
    const report = await fillTab(6);
    expect(report).toMatchObject({ filled: 1, frames: 1 });
    expect(report.error).toBeUndefined();
    const attempts = calls.filter((call) => call.func).map((call) => (call.args![0] as FillArgs).attempt);
    expect(attempts).toHaveLength(2);
    expect(attempts[0]).toEqual(expect.any(String));
    expect(new Set(attempts).size).toBe(1);
    await fillTab(6);
    expect(new Set(calls.filter((call) => call.func).map((call) => (call.args![0] as FillArgs).attempt)).size).toBe(2);
  });

  it('counts the child frames no engine answered from (sites it may not read)', async () => {
    stubScripting((injection) =>
      injection.files
        ? []
        : [
            { frameId: 0, result: frame([], 3) },
            { frameId: 4, result: frame([]) },
          ],
    );
    const { fillTab } = await freshFillTab();
    expect((await fillTab(1)).skippedFrames).toBe(2);
  });

  it("counts each frame's unlisted fields (nothing in the profile answers them) among those left", async () => {
    stubScripting(() => [
      {
        frameId: 0,
        result: {
          ...frame([
            { status: 'filled', value: 'x' },
            { status: 'left', left: 'already filled' },
          ]),
          unlisted: 40,
        },
      },
      { frameId: 2, result: { ...frame([{ status: 'left', left: 'no answer in profile', needsUser: true }]), unlisted: 2 } },
    ]);
    const { fillTab } = await freshFillTab();
    const report = await fillTab(5);
    expect([report.filled, report.left, report.needsUser, report.fields.length]).toEqual([1, 44, 1, 3]);
  });

  it('loads the engine where a frame has none, and fills there', async () => {
    let fills = 0;
    const calls = stubScripting((injection) => {
      if (injection.files) return [{ frameId: 3 }];
      fills++;
      return fills === 1
        ? [
            { frameId: 0, result: frame([{ status: 'filled', value: 'x' }]) },
            { frameId: 3, result: null },
          ]
        : [{ frameId: 3, result: frame([{ status: 'filled', value: 'y' }]) }];
    });
    const { fillTab } = await freshFillTab();
    const report = await fillTab(5);
    expect(calls.map((call) => [call.target, call.files ?? 'func'])).toEqual([
      [{ tabId: 5, allFrames: true }, 'func'],
      [{ tabId: 5, frameIds: [3] }, ['/autofill.js']],
      [{ tabId: 5, frameIds: [3] }, 'func'],
    ]);
    expect(report.fields.map((field) => [field.frameId, field.value])).toEqual([
      [0, 'x'],
      [3, 'y'],
    ]);
  });

  it('loads the engine ahead of time into a frame the content script reports as an application form', async () => {
    const calls = stubScripting(() => []);
    await freshFillTab();
    const profile = testProfile('rich');
    await (await import('@/utils/storage')).saveProfile(profile);
    await send({ type: 'application-page' }, { ...OWN, tab: { id: 12 }, frameId: 4 });
    // The engine, then the profile's saved questions (no answers, nothing else of the profile) for its idle warm-up.
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls.map((call) => [call.target, call.files, call.args])).toEqual([
      [{ tabId: 12, frameIds: [4] }, ['/autofill.js'], undefined],
      [{ tabId: 12, frameIds: [4] }, undefined, [profile['x-profileCard']!.answers!.custom!.map((custom) => custom.question)]],
    ]);
    await send({ type: 'application-page' }, { id: 'some-other-extension', tab: { id: 12 }, frameId: 4 });
    expect(calls).toHaveLength(2);
  });

  it('obeys only the extension itself: a message from another extension gets no answer', async () => {
    const calls = stubScripting(() => []);
    await freshFillTab();
    expect(await send({ type: 'autofill', tabId: 1 }, { id: 'some-other-extension' })).toBeUndefined();
    expect(await send({ type: 'delete-everything', tabId: 1 })).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('takes the tab (and frame) of a content script that asks for its own page', async () => {
    const calls = stubScripting((injection) => (injection.files ? [] : [{ frameId: 2, result: frame([]) }]));
    await freshFillTab();
    await send({ type: 'autofill' }, { ...OWN, tab: { id: 9 }, frameId: 2 });
    expect(calls[0]!.target).toEqual({ tabId: 9, allFrames: true });
  });

  it('falls back to the asking frame when the top frame is off limits', async () => {
    const calls = stubScripting((injection) => {
      if (injection.target.allFrames)
        throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
      return injection.files ? [] : [{ frameId: 2, result: frame([{ status: 'filled', value: 'x' }]) }];
    });
    await freshFillTab();
    const report = (await send({ type: 'autofill' }, { ...OWN, tab: { id: 9 }, frameId: 2 })) as FillReport;
    expect(report.error).toBeUndefined();
    expect(calls.filter((call) => !call.target.allFrames).map((call) => call.target)).toEqual([{ tabId: 9, frameIds: [2] }]);
  });

  it.each([
    ['Cannot access a chrome:// URL', "Profile Card can't fill this page: it is a browser page, which no extension may change."],
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      "Profile Card can't fill this page: Profile Card has no access to this site. Open Profile Card from the toolbar on this page and press Autofill there.",
    ],
    ['No tab with id: 77.', "Profile Card can't fill this page: the tab is gone."],
  ])('answers "%s" with words, never a rejection', async (failure, words) => {
    stubScripting(() => {
      throw new Error(failure);
    });
    await freshFillTab();
    expect(await send({ type: 'autofill', tabId: 77 })).toEqual({ filled: 0, left: 0, needsUser: 0, fields: [], frames: 0, error: words });
    expect(await send({ type: 'undo', tabId: 77 })).toEqual({ restored: 0, error: words.replace("can't fill", "can't undo on") });
  });

  it('previews first when the user asked for it, and writes when the preview is confirmed', async () => {
    await fakeBrowser.storage.local.set({ settings: { cardOnAts: {}, dismissedHosts: [], previewBeforeFill: true, highlightFilled: true, theme: 'system' } });
    const calls = stubScripting((injection) => (injection.files ? [] : [{ frameId: 0, result: frame([{ status: 'planned', value: 'Ada' }]) }]));
    await freshFillTab();
    const preview = (await send({ type: 'autofill', tabId: 3 })) as FillReport;
    expect(preview).toMatchObject({ preview: true, planned: 1, filled: 0 });
    expect((calls[0]!.args![0] as FillArgs).preview).toBe(true);
    await send({ type: 'autofill', tabId: 3, confirm: true });
    expect((calls[1]!.args![0] as FillArgs).preview).toBe(false);
  });

  it("a preview adds up the blocks the frames' fills would add, per group", async () => {
    await fakeBrowser.storage.local.set({ settings: { cardOnAts: {}, dismissedHosts: [], previewBeforeFill: true, highlightFilled: true, theme: 'system' } });
    stubScripting((injection) =>
      injection.files
        ? []
        : [
            { frameId: 0, result: { ...frame([{ status: 'planned', value: 'Ada' }]), wouldAdd: { work: 2 } } },
            { frameId: 4, result: { ...frame([]), wouldAdd: { work: 1, education: 1 } } },
            { frameId: 5, result: frame([]) },
          ],
    );
    await freshFillTab();
    const preview = (await send({ type: 'autofill', tabId: 3 })) as FillReport;
    expect(preview.wouldAdd).toEqual({ work: 3, education: 1 });
  });

  it('undoes in every frame and adds up what was restored and kept', async () => {
    stubScripting(() => [
      { frameId: 0, result: { restored: 3, kept: ['pc-2'] } },
      { frameId: 5, result: { restored: 2, kept: [] } },
      { frameId: 6, result: null },
    ]);
    await freshFillTab();
    await fakeBrowser.storage.session.set({ 'lastFill:8': { filled: 5 } });
    expect(await send({ type: 'undo', tabId: 8 })).toEqual({ restored: 5, kept: 1 });
    expect(await fakeBrowser.storage.session.get('lastFill:8')).toEqual({});
  });

  it('tries a refused undo again as the same request, so frames that already undid report what they restored', async () => {
    let tries = 0;
    const calls = stubScripting(() => {
      if (++tries === 1) throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
      return [{ frameId: 0, result: { restored: 4, kept: [] } }];
    });
    await freshFillTab();
    expect(await send({ type: 'undo', tabId: 9 })).toEqual({ restored: 4 });
    const requests = calls.map((call) => call.args![0]);
    expect(requests).toHaveLength(2);
    expect(requests[0]).toEqual(expect.any(String));
    expect(new Set(requests).size).toBe(1);
    await send({ type: 'undo', tabId: 9 });
    expect(new Set(calls.map((call) => call.args![0])).size).toBe(2);
  });
});
