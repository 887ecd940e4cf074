import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageSnapshot } from '@/core/application-log/posting';
import type { FieldOutcome, FillReport } from '@/core/contract';

type Snapshot = PageSnapshot & { href: string };

/** fakeBrowser has no `scripting`: each frame answers the page snapshot it is given here (or refuses). */
function pages(byFrame: Record<number, Snapshot | 'refused'>) {
  const executeScript = vi.fn(async ({ target }: { target: { frameIds: number[] } }) => {
    const answer = byFrame[target.frameIds[0]!];
    if (!answer || answer === 'refused') throw new Error('Cannot access contents of the page');
    return [{ frameId: target.frameIds[0], result: answer }];
  });
  Object.assign(fakeBrowser, { scripting: { executeScript } });
  return executeScript;
}

async function recorder() {
  vi.resetModules();
  return { ...(await import('@/utils/application-log')), ...(await import('@/utils/storage')) };
}

const field = (frameId: number, frame: string, status: FieldOutcome['status'] = 'filled'): FieldOutcome => ({
  frame,
  frameId,
  fieldId: 'f',
  label: 'x',
  key: null,
  reason: 'r',
  status,
});
const report = (fields: FieldOutcome[], extra: Partial<FillReport> = {}): FillReport => ({
  filled: fields.filter((f) => f.status === 'filled').length,
  left: 0,
  needsUser: 1,
  fields,
  frames: 1,
  ...extra,
});
const greenhouse: Snapshot = {
  href: 'https://boards.greenhouse.io/acme/jobs/4012345?gh_src=li&utm_source=x',
  title: 'Job Application for Backend Engineer at Acme',
  jsonLd: [],
  roleTexts: ['Backend Engineer'],
  companyTexts: ['at Acme'],
};
const at = (iso: string) => new Date(iso);

describe('recording the application log', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a fill records company, role, ATS and the job address without tracking; a second fill updates the same entry', async () => {
    pages({ 0: greenhouse });
    const log = await recorder();
    const filled = report([field(0, 'https://boards.greenhouse.io/acme/jobs/4012345'), field(0, 'https://boards.greenhouse.io/acme/jobs/4012345')]);
    await log.logFill(7, filled, at('2026-12-03T09:00:00.000Z'));
    await log.logFill(7, { ...filled, filled: 1, needsUser: 0 }, at('2026-12-03T09:10:00.000Z'));
    expect(await log.applicationsItem.getValue()).toEqual([
      {
        url: 'https://boards.greenhouse.io/acme/jobs/4012345',
        company: 'Acme',
        role: 'Backend Engineer',
        ats: 'greenhouse',
        status: 'filled',
        filled: 1,
        needsUser: 0,
        note: '',
        filledAt: '2026-12-03T09:10:00.000Z',
        updatedAt: '2026-12-03T09:10:00.000Z',
      },
    ]);
  });

  it('a submit from where the fill was marks it Applied; from elsewhere, or hours later, it does not', async () => {
    pages({ 0: greenhouse });
    const log = await recorder();
    await log.logFill(7, report([field(0, 'https://boards.greenhouse.io/acme/jobs/4012345')]), at('2026-12-03T09:00:00.000Z'));
    await log.logSubmit(8, 'https://boards.greenhouse.io/acme/jobs/4012345', at('2026-12-03T09:01:00.000Z'));
    await log.logSubmit(7, 'https://evil.example/form', at('2026-12-03T09:01:00.000Z'));
    await log.logSubmit(7, 'https://boards.greenhouse.io/acme/jobs/4012345/confirmation', at('2026-12-03T12:00:00.000Z'));
    expect((await log.applicationsItem.getValue())[0]!.status).toBe('filled');
    await log.logSubmit(7, 'https://boards.greenhouse.io/acme/jobs/4012345/confirmation', at('2026-12-03T09:02:00.000Z'));
    expect((await log.applicationsItem.getValue())[0]).toMatchObject({ status: 'applied', appliedAt: '2026-12-03T09:02:00.000Z' });
  });

  it('an embedded form on a page Profile Card may not read: the job is read from the filled frame', async () => {
    const embed: Snapshot = {
      href: 'https://boards.greenhouse.io/embed/job_app?for=initech&token=99',
      title: 'Initech',
      jsonLd: [],
      roleTexts: ['Data Engineer'],
      companyTexts: [],
    };
    pages({ 0: 'refused', 3: embed });
    const log = await recorder();
    await log.logFill(7, report([field(3, 'https://boards.greenhouse.io/embed/job_app')]), at('2026-12-03T09:00:00.000Z'));
    expect(await log.applicationsItem.getValue()).toMatchObject([
      { url: 'https://boards.greenhouse.io/embed/job_app?for=initech', company: 'Initech', role: 'Data Engineer' },
    ]);
    // The embedded form submits from its own frame.
    await log.logSubmit(7, 'https://boards.greenhouse.io/embed/job_app?for=initech&token=99', at('2026-12-03T09:01:00.000Z'));
    expect((await log.applicationsItem.getValue())[0]!.status).toBe('applied');
  });

  it('records nothing for a preview, an error, a fill that filled nothing, or with recording off', async () => {
    const executeScript = pages({ 0: greenhouse });
    const log = await recorder();
    const one = report([field(0, 'https://boards.greenhouse.io/acme/jobs/4012345')]);
    await log.logFill(7, { ...one, preview: true });
    await log.logFill(7, { ...one, error: 'no access' });
    await log.logFill(7, report([field(0, 'https://boards.greenhouse.io/acme/jobs/4012345', 'left')]));
    await log.updateSettings(() => ({ recordApplications: false }));
    await log.logFill(7, one);
    expect(await fakeBrowser.storage.local.get('applications')).toEqual({});
    expect(executeScript).not.toHaveBeenCalled();
  });
});
