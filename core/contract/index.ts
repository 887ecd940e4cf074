/**
 * Every contract between the extension's parts, in one place:
 * - messages.ts: `runtime.sendMessage` between popup, options, card, content script and background;
 * - card-protocol.ts: `window.postMessage` between the card iframe and the content script around it;
 * - fill-script.ts: `scripting.executeScript` between the background and the engine in each frame.
 */
export * from './messages';
export * from './card-protocol';
export * from './fill-script';
