// Text that XML can carry. XML 1.0 forbids most C0 control characters, lone UTF-16 surrogates
// and U+FFFE/U+FFFF, even as character references, so a bad document's text loses them here.
// No Node APIs: the viewer bundles this module through gexf.ts.

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Removes the characters XML 1.0 cannot hold. */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/**
 * Escapes text for an XML attribute value or element content. Tab and line breaks become
 * character references so that parsers keep them (attribute normalisation would turn them into
 * spaces), NEL and LINE SEPARATOR too, which xmldom (graphology's parsers) takes for line breaks.
 */
export function xmlEscape(text: string): string {
  return xmlSafe(text).replace(/[&<>"'\t\n\r\u0085\u2028]/g, (c) => ESCAPES[c]!);
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;',
  '\u0085': '&#133;', '\u2028': '&#8232;',
};

/** NEL and LINE SEPARATOR as character references in a whole document: they only occur in text and attribute values. */
export function lineSeparatorRefs(xml: string): string {
  return /[\u0085\u2028]/.test(xml) ? xml.replace(/[\u0085\u2028]/g, (c) => ESCAPES[c]!) : xml;
}

/**
 * XML ids for graph keys: the key itself when XML can hold it, else the key made safe with a
 * numeric suffix when two keys would collide (keys that differ only in forbidden characters).
 */
export function xmlIds(keys: Iterable<string>): (key: string) => string {
  const changed = new Map<string, string>();
  const all = [...keys];
  const used = new Set(all);
  for (const key of all) {
    const safe = xmlSafe(key);
    if (safe === key) continue;
    let id = safe;
    for (let n = 2; used.has(id); n++) id = `${safe}~${n}`;
    used.add(id);
    changed.set(key, id);
  }
  return changed.size ? (key) => changed.get(key) ?? key : (key) => key;
}

/** Replaces lone surrogates with U+FFFD, as a UTF-8 encoder would: the text formats' guarantee of valid UTF-8. */
export function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
