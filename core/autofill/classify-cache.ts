/**
 * Classification kept per field signature for the page's lifetime: everything classifyField reads
 * (kind, labels, question, placeholder, attributes, sections, options) and the context. A form's
 * fields rarely change their names, so a second fill, or a fill after the idle warm-up, classifies nothing anew.
 */
import { classifyField, type ClassifyContext } from './classify';
import type { Classification, FieldDescriptor } from './types';

export type Classifier = (field: FieldDescriptor, context?: ClassifyContext) => Classification;

/** What classifyField reads of a field and its context, as one string. */
export function signatureOf(field: FieldDescriptor, context: ClassifyContext = {}): string {
  return JSON.stringify([
    field.kind,
    field.autocomplete,
    field.name,
    field.htmlId,
    field.dataHooks,
    field.labels,
    field.question,
    field.placeholder,
    field.sections,
    field.options,
    context.entry ?? null,
    context.customQuestions ?? [],
  ]);
}

const sameList = (a: readonly string[] = [], b: readonly string[] = []) => a === b || (a.length === b.length && a.every((item, i) => item === b[i]));

/** A classifier that remembers up to `limit` signatures (then starts over: a page that keeps inventing fields). */
export function cachedClassifier(limit = 50_000): Classifier {
  const known = new Map<string, Classification>();
  // A field the engine keeps (engine/field-index.ts) is the same object fill after fill: its signature is worked out once per context.
  const signatures = new WeakMap<FieldDescriptor, { context: ClassifyContext; signature: string }>();
  const signatureFor = (field: FieldDescriptor, context: ClassifyContext): string => {
    const kept = signatures.get(field);
    if (kept && kept.context.entry === context.entry && sameList(kept.context.customQuestions, context.customQuestions)) return kept.signature;
    const signature = signatureOf(field, context);
    signatures.set(field, { context, signature });
    return signature;
  };
  return (field, context = {}) => {
    const signature = signatureFor(field, context);
    const hit = known.get(signature);
    if (hit) return hit;
    if (known.size >= limit) known.clear();
    const classification = Object.freeze(classifyField(field, context));
    known.set(signature, classification);
    return classification;
  };
}
