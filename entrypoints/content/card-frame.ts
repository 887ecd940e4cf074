import { browser } from 'wxt/browser';
import { avoiding, docked, dragged, placementAt, placementRect, type Placement, type Rect, type Size } from '@/core/card-geometry';
import { readCardToHost, wrapHostToCard, type CardToHost } from '@/core/contract';
import { rootZoom, visibleArea } from './visible-area';
import { t } from '@/components/i18n';

/**
 * The card's presence in the page: an empty custom element whose closed shadow root holds one
 * iframe of the extension's card page. The page's CSS cannot reach into the shadow root, the
 * host's inline `!important` declarations beat any page rule, and the page's scripts cannot read
 * the extension-origin document. Everything the card shows, it reads from extension storage itself.
 */

const HOST_TAG = 'profile-card-host';
/** Size before the card reports its own (the host stays hidden until then). */
const INITIAL_SIZE: Size = { width: 320, height: 420 };
/** Controls a form is made of; more of them after a fill means the page added a step or a section. */
const FORM_CONTROLS = 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]), select, textarea';
/** Buttons that submit or advance a form, by type or by name. */
const ADVANCE_BUTTONS = 'button, input[type=submit], input[type=button], [role=button]';
const ADVANCE_NAME = /\b(submit|apply|next|continue|review|send)\b/i;

/** Sets declarations as inline `!important`: a page rule can win over neither. CSSOM is not blocked by CSP. */
function setStyles(element: HTMLElement, declarations: Record<string, string>): void {
  for (const [property, value] of Object.entries(declarations)) element.style.setProperty(property, value, 'important');
}

function isAdvanceButton(element: Element): boolean {
  const type = element.getAttribute('type');
  if (element.tagName === 'INPUT') return type === 'submit' || ADVANCE_NAME.test((element as HTMLInputElement).value);
  if (element.tagName === 'BUTTON' && (type ?? 'submit') === 'submit' && element.closest('form')) return true;
  const name = element.getAttribute('aria-label') ?? element.textContent ?? '';
  return name.length < 60 && ADVANCE_NAME.test(name);
}

/**
 * The top layer renders the host as a sibling of the root: a `filter`, `transform` or `opacity` the
 * page sets on <html> cannot reach the card, and `position: fixed` stays relative to the viewport.
 */
function showInTopLayer(host: HTMLElement): void {
  if (typeof host.showPopover !== 'function') return;
  host.popover = 'manual';
  host.showPopover();
}

export interface CardFrame {
  /**
   * Puts the card into the page hidden, so its page loads while the settings are still being read;
   * it shows only once `mount` confirms it (and is gone at `unmount`).
   */
  preload(): void;
  /** Puts the card into the page (if not preloaded) and shows it as soon as it has rendered. */
  mount(): void;
  unmount(): void;
  /** The page changed (mutations, at most every 250 ms): buttons may have moved, fields may have appeared. */
  pageChanged(): void;
}

