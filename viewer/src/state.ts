// The viewer's state: what the user hovers, selects, filters and asks. The graph itself is never
// changed to show any of it; appearance.ts derives the display from this state.
import type { Kind, Relation } from '../../src/model/contract.js';

export interface ViewState {
  hovered?: string;
  selected?: string;
  hiddenKinds: Set<Kind>;
  hiddenRelations: Set<Relation>;
  minDegree: number;
  minConfidence: number;
  /** Events dated outside [from, to] are hidden (ISO day strings; undefined: no bound). */
  dateFrom?: string;
  dateTo?: string;
  path?: { nodes: Set<string>; edges: Set<string> };
}

type Listener = (state: ViewState) => void;

export class Store {
  readonly state: ViewState = { hiddenKinds: new Set(), hiddenRelations: new Set(), minDegree: 0, minConfidence: 0 };
  private readonly listeners: Listener[] = [];

  update(change: Partial<ViewState>): void {
    Object.assign(this.state, change);
    for (const l of this.listeners) l(this.state);
  }

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }
}
