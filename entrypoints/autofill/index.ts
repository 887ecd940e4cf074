import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { classifyContext, planFill, preparePlanner } from '@/core/autofill/plan';
import { customQuestionsOf } from '@/core/profile/types';
import { ENGINE_GLOBAL, type AutofillEngine } from '@/core/contract';
import { createEngine } from '@/engine/engine';

// Injected by the background (scripting.executeScript, files: ['/autofill.js']): ahead of time into
// the frames where the content script found an application form, else when a fill finds a frame
// without it. The first run installs the engine, later runs keep it (and its undo journal and field ids).
export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as Record<string, AutofillEngine | undefined>;
  if (scope[ENGINE_GLOBAL]) return;
  scope[ENGINE_GLOBAL] = createEngine(window, planFill, { warm: true, classifyContext, customQuestionsOf });
  // The first fill should not pay for compiling the rules: do it while the page has nothing to do.
  requestIdleCallback(preparePlanner, { timeout: 5000 });
});
