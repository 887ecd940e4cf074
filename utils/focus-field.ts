import { browser } from 'wxt/browser';
import { FIELD_ID_ATTRIBUTE, isMessage, type Message, type MessageResponse } from '@/core/contract';

/** The engine's field ids (`pc-12`): nothing else may reach a selector. */
const FIELD_ID = /^[\w:.-]{1,100}$/;

/**
 * Scrolls a field of a fill report into view and focuses it, in its own frame: the card lives in one
 * frame, the fields may be in another (iCIMS renders its form in an iframe). The report's document id
 * makes sure a reloaded page is never the one scrolled.
 */
export async function focusField(
  tabId: number,
  { frameId, documentId, fieldId }: Omit<Message<'focus-field'>, 'type' | 'tabId'>,
): Promise<MessageResponse<'focus-field'>> {
  if (!FIELD_ID.test(fieldId) || !Number.isInteger(frameId)) return { focused: false };
  try {
    const [frame] = await browser.scripting.executeScript({
      target: documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] },
      func: (attribute: string, id: string) => {
        const field = document.querySelector<HTMLElement>(`[${attribute}="${CSS.escape(id)}"]`);
        if (!field) return false;
        field.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
        field.focus({ preventScroll: true });
        return true;
      },
      args: [FIELD_ID_ATTRIBUTE, fieldId],
    });
    return { focused: frame?.result === true };
  } catch {
    // The frame is gone or navigated away: there is no such field any more.
    return { focused: false };
  }
}

/** Answers "Jump to" from the extension's own pages (the card). */
export function registerFocusField(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage(message) || message.type !== 'focus-field' || sender.id !== browser.runtime.id) return undefined;
    const tabId = message.tabId ?? sender.tab?.id;
    if (tabId === undefined) return Promise.resolve({ focused: false });
    return focusField(tabId, message);
  });
}
