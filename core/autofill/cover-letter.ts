/**
 * The cover-letter text written into a "Cover letter" text box: short, factual, built only from the
 * profile, with the company and role read from the page when the page names them.
 */
import { EXT_KEY, type Profile } from '../profile/types';
import type { PageContext } from './types';

const firstParagraph = (text: string | undefined): string => text?.split(/\n\s*\n/)[0]?.trim() ?? '';

export function coverLetterText(profile: Profile, page: PageContext): string | null {
  const name = profile.basics.name?.trim();
  const summary = firstParagraph(profile.basics.summary) || profile[EXT_KEY]?.pitch?.trim() || '';
  if (!name || !summary) return null;
  const company = page.company?.trim();
  const role = page.role?.trim();
  const label = profile.basics.label?.trim();
  const years = profile[EXT_KEY]?.yearsOfExperience?.trim();

  const greeting = company ? `Dear ${company} hiring team,` : 'Dear hiring team,';
  const applying = `I am applying for ${role ? `the ${role} role` : 'this role'}${company ? ` at ${company}` : ''}.`;
  const who = label ? ` I am ${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}${years ? ` with ${years} years of experience` : ''}.` : '';
  const roles = profile[EXT_KEY]?.availability?.roles?.trim();
  const email = profile.basics.email?.trim();
  return [greeting, `${applying}${who}`, summary, ...(roles ? [roles] : []), `Best regards,\n${name}${email ? `\n${email}` : ''}`].join('\n\n');
}
