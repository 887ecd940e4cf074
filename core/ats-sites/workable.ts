import type { AtsModule } from './types';

/**
 * apply.workable.com/<co>/ lists, /<co>/j/<shortcode>/ describes, /<co>/j/<shortcode>/apply/ is the form.
 */
export const workable: AtsModule = {
  id: 'workable',
  name: 'Workable',
  hosts: ['https://apply.workable.com/*'],
  companySlug: [{ path: 0 }],
  spa: true,
  classify: (_url, [company, j, shortcode, action]) => {
    if (!company) return undefined;
    if (!j) return 'listing';
    if (j !== 'j' || !shortcode) return undefined;
    if (!action) return 'description';
    return action === 'apply' ? 'application' : undefined;
  },
};
