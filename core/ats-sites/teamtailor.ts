import type { AtsModule } from './types';

/**
 * <co>.teamtailor.com/jobs lists, /jobs/<id>-<title> describes, /jobs/<id>-<title>/applications/new applies.
 */
export const teamtailor: AtsModule = {
  id: 'teamtailor',
  name: 'Teamtailor',
  hosts: ['https://*.teamtailor.com/*'],
  companySlug: [{ subdomain: true }],
  spa: true,
  classify: (_url, [jobs, job, applications, action]) => {
    if (jobs !== 'jobs') return undefined;
    if (!job) return 'listing';
    if (!/^\d+/.test(job)) return undefined;
    if (!applications) return 'description';
    return applications === 'applications' && action === 'new' ? 'application' : undefined;
  },
};
