/**
 * Class lists for buttons, inputs and links, for every page, so a control's look is found in one place.
 * Each page keeps its own look: the options page's full-size form (unprefixed names), the compact
 * indigo popup (`popup…`), and the card on ATS pages (`card…`), whose focus ring no page CSS can hide.
 */

// The options page: every control looks and focuses the same.
export const inputClass =
  'mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-slate-900 aria-[invalid=true]:border-red-700 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:aria-[invalid=true]:border-red-400';
export const labelClass = 'block text-sm font-medium';
export const hintClass = 'text-xs text-slate-600 dark:text-slate-400';
export const errorClass = 'mt-1 text-sm text-red-700 dark:text-red-300';
const buttonBase = 'inline-flex items-center gap-1 rounded px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-60';
export const buttonClass = `${buttonBase} border border-slate-400 bg-white text-slate-900 hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700`;
export const primaryButtonClass = `${buttonBase} bg-blue-700 text-white hover:bg-blue-800 dark:bg-blue-500 dark:text-slate-950 dark:hover:bg-blue-400`;
export const dangerButtonClass = `${buttonBase} bg-red-700 text-white hover:bg-red-800 dark:bg-red-400 dark:text-slate-950 dark:hover:bg-red-300`;
export const smallButtonClass =
  'rounded border border-slate-400 px-2 py-0.5 text-xs hover:bg-slate-100 disabled:opacity-50 dark:border-slate-500 dark:hover:bg-slate-800';
export const sectionClass = 'scroll-mt-4 border-b border-slate-200 py-8 dark:border-slate-800';
/** A boxed group of controls on the options page (not the profile card). */
export const cardClass = 'rounded-lg border border-slate-300 p-4 dark:border-slate-700';
export const statusClass = 'text-sm text-green-800 dark:text-green-300';
export const fileInputClass =
  'mt-2 block text-sm file:mr-3 file:rounded file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5 file:text-slate-900 dark:file:bg-slate-800 dark:file:text-slate-100';

// The popup.
export const popupFocusRingClass =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:focus-visible:outline-indigo-400';
export const popupButtonClass =
  'inline-flex items-center justify-center gap-1.5 rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-xs font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';
export const popupPrimaryButtonClass = `flex items-center justify-center gap-2 rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-700 disabled:cursor-not-allowed disabled:bg-slate-300 disabled:text-slate-700 disabled:shadow-none dark:disabled:bg-slate-700 dark:disabled:text-slate-200 ${popupFocusRingClass}`;
export const popupIconButtonClass =
  'inline-flex size-7 shrink-0 items-center justify-center rounded-md text-slate-500 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-white';
export const popupLinkClass =
  'break-words text-indigo-700 underline decoration-indigo-300 underline-offset-2 hover:decoration-indigo-700 focus-visible:outline-2 focus-visible:outline-indigo-600 dark:text-indigo-300 dark:decoration-indigo-500';

// The card, framed into ATS pages.
export const cardFocusRingClass =
  'outline-none focus-visible:outline-2 focus-visible:outline-solid focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:focus-visible:outline-sky-400';
export const cardIconButtonClass = `inline-flex h-7 w-7 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white ${cardFocusRingClass}`;
export const cardPrimaryButtonClass = `inline-flex items-center justify-center rounded-md bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800 disabled:opacity-60 dark:bg-sky-500 dark:text-slate-950 dark:hover:bg-sky-400 ${cardFocusRingClass}`;
export const cardSecondaryButtonClass = `inline-flex items-center justify-center rounded-md border border-slate-300 px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-60 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800 ${cardFocusRingClass}`;
/** The card's own box (open and collapsed). */
export const cardSurfaceClass = 'rounded-xl border border-slate-200 bg-white text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100';
