import type { AtsModule } from './types';

/**
 * careers-<co>.icims.com/jobs/search lists, /jobs/<id>/<title>/job describes, …/login and
 * …/candidate are the application; the content sits in an iframe of the same URL with in_iframe=1.
 */
export const icims: AtsModule = {
  id: 'icims',
  name: 'iCIMS',
  hosts: ['https://*.icims.com/*'],
  companySlug: [{ subdomain: true }],
  spa: false,
  classify: (_url, [jobs, id, , page]) => {
    if (jobs !== 'jobs') return undefined;
    if (id === 'search' || id === 'intro') return 'listing';
    if (!id || !/^\d+$/.test(id)) return undefined;
    if (page === 'job') return 'description';
    return page === 'login' || page === 'candidate' ? 'application' : undefined;
  },
};
