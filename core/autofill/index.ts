/** The pure heart of autofill: classify described fields, choose values, plan the fill. */
export { classifyField, type ClassifyContext } from './classify';
export { matchOption, answerYesNo, statementHolds, realOptions, type OptionMatch, type MatchContext } from './options';
export { valueForKey, splitName, type FieldFacts } from './values';
export { planFill, FILL_THRESHOLD, type PlanOptions } from './plan';
export { coverLetterText } from './cover-letter';
export type * from './types';
