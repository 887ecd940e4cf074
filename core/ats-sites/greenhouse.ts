import type { AtsModule } from './types';

/**
 * boards.greenhouse.io/<co>/jobs/<id> and job-boards.greenhouse.io/<co>/jobs/<id> carry the
 * description and the form on one page; the embed puts the form alone in a company's iframe.
 */
export const greenhouse: AtsModule = {
  id: 'greenhouse',
  name: 'Greenhouse',
  hosts: ['https://boards.greenhouse.io/*', 'https://job-boards.greenhouse.io/*', 'https://boards.eu.greenhouse.io/*', 'https://job-boards.eu.greenhouse.io/*'],
  companySlug: [{ param: 'for' }, { path: 0 }],
  spa: false,
  classify: (url, [first, second, third, fourth]) => {
    if (first === 'embed') {
      if (second === 'job_app') return url.searchParams.has('for') ? 'application' : undefined;
      if (second === 'job_board') return 'listing';
      return undefined;
    }
    if (first && second === 'jobs' && third && /^\d+$/.test(third)) return fourth ? undefined : 'application';
    if (first && !second) return 'listing';
    return undefined;
  },
  formMarker: '#application_form, #application-form',
};
