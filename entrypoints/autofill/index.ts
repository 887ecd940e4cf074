import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { planFill } from '@/core/autofill/plan';
import { createEngine, ENGINE_GLOBAL, type AutofillEngine } from './engine';

// Injected by the background (scripting.executeScript, files: ['/autofill.js']) into every frame it
// can reach, each time a fill starts: the first run installs the engine, later runs keep it (and its
// undo journal and field ids).
export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as Record<string, AutofillEngine | undefined>;
  scope[ENGINE_GLOBAL] ??= createEngine(window, planFill);
});
