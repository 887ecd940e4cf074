import { defineContentScript } from 'wxt/utils/define-content-script';
import { ATS_HOST_PATTERNS } from '@/core/ats-hosts';

// Runs only on the applicant-tracking systems' own hosts; every other page gets no script at all.
export default defineContentScript({
  matches: ATS_HOST_PATTERNS,
  runAt: 'document_idle',
  main() {
    // The profile card (issue #5) mounts here.
  },
});
