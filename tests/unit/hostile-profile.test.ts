import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { hostileProfile, LINK_PAYLOADS } from '../support/hostile-profile';
import { checkStoredProfile } from '@/core/profile/shape';
import { validateProfile, formatIssue } from '@/core/profile/validate';
import { profileToVCard, vcardFileName } from '@/core/vcard';
import { contactItems, profileLink } from '@/core/share';
import { generateResumePdf } from '@/core/resume-pdf';
import type { Profile } from '@/core/profile/types';

const stored = () => {
  const result = checkStoredProfile(hostileProfile());
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.profile as Profile;
};

describe('a hostile profile', () => {
  it('is refused by import, naming each unsafe link', () => {
    const result = validateProfile(hostileProfile());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.issues.map(formatIssue);
    expect(messages).toContain('basics.url: only http(s) links are allowed, got a "javascript:" link');
    expect(messages).toContain('basics.profiles[1].url: only http(s) links are allowed, got a "data:" link');
  });

  it('gives no link to share and no unsafe link in the contact list', () => {
    const profile = stored();
    expect(profileLink(profile)).toBeNull();
    for (const item of contactItems(profile)) {
      expect(JSON.stringify(item)).not.toMatch(/javascript:|data:text/);
    }
  });

  it('makes a vCard with no unsafe URL and every line intact', () => {
    const vcard = profileToVCard(stored());
    for (const payload of LINK_PAYLOADS) expect(vcard).not.toContain(payload.slice(0, 11));
    expect(vcard.split('\r\n').every((line) => line.length === 0 || /^[A-Z ]/.test(line))).toBe(true);
    expect(vcardFileName('<script>../../etc/passwd')).not.toMatch(/[<>/\\]/);
  });

  it('makes a PDF (100 000-character text, RTL, emoji, CJK) without throwing or linking anywhere unsafe', async () => {
    const pdf = await generateResumePdf(stored());
    const doc = await PDFDocument.load(pdf.bytes);
    expect(doc.getPageCount()).toBeGreaterThan(1);
    const raw = Buffer.from(pdf.bytes).toString('latin1');
    expect(raw).not.toMatch(/\/URI\s*\((javascript|data):/i);
  }, 60_000);
});
