// Events in date order, with their participants: `kg timeline`.
import type { EventType, KgGraph } from '../model/contract.js';
import { card, type Card } from './card.js';

export interface TimelineOptions {
  from?: string;
  to?: string;
  kinds?: readonly EventType[];
  involving?: string;
  minConfidence?: number;
}

export interface Timeline {
  events: Card[];
  /** Events that match but have no date (listed when no date range is asked for). */
  undated: Card[];
  /** With --from or --to: how many undated events that match the other filters were left out. */
  undatedOmitted: number;
}

/** First day a (partial) ISO date covers, for ordering: "2019-12" -> "2019-12-01"; weeks by their Monday. */
export function dateStart(iso: string): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(iso);
  if (week) {
    const jan4 = new Date(Date.UTC(+week[1]!, 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() || 7) - 1) * 86400000 + (+week[2]! - 1) * 604800000);
    return monday.toISOString().slice(0, 10);
  }
  return iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
}

/** Last day it covers: "2019-12" -> "2019-12-31". */
export function dateEnd(iso: string): string {
  if (/W/.test(iso)) {
    const start = new Date(`${dateStart(iso)}T00:00:00Z`);
    return new Date(start.getTime() + 6 * 86400000).toISOString().slice(0, 10);
  }
  if (iso.length === 4) return `${iso}-12-31`;
  if (iso.length === 7) return `${iso}-31`;
  return iso;
}

export function timeline(graph: KgGraph, options: TimelineOptions = {}): Timeline {
  const kinds = options.kinds ? new Set<string>(options.kinds) : undefined;
  const events: Card[] = [];
  const undated: Card[] = [];
  let undatedOmitted = 0;
  graph.forEachNode((key, a) => {
    if (a.kind !== 'event' || (kinds && !kinds.has(a.eventType ?? 'other'))) return;
    if (options.involving && !linked(graph, key, options.involving, options.minConfidence)) return;
    if (a.date) {
      // an event overlaps the range when it may have happened inside it
      if (options.from && dateEnd(a.date) < dateStart(options.from)) return;
      if (options.to && dateStart(a.date) > dateEnd(options.to)) return;
      events.push(card(graph, key, options));
    } else if (!options.from && !options.to) {
      undated.push(card(graph, key, options));
    } else {
      undatedOmitted++;
    }
  });
  events.sort((a, b) => (dateStart(a.date!) < dateStart(b.date!) ? -1 : dateStart(a.date!) > dateStart(b.date!) ? 1 : a.key < b.key ? -1 : 1));
  undated.sort((a, b) => (a.key < b.key ? -1 : 1));
  return { events, undated, undatedOmitted };
}

/** Whether an edge at least `minConfidence` confident joins the two nodes, either way. */
function linked(graph: KgGraph, a: string, b: string, minConfidence = 0): boolean {
  if (!graph.hasNode(b)) return false;
  return [...graph.edges(a, b), ...graph.edges(b, a)].some((e) => graph.getEdgeAttribute(e, 'confidence') >= minConfidence);
}
