// Name normalisation shared by resolution within and across documents.

/** A comparison key for names: no accents, case, punctuation or leading article. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/[-_]/g, ' ')
    .replace(/[.,;:!?"“”()@]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
