// Stable, readable node keys: `person:qasem-soleimani`, `event:attack:doc-0001:3`.
export function slug(text: string): string {
  const s = text
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'x';
}

/** A key not yet used in the graph: the base, else base~2, base~3, ... */
export function freshKey(base: string, taken: (key: string) => boolean): string {
  let key = base;
  for (let n = 2; taken(key); n++) key = `${base}~${n}`;
  return key;
}
