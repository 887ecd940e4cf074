import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { safeWebUrl } from './safe-url';
import type { Profile } from './profile/types';

/**
 * A plain one-column PDF résumé drawn from the profile, offline, with the PDF standard fonts
 * (Helvetica): nothing is downloaded or embedded. Those fonts use the WinAnsi encoding, which has
 * Western European letters, dashes, quotes and the bullet, but not every character a profile may
 * hold (Bengali or CJK script, arrows, emoji). Such characters are transliterated where there is an
 * obvious Latin form (ā → a, → → ->) and otherwise drawn as "?"; `replaced` lists them so the UI can
 * say so instead of failing.
 */
export interface ResumePdf {
  bytes: Uint8Array;
  /** Distinct characters the standard fonts cannot draw, in order of first appearance. */
  replaced: string[];
}

const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
const MARGIN = 50;
const TEXT_WIDTH = PAGE.width - 2 * MARGIN;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.33, 0.35, 0.4);

/** Latin stand-ins for common characters WinAnsi lacks. */
const TRANSLITERATIONS: Record<string, string> = {
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '⇒': '=>',
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '≈': '~',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '―': '—',
  '′': "'",
  '″': '"',
  '\u2009': ' ',
  '\u200A': ' ',
  '\u202F': ' ',
  '\u2007': ' ',
  '\t': ' ',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
};

/** Turns text into what the font can encode, recording what it had to replace. */
function makeEncoder(font: PDFFont, replaced: Set<string>) {
  const supported = new Set(font.getCharacterSet());
  const canDraw = (ch: string) => supported.has(ch.codePointAt(0)!);
  return (text: string): string => {
    let out = '';
    for (const ch of text) {
      if (canDraw(ch) || ch === '\n') {
        out += ch;
        continue;
      }
      if (/[\u200B-\u200D\uFEFF\u00AD]/.test(ch)) continue; // invisible: zero-width joiners, soft hyphen
      replaced.add(ch);
      if (/\p{M}/u.test(ch)) continue; // a combining mark (a vowel sign) has nothing to attach to once its letter is "?"
      const mapped = TRANSLITERATIONS[ch];
      if (mapped !== undefined) {
        out += mapped;
        continue;
      }
      // Letters with diacritics WinAnsi lacks (ā, ő, ș): the base letter.
      const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
      out += base && [...base].every(canDraw) ? base : '?';
    }
    return out;
  };
}

interface Style {
  font: PDFFont;
  size: number;
  color?: ReturnType<typeof rgb>;
  indent?: number;
  gapAfter?: number;
  /** Drawn left of the first line (a list bullet). */
  marker?: string;
}

/** Lays text out top to bottom, wrapping lines and starting new pages as needed. */
class Writer {
  private page: PDFPage;
  private y: number;

  constructor(private readonly doc: PDFDocument) {
    this.page = doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - MARGIN;
  }

  private ensureSpace(height: number) {
    if (this.y - height >= MARGIN) return;
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - MARGIN;
  }

  gap(points: number) {
    this.y -= points;
  }

  /** Wraps one paragraph (already encodable) to the text width; words longer than a line are split. */
  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      // A word wider than the line is cut into line-wide pieces, one character at a time: linear in
      // its length, so a 100 000-character "word" costs milliseconds, not minutes.
      const pieces: string[] = [];
      let piece = '';
      let used = 0;
      for (const char of word) {
        const charWidth = font.widthOfTextAtSize(char, size);
        if (piece && used + charWidth > width) {
          pieces.push(piece);
          piece = '';
          used = 0;
        }
        piece += char;
        used += charWidth;
      }
      lines.push(...pieces);
      line = piece;
    }
    if (line) lines.push(line);
    return lines;
  }

  paragraph(text: string, style: Style) {
    const indent = style.indent ?? 0;
    const lineHeight = style.size * 1.35;
    let marker = style.marker;
    for (const part of text.split('\n')) {
      for (const line of this.wrap(part, style.font, style.size, TEXT_WIDTH - indent)) {
        this.ensureSpace(lineHeight);
        this.y -= lineHeight;
        const baseline = this.y + style.size * 0.3;
        this.page.drawText(line, { x: MARGIN + indent, y: baseline, size: style.size, font: style.font, color: style.color ?? INK });
        if (marker) this.page.drawText(marker, { x: MARGIN + 2, y: baseline, size: style.size, font: style.font, color: MUTED });
        marker = undefined;
      }
    }
    this.y -= style.gapAfter ?? 0;
  }

  /** A line with text on the left and a short note (dates) flush right. */
  split(left: string, right: string, leftStyle: Style, rightStyle: Style) {
    const rightWidth = right ? rightStyle.font.widthOfTextAtSize(right, rightStyle.size) + 12 : 0;
    const lines = this.wrap(left, leftStyle.font, leftStyle.size, TEXT_WIDTH - rightWidth);
    const lineHeight = leftStyle.size * 1.35;
    this.ensureSpace(lineHeight * Math.max(1, lines.length));
    lines.forEach((line, i) => {
      this.y -= lineHeight;
      const baseline = this.y + leftStyle.size * 0.3;
      this.page.drawText(line, { x: MARGIN, y: baseline, size: leftStyle.size, font: leftStyle.font, color: INK });
      if (i === 0 && right) {
        const width = rightStyle.font.widthOfTextAtSize(right, rightStyle.size);
        this.page.drawText(right, { x: PAGE.width - MARGIN - width, y: baseline, size: rightStyle.size, font: rightStyle.font, color: MUTED });
      }
    });
  }

  bullet(text: string, style: Style) {
    this.paragraph(text, { ...style, indent: 12, marker: '•' });
  }

  heading(text: string, font: PDFFont) {
    this.ensureSpace(40);
    this.y -= 16;
    this.paragraph(text.toUpperCase(), { font, size: 10.5, color: MUTED });
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: PAGE.width - MARGIN, y: this.y },
      thickness: 0.6,
      color: rgb(0.75, 0.77, 0.8),
    });
    this.y -= 8;
  }
}

