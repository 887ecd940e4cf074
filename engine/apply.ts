/**
 * Apply: write one planned value the way a person would (focus, the native setter, `input` and
 * `change` that bubble, blur), verify it stuck, and restore a field exactly for Undo.
 * Never submits, never presses a button other than the field's own choices.
 */
import type { ChoiceOption } from '@/core/autofill/types';
import { dialShownBeside, dropTargetIn, uploadZone } from './collect';
import { isChosen } from './controls';
import { applyCombobox, restoreCombobox } from './combobox';
import { ANSWER_MS, fire, fireInputAndChange, focusIn, focusOut, press, settled, waitBudgeted, writeValue } from './events';
import type { NativeDom } from './native';
import { squash, textOf } from './text';
import type { ApplyContext, ApplyResult, CollectedField, FillEntry, Snapshot } from './types';

const CONSENT = /\b(?:consent|agree|terms|privacy|acknowledge|certify|gdpr|opt[- ]?in)\b/i;

function indexOfOption(field: CollectedField, option: ChoiceOption | undefined, ctx: ApplyContext): number {
  const options = field.descriptor.options ?? [];
  const chosen = option ?? ctx.chooseOption(field, options);
  if (!chosen) return -1;
  const exact = options.findIndex((candidate) => candidate.value === chosen.value && candidate.text === chosen.text);
  return exact >= 0 ? exact : options.findIndex((candidate) => candidate.value === chosen.value);
}

export function snapshot(field: CollectedField, native: NativeDom): Snapshot {
  const { kind } = field.descriptor;
  const element = field.element;
  if (field.members) return { kind: 'checks', checked: field.members.map(isChosen) };
  if (kind === 'checkbox') return { kind: 'checks', checked: [isChosen(element)] };
  if (field.select) return selectSnapshot(field.select);
  if (kind === 'select') return selectSnapshot(element as HTMLSelectElement);
  if (kind === 'combobox') return { kind: 'combobox', display: field.descriptor.currentValue };
  if (kind === 'file' && field.dropTarget) return { kind: 'dropped', removers: removersIn(element) };
  if (kind === 'file' && element.tagName !== 'INPUT') return { kind: 'files', files: null, removers: removersIn(buttonZone(element)) };
  if (kind === 'file') return { kind: 'files', files: (element as HTMLInputElement).files ?? null };
  return { kind: 'value', value: native.getValue(element) };
}

function selectSnapshot(select: HTMLSelectElement): Snapshot {
  return select.multiple
    ? { kind: 'select', index: select.selectedIndex, selected: Array.from(select.options, (option) => option.selected) }
    : { kind: 'select', index: select.selectedIndex };
}

/** Puts a select's choice as `index` (a single select) or `selected` (each option of a multiple one) say, with the events a person's choice makes. */
function setSelect(ctx: ApplyContext, select: HTMLSelectElement, index: number, selected?: readonly boolean[]) {
  focusIn(ctx, select);
  if (selected) Array.from(select.options).forEach((option, i) => ctx.native.setOptionSelected(option, selected[i] ?? false));
  else ctx.native.setSelectedIndex(select, index);
  fireInputAndChange(ctx, select, null);
  focusOut(ctx, select);
}

function truthy(value: string): boolean {
  return /^(?:yes|true|on|1|checked|y)$/i.test(value.trim());
}

export async function applyEntry(field: CollectedField, entry: FillEntry, ctx: ApplyContext): Promise<ApplyResult> {
  const { kind } = field.descriptor;
  const element = field.element;
  switch (kind) {
    case 'select':
      return applySelect(field, entry, ctx);
    case 'radio':
    case 'toggle':
      return applyChoice(field, entry, ctx);
    case 'checkbox':
      if (CONSENT.test([...field.descriptor.labels, field.descriptor.question ?? ''].join(' '))) return { ok: false, left: 'consent box' };
      if (field.members) return applyChoice(field, entry, ctx);
      return applyCheckbox(field, entry, ctx);
    case 'combobox':
      return applyCombobox(field, entry, ctx);
    case 'file':
      return applyFile(field, entry, ctx);
    default: {
      const before = ctx.native.getValue(element);
      writeValue(ctx, element, entry.value);
      const after = ctx.native.getValue(element);
      if (after === entry.value || (after !== before && after !== '')) return { ok: true, value: after };
      return { ok: false, left: 'page rejected the value' };
    }
  }
}

