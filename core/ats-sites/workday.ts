import type { AtsModule } from './types';

/**
 * <tenant>.wd5.myworkdayjobs.com/[<locale>/]<site>/job/<location>/<title>_<req>[/apply[/applyManually]]
 * and wd3.myworkdaysite.com/recruiting/<tenant>/<site>/job/…: one single-page app throughout.
 */
export const workday: AtsModule = {
  id: 'workday',
  name: 'Workday',
  hosts: ['https://*.myworkdayjobs.com/*', 'https://*.myworkdaysite.com/*', 'https://*.myworkday.com/*'],
  companySlug: [{ subdomain: true }],
  spa: true,
  classify: (_url, segments) => {
    const job = segments.findIndex((s) => s === 'job' || s === 'details');
    if (job === -1) return segments.length > 0 && !segments.includes('login') ? 'listing' : undefined;
    return segments.slice(job + 1).includes('apply') ? 'application' : 'description';
  },
};
