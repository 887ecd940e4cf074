import { profileDocument } from './profiles';

/** Markup and script that must always render as text. */
export const PAYLOAD = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">`;
export const LINK_PAYLOADS = ['javascript:window.__pwned=3', 'data:text/html,<script>window.__pwned=4</script>'];

const LONG = 'A'.repeat(100_000);
const MIXED = 'مرحبا بالعالم 👩🏽‍💻 你好世界 ';

/**
 * The rich test profile with every string made hostile: markup and script in each, right-to-left,
 * emoji and CJK text, one 100 000-character string, and `javascript:`/`data:` in every link.
 * It is written straight into storage (bypassing import validation) to prove the renderers, not
 * only the validator, keep it as text.
 */
export function hostileProfile(): Record<string, unknown> {
  let linkIndex = 0;
  const walk = (value: unknown, key = ''): unknown => {
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (key === 'answers' || key === 'edges') return value; // enumerations; the free-text answers are checked by autofill's tests
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    if (typeof value !== 'string') return value;
    if (['url', 'image'].includes(key)) return LINK_PAYLOADS[linkIndex++ % LINK_PAYLOADS.length];
    if (['startDate', 'endDate', 'date', 'id', 'countryCode', 'sponsorship', 'relocate', 'workplace', 'period'].includes(key)) return value;
    if (key === 'email') return `"><img src=x onerror="window.__pwned=5">@example.org`;
    return `${MIXED}${value}${PAYLOAD}`;
  };
  const doc = walk(profileDocument('rich')) as Record<string, any>;
  doc.basics.url = LINK_PAYLOADS[0];
  doc.basics.phone = `+1 555 0100 ${PAYLOAD}`;
  doc.basics.profiles = [
    { network: `LinkedIn${PAYLOAD}`, url: LINK_PAYLOADS[0] },
    { network: 'GitHub', url: LINK_PAYLOADS[1] },
  ];
  doc.basics.summary = `${LONG}${PAYLOAD}`;
  return doc;
}
