import type { AtsModule } from './types';

/**
 * <co>.bamboohr.com/careers lists, /careers/<id> describes; the form opens in place or at /careers/<id>/apply.
 */
export const bamboohr: AtsModule = {
  id: 'bamboohr',
  name: 'BambooHR',
  hosts: ['https://*.bamboohr.com/*'],
  companySlug: [{ subdomain: true }],
  spa: true,
  classify: (url, [first, id, action]) => {
    if (first === 'careers' || first === 'jobs') {
      if (!id) return 'listing';
      if (id === 'view.php') return url.searchParams.has('id') ? 'description' : undefined;
      if (!/^\d+$/.test(id)) return undefined;
      return action === 'apply' ? 'application' : 'description';
    }
    return undefined;
  },
};
