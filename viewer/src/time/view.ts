// The timeline strip under the graph: the dated events the filters leave, in date order; a click
// (or Enter) selects one.
import { $, el } from '../core/dom.js';
import { kindColor } from '../appearance/utils.js';
import type { LoadedGraph } from '../graph/index.js';
import type { Visible } from '../filters/types.js';
import { dateStart } from './utils.js';

export function renderTimeline({ graph }: LoadedGraph, visible: Visible, selected: string | undefined, select: (key: string) => void): void {
  const events = graph.filterNodes((n, a) => a.kind === 'event' && Boolean(a.date) && visible.nodes.has(n))
    .map((key) => ({ key, ...graph.getNodeAttributes(key) }))
    .sort((a, b) => (dateStart(a.date!) < dateStart(b.date!) ? -1 : dateStart(a.date!) > dateStart(b.date!) ? 1 : a.label < b.label ? -1 : 1));
  const strip = $('timeline');
  strip.replaceChildren(...events.slice(0, 500).map((e) => {
    const b = el('button', { type: 'button', className: 'event', onclick: () => select(e.key) }, el('time', { textContent: e.date!, dateTime: dateStart(e.date!) }), ` ${e.label}`);
    b.style.borderTopColor = kindColor('event');
    b.dataset.key = e.key;
    b.setAttribute('aria-pressed', String(e.key === selected));
    return b;
  }));
  if (!events.length) strip.append(el('span', { className: 'meta', textContent: 'No dated events in view.' }));
}
