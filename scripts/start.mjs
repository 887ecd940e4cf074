// `npm start`: builds the extension and opens the system Chromium with it loaded, on a profile kept
// in .chrome-profile/ (so what you set up survives restarts). Without a display it builds and says
// how to load the result by hand.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const extension = path.join(root, '.output/chrome-mv3');
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!hasDisplay || !existsSync(chromium)) {
  console.log(`
Built ${path.relative(process.cwd(), extension)}.
${!hasDisplay ? 'No display is available here, so no browser was opened.' : `No Chromium at ${chromium} (set CHROMIUM_PATH).`}
Load it by hand: open chrome://extensions, turn on "Developer mode", click "Load unpacked"
and choose ${extension}
`);
  process.exit(0);
}

console.log(`Opening ${chromium} with the extension loaded (profile in .chrome-profile/).`);
spawn(
  chromium,
  [
    `--user-data-dir=${path.join(root, '.chrome-profile')}`,
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    'chrome://extensions',
  ],
  { stdio: 'inherit' },
).on('exit', (code) => process.exit(code ?? 0));