export function createCardFrame(site: string): CardFrame {
  let host: HTMLElement | null = null;
  let iframe: HTMLIFrameElement | null = null;
  let listeners: AbortController | null = null;
  let stopArea: (() => void) | null = null;
  let size = INITIAL_SIZE;
  let placement: Placement = docked();
  let area: Rect = { left: 0, top: 0, width: innerWidth, height: innerHeight };
  let advanceButtons: Element[] = [];
  /** Form controls counted when the last fill finished; null when no fill is being followed. */
  let controlsAtFill: number | null = null;
  let frameScheduled = false;
  /** A pointer drag in progress: where it started, on screen and as a placement. */
  let drag: { screenX: number; screenY: number; from: Placement } | null = null;
  /**
   * Covers the viewport during a drag, so the pointer keeps moving the card once it leaves the
   * card's iframe (the browser does not route those events to a cross-origin frame).
   */
  let overlay: HTMLElement | null = null;
  /** The card document's origin, as its first message showed it. */
  let cardOrigin: string | null = null;
  /** Whether the card may show (mounted, not only preloaded), and whether it has reported its size. */
  let confirmed = false;
  let sized = false;

  const reveal = () => {
    if (host && confirmed && sized) host.style.setProperty('visibility', 'visible', 'important');
  };

  const obstacles = (): Rect[] =>
    advanceButtons.flatMap((button) => {
      const box = button.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && button.checkVisibility?.() !== false
        ? [{ left: box.left, top: box.top, width: box.width, height: box.height }]
        : [];
    });

  /** Puts the host where the placement says; off the submit buttons unless the user is mid-drag. */
  const layout = (avoid = true) => {
    if (!host) return;
    if (avoid) placement = avoiding(placement, size, area, obstacles());
    const box = placementRect(placement, size, area);
    setStyles(host, {
      // Zoom multiplies down the tree and `all` does not reset it: undo whatever the page set on <html>.
      zoom: String(1 / rootZoom()),
      left: `${Math.round(box.left)}px`,
      top: `${Math.round(box.top)}px`,
      width: `${Math.round(box.width)}px`,
      height: `${Math.round(box.height)}px`,
    });
  };

  /** Scrolls and resizes come in bursts: lay out once per frame. */
  const scheduleLayout = () => {
    if (frameScheduled || !host) return;
    frameScheduled = true;
    requestAnimationFrame(() => {
      frameScheduled = false;
      layout();
    });
  };

  /** After a move: anchored to the nearest corner (so collapsing keeps it in place), off the submit buttons. */
  const settle = () => {
    placement = placementAt(placementRect(placement, size, area), area);
    layout();
  };

  const dragTo = (screenX: number, screenY: number) => {
    if (!drag) return;
    placement = dragged(drag.from, screenX - drag.screenX, screenY - drag.screenY, size, area);
    layout(false);
  };

  const endDrag = () => {
    if (!drag) return;
    drag = null;
    overlay?.style.setProperty('display', 'none', 'important');
    settle();
  };

  const findAdvanceButtons = () => {
    advanceButtons = [...document.querySelectorAll(ADVANCE_BUTTONS)].filter(isAdvanceButton);
  };

  const postToCard = () => {
    if (cardOrigin) iframe?.contentWindow?.postMessage(wrapHostToCard({ type: 'new-fields' }), cardOrigin);
  };

  const handle = (message: CardToHost) => {
    switch (message.type) {
      case 'size':
        size = { width: message.width, height: Math.min(message.height, Math.max(area.height - 8, 120)) };
        sized = true;
        layout();
        reveal();
        break;
      case 'drag-start':
        drag = { screenX: message.screenX, screenY: message.screenY, from: placement };
        overlay?.style.setProperty('display', 'block', 'important');
        break;
      case 'drag-move':
        dragTo(message.screenX, message.screenY);
        break;
      case 'drag-end':
        endDrag();
        break;
      case 'nudge':
        placement = dragged(placement, message.dx, message.dy, size, area);
        settle();
        break;
      case 'filled':
        controlsAtFill = document.querySelectorAll(FORM_CONTROLS).length;
        break;
      case 'close':
        frame.unmount();
        break;
    }
  };

  const frame: CardFrame = {
    preload() {
      if (host) return;
      host = document.createElement(HOST_TAG);
      setStyles(host, {
        all: 'initial',
        position: 'fixed',
        'z-index': '2147483647',
        display: 'block',
        visibility: 'hidden',
        overflow: 'visible',
      });
      const shadow = host.attachShadow({ mode: 'closed' });
      iframe = document.createElement('iframe');
      iframe.src = `${browser.runtime.getURL('/card.html')}?${new URLSearchParams({ site })}`;
      iframe.title = t('cardFrameTitle');
      iframe.allow = 'clipboard-write';
      setStyles(iframe, {
        all: 'initial',
        display: 'block',
        width: '100%',
        height: '100%',
        border: '0',
        'border-radius': '12px',
        'box-shadow': '0 8px 24px rgb(15 23 42 / 0.18), 0 2px 6px rgb(15 23 42 / 0.12)',
        'color-scheme': 'normal',
      });
      overlay = document.createElement('div');
      setStyles(overlay, { all: 'initial', display: 'none', position: 'fixed', inset: '0', cursor: 'grabbing', 'touch-action': 'none' });
      shadow.append(iframe, overlay);

      // Chrome serves the card from a per-session dynamic URL, but the document's origin is the
      // extension's own; either is the extension's, and the page can forge neither.
      const cardOrigins = [new URL(iframe.src).origin, new URL(browser.runtime.getURL('/')).origin];
      const cardWindow = () => iframe?.contentWindow;
      listeners = new AbortController();
      const { signal } = listeners;
      window.addEventListener(
        'message',
        (event) => {
          // Only the card's own document speaks with the extension's origin; the page cannot forge that.
          if (!cardOrigins.includes(event.origin) || event.source !== cardWindow()) return;
          cardOrigin = event.origin;
          const message = readCardToHost(event.data);
          if (message) handle(message);
        },
        { signal },
      );
      window.addEventListener('scroll', scheduleLayout, { signal, passive: true, capture: true });
      // A move without the button down means it was released where no one saw it: the drag is over.
      overlay.addEventListener('pointermove', (event) => (event.buttons & 1 ? dragTo(event.screenX, event.screenY) : endDrag()), { signal });
      overlay.addEventListener('pointerup', endDrag, { signal });
      overlay.addEventListener('pointercancel', endDrag, { signal });
      stopArea = visibleArea((next) => {
        area = next;
        scheduleLayout();
      });

      findAdvanceButtons();
      placement = docked();
      size = INITIAL_SIZE;
      // After <body>, under <html>: the page's `body > :last-child` rules and its body layout stay as they were.
      document.documentElement.append(host);
      showInTopLayer(host);
      layout();
    },

    mount() {
      frame.preload();
      confirmed = true;
      reveal();
    },

    unmount() {
      listeners?.abort();
      stopArea?.();
      host?.remove();
      host = iframe = overlay = null;
      drag = null;
      cardOrigin = null;
      confirmed = sized = false;
      listeners = null;
      stopArea = null;
      controlsAtFill = null;
    },

    pageChanged() {
      if (!host) return;
      // A framework may have re-rendered <html> and dropped the host: put it back.
      if (!host.isConnected) {
        document.documentElement.append(host);
        showInTopLayer(host);
      }
      findAdvanceButtons();
      layout();
      if (controlsAtFill !== null && document.querySelectorAll(FORM_CONTROLS).length > controlsAtFill) {
        controlsAtFill = null;
        postToCard();
      }
    },
  };
  return frame;
}
