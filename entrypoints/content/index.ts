import { defineContentScript } from 'wxt/utils/define-content-script';
import { ATS_HOST_PATTERNS } from '@/core/ats-hosts';
import { sendMessage } from '@/utils/messaging';
import { runProfileCard } from './profile-card';
import { watchApplicationSubmit } from './submit-watch';

// Runs only on the applicant-tracking systems' own hosts; every other page gets no script at all.
// All frames: a company's careers page may embed the ATS form (Greenhouse's job_app embed).
// At document start: when the address alone says "application", the card's frame loads while the
// page still parses, so the card is there when the page is (see runProfileCard).
export default defineContentScript({
  matches: ATS_HOST_PATTERNS,
  runAt: 'document_start',
  allFrames: true,
  main(ctx) {
    runProfileCard(ctx);
    watchApplicationSubmit(ctx, (page) => void sendMessage({ type: 'application-submitted', page }).catch(() => undefined));
  },
});
