import { UUID } from './url';
import type { AtsModule } from './types';

/**
 * jobs.lever.co/<co> lists, /<co>/<uuid> describes, /<co>/<uuid>/apply is the form.
 */
export const lever: AtsModule = {
  id: 'lever',
  name: 'Lever',
  hosts: ['https://jobs.lever.co/*', 'https://jobs.eu.lever.co/*'],
  companySlug: [{ path: 0 }],
  spa: false,
  classify: (_url, [company, posting, action]) => {
    if (!company) return undefined;
    if (!posting) return 'listing';
    if (!UUID.test(posting)) return undefined;
    if (!action) return 'description';
    return action === 'apply' ? 'application' : undefined;
  },
};
