import type { AtsModule } from './types';

/**
 * careerN.successfactors.com/career?company=<co>&career_ns=job_listing (description) or
 * career_ns=job_application (the form); job_listing_summary lists. One URL shape for many steps.
 */
export const successfactors: AtsModule = {
  id: 'successfactors',
  name: 'SAP SuccessFactors',
  hosts: ['https://*.successfactors.com/*', 'https://*.successfactors.eu/*', 'https://*.sapsf.com/*', 'https://*.sapsf.eu/*'],
  companySlug: [{ param: 'company' }],
  spa: false,
  classify: (url) => {
    const ns = (url.searchParams.get('career_ns') ?? '').toLowerCase();
    if (ns.includes('appl')) return 'application';
    if (ns === 'job_listing') return url.searchParams.has('career_job_req_id') ? 'description' : 'listing';
    if (ns.includes('summary') || ns.includes('search')) return 'listing';
    return undefined;
  },
};
