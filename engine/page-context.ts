/** Facts about the page the plan may use (cover-letter template): the role and the company named on it. */
import type { PageContext } from '@/core/autofill/types';
import { textOf } from './text';

const foldName = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Reads the page facts the plan may use: the role and company named on it. */
export function readPageContext(doc: Document, location: Pick<URL, 'href' | 'hostname' | 'pathname'> = doc.location): PageContext {
  const meta = (name: string) => doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content')?.trim() || undefined;
  const heading = textOf(doc.querySelector('h1'), 200) || undefined;
  const path = location.pathname.split('/').filter(Boolean);
  const host = location.hostname;
  const hostParts = host.split('.');
  // The company's slug: in the path on shared ATS hosts, else the subdomain (acme.teamtailor.com).
  const slug = /greenhouse\.io|lever\.co|ashbyhq\.com|workable\.com/.test(host)
    ? path.find((part) => part !== 'embed' && part !== 'j')
    : hostParts.length > 2 && !/^(?:www|jobs|apply|careers|boards|job-boards)$/.test(hostParts[0]!)
      ? hostParts[0]!.split('-')[0]
      : undefined;
  // Titles name it in full ("Job Application for Engineer at Acme Robotics", "Acme Robotics - Engineer").
  const titleParts = [meta('og:title'), doc.title].filter((text): text is string => Boolean(text)).flatMap((text) => text.split(/\s+(?:-|–|—|\||@|at)\s+/));
  const named = slug ? titleParts.find((part) => foldName(part).startsWith(foldName(slug)) && foldName(part).length < 60) : undefined;
  const company = meta('og:site_name') ?? named?.trim() ?? slug;
  return { url: location.href, role: heading ?? meta('og:title'), company };
}
