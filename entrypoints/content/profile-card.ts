import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '@/utils/messaging';
import { atsForUrl, detectAtsPage, isAtsOrigin, isSinglePageAts } from '@/core/ats';
import type { AtsId } from '@/core/ats-hosts';
import type { Settings } from '@/core/settings';
import { readFrameMessage, wrapFrameMessage, type FrameMessage } from '@/core/contract';
import { settingsItem } from '@/utils/settings-storage';
import { createCardFrame } from './card-frame';

/** Mutations come in bursts (frameworks re-render): look at the page at most this often. */
const PAGE_SETTLE_MS = 250;
/** How long a subframe waits for an ATS top frame to say whether it shows the card itself. */
const TOP_ANSWER_TIMEOUT_MS = 300;

/** The top frame's origin, when the browser tells (Chrome) or the referrer does; null when unknown. */
function topFrameOrigin(): string | null {
  if (window === window.top) return location.origin;
  const ancestors = location.ancestorOrigins;
  if (ancestors?.length) return ancestors[ancestors.length - 1] ?? null;
  if (window.parent === window.top && document.referrer) {
    try {
      return new URL(document.referrer).origin;
    } catch {
      return null;
    }
  }
  return null;
}

/** Posts to every frame below this one (frames of frames too): cross-origin windows allow this. */
function postToDescendants(target: Window, message: FrameMessage, depth = 0): void {
  if (depth > 4) return;
  for (let i = 0; i < target.frames.length; i++) {
    const child = target.frames[i]!;
    child.postMessage(wrapFrameMessage(message), '*');
    postToDescendants(child, message, depth + 1);
  }
}

/**
 * Shows the card while the frame is an application page of a known ATS, and the user has not
 * turned it off for the ATS or hidden it on the site. One card per tab: a subframe shows one only
 * when the top frame does not (the Greenhouse embed on a company's own careers page).
 */
export function runProfileCard(ctx: ContentScriptContext): void {
  const ats = atsForUrl(location.href);
  if (!ats) return;
  // An application by its address alone (most ATSs) shows the card as soon as there is a <body> to
  // put it after, its settings read meanwhile; any other page is judged by its content, once parsed.
  if (detectAtsPage(location.href)?.kind === 'application') {
    const settings = settingsItem.getValue();
    whenBodyExists(ctx, () => showCard(ctx, ats, settings));
  } else {
    whenParsed(ctx, () => showCard(ctx, ats, null));
  }
}

/** Runs `then` once the parser has made <body> (at once if it has). */
function whenBodyExists(ctx: ContentScriptContext, then: () => void): void {
  if (document.body) return then();
  const observer = new MutationObserver(() => {
    if (!document.body) return;
    observer.disconnect();
    then();
  });
  observer.observe(document, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
}

/** Runs `then` once the document is parsed (DOMContentLoaded; at once if it was). */
function whenParsed(ctx: ContentScriptContext, then: () => void): void {
  if (document.readyState !== 'loading') return then();
  ctx.addEventListener(document, 'DOMContentLoaded', then, { once: true });
}

function showCard(ctx: ContentScriptContext, ats: AtsId, firstSettings: Promise<Settings> | null): void {
  if (ctx.isInvalid) return;
  const spa = isSinglePageAts(ats);
  let url = location.href;
  const isApplication = () => detectAtsPage(url, document)?.kind === 'application';
  // Pages that are not candidates cost nothing more than this check.
  if (!spa && !isApplication()) return;

  const isTop = window === window.top;
  const topOrigin = topFrameOrigin();
  // "Hide on this site" means the site the user sees: the top frame's, when the browser names it.
  const site = topOrigin ? new URL(topOrigin).hostname : location.hostname;
  const card = createCardFrame(site);
  ctx.onInvalidated(() => card.unmount());

  /** In a subframe: the top frame shows (or is about to show) its own card. */
  let topShowsCard = !isTop && (topOrigin === null || isAtsOrigin(topOrigin));
  let topAnswered = isTop || !topShowsCard;
  let evaluation = 0;
  /** Whether the page was an application at the last evaluation. */
  let wasApplication = false;

  // Settings read at document start serve the first look; later looks read again (they may have changed).
  let pendingSettings: Promise<Settings> | null = firstSettings;
  const allowed = async () => {
    const settings = await (pendingSettings ?? settingsItem.getValue());
    pendingSettings = null;
    return settings.cardOnAts[ats] !== false && !settings.dismissedHosts.includes(site);
  };

  const evaluate = async () => {
    const run = ++evaluation;
    const application = isApplication();
    // The toolbar badge tells the user this page can be filled (once per page that becomes an application).
    if (application && !wasApplication) void sendMessage({ type: 'application-page' }).catch(() => undefined);
    wasApplication = application;
    if (isTop) postToDescendants(window, { type: 'top-card', shown: application });
    const candidate = application && topAnswered && !topShowsCard;
    // The card's page starts loading while the settings are read; it shows only if they allow it.
    if (candidate && run === 1) card.preload();
    const wanted = candidate && (await allowed());
    // A newer evaluation (URL change, settled page) supersedes this one.
    if (run !== evaluation || ctx.isInvalid) return;
    if (wanted) card.mount();
    else card.unmount();
  };

  ctx.addEventListener(window, 'message', (event: MessageEvent) => {
    const message = readFrameMessage(event.data);
    if (!message) return;
    if (isTop && message.type === 'top-card?' && event.source) {
      (event.source as Window).postMessage(wrapFrameMessage({ type: 'top-card', shown: isApplication() }), '*');
    } else if (!isTop && message.type === 'top-card' && event.source === window.top) {
      topShowsCard = message.shown;
      topAnswered = true;
      void evaluate();
    }
  });

  if (!topAnswered) {
    window.top!.postMessage(wrapFrameMessage({ type: 'top-card?' }), '*');
    // An ATS top frame that is no candidate itself has no script to answer: then this frame shows the card.
    ctx.setTimeout(() => {
      if (topAnswered) return;
      topAnswered = true;
      topShowsCard = false;
      void evaluate();
    }, TOP_ANSWER_TIMEOUT_MS);
  }

  if (spa) {
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      url = event.newUrl.href;
      void evaluate();
    });
  }

  let settleTimer: number | undefined;
  const observer = new MutationObserver(() => {
    if (settleTimer !== undefined) return;
    settleTimer = ctx.setTimeout(() => {
      settleTimer = undefined;
      // The DOM can turn a page into an application (a form opening in place, a modal) and back.
      if (spa && isApplication() !== wasApplication) void evaluate();
      card.pageChanged();
    }, PAGE_SETTLE_MS);
  });
  observer.observe(document, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());

  void evaluate();
}
