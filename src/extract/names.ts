// Name normalisation shared by resolution within and across documents.

/** A comparison key for names: no accents, case, punctuation or leading article. */
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size >= 100_000) keys.clear();
    keys.set(name, (key = computeNameKey(name)));
  }
  return key;
}

/** Names repeat across mentions and documents; their keys are worth keeping. */
const keys = new Map<string, string>();

const FOLDED: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

/** A web domain: its name, then its ending ("Amazon" in "Amazon.com"). */
const DOMAIN = String.raw`(\p{L}[\p{L}\p{N}]+)\.(?:com|net|org)\b`;
const WEB_DOMAINS = new RegExp(String.raw`\b` + DOMAIN, 'gu');
const LEADING_DOMAIN = new RegExp('^' + DOMAIN, 'u');

/** The name a company's web domain gives at the start of its name: "Amazon" for "Amazon.com Inc.". */
export function domainName(name: string): string | undefined {
  return LEADING_DOMAIN.exec(name)?.[1];
}

function computeNameKey(name: string): string {
  return name
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // (letters with strokes, which have no accent to strip: "Jarosław" is "Jaroslaw")
    .replace(/[łøđħıßæœþ]/g, (c) => FOLDED[c]!)
    .replace(/[’‘`]/g, "'")
    .replace(/^the\s+/, '')
    // ("Amazon.com Inc." is Amazon: a company's web domain names it)
    .replace(WEB_DOMAINS, '$1')
    .replace(/[-_]/g, ' ')
    .replace(/[.,;:!?"“”()@]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
