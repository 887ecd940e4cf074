import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { generateResumePdf, resumePdfFileName } from '@/core/resume-pdf';
import { testProfile } from '../../support/profiles';

// WinAnsi is Latin-1 except 0x80–0x9F (Node's TextDecoder maps those to control characters).
const WIN_ANSI_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const decodeWinAnsi = (hex: string) =>
  [...Buffer.from(hex, 'hex')].map((b) => (b >= 0x80 && b <= 0x9f ? WIN_ANSI_80_9F[b - 0x80] : String.fromCharCode(b))).join('');

/** The text drawn on each page, read back from the content streams (Flate-compressed, hex strings). */
async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes);
  return pdf.getPages().map((page) => {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    return refs
      .map((ref) => pdf.context.lookup(ref) as PDFRawStream)
      .map((stream) => inflateSync(stream.getContents()).toString('latin1'))
      .flatMap((ops) => [...ops.matchAll(/<([0-9A-F]*)> Tj/g)].map((m) => decodeWinAnsi(m[1]!)))
      .join('\n');
  });
}

const DATE = new Date('2025-01-02T03:04:05Z');

describe('the generated PDF résumé', () => {
  it('carries the title and the profile, readable back', async () => {
    const profile = testProfile('rich');
    const { bytes, replaced } = await generateResumePdf(profile, { date: DATE });
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getTitle()).toBe('Jordan Alvarez — Résumé');
    expect(pdf.getAuthor()).toBe('Jordan Alvarez');
    expect(pdf.getSubject()).toBe('Staff Software Engineer');
    expect(pdf.getCreationDate()).toEqual(DATE);
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    const text = (await pageTexts(bytes)).join('\n');
    expect(text).toContain('Jordan Alvarez');
    expect(text).toContain('Staff Software Engineer');
    expect(text).toContain('EXPERIENCE');
    expect(text).toContain('Staff Software Engineer — Northwind Analytics');
    expect(text).toContain('2016-06 – 2021-02');
    expect(text).toContain('Bachelor of Science, Computer Science — University of California, Berkeley');
    expect(text).toContain('Platform: Go, Kubernetes, Postgres');
    expect(replaced).toEqual([]);
  });

  it('starts new pages when the profile is long, and draws every highlight', async () => {
    const profile = testProfile('rich');
    profile.work = Array.from({ length: 12 }, (_, i) => ({ ...profile.work[0]!, name: `Company ${i + 1}` }));
    const { bytes } = await generateResumePdf(profile, { date: DATE });
    const pages = await pageTexts(bytes);
    expect(pages.length).toBeGreaterThan(2);
    const all = pages.join('\n');
    for (let i = 1; i <= 12; i++) expect(all).toContain(`Staff Software Engineer — Company ${i}`);
    expect(all.match(/^Moved event ingestion/gm)).toHaveLength(12);
  });

  it('replaces characters the standard fonts cannot draw instead of failing, and lists them', async () => {
    const profile = testProfile('rich');
    profile.basics.name = 'হানিফুর Rahman';
    profile.basics.label = 'Engineer → Lead ≥ 7 yrs 🚀';
    profile.basics.summary = 'Worked in Łódź and Kraków with Zoë (café, naïve — “quotes” • bullets).';
    const { bytes, replaced } = await generateResumePdf(profile, { date: DATE });
    const text = (await pageTexts(bytes)).join('\n');
    expect(text).toContain('???? Rahman');
    expect(text).toContain('Engineer -> Lead >= 7 yrs ?');
    // WinAnsi has é, ë, ï, ó, the em dash, curly quotes and the bullet; Ł and ź become their base letters.
    expect(text).toContain('Worked in Lódz and Kraków with Zoë (café, naïve — “quotes” • bullets).');
    expect(replaced).toEqual(expect.arrayContaining(['হ', '→', '≥', '🚀', 'Ł', 'ź']));
    expect(replaced).not.toContain('é');
    // The metadata is Unicode and keeps the name as typed.
    expect((await PDFDocument.load(bytes)).getTitle()).toBe('হানিফুর Rahman — Résumé');
  });

  it('leaves out links that are not http(s)', async () => {
    const profile = testProfile('rich');
    profile.basics.profiles = [
      { network: 'LinkedIn', url: 'https://www.linkedin.com/in/example' },
      { network: 'Bad', username: 'me', url: 'javascript:alert(1)' },
    ];
    const text = (await pageTexts((await generateResumePdf(profile, { date: DATE })).bytes)).join('\n');
    expect(text).toContain('LinkedIn: https://www.linkedin.com/in/example');
    expect(text).toContain('Bad: me');
    expect(text).not.toContain('javascript');
  });

  it('names the file after the person', () => {
    const profile = testProfile('rich');
    expect(resumePdfFileName(profile)).toBe('Jordan-Alvarez-resume.pdf');
    profile.basics.name = 'Zoë  O’Brien';
    expect(resumePdfFileName(profile)).toBe('Zoe-O-Brien-resume.pdf');
  });
});
