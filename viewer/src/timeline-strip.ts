// A strip of the graph's dated events in time order under the graph; a click selects the event.
import type { KgGraph } from '../../src/model/contract.js';
import { timeline } from '../../src/query/timeline.js';
import { $, el } from './dom.js';
import { nodeVisible } from './appearance.js';
import type { ViewState } from './state.js';

export function renderTimeline(graph: KgGraph, state: ViewState, select: (key: string) => void): void {
  const events = timeline(graph).events.filter((e) => nodeVisible(graph, state, e.key));
  $('timeline').replaceChildren(...events.map((e) => {
    const b = el('button', { type: 'button', textContent: `${e.date} · ${e.label}`, onclick: () => select(e.key) });
    b.dataset.key = e.key;
    b.setAttribute('aria-label', `Event ${e.label} on ${e.date}`);
    return b;
  }));
}
