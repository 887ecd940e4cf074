/**
 * The applicant-tracking systems Profile Card knows (core/ats-sites), as the manifest, the options
 * page and the tests read them: id, name, and the hosts their pages live on. These patterns are the
 * extension's only standing host access (manifest `host_permissions`) and the content script's
 * `matches`; every other site needs the user's gesture (activeTab) or a permission granted at run time.
 */
import { ATS_MODULES, type AtsModule } from './ats-sites';

export type { AtsId } from './ats-sites';

export type AtsSite = Pick<AtsModule, 'id' | 'name' | 'hosts'>;

export const ATS_SITES: readonly AtsSite[] = ATS_MODULES;

export const ATS_HOST_PATTERNS: string[] = ATS_SITES.flatMap((site) => site.hosts);

/** The same hosts with any path: `web_accessible_resources` accepts only `/*` as a path. */
export const ATS_ORIGIN_PATTERNS: string[] = [...new Set(ATS_HOST_PATTERNS.map((pattern) => pattern.replace(/^(https:\/\/[^/]+)\/.*$/, '$1/*')))];
