/**
 * The autofill pipeline's data, shared by its three stages (see shared DESIGN.md):
 *   collect (content side, DOM → FieldDescriptor[]) → plan (pure: core/autofill) → apply (DOM).
 * Everything here is plain, serialisable data: no DOM nodes, no `browser`.
 */
import type { LeftReason } from '../contract';

export type ControlKind =
  | 'text'
  | 'email'
  | 'tel'
  | 'url'
  | 'number'
  | 'date'
  | 'month'
  | 'textarea'
  | 'select'
  | 'radio' // a radio group, one descriptor for the group
  | 'checkbox' // a single checkbox (a group of checkboxes is one descriptor with options)
  | 'combobox' // react-select, Workday listbox buttons, any role=combobox / aria-haspopup=listbox
  | 'toggle' // a group of buttons acting as a choice (Ashby yes/no)
  | 'file';

export interface ChoiceOption {
  /** The option's value attribute (or an index for widgets that have none). */
  value: string;
  /** The text a person reads. */
  text: string;
}

/** One fillable control as the collector saw it. */
export interface FieldDescriptor {
  /** Unique within its frame, assigned by the collector; the applier finds the element by it. */
  id: string;
  kind: ControlKind;
  /** Raw attributes, lower-cased where case carries no meaning. */
  autocomplete?: string;
  name?: string;
  htmlId?: string;
  /** data-automation-id, data-qa, data-testid and similar hooks frameworks leave. */
  dataHooks?: string[];
  /** Texts that name it, best first: label[for], wrapping label, aria-labelledby, aria-label. */
  labels: string[];
  /** The question text near it (a legend, a preceding paragraph) when no label says enough. */
  question?: string;
  placeholder?: string;
  /** Headings / legends of the sections around it, innermost first ("References", "Emergency contact"). */
  sections: string[];
  /** Choices, for select, radio, checkbox groups, combobox (when listed) and toggle. */
  options?: ChoiceOption[];
  required: boolean;
  visible: boolean;
  disabled: boolean;
  readOnly: boolean;
  /** What it holds now: '' when empty; for a checkbox 'on'/''; for choices the chosen option's text. */
  currentValue: string;
  /** For text-like inputs. */
  maxLength?: number;
  pattern?: string;
  /** For file inputs. */
  accept?: string;
  /**
   * For a field inside one of several alike sibling blocks (a repeated work or education entry with no
   * number in its heading): the block's position among them, 0-based. Set by the collector.
   */
  repeat?: { index: number };
  /** For phone fields with a country picker of their own (intl-tel-input): the dial code it shows now ("+44"). */
  dialShown?: string;
  /** A select that takes several choices (`<select multiple>`). */
  multiple?: boolean;
  /**
   * A select a widget stands in for (set by the collector): its search may offer a value the select does
   * not list (free-text tags), so a value no option means is typed there, and taken only if offered.
   */
  typedChoice?: boolean;
}

/** The profile keys autofill knows. `answers.*` come from the options page's answers. */
export type ProfileKey =
  | 'firstName'
  | 'lastName'
  | 'fullName'
  | 'preferredName'
  | 'email'
  | 'emailConfirm'
  | 'phone'
  | 'phoneCountryCode'
  | 'address'
  | 'city'
  | 'region'
  | 'postalCode'
  | 'country'
  | 'location'
  | 'linkedin'
  | 'github'
  | 'website'
  | 'twitter'
  | 'otherUrl'
  | 'currentCompany'
  | 'currentTitle'
  | 'workLocation'
  | 'workStart'
  | 'workEnd'
  | 'workCurrent'
  | 'workDescription'
  | 'gpa'
  | 'yearsOfExperience'
  | 'school'
  | 'degree'
  | 'discipline'
  | 'educationStart'
  | 'educationEnd'
  | 'summary'
  | 'coverLetterText'
  | 'resumeFile'
  | 'coverLetterFile'
  | 'answers.workAuthorization'
  | 'answers.sponsorship'
  | 'answers.relocate'
  | 'answers.adult'
  | 'answers.workplace'
  | 'answers.startDate'
  | 'answers.noticePeriod'
  | 'answers.salary'
  | 'answers.heardAbout'
  | 'answers.pronouns'
  | 'languages'
  | 'answers.eeo.gender'
  | 'answers.eeo.race'
  | 'answers.eeo.hispanicLatino'
  | 'answers.eeo.veteran'
  | 'answers.eeo.disability'
  | 'answers.custom';

export interface Classification {
  key: ProfileKey | null;
  /** 0..1; the planner fills only above its threshold. */
  confidence: number;
  /** Human-readable: "label 'LinkedIn Profile' matched linkedin", or why nothing matched. */
  reason: string;
  /** Set when the field must be left whatever the profile holds (consent box, a reference's email). */
  exclude?: LeftReason;
  /** For `answers.custom`: which saved question (index into `x-profileCard.answers.custom`) it matched. */
  customIndex?: number;
}

/** Facts about the page the plan may use (cover-letter template, "company you are applying to"). */
export interface PageContext {
  url: string;
  company?: string;
  role?: string;
  /** "Now" in ms since the epoch, for years of experience from work dates; defaults to the clock. */
  now?: number;
}

/** One decision of the plan: what to write into a field, or why to leave it. */
export type PlanEntry =
  | {
      fieldId: string;
      action: 'fill';
      key: ProfileKey;
      reason: string;
      /** Text to write, or for choices the option to pick (by value) and its text. */
      value: string;
      option?: ChoiceOption;
      /** For a multiple select: every option to pick (`option` is the first of them). */
      options?: ChoiceOption[];
      /** For file fields: which stored file to attach. */
      file?: 'resume' | 'coverLetter';
      /** For a field of a repeated entry: which one ("Work 2 of 3: Contoso Retail"). */
      entry?: string;
    }
  | { fieldId: string; action: 'leave'; key: ProfileKey | null; reason: string; left: LeftReason; entry?: string };
