// Text that any output format can carry: XML 1.0 forbids most control characters and lone
// UTF-16 surrogates, which a bad document can put into a label. No Node APIs here: the viewer
// bundles this module.

/** Removes characters XML 1.0 cannot hold (controls other than tab and line breaks, lone surrogates, U+FFFE/F). */
export function xmlSafe(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) { out += text[i]! + text[i + 1]!; i++; }
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff) continue;
    out += text[i];
  }
  return out;
}

/** Escapes text for an XML attribute or element. */
export function xmlEscape(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The colour of each kind, shared by the viewer and the exports. */
export const KIND_COLORS: Record<string, string> = {
  person: '#e4572e',
  group: '#4c78a8',
  place: '#54a24b',
  event: '#b279a2',
};

export function rgb(hex: string): { r: number; g: number; b: number } {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? h.split('').map((c) => c + c).join('') : h;
  return { r: parseInt(full.slice(0, 2), 16) || 0, g: parseInt(full.slice(2, 4), 16) || 0, b: parseInt(full.slice(4, 6), 16) || 0 };
}
