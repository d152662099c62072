// The filters, a discriminated union on `type`: each hides nodes or edges, none changes the data.
import type { Kind, Relation } from '../../../src/model/contract.js';

export type Filter =
  | { type: 'kinds'; hidden: ReadonlySet<Kind> }
  | { type: 'relations'; hidden: ReadonlySet<Relation> }
  | { type: 'minDegree'; value: number }
  | { type: 'minConfidence'; value: number }
  /** Events dated outside [from, to] (ISO days; undefined: open) are hidden; undated events stay. */
  | { type: 'time'; from?: string; to?: string };

export type FilterType = Filter['type'];
export type FilterOf<T extends FilterType> = Extract<Filter, { type: T }>;

/** What the filters leave: the views and the path finder work on this. */
export interface Visible {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}
