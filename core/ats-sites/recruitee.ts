import type { AtsModule } from './types';

/**
 * <co>.recruitee.com/ lists, /o/<slug> describes, /o/<slug>/c/new is the form.
 */
export const recruitee: AtsModule = {
  id: 'recruitee',
  name: 'Recruitee',
  hosts: ['https://*.recruitee.com/*'],
  companySlug: [{ subdomain: true }],
  spa: true,
  classify: (_url, segments) => {
    if (segments.length === 0) return 'listing';
    const [o, slug, c, action] = segments;
    if (o !== 'o' || !slug) return undefined;
    if (!c) return 'description';
    return c === 'c' && action === 'new' ? 'application' : undefined;
  },
};
