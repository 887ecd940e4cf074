import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isConfirmationAddress, isConfirmationText, isSubmitLabel } from '@/core/application-log/confirmation';
import { FIELD_ID_ATTRIBUTE } from '@/core/contract';

/** After a press on a submit button, how long (and how often) to look for the ATS's confirmation. */
const CONFIRMATION_WATCH_MS = 15_000;
const CONFIRMATION_CHECK_MS = 500;

/** Texts where ATSs say "application received": headings, alerts, status messages. */
function confirmationShown(): boolean {
  if (isConfirmationAddress(location.href)) return true;
  const places = document.querySelectorAll('h1, h2, h3, [role="alert"], [role="status"], [aria-live]');
  return Array.from(places).some((element) => isConfirmationText(element.textContent ?? ''));
}

/** A form (or page) autofill described: it holds a control tagged with the fill's field id. */
const wasFilled = (root: ParentNode) => root.querySelector(`[${FIELD_ID_ATTRIBUTE}]`) !== null;

/**
 * Tells the background when this page's application is sent, so the log can mark it Applied: the
 * filled form's own `submit` event, a confirmation shown after a press on its submit button (forms
 * that send by script), or a confirmation page. It only listens: it never delays or stops the submit.
 */
export function watchApplicationSubmit(ctx: ContentScriptContext, report: (page: string) => void): void {
  let reported = false;
  const submitted = () => {
    if (reported) return;
    reported = true;
    const page = location.href;
    setTimeout(() => report(page), 0);
  };
  ctx.addEventListener(
    document,
    'submit',
    (event) => {
      if (event.target instanceof HTMLFormElement && wasFilled(event.target)) submitted();
    },
    { capture: true },
  );
  ctx.addEventListener(
    document,
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button, input[type="submit"], [role="button"]') : null;
      if (!button || !isSubmitLabel(button.textContent || (button as HTMLInputElement).value || '') || !wasFilled(document)) return;
      const until = Date.now() + CONFIRMATION_WATCH_MS;
      const watch = ctx.setInterval(() => {
        if (confirmationShown()) submitted();
        if (reported || Date.now() > until) clearInterval(watch);
      }, CONFIRMATION_CHECK_MS);
    },
    { capture: true },
  );
  // A confirmation page of its own (the form's page is gone): the background checks it follows a fill.
  const onParsed = () => confirmationShown() && submitted();
  if (document.readyState === 'loading') ctx.addEventListener(document, 'DOMContentLoaded', onParsed, { once: true });
  else onParsed();
}
