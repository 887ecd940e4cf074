import { UUID } from './url';
import type { AtsModule } from './types';

/**
 * jobs.ashbyhq.com/<co>/<uuid>/application; the overview and the form are tabs of one React app.
 */
export const ashby: AtsModule = {
  id: 'ashby',
  name: 'Ashby',
  hosts: ['https://jobs.ashbyhq.com/*'],
  companySlug: [{ path: 0 }],
  spa: true,
  classify: (_url, [company, posting, tab]) => {
    if (!company) return undefined;
    if (!posting) return 'listing';
    if (!UUID.test(posting)) return undefined;
    if (!tab) return 'description';
    return tab === 'application' ? 'application' : undefined;
  },
};
