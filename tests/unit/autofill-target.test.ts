import { describe, expect, it } from 'vitest';
import { pickTargetTab, summarizeFillReport, unfillableReason } from '@/core/autofill-target';
import type { FillReport } from '@/core/contract';

describe('pickTargetTab', () => {
  const tabs = [
    { id: 1, active: false, lastAccessed: 300 },
    { id: 2, active: true, lastAccessed: 500 },
    { id: 3, active: false, lastAccessed: 100 },
  ];

  it('is the active tab for the toolbar popup', () => {
    expect(pickTargetTab(tabs)?.id).toBe(2);
  });

  it('is the last tab visited before it when the popup is open in a tab of its own', () => {
    expect(pickTargetTab(tabs, 2)?.id).toBe(1);
    expect(pickTargetTab([{ id: 2, active: true }], 2)).toBeUndefined();
  });
});

describe('unfillableReason', () => {
  it('allows web pages, and unknown pages (the background decides)', () => {
    expect(unfillableReason('https://boards.greenhouse.io/acme/jobs/1')).toBeNull();
    expect(unfillableReason('http://localhost:3000/apply')).toBeNull();
    expect(unfillableReason(undefined)).toBeNull();
  });

  it('names why browser, extension, store and local pages cannot be filled', () => {
    expect(unfillableReason('chrome://extensions/')).toMatch(/browser page/);
    expect(unfillableReason('about:blank')).toMatch(/browser page/);
    expect(unfillableReason('edge://settings')).toMatch(/browser page/);
    expect(unfillableReason('chrome-extension://abc/options.html')).toMatch(/extension page/);
    expect(unfillableReason('moz-extension://abc/options.html')).toMatch(/extension page/);
    expect(unfillableReason('https://chromewebstore.google.com/detail/x')).toMatch(/store pages/);
    expect(unfillableReason('https://chrome.google.com/webstore/detail/x')).toMatch(/store pages/);
    expect(unfillableReason('https://addons.mozilla.org/en-US/firefox/')).toMatch(/store pages/);
    expect(unfillableReason('file:///home/me/form.html')).toMatch(/Local files/);
  });
});

describe('summarizeFillReport', () => {
  const report = (r: Partial<FillReport>): FillReport => ({ filled: 0, left: 0, needsUser: 0, fields: [], frames: 1, ...r });

  it('reads as filled · need you', () => {
    expect(summarizeFillReport(report({ filled: 12, left: 4, needsUser: 3 }))).toBe('12 filled · 3 need you');
    expect(summarizeFillReport(report({ filled: 1, needsUser: 1 }))).toBe('1 filled · 1 needs you');
    expect(summarizeFillReport(report({ filled: 5 }))).toBe('5 filled');
    expect(summarizeFillReport(report({}))).toBe('Nothing to fill on this page.');
  });

  it('shows the error when the page could not be filled', () => {
    expect(summarizeFillReport(report({ filled: 0, error: 'No access to this page.' }))).toBe('No access to this page.');
  });
});
