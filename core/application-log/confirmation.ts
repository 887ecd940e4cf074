/**
 * Whether a page is an ATS's "application received" confirmation: a submitted form shows one, by a
 * new page or a message in the same page.
 */

const CONFIRMATION_TEXT =
  /\b(?:thanks?(?: you)? for (?:applying|your application|submitting your application)|(?:your )?application (?:has been |was |is )?(?:submitted|received|sent|complete)|we(?:'ve| have) received your application|successfully (?:applied|submitted your application))\b/i;

const CONFIRMATION_PATH = /\/(?:confirmation|confirm|thank-?you|thanks|application-submitted|submitted|success)(?:[/?#]|$)/i;

export function isConfirmationText(text: string): boolean {
  return CONFIRMATION_TEXT.test(text.replace(/[’‘]/g, "'").replace(/\s+/g, ' '));
}

export function isConfirmationAddress(href: string): boolean {
  try {
    return CONFIRMATION_PATH.test(new URL(href).pathname);
  } catch {
    return false;
  }
}

/** Buttons that send an application (a press on one may submit by script, without a form `submit` event). */
export function isSubmitLabel(text: string): boolean {
  return /^(?:submit|send|apply|finish)(?: (?:my |your )?application| now)?$/i.test(text.replace(/\s+/g, ' ').trim());
}