function dateRange(start?: string, end?: string): string {
  if (!start && !end) return '';
  return `${start ?? ''} – ${end || 'present'}`;
}

/** A link as the user typed it, when it is a safe http(s) link at all. */
const shownLink = (url: string | undefined) => (safeWebUrl(url) ? url!.trim() : null);

const joinParts = (parts: (string | undefined | null)[], separator: string) =>
  parts
    .map((p) => p?.trim())
    .filter(Boolean)
    .join(separator);

/** The file name a generated résumé gets: "Hanifur-Rahman-resume.pdf". */
export function resumePdfFileName(profile: Profile): string {
  const slug = profile.basics.name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'resume'}-resume.pdf`;
}

export async function generateResumePdf(profile: Profile, options: { date?: Date } = {}): Promise<ResumePdf> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const italic = await doc.embedFont(StandardFonts.HelveticaOblique);
  const replaced = new Set<string>();
  const enc = makeEncoder(regular, replaced);
  const w = new Writer(doc);
  const body: Style = { font: regular, size: 10, gapAfter: 4 };

  const { basics } = profile;
  const date = options.date ?? new Date();
  doc.setTitle(`${basics.name} — Résumé`);
  doc.setAuthor(basics.name);
  if (basics.label) doc.setSubject(basics.label);
  doc.setCreator('Profile Card');
  doc.setProducer('Profile Card (pdf-lib)');
  doc.setCreationDate(date);
  doc.setModificationDate(date);

  w.paragraph(enc(basics.name), { font: bold, size: 20 });
  if (basics.label) w.paragraph(enc(basics.label), { font: regular, size: 12, color: MUTED, gapAfter: 2 });
  const location = basics.location;
  const contact = joinParts(
    [basics.email, basics.phone, shownLink(basics.url), joinParts([location?.city, location?.region, location?.countryCode], ', ')],
    '  ·  ',
  );
  if (contact) w.paragraph(enc(contact), { font: regular, size: 9.5, color: MUTED });
  for (const link of basics.profiles ?? []) {
    const text = joinParts([link.network, shownLink(link.url) ?? link.username], ': ');
    if (text) w.paragraph(enc(text), { font: regular, size: 9.5, color: MUTED });
  }

  if (basics.summary?.trim()) {
    w.heading('Summary', bold);
    for (const para of basics.summary.split(/\n\s*\n/)) w.paragraph(enc(para.trim()), body);
  }

  if (profile.work.length > 0) {
    w.heading('Experience', bold);
    for (const job of profile.work) {
      w.split(
        enc(joinParts([job.position, job.name], ' — ')),
        enc(dateRange(job.startDate, job.endDate)),
        { font: bold, size: 11 },
        { font: regular, size: 9.5 },
      );
      if (job.description) w.paragraph(enc(job.description), { font: italic, size: 9.5, color: MUTED, gapAfter: 2 });
      if (job.summary) w.paragraph(enc(job.summary), body);
      for (const highlight of job.highlights ?? []) if (highlight.trim()) w.bullet(enc(highlight), { ...body, gapAfter: 2 });
      w.gap(8);
    }
  }

  if (profile.education.length > 0) {
    w.heading('Education', bold);
    for (const school of profile.education) {
      w.split(
        enc(joinParts([joinParts([school.studyType, school.area], ', '), school.institution], ' — ')),
        enc(dateRange(school.startDate, school.endDate)),
        { font: bold, size: 11 },
        { font: regular, size: 9.5 },
      );
      if (school.score) w.paragraph(enc(school.score), body);
      w.gap(4);
    }
  }

  const skills = profile.skills.filter((s) => s.name || s.keywords?.length);
  if (skills.length > 0) {
    w.heading('Skills', bold);
    for (const skill of skills) {
      w.paragraph(enc(joinParts([skill.name && `${skill.name}:`, (skill.keywords ?? []).join(', ')], ' ')), body);
    }
  }

  const bytes = await doc.save();
  return { bytes, replaced: [...replaced] };
}
