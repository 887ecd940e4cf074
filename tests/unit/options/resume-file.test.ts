import { describe, expect, it } from 'vitest';
import { MAX_RESUME_BYTES, STORAGE_LOCAL_QUOTA_BYTES, base64Length, base64ToBytes, bytesToBase64, checkResumeFile, formatBytes } from '@/core/resume-file';
import { profileDocument } from '../../support/profiles';

const PDF_HEAD = new TextEncoder().encode('%PDF-1.7');
const ZIP_HEAD = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
const OLE_HEAD = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

describe('checking a résumé file', () => {
  it('accepts PDF and Word files by name and content', () => {
    expect(checkResumeFile({ name: 'cv.pdf', size: 1000 }, PDF_HEAD)).toEqual({ ok: true, type: 'application/pdf' });
    expect(checkResumeFile({ name: 'CV.DOCX', size: 1000 }, ZIP_HEAD)).toEqual({
      ok: true,
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    expect(checkResumeFile({ name: 'cv.doc', size: 1000 }, OLE_HEAD)).toEqual({ ok: true, type: 'application/msword' });
  });

  it('says what is wrong with anything else', () => {
    expect(checkResumeFile({ name: 'cv.txt', size: 10 }, PDF_HEAD)).toEqual({
      ok: false,
      error: '"cv.txt" is not a PDF or Word file: choose a .pdf, .doc or .docx file.',
    });
    expect(checkResumeFile({ name: 'cv.pdf', size: 0 }, new Uint8Array())).toEqual({ ok: false, error: '"cv.pdf" is empty.' });
    expect(checkResumeFile({ name: 'cv.pdf', size: MAX_RESUME_BYTES + 1 }, PDF_HEAD)).toEqual({
      ok: false,
      error: '"cv.pdf" is 5 MB; the limit is 5 MB.',
    });
    expect(checkResumeFile({ name: 'big.pdf', size: 7.5 * 1024 * 1024 }, PDF_HEAD)).toMatchObject({ error: '"big.pdf" is 7.5 MB; the limit is 5 MB.' });
    expect(checkResumeFile({ name: 'photo.pdf', size: 10 }, new Uint8Array([0xff, 0xd8, 0xff]))).toEqual({
      ok: false,
      error: '"photo.pdf" is named .pdf but its contents are not a PDF file.',
    });
    expect(checkResumeFile({ name: 'cv.docx', size: 10 }, PDF_HEAD)).toMatchObject({ ok: false });
  });

  it('formats sizes for people', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(48_000)).toBe('47 KB');
    expect(formatBytes(1024 * 1024)).toBe('1 MB');
    expect(formatBytes(1.25 * 1024 * 1024)).toBe('1.3 MB');
  });

  it('round-trips bytes through base64, larger than one chunk', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) % 256);
    const base64 = bytesToBase64(bytes);
    expect(base64.length).toBe(base64Length(bytes.length));
    expect(base64ToBytes(base64)).toEqual(bytes);
  });

  it('a file at the limit fits the storage.local quota with the profile stored three times over', () => {
    const profileBytes = new TextEncoder().encode(JSON.stringify(profileDocument('rich'))).length;
    const used = base64Length(MAX_RESUME_BYTES) + 3 * profileBytes + 10_000;
    expect(used).toBeLessThan(STORAGE_LOCAL_QUOTA_BYTES);
  });
});
