// The side panel: a node's card with its relations and the evidence sentences, or a path's hops.
import type { KgGraph } from '../../src/model/contract.js';
import { card } from '../../src/query/card.js';
import { $, el, highlighted } from './dom.js';

export function showCard(graph: KgGraph, key: string, select: (key: string) => void): void {
  const panel = $('panel');
  const c = card(graph, key);
  const link = (k: string, label: string) => el('button', { type: 'button', className: 'linkish', textContent: label, onclick: () => select(k) });
  panel.replaceChildren(
    el('h2', { textContent: c.label }),
    el('p', {}, el('strong', { textContent: c.kind }), c.eventType ? ` · ${c.eventType}` : '', c.date ? ` · ${c.date}` : ''),
  );
  if (c.aliases.length) panel.append(el('p', {}, 'Also: ', c.aliases.join('; ')));
  panel.append(el('p', { className: 'doc', textContent: `${c.mentions} mention(s) in ${c.documents.length} document(s): ${c.documents.join(', ')}` }));
  if (c.summary && c.summary !== c.label) panel.append(el('p', { textContent: c.summary }));
  if (c.participants) {
    const list = el('ul');
    for (const [role, nodes] of Object.entries(c.participants)) {
      const item = el('li', {}, `${role}: `);
      nodes.forEach((n, i) => item.append(...(i ? [', '] : []), link(n.key, n.label)));
      list.append(item);
    }
    panel.append(el('h3', { textContent: 'Participants' }), list);
  }
  panel.append(el('h3', { textContent: `Relations (${c.relations.length})` }));
  const names = [c.label, ...c.aliases];
  for (const r of c.relations) {
    const arrow = r.direction === 'out' ? `—${r.relation}→ ` : `←${r.relation}— `;
    const block = el('div', { className: 'relation' }, arrow, link(r.other.key, r.other.label),
      el('span', { className: 'doc', textContent: ` (${r.label}, confidence ${r.confidence})` }));
    for (const e of r.evidence) {
      block.append(highlighted(e.text ?? `${e.doc} ${e.start}–${e.end}`, [...names, r.other.label]), el('div', { className: 'doc', textContent: e.document ?? e.doc }));
    }
    panel.append(block);
  }
}

export interface PathHop {
  from: string;
  to: string;
  relation: string;
  forward: boolean;
  evidence: { text?: string; doc: string }[];
}

export function showPath(graph: KgGraph, hops: PathHop[] | undefined, message?: string): void {
  const panel = $('panel');
  panel.replaceChildren(el('h2', { textContent: 'Path' }));
  if (!hops) { panel.append(el('p', { textContent: message ?? 'No path.' })); return; }
  const label = (k: string) => graph.getNodeAttribute(k, 'label');
  const list = el('ol', { id: 'path-hops' });
  for (const h of hops) {
    const item = el('li', { className: 'hop' }, `${label(h.from)} ${h.forward ? `—${h.relation}→` : `←${h.relation}—`} ${label(h.to)}`);
    for (const e of h.evidence.slice(0, 2)) item.append(highlighted(e.text ?? e.doc, [label(h.from), label(h.to)]));
    list.append(item);
  }
  panel.append(el('p', { textContent: `${hops.length} hop(s)` }), list);
}

export function clearPanel(): void {
  $('panel').replaceChildren(el('p', { className: 'hint', textContent: 'Click a node, search, or find a path.' }));
}
