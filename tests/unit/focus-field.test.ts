// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { focusField } from '@/utils/focus-field';

type Injection = { target: object; func: (attribute: string, id: string) => boolean; args: [string, string] };

/** Stands in for scripting.executeScript: runs the injected function on this document, as the frame would. */
function runInThisDocument() {
  return vi
    .spyOn(fakeBrowser.scripting, 'executeScript')
    .mockImplementation((async (injection: Injection) => [{ frameId: 0, result: injection.func(...injection.args) }]) as never);
}

beforeEach(() => {
  fakeBrowser.reset();
  document.body.replaceChildren();
});

describe('focusField ("Jump to")', () => {
  it('focuses the field with that id in the report’s own document', async () => {
    const field = document.createElement('input');
    field.setAttribute('data-profile-card-id', 'pc-3');
    document.body.append(document.createElement('input'), field);
    const inject = runInThisDocument();
    expect(await focusField(5, { frameId: 2, documentId: 'DOC', fieldId: 'pc-3' })).toEqual({ focused: true });
    expect(document.activeElement).toBe(field);
    // The document, not just the frame: a reloaded page in that frame is never the one scrolled.
    expect(inject.mock.calls[0]![0]).toMatchObject({ target: { tabId: 5, documentIds: ['DOC'] } });
  });

  it('targets the frame when the report has no document id, and says when the field is gone', async () => {
    const inject = runInThisDocument();
    expect(await focusField(5, { frameId: 2, fieldId: 'pc-9' })).toEqual({ focused: false });
    expect(inject.mock.calls[0]![0]).toMatchObject({ target: { tabId: 5, frameIds: [2] } });
  });

  it('never puts anything but a field id into a selector', async () => {
    const inject = runInThisDocument();
    expect(await focusField(5, { frameId: 0, fieldId: 'a"], body [x="' })).toEqual({ focused: false });
    expect(await focusField(5, { frameId: 0, fieldId: 'x'.repeat(101) })).toEqual({ focused: false });
    expect(await focusField(5, { frameId: 0.5, fieldId: 'pc-1' })).toEqual({ focused: false });
    expect(inject).not.toHaveBeenCalled();
  });

  it('answers "not focused" when the frame is gone', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('No document with id DOC'));
    expect(await focusField(5, { frameId: 2, documentId: 'DOC', fieldId: 'pc-3' })).toEqual({ focused: false });
  });
});
