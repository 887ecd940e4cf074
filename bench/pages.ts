import type { BrowserContext } from '@playwright/test';

/** Pages the benchmark opens, served at real-looking addresses so the manifest's matches apply as live. */
const PAGES = {
  news: {
    url: 'https://news.example.org/2026/11/25/article',
    body: `<!doctype html><html lang="en"><head><title>Local news</title></head><body><article><h1>Council approves new bridge</h1>${'<p>The council voted on Tuesday to approve the new bridge across the river, ending a decade of debate.</p>'.repeat(40)}</article></body></html>`,
  },
} as const;

export type BenchPage = keyof typeof PAGES;

export const fixturePage = (name: BenchPage): string => PAGES[name].url;

export async function serveFixtures(context: BrowserContext): Promise<void> {
  for (const page of Object.values(PAGES)) {
    await context.route(page.url, (route) => route.fulfill({ contentType: 'text/html', body: page.body }));
  }
}
