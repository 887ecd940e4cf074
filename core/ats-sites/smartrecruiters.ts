import type { AtsModule } from './types';

/**
 * jobs.smartrecruiters.com/<Co> lists, /<Co>/<id>-<title> describes, and the form is the
 * "one-click" app at jobs.smartrecruiters.com/oneclick-ui/company/<Co>/publication/<uuid>.
 */
export const smartrecruiters: AtsModule = {
  id: 'smartrecruiters',
  name: 'SmartRecruiters',
  hosts: ['https://*.smartrecruiters.com/*'],
  companySlug: [{ path: 0 }],
  spa: true,
  classify: (url, [first, second]) => {
    if (first === 'oneclick-ui') return 'application';
    if (!url.hostname.startsWith('jobs.') && !url.hostname.startsWith('careers.')) return undefined;
    if (!first) return undefined;
    if (!second) return 'listing';
    return /^\d+/.test(second) ? 'description' : undefined;
  },
};