async function applySelect(field: CollectedField, entry: FillEntry, ctx: ApplyContext): Promise<ApplyResult> {
  const select = field.element as HTMLSelectElement;
  if (select.multiple && entry.options) {
    // Every option the plan names, added to what is chosen (nothing is, or the plan would not fill it).
    const indexes = entry.options.map((option) => indexOfOption(field, option, ctx));
    if (indexes.some((index) => index < 0)) return { ok: false, left: 'no matching option' };
    const selected = Array.from(select.options, (option, i) => option.selected || indexes.includes(i));
    setSelect(ctx, select, -1, selected);
    const chosen = Array.from(select.options).filter((option) => option.selected);
    if (indexes.some((index) => !select.options[index]?.selected)) return { ok: false, left: 'page rejected the value' };
    return { ok: true, value: chosen.map((option) => squash(option.text)).join(', ') };
  }
  // A value the select does not list, typed into the search of the widget standing in for it (its tags).
  if (!entry.option && field.widget) return applyCombobox({ ...field, element: field.widget, select }, entry, ctx);
  const index = indexOfOption(field, entry.option, ctx);
  if (index < 0) return { ok: false, left: 'no matching option' };
  setSelect(ctx, select, index);
  if (select.selectedIndex !== index) return { ok: false, left: 'page rejected the value' };
  return { ok: true, value: squash(select.options[index]?.text ?? '') };
}

/** Radio groups, checkbox groups and toggle buttons: click the one choice the plan names. */
async function applyChoice(field: CollectedField, entry: FillEntry, ctx: ApplyContext): Promise<ApplyResult> {
  const index = indexOfOption(field, entry.option, ctx);
  const member = field.members?.[index];
  if (!member) return { ok: false, left: 'no matching option' };
  const text = field.descriptor.options?.[index]?.text ?? '';
  if (!isChosen(member)) ctx.native.click(member);
  // Toggle buttons show their state when the framework re-renders (aria-pressed), a moment later.
  return (await settled(ctx, () => isChosen(member))) ? { ok: true, value: text } : { ok: false, left: 'page rejected the value' };
}

async function applyCheckbox(field: CollectedField, entry: FillEntry, ctx: ApplyContext): Promise<ApplyResult> {
  const wanted = truthy(entry.value);
  if (isChosen(field.element) !== wanted) ctx.native.click(field.element);
  return (await settled(ctx, () => isChosen(field.element) === wanted))
    ? { ok: true, value: wanted ? 'checked' : 'unchecked' }
    : { ok: false, left: 'page rejected the value' };
}

