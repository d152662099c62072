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

/** A sentence with the given [start, end) ranges marked, built from text nodes only. */
export function quote(text: string, ranges: readonly [number, number][]): HTMLElement {
  const q = el('blockquote');
  let at = 0;
  for (const [start, end] of ranges) {
    q.append(text.slice(at, start), el('mark', { textContent: text.slice(start, end) }));
    at = end;
  }
  q.append(text.slice(at));
  return q;
}

export function download(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
