/**
 * Serving the fixture pages (tests/fixtures/ats) at the ATS's real addresses, so the manifest's
 * content-script patterns match exactly as on the live sites, frames included: each page at its
 * address and its views' (a single-page app answers every address on its host), the documents it
 * frames at theirs, and its scripts bundled with their npm imports (React).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { loadPages, pageHtml, type FixturePage } from '../fixtures/ats/fixtures';
import { CHROMIUM_PATH } from './fixtures';

/** Every fixture page. */
export const PAGES = loadPages();

/** A page by its group and file name (`page('lever', 'apply')`). */
export function page(group: string, name: string): FixturePage {
  const found = PAGES.find((candidate) => candidate.group === group && candidate.file === `${name}.html`);
  if (!found) throw new Error(`no fixture page ${group}/${name}.html`);
  return found;
}

/** The address of a page's view of that kind (a single-page app's listing, description…). */
export function viewUrl(page: FixturePage, kind: FixturePage['kind']): string {
  const view = page.views?.find((candidate) => candidate.kind === kind);
  if (!view) throw new Error(`${page.group}/${page.file} has no ${kind} view`);
  return view.url;
}

/** Changes a document before it is served (the URL it is served at is given). */
export type Transform = (html: string, url: URL) => string;

const bundled = new Map<string, Promise<string>>();

/** Bundles a fixture's script with React from npm into one IIFE (once per run). */
function bundle(entry: string): Promise<string> {
  let code = bundled.get(entry);
  if (!code) {
    code = import('rolldown').then(async ({ build }) => {
      const result = await build({
        input: entry,
        write: false,
        platform: 'browser',
        // Libraries for React Server Components mark their modules 'use client': nothing to keep in a page bundle.
        onLog: (level, log, handler) => {
          if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
        },
        transform: { define: { 'process.env.NODE_ENV': '"production"' } },
        output: { format: 'iife', minify: true },
      });
      return result.output[0].code;
    });
    bundled.set(entry, code);
  }
  return code;
}

/** A route glob as Playwright reads it: `**` any characters, `*` any but `/`, everything else as written. */
const globRegExp = (glob: string) =>
  new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*\*|\*/g, (stars) => (stars === '**' ? '.*' : '[^/]*'))}$`);

type Answer = { kind: 'html'; page: FixturePage; file: string } | { kind: 'script'; entry: string };

/** What answers a URL among `pages`: an address, a bundled script, a framed document, the address without its query, a single-page app's host. */
function answerFor(pages: FixturePage[], url: URL): Answer | undefined {
  const address = url.origin + url.pathname + url.search;
  const at = (wanted: string) => pages.find((page) => page.url === wanted || page.views?.some((view) => view.url === wanted));
  for (const page of pages) {
    const entry = page.bundles?.[address];
    if (entry) return { kind: 'script', entry: path.join(page.dir, entry) };
  }
  const exact = at(address);
  if (exact) return { kind: 'html', page: exact, file: exact.file };
  for (const page of pages) {
    const route = Object.entries(page.routes ?? {}).find(([glob]) => globRegExp(glob).test(address));
    if (route) return { kind: 'html', page, file: route[1] };
  }
  const withoutQuery = at(url.origin + url.pathname);
  if (withoutQuery) return { kind: 'html', page: withoutQuery, file: withoutQuery.file };
  const app = pages.find((page) => page.views && new URL(page.url).host === url.host);
  return app && { kind: 'html', page: app, file: app.file };
}

/** Serves `pages`; any other address is left to the routes registered before (or, with `notFound`, answered 404). */
async function serve(context: BrowserContext, pages: FixturePage[], transform: Transform, notFound: boolean) {
  await context.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    const answer = answerFor(pages, url);
    if (!answer) return notFound ? route.fulfill({ status: 404, contentType: 'text/plain', body: 'not a fixture' }) : route.fallback();
    if (answer.kind === 'script') return route.fulfill({ contentType: 'text/javascript', body: await bundle(answer.entry) });
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: transform(pageHtml(answer.page, answer.file), url) });
  });
}

/** Serves one page at its address, its views', its frames' and its scripts'. */
export function serveFixture(context: BrowserContext, page: FixturePage, transform: Transform = (html) => html) {
  return serve(context, [page], transform, false);
}

/** Serves every fixture page; anything else gets a 404: no test touches the network. */
export function serveFixtures(context: BrowserContext, transform: Transform = (html) => html) {
  return serve(context, PAGES, transform, true);
}

/** A Chromium without the extension: how the fixture pages look when nothing is injected. */
export async function launchPlainBrowser(transform?: Transform) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext({ colorScheme: 'light' });
  await serveFixtures(context, transform);
  return { context, close: () => browser.close() };
}

/** A stylesheet from tests/fixtures/hostile-css (pages that restyle everything, the card's host included). */
export const hostileCss = (name: string) => readFileSync(path.resolve(import.meta.dirname, `../fixtures/hostile-css/${name}.css`), 'utf8');
