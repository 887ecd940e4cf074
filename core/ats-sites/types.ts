/**
 * What Profile Card knows about one applicant-tracking system, in one module per ATS
 * (core/ats-sites/<id>.ts), registered in one list (core/ats-sites/index.ts). Browser-free data and
 * pure functions: the manifest, detection, the card settings and the application log all read these.
 */
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

export type AtsPageKind = 'application' | 'listing' | 'description';

/** What a URL alone says about a page of one ATS: a kind, or `undefined` when only the page can tell. */
export type UrlRule = (url: URL, segments: string[]) => AtsPageKind | undefined;

/** Where an ATS puts the company in its addresses: a path segment, the subdomain, or a query parameter. */
export type SlugRule = { path: number } | { subdomain: true } | { param: string };

export interface AtsModule {
  /** Stable id, used in settings ("show the card on …") and fixtures (tests/fixtures/ats/<id>/). */
  id: AtsId;
  /** Name shown to the user. */
  name: string;
  /**
   * Match patterns (https only: every ATS serves its forms over TLS). These are the extension's only
   * standing host access (manifest `host_permissions`) and the content script's `matches`.
   */
  hosts: string[];
  /** The kind of page a URL is, from its path segments (decoded). */
  classify: UrlRule;
  /**
   * The page changes its URL or opens its form without a reload (single-page apps, in-page modals):
   * the content script keeps watching after a first "not an application".
   */
  spa: boolean;
  /** Markup only this ATS's application form has (a modal, a form id), when URL and form shape miss it. */
  formMarker?: string;
  /** Where the company's slug sits in the ATS's addresses, tried in order (the application log's last resort). */
  companySlug?: SlugRule[];
}
