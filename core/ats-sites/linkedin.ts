import type { AtsModule } from './types';

/**
 * www.linkedin.com/jobs/view/<id>/ describes, /jobs/view/<id>/apply/ is the Easy Apply flow;
 * Easy Apply may also open as a modal over the description or the search results, URL unchanged.
 */
export const linkedin: AtsModule = {
  id: 'linkedin',
  name: 'LinkedIn Easy Apply',
  hosts: ['https://www.linkedin.com/jobs/*'],
  spa: true,
  classify: (_url, [jobs, view, id, apply]) => {
    if (jobs !== 'jobs') return undefined;
    if (view === 'view' && id) return apply === 'apply' ? 'application' : 'description';
    return 'listing';
  },
  formMarker: '.jobs-easy-apply-modal, [data-test-modal-id="easy-apply-modal"]',
};
