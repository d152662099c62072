// Filter state and actions, and what they leave visible (derived once per change, so the
// renderer's reducers only look things up).
import { atom } from '../core/store.js';
import { graphAtom } from '../graph/index.js';
import type { Filter, FilterOf, FilterType, Visible } from './types.js';
import { applyFilters } from './utils.js';

export const DEFAULT_FILTERS: readonly Filter[] = [
  { type: 'kinds', hidden: new Set() },
  { type: 'relations', hidden: new Set() },
  { type: 'minDegree', value: 0 },
  { type: 'minConfidence', value: 0 },
  { type: 'time' },
];

export const filtersAtom = atom<readonly Filter[]>(DEFAULT_FILTERS);
export const visibleAtom = atom<Visible>({ nodes: new Set(), edges: new Set() });

export function getFilter<T extends FilterType>(type: T): FilterOf<T> {
  return filtersAtom.get().find((f) => f.type === type) as FilterOf<T>;
}

export function setFilter(filter: Filter): void {
  filtersAtom.set(filtersAtom.get().map((f) => (f.type === filter.type ? filter : f)));
}

export function resetFilters(): void {
  filtersAtom.set(DEFAULT_FILTERS);
}

function derive(): void {
  const loaded = graphAtom.get();
  visibleAtom.set(loaded ? applyFilters(loaded, filtersAtom.get()) : { nodes: new Set(), edges: new Set() });
}
filtersAtom.subscribe(derive);
graphAtom.subscribe(derive);
