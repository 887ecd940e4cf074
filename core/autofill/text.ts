/**
 * Text folding shared by classification and option matching. Everything is compared in one form:
 * lower case, accents removed, apostrophes dropped ("Reference's" → "references"), every other
 * non-alphanumeric run a single space.
 */

const MARKS = /[\u0300-\u036f]/g;
const ASCII = /^[\x20-\x7e]*$/;
const SHARP_S = /ß/g;
const APOSTROPHES = /['’‘`´]/g;
const NON_WORD = /[^a-z0-9+]+/g;

/** Folds display text: "Reference’s E-mail *" → "references e mail". Keeps '+' (dial codes). */
export function fold(text: string | undefined | null): string {
  if (!text) return '';
  // Accents only need decomposing outside ASCII, which most labels are.
  const plain = ASCII.test(text) ? text : text.replace(SHARP_S, 'ss').normalize('NFKD').replace(MARKS, '');
  return plain.toLowerCase().replace(APOSTROPHES, '').replace(NON_WORD, ' ').trim();
}

const CAMEL = /([a-z])([A-Z])/g;
const ACRONYM = /([A-Z]+)([A-Z][a-z])/g;
const LETTER_DIGIT = /([a-zA-Z])(\d)/g;
/** UUIDs and long hex ids that frameworks put into names (`cards[5d1e…][field0]`) carry no meaning. */
const IDS = /[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|(?<![0-9a-z])(?=[0-9a-f]*\d)[0-9a-f]{6,}(?![0-9a-z])/gi;
const NOISE_TOKEN = /^(?:\d{2,}|0|field|input|txt|fld|ctl|value|attributes|answers?|question|text)$/;

/**
 * Splits an attribute (name, id, data-automation-id) into words:
 * `job_application[first_name]` → "job application first name",
 * `legalNameSection_firstName` → "legal name section first name", `_systemfield_email` → "systemfield email".
 */
export function tokenizeAttribute(value: string | undefined | null): string {
  if (!value) return '';
  const spaced = value.replace(IDS, ' ').replace(ACRONYM, '$1 $2').replace(CAMEL, '$1 $2').replace(LETTER_DIGIT, '$1 $2');
  const words = fold(spaced).split(' ');
  let out = '';
  for (const word of words) {
    if (!word || NOISE_TOKEN.test(word)) continue;
    out = out ? `${out} ${word}` : word;
  }
  return out;
}

/**
 * Texts a choice widget shows, or lists first, to ask for a choice: never a value or a real answer.
 * The collector reads a control showing one as empty and the planner never picks one, so both ask
 * this one function. Matched on folded text.
 */
const PROMPT =
  /^(?:|select|select one|select an option|select an answer|please select|please select one|please choose|please choose one|choose|choose one|choose an option|pick one|none selected|select\b.*|please select\b.*)$/;
/** Search boxes and pickers ask to type or pick: "Search…", "Start typing to search", "Choose a country". */
const PROMPT_TO_TYPE = /^(?:choose|pick|search|start typing|type to search)(?: (?:a|an|one|for|by|from|to|here|your)\b.*)?$/;

export function isPlaceholderText(text: string | undefined | null): boolean {
  const raw = (text ?? '').trim();
  if (raw === '' || /^[-–—_.\s…]*$/.test(raw)) return true;
  if (/^(?:--|—|–).*(?:--|—|–)$/.test(raw)) return true;
  const folded = fold(raw);
  return PROMPT.test(folded) || PROMPT_TO_TYPE.test(folded);
}

/** Words that carry no meaning when comparing two questions. */
const STOP_WORDS = new Set(
  'a an any and are as at be been by can could did do does for from had has have how i if in is it its me my of on or our please should so that the their them there this to us was we were what when where which who why will with would you your yours here'.split(
    ' ',
  ),
);

/** A crude stem: enough that "years"/"year", "relocating"/"relocate" compare equal. */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('es')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s')) return word.slice(0, -1);
  if (word.length > 4 && word.endsWith('e')) return word.slice(0, -1);
  return word;
}

/** The meaningful, stemmed words of a question, for fuzzy comparison. */
export function contentWords(text: string, folded = false): Set<string> {
  const out = new Set<string>();
  for (const word of (folded ? text : fold(text)).split(' ')) if (word && !STOP_WORDS.has(word)) out.add(stem(word));
  return out;
}

/** Dice similarity of two word sets (0..1). */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** `needle` occurs in `haystack` as whole words (both already folded). */
export function hasWords(haystack: string, needle: string): boolean {
  if (!needle) return false;
  const at = haystack.indexOf(needle);
  if (at < 0) return false;
  let from = at;
  while (from >= 0) {
    const before = from === 0 || haystack[from - 1] === ' ';
    const end = from + needle.length;
    const after = end === haystack.length || haystack[end] === ' ';
    if (before && after) return true;
    from = haystack.indexOf(needle, from + 1);
  }
  return false;
}
