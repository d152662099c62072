// An index from names to the nodes that bear them, so resolving an entity against a graph of
// many thousands of nodes is a few look-ups, not a scan.
import type { EntityKind, KgGraph, NodeAttributes } from '../model/contract.js';
import { nameKey } from '../extract/names.js';
import { canonicalName } from '../extract/resolve.js';
import { countryOfPlace } from '../extract/lexicon/gazetteer.js';

/** The comparison keys of a name: its normalised form. */
export function nameKeys(name: string): string[] {
  return [nameKey(name)];
}

const indexes = new WeakMap<KgGraph, NameIndex>();

export class NameIndex {
  /** By kind, then canonical name. */
  private readonly byName = new Map<EntityKind, Map<string, Set<string>>>();
  private readonly byPart = new Map<string, Set<string>>();
  private readonly kinds = new Map<string, EntityKind>();
  /** People known by one word only. */
  private readonly lone = new Set<string>();
  /** The names indexed so far, by node: a node's names only grow, and each needs indexing once. */
  private readonly indexed = new Map<string, Set<string>>();
  /** The countries each document names, itself or by its places. */
  private readonly countries = new Map<string, Set<string>>();

  /** The index of a graph, built on first use and kept up to date by addDocument. */
  static of(graph: KgGraph): NameIndex {
    let index = indexes.get(graph);
    if (!index) {
      index = new NameIndex();
      graph.forEachNode((key, attrs) => {
        index!.add(key, attrs);
        const country = attrs.kind === 'place' ? countryOfPlace(attrs.label) : undefined;
        if (country) for (const m of attrs.mentions) index!.noteCountries(m.doc, [country]);
      });
      indexes.set(graph, index);
    }
    return index;
  }

  static forget(graph: KgGraph): void {
    indexes.delete(graph);
  }

  add(key: string, attrs: NodeAttributes): void {
    if (attrs.kind === 'event') return;
    this.kinds.set(key, attrs.kind);
    if (attrs.kind === 'person') {
      if (nameKey(attrs.label).includes(' ')) this.lone.delete(key);
      else this.lone.add(key);
    }
    let indexed = this.indexed.get(key);
    if (!indexed) this.indexed.set(key, (indexed = new Set()));
    for (const name of [attrs.label, ...attrs.aliases]) {
      if (name.startsWith('@') || indexed.has(name)) continue;
      indexed.add(name);
      put(this.namesOf(attrs.kind), canonicalName(name, attrs.kind), key);
      if (attrs.kind === 'person') for (const w of nameKey(name).split(' ')) if (w.length > 1) put(this.byPart, w, key);
    }
  }

  noteCountries(doc: string, countries: Iterable<string>): void {
    let set = this.countries.get(doc);
    if (!set) this.countries.set(doc, (set = new Set()));
    for (const c of countries) set.add(c);
  }

  /** The countries the documents name (none known: an empty set). */
  countriesOf(docs: Iterable<string>): Set<string> {
    const out = new Set<string>();
    for (const doc of docs) for (const c of this.countries.get(doc) ?? []) out.add(c);
    return out;
  }

  private namesOf(kind: EntityKind): Map<string, Set<string>> {
    let names = this.byName.get(kind);
    if (!names) this.byName.set(kind, (names = new Map()));
    return names;
  }

  /** Nodes of a kind that bear any of the names, in the order they were added. */
  candidates(kind: EntityKind, names: readonly string[]): string[] {
    const out = new Set<string>();
    const byName = this.namesOf(kind);
    for (const name of names) {
      if (name.startsWith('@')) continue;
      for (const key of byName.get(canonicalName(name, kind)) ?? []) out.add(key);
    }
    return [...out];
  }

  /** For a lone name ("Soleimani"), the people whose names contain it; for a full name, the people known by its surname alone. */
  partialCandidates(label: string, full: boolean): string[] {
    const parts = nameKey(label).split(' ');
    const word = full ? parts[parts.length - 1]! : parts[0]!;
    return [...(this.byPart.get(word) ?? [])].filter((k) => this.kinds.get(k) === 'person' && (!full || this.lone.has(k)));
  }
}

function put(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