export function fileFromStored(stored: { name: string; type: string; base64: string }): File {
  const binary = atob(stored.base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return new File([bytes], stored.name, { type: stored.type });
}

function setFiles(ctx: ApplyContext, input: HTMLInputElement, files: File[] | FileList | null) {
  const transfer = new ctx.view.DataTransfer();
  for (const file of Array.from(files ?? [])) transfer.items.add(file);
  ctx.native.setFiles(input, transfer.files);
  fire(ctx, input, new ctx.view.Event('input', { bubbles: true, composed: true }));
  fire(ctx, input, new ctx.view.Event('change', { bubbles: true }));
}

function fileInputsOf(root: Document | ShadowRoot): HTMLInputElement[] {
  return Array.from(root.querySelectorAll<HTMLInputElement>('input[type=file]'));
}

/** An upload button ("Select files") makes its file input when pressed: press it, and take the input that appears. */
async function inputOfButton(field: CollectedField, ctx: ApplyContext): Promise<HTMLInputElement | null> {
  const roots = [...new Set([field.element.getRootNode() as Document | ShadowRoot, field.element.ownerDocument])];
  const before = new Set(roots.flatMap(fileInputsOf));
  press(ctx, field.element);
  return waitBudgeted(ctx, () => roots.flatMap(fileInputsOf).find((input) => !before.has(input)) ?? null, ANSWER_MS);
}

/** How long a drop zone may take to show the file it took (reading it, uploading it) (ms). */
const DROP_SETTLE_MS = 300;

/**
 * A drop as a person's drag makes it: dragenter, dragover and drop on the zone, each carrying a
 * DataTransfer that holds the file (made in this world; the page's handlers read the same object).
 * Taken when the zone names the file, or at least shows something else than before (uploading…).
 */
async function dropFile(zone: HTMLElement, target: HTMLElement, file: File, ctx: ApplyContext): Promise<boolean> {
  const before = textOf(zone, 2000);
  const transfer = new ctx.view.DataTransfer();
  transfer.items.add(file);
  // A moment between the events, as a hand gives them: zones read the dragged files asynchronously on
  // dragenter (react-dropzone), and that answer must not land after the drop's. Each goes to the target
  // as the zone shows it now: filling the fields before may have made the page render it anew.
  for (const type of ['dragenter', 'dragover', 'drop']) {
    if (type !== 'dragenter') await new Promise((resolve) => ctx.view.setTimeout(resolve, 0));
    const at = target.isConnected ? target : (dropTargetIn(zone) ?? zone);
    fire(ctx, at, new ctx.view.DragEvent(type, { bubbles: true, cancelable: true, composed: true, dataTransfer: transfer }));
  }
  const taken = () => {
    const now = textOf(zone, 2000);
    return now.includes(file.name) || (now !== before && !DROP_WORD.test(now)) ? true : null;
  };
  return (await waitBudgeted(ctx, taken, DROP_SETTLE_MS)) === true;
}

/** The zone an upload button sits in (its widest ancestor holding no other control): where a drop goes, and its file shows. */
function buttonZone(button: HTMLElement): HTMLElement {
  return (uploadZone(button) ?? button.parentElement ?? button) as HTMLElement;
}

/** Words of a drop zone still waiting for its file ("Drop the file to attach it"). */
const DROP_WORD = /\b(?:drag|drop)\b/i;
/** A control that takes a file back out of its zone: "Remove", "Delete file", "×". */
const REMOVER = /^(?:remove|delete|clear|discard|[×✕✖x])\b|\b(?:remove|delete)\b/i;

function removersIn(zone: HTMLElement): Element[] {
  return Array.from(zone.querySelectorAll('button, [role=button], a')).filter(
    (control) =>
      (control as HTMLButtonElement).type !== 'submit' &&
      REMOVER.test(squash([control.getAttribute('aria-label'), control.getAttribute('title'), textOf(control, 60)].join(' '))),
  );
}

async function applyFile(field: CollectedField, entry: FillEntry, ctx: ApplyContext): Promise<ApplyResult> {
  const file = entry.file === 'coverLetter' ? ctx.files.coverLetter : ctx.files.resume;
  if (!file) return { ok: false, left: 'no answer in profile' };
  if (field.dropTarget)
    return (await dropFile(field.element, field.dropTarget, file, ctx)) ? { ok: true, value: file.name } : { ok: false, left: 'page rejected the value' };
  const input = field.element.tagName === 'INPUT' ? (field.element as HTMLInputElement) : (field.upload ??= (await inputOfButton(field, ctx)) ?? undefined);
  if (!input) {
    // An upload button whose press made no file input we can reach (Workday's "Select files" opens the
    // browser's picker from a closed shadow or not at all): the zone around it takes the file as a drop, once.
    const zone = buttonZone(field.element);
    const target = (dropTargetIn(zone) as HTMLElement | null) ?? zone;
    field.dropTarget = target;
    return (await dropFile(zone, target, file, ctx)) ? { ok: true, value: file.name } : { ok: false, left: 'page rejected the value' };
  }
  setFiles(ctx, input, [file]);
  // Drop-zone widgets often read the file and clear the input: the file's name on the page counts.
  const kept = input.files?.[0]?.name === file.name || textOf(input.parentElement?.parentElement ?? input.parentElement, 2000).includes(file.name);
  return kept ? { ok: true, value: file.name } : { ok: false, left: 'page rejected the value' };
}

/** Puts a field back as it was; true when it now matches the snapshot. */
export async function restore(field: CollectedField, saved: Snapshot, ctx: ApplyContext): Promise<boolean> {
  const element = field.element;
  switch (saved.kind) {
    case 'value': {
      // A phone picker that followed the number to its country goes back by typing its old code first.
      const dial = field.descriptor.dialShown;
      if (dial && dialShownBeside(element) !== dial) writeValue(ctx, element, dial);
      writeValue(ctx, element, saved.value);
      return ctx.native.getValue(element) === saved.value;
    }
    case 'select': {
      const select = field.select ?? (element as HTMLSelectElement);
      setSelect(ctx, select, saved.index, saved.selected);
      if (saved.selected) return Array.from(select.options).every((option, i) => option.selected === (saved.selected?.[i] ?? false));
      return select.selectedIndex === saved.index;
    }
    case 'checks': {
      const members = field.members ?? [element];
      // Uncheck first (a radio can only be cleared through its setter), then click what was chosen.
      members.forEach((member, index) => {
        if (saved.checked[index] || !isChosen(member)) return;
        if (member.tagName === 'INPUT' && (member as HTMLInputElement).type === 'radio') {
          ctx.native.setChecked(member as HTMLInputElement, false);
          fireInputAndChange(ctx, member, null);
        } else {
          ctx.native.click(member);
        }
      });
      members.forEach((member, index) => {
        if (saved.checked[index] && !isChosen(member)) ctx.native.click(member);
      });
      return settled(ctx, () => members.every((member, index) => isChosen(member) === saved.checked[index]));
    }
    case 'combobox':
      return restoreCombobox(field, saved.display, ctx);
    case 'dropped':
      return takeBackDrop(element, saved.removers, ctx);
    case 'files': {
      const input = field.upload ?? (element.tagName === 'INPUT' ? (element as HTMLInputElement) : null);
      if (!input && field.dropTarget && saved.removers) return takeBackDrop(buttonZone(element), saved.removers, ctx);
      if (!input) return true;
      setFiles(ctx, input, saved.files);
      return (input.files?.length ?? 0) === (saved.files?.length ?? 0);
    }
  }
}

/** A drop cannot be taken back by events: the zone's own remove button that came with the file can. */
async function takeBackDrop(zone: HTMLElement, removers: readonly Element[], ctx: ApplyContext): Promise<boolean> {
  const remover = removersIn(zone).find((control) => !removers.includes(control));
  if (!remover) return false;
  const name = ctx.files.resume?.name;
  press(ctx, remover as HTMLElement);
  return settled(ctx, () => removersIn(zone).every((control) => removers.includes(control)) && (!name || !textOf(zone, 2000).includes(name)));
}
