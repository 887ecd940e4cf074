import { lastSegment } from './url';
import type { AtsModule } from './types';

/**
 * jobs.jobvite.com/<co>/jobs lists, /<co>/job/<id> describes, /<co>/job/<id>/apply is the form.
 */
export const jobvite: AtsModule = {
  id: 'jobvite',
  name: 'Jobvite',
  hosts: ['https://*.jobvite.com/*'],
  companySlug: [{ path: 0 }],
  spa: false,
  classify: (_url, segments) => {
    const job = segments.indexOf('job');
    if (job === -1) return segments.length >= 1 && segments.length <= 2 ? 'listing' : undefined;
    if (!segments[job + 1]) return undefined;
    return lastSegment(segments) === 'apply' ? 'application' : 'description';
  },
};
