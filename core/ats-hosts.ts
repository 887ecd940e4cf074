/**
 * The applicant-tracking systems Profile Card knows, and the hosts their application pages live on.
 * These patterns are the extension's only standing host access (manifest `host_permissions`) and the
 * content script's `matches`; every other site needs the user's gesture (activeTab) or a permission
 * the user grants at run time.
 */
export interface AtsSite {
  /** Stable id, used in settings ("show the card on …") and fixtures. */
  id: AtsId;
  /** Name shown to the user. */
  name: string;
  /** Match patterns (https only: every ATS serves its forms over TLS). */
  hosts: string[];
}

export type AtsId =
  | 'greenhouse'
  | 'lever'
  | 'ashby'
  | 'workday'
  | 'smartrecruiters'
  | 'workable'
  | 'bamboohr'
  | 'icims'
  | 'jobvite'
  | 'teamtailor'
  | 'recruitee'
  | 'personio'
  | 'breezy'
  | 'successfactors'
  | 'linkedin';

export const ATS_SITES: readonly AtsSite[] = [
  {
    id: 'greenhouse',
    name: 'Greenhouse',
    hosts: [
      'https://boards.greenhouse.io/*',
      'https://job-boards.greenhouse.io/*',
      'https://boards.eu.greenhouse.io/*',
      'https://job-boards.eu.greenhouse.io/*',
    ],
  },
  { id: 'lever', name: 'Lever', hosts: ['https://jobs.lever.co/*', 'https://jobs.eu.lever.co/*'] },
  { id: 'ashby', name: 'Ashby', hosts: ['https://jobs.ashbyhq.com/*'] },
  {
    id: 'workday',
    name: 'Workday',
    hosts: ['https://*.myworkdayjobs.com/*', 'https://*.myworkdaysite.com/*', 'https://*.myworkday.com/*'],
  },
  { id: 'smartrecruiters', name: 'SmartRecruiters', hosts: ['https://*.smartrecruiters.com/*'] },
  { id: 'workable', name: 'Workable', hosts: ['https://apply.workable.com/*'] },
  { id: 'bamboohr', name: 'BambooHR', hosts: ['https://*.bamboohr.com/*'] },
  { id: 'icims', name: 'iCIMS', hosts: ['https://*.icims.com/*'] },
  { id: 'jobvite', name: 'Jobvite', hosts: ['https://*.jobvite.com/*'] },
  { id: 'teamtailor', name: 'Teamtailor', hosts: ['https://*.teamtailor.com/*'] },
  { id: 'recruitee', name: 'Recruitee', hosts: ['https://*.recruitee.com/*'] },
  { id: 'personio', name: 'Personio', hosts: ['https://*.jobs.personio.com/*', 'https://*.jobs.personio.de/*'] },
  { id: 'breezy', name: 'Breezy HR', hosts: ['https://*.breezy.hr/*'] },
  {
    id: 'successfactors',
    name: 'SAP SuccessFactors',
    hosts: ['https://*.successfactors.com/*', 'https://*.successfactors.eu/*', 'https://*.sapsf.com/*', 'https://*.sapsf.eu/*'],
  },
  { id: 'linkedin', name: 'LinkedIn Easy Apply', hosts: ['https://www.linkedin.com/jobs/*'] },
];

export const ATS_HOST_PATTERNS: string[] = ATS_SITES.flatMap((site) => site.hosts);

/** The same hosts with any path: `web_accessible_resources` accepts only `/*` as a path. */
export const ATS_ORIGIN_PATTERNS: string[] = [...new Set(ATS_HOST_PATTERNS.map((pattern) => pattern.replace(/^(https:\/\/[^/]+)\/.*$/, '$1/*')))];
