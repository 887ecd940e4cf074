import { describe, expect, it } from 'vitest';
import { cachedClassifier, signatureOf } from '@/core/autofill/classify-cache';
import { classifyField } from '@/core/autofill/classify';
import { describedField } from '@/core/autofill/field';

describe('cachedClassifier: classification by field signature', () => {
  const email = () => describedField('a', 'email', ['Email address'], { name: 'email' });

  it('answers what classifyField answers, and the same object for the same signature', () => {
    const classify = cachedClassifier();
    const first = classify(email());
    expect(first).toEqual(classifyField(email()));
    expect(first.key).toBe('email');
    // Another field id, another value: the same signature.
    expect(classify({ ...email(), id: 'b', currentValue: 'x@example.org', visible: false })).toBe(first);
  });

  it('classifies anew when anything classification reads differs: labels, options, section, entry, saved questions', () => {
    const base = email();
    const variants = [
      { ...base, labels: ['Phone'] },
      { ...base, options: [{ value: 'a', text: 'A' }] },
      { ...base, sections: ['References'] },
      { ...base, question: 'Your work email' },
      { ...base, placeholder: 'you@example.org' },
      { ...base, autocomplete: 'off' },
      { ...base, dataHooks: ['email-input'] },
    ];
    const signatures = new Set([signatureOf(base), ...variants.map((variant) => signatureOf(variant))]);
    expect(signatures.size).toBe(variants.length + 1);
    expect(signatureOf(base, { entry: 'work' })).not.toBe(signatureOf(base));
    expect(signatureOf(base, { customQuestions: ['Why us?'] })).not.toBe(signatureOf(base, { customQuestions: [] }));
    const classify = cachedClassifier();
    expect(classify(base).key).toBe('email');
    expect(classify({ ...base, labels: ['Email'], sections: ['References'] }).exclude).toBe('not the applicant');
    expect(classify(describedField('c', 'text', ['Why do you want to work here?']), { customQuestions: ['Why do you want to work here?'] }).key).toBe(
      'answers.custom',
    );
    expect(classify(describedField('c', 'text', ['Why do you want to work here?']), { customQuestions: [] }).key).not.toBe('answers.custom');
  });

  it('keeps its answers frozen: a caller cannot change what the next field gets', () => {
    const classify = cachedClassifier();
    expect(Object.isFrozen(classify(email()))).toBe(true);
  });

  it('starts over past its limit instead of growing without end', () => {
    const classify = cachedClassifier(2);
    const one = classify(email());
    classify(describedField('b', 'text', ['City']));
    classify(describedField('c', 'text', ['Country']));
    expect(classify(email())).not.toBe(one);
    expect(classify(email())).toEqual(one);
  });
});
