// DOM helpers. Text from documents is only ever inserted as text (textContent), never as HTML.

export function $(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`viewer: missing element #${id}`);
  return el;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  for (const child of children) node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

/** A sentence with one part highlighted, built from text nodes only. */
export function highlighted(text: string, needles: readonly string[]): HTMLElement {
  const quote = el('blockquote');
  const lower = text.toLowerCase();
  let at = -1;
  let len = 0;
  for (const n of needles) {
    const i = n ? lower.indexOf(n.toLowerCase()) : -1;
    if (i >= 0 && (at < 0 || n.length > len)) { at = i; len = n.length; }
  }
  if (at < 0) quote.textContent = text;
  else quote.append(text.slice(0, at), el('mark', { textContent: text.slice(at, at + len) }), text.slice(at + len));
  return quote;
}

export function download(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
