import type { AtsModule } from './types';

/**
 * <co>.jobs.personio.com/ lists, /job/<id> describes with the form further down (#apply), /job/<id>/apply.
 */
export const personio: AtsModule = {
  id: 'personio',
  name: 'Personio',
  hosts: ['https://*.jobs.personio.com/*', 'https://*.jobs.personio.de/*'],
  companySlug: [{ subdomain: true }],
  spa: false,
  classify: (url, [first, id, action]) => {
    if (!first) return 'listing';
    if (first !== 'job' || !id || !/^\d+$/.test(id)) return undefined;
    return action === 'apply' || url.hash === '#apply' ? 'application' : 'description';
  },
};
