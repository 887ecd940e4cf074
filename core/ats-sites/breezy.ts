import type { AtsModule } from './types';

/**
 * <co>.breezy.hr/ lists, /p/<id>-<title> describes, /p/<id>-<title>/apply is the form.
 */
export const breezy: AtsModule = {
  id: 'breezy',
  name: 'Breezy HR',
  hosts: ['https://*.breezy.hr/*'],
  companySlug: [{ subdomain: true }],
  spa: false,
  classify: (_url, [p, position, action]) => {
    if (!p) return 'listing';
    if (p !== 'p' || !position) return undefined;
    if (!action) return 'description';
    return action === 'apply' ? 'application' : undefined;
  },
};
