/**
 * The profile: a JSON Resume 1.0.0 document (https://jsonresume.org/schema) plus Profile Card's own
 * data under one extension key, `x-profileCard`. The key appears at the top level (pitch,
 * availability, problem log, answers to application questions) and on work entries (case-brief
 * title, headline figures, architecture diagram, outcome). JSON Resume allows extra properties, so
 * the document still validates against the published schema and other JSON Resume tools ignore it.
 */
export const EXT_KEY = 'x-profileCard';

export interface Location {
  address?: string;
  postalCode?: string;
  city?: string;
  countryCode?: string;
  region?: string;
}

export interface SocialProfile {
  network?: string;
  username?: string;
  url?: string;
}

export interface Basics {
  name: string;
  label?: string;
  image?: string;
  email?: string;
  phone?: string;
  url?: string;
  summary?: string;
  location?: Location;
  profiles?: SocialProfile[];
}

export interface Figure {
  value: string;
  label: string;
}

export interface DiagramNode {
  id: string;
  label: string;
  detail?: string;
}

/** An architecture diagram as a directed graph, drawn by the UI rather than stored as ASCII art. */
export interface Diagram {
  nodes: DiagramNode[];
  edges: [from: string, to: string][];
}

export interface WorkExtras {
  title?: string;
  stack?: string[];
  figures?: Figure[];
  diagram?: Diagram;
  outcome?: string;
}

export interface Work {
  name?: string;
  position?: string;
  url?: string;
  location?: string;
  description?: string;
  startDate?: string;
  endDate?: string;
  summary?: string;
  highlights?: string[];
  [EXT_KEY]?: WorkExtras;
}

export interface Education {
  institution?: string;
  url?: string;
  area?: string;
  studyType?: string;
  startDate?: string;
  endDate?: string;
  score?: string;
  courses?: string[];
}

export interface Skill {
  name?: string;
  level?: string;
  keywords?: string[];
}

export interface ProblemLogEntry {
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  date: string;
  title: string;
  body: string;
}

export interface Availability {
  workMode?: string;
  roles?: string;
  consulting?: string;
  responseTime?: string;
  callToAction?: string;
}

/** '' everywhere below means "no answer": autofill leaves that question to the user. */
export type YesNo = '' | 'yes' | 'no';
/** Voluntary self-identification: '' (no answer), 'decline', or the user's own answer. */
export type SelfIdAnswer = '' | 'decline' | 'yes' | 'no';

export interface WorkAuthorization {
  /** ISO 3166-1 alpha-2 code or a country name as the user typed it. */
  country: string;
  authorized: YesNo;
}

export interface Answers {
  workAuthorization: WorkAuthorization[];
  /** Needs visa sponsorship now or in the future. */
  sponsorship: YesNo;
  relocate: YesNo;
  /** 18 or older: the legal working age most forms ask about ("Are you 18 years of age or older?"). */
  adult: YesNo;
  workplace: '' | 'remote' | 'hybrid' | 'onsite' | 'any';
  /** YYYY-MM-DD, or free text such as "immediately". */
  startDate: string;
  noticePeriod: string;
  salary: { amount: string; currency: string; period: '' | 'year' | 'month' | 'hour' };
  heardAbout: string;
  preferredName: string;
  pronouns: string;
  eeo: {
    /** Free text ("Male", "Woman", …) or 'decline'. */
    gender: string;
    /** Free text or 'decline'. */
    race: string;
    hispanicLatino: SelfIdAnswer;
    veteran: SelfIdAnswer;
    disability: SelfIdAnswer;
  };
  custom: { question: string; answer: string }[];
}

export interface ProfileExtras {
  /** Version of the extension data's shape; migrations in utils/storage.ts move older documents up. */
  version: number;
  headline?: string;
  yearsOfExperience?: string;
  pitch?: string;
  intro?: string;
  currently?: string;
  stackLean?: string[];
  availability?: Availability;
  problemLogIntro?: string;
  problemLog?: ProblemLogEntry[];
  workingStack?: string[];
  answers: Answers;
}

export interface Profile {
  $schema?: string;
  basics: Basics;
  work: Work[];
  education: Education[];
  skills: Skill[];
  /** Other JSON Resume sections (projects, languages, awards, …) are kept as they came. */
  [section: string]: unknown;
  [EXT_KEY]: ProfileExtras;
}

export const PROFILE_EXTRAS_VERSION = 1;

export function emptyAnswers(): Answers {
  return {
    workAuthorization: [],
    sponsorship: '',
    relocate: '',
    adult: '',
    workplace: '',
    startDate: '',
    noticePeriod: '',
    salary: { amount: '', currency: '', period: '' },
    heardAbout: '',
    preferredName: '',
    pronouns: '',
    eeo: { gender: '', race: '', hispanicLatino: '', veteran: '', disability: '' },
    custom: [],
  };
}

/** The profile's saved questions (not their answers): the one part of the profile field classification reads. */
export const customQuestionsOf = (profile: Profile): string[] => (profile[EXT_KEY]?.answers?.custom ?? []).map((c) => c.question ?? '');
