// The side panel: the selected node's card (kind, aliases, events, relations out and in, each
// with its evidence sentences and their document), or the path's hops. Text from documents
// goes in as text nodes only.
import { LOW_CONFIDENCE, type KgGraph } from '../../../src/model/contract.js';
import { $, el, quote } from '../core/dom.js';
import { kindColor } from '../appearance/utils.js';
import type { PathState } from '../path/index.js';
import { card, evidenceLines, highlightRanges, ref, type CardRelation, type EvidenceLine, type NodeRef } from './utils.js';

export interface PanelActions {
  select(key: string): void;
  pathEnd(which: 'from' | 'to', node: NodeRef): void;
}

const HINT = 'Click a node, search, or find a path.';

function evidenceBlock(e: EvidenceLine, names: string[]): HTMLElement[] {
  const from = el('div', { className: 'doc', textContent: `from ${e.document}` });
  if (e.text === undefined) return [el('blockquote', { className: 'missing', textContent: `characters ${e.start}–${e.end} (the graph carries no sentence text)` }), from];
  return [quote(e.text, highlightRanges(e.text, e.marks, names)), from];
}

function namesOf(graph: KgGraph, ...keys: string[]): string[] {
  return keys.flatMap((k) => [graph.getNodeAttribute(k, 'label'), ...graph.getNodeAttribute(k, 'aliases')]);
}

export function setupPanel(actions: PanelActions) {
  const panel = $('panel');
  const link = (n: NodeRef) => el('button', { type: 'button', className: 'linkish', textContent: n.label, title: n.kind, onclick: () => actions.select(n.key) });
  const heading = (text: string) => {
    const h = el('h2', { textContent: text, tabIndex: -1 });
    return h;
  };

  const relationBlock = (graph: KgGraph, key: string, r: CardRelation) => {
    const arrow = r.direction === 'out' ? `${r.relation} → ` : `← ${r.relation} `;
    const weak = r.confidence < LOW_CONFIDENCE ? el('span', { className: 'weak', textContent: ' low confidence' }) : '';
    const block = el('li', { className: 'relation' }, el('span', { className: 'rel', textContent: arrow }), link(r.other),
      el('span', { className: 'meta', textContent: ` “${r.label}”, confidence ${r.confidence.toFixed(2)}` }), weak);
    const names = namesOf(graph, key, r.other.key);
    for (const e of r.evidence) block.append(...evidenceBlock(e, names));
    return block;
  };

  return {
    showCard(graph: KgGraph, key: string): void {
      const c = card(graph, key);
      const dot = el('span', { className: 'swatch' });
      dot.style.background = kindColor(c.kind);
      const facts = [c.kind, c.eventType, c.date].filter(Boolean).join(' · ');
      panel.replaceChildren(heading(c.label), el('p', { className: 'kind' }, dot, facts));
      if (c.aliases.length) panel.append(el('p', {}, el('span', { className: 'meta', textContent: 'Also called: ' }), c.aliases.join('; ')));
      if (c.summary && c.summary !== c.label) panel.append(el('p', { className: 'summary', textContent: c.summary }));
      panel.append(el('p', { className: 'meta', textContent: `${c.mentions} mention(s)` }));
      const self = ref(graph, key);
      panel.append(el('div', { className: 'row' },
        el('button', { type: 'button', textContent: 'Path from here', onclick: () => actions.pathEnd('from', self) }),
        el('button', { type: 'button', textContent: 'Path to here', onclick: () => actions.pathEnd('to', self) })));
      if (c.events.length) {
        panel.append(el('h3', { textContent: `Events (${c.events.length})` }), el('ul', { className: 'events' }, ...c.events.map((e) =>
          el('li', {}, link(e), el('span', { className: 'meta', textContent: ` ${[e.eventType, e.date ?? 'undated'].filter(Boolean).join(', ')} · ${e.direction === 'out' ? e.role : `← ${e.role}`}` })))));
      }
      for (const direction of ['out', 'in'] as const) {
        const rs = c.relations.filter((r) => r.direction === direction);
        if (!rs.length) continue;
        panel.append(el('h3', { textContent: `${direction === 'out' ? 'Relations out' : 'Relations in'} (${rs.length})` }),
          el('ul', { className: 'relations' }, ...rs.map((r) => relationBlock(graph, key, r))));
      }
      if (!c.relations.length) panel.append(el('p', { className: 'meta', textContent: 'No relations.' }));
    },

    showPath(graph: KgGraph, path: PathState): void {
      const label = (k: string) => graph.getNodeAttribute(k, 'label');
      panel.replaceChildren(heading(`Path: ${label(path.from)} → ${label(path.to)}`));
      if (!path.hops) {
        panel.append(el('p', { textContent: `No path between ${label(path.from)} and ${label(path.to)} with the current filters and options.` }));
        return;
      }
      const list = el('ol', { id: 'path-hops' });
      for (const h of path.hops) {
        const relation = graph.getEdgeAttribute(h.edge, 'relation');
        const item = el('li', { className: 'hop' }, link(ref(graph, h.from)), el('span', { className: 'rel', textContent: h.forward ? ` ${relation} → ` : ` ← ${relation} ` }), link(ref(graph, h.to)));
        const names = namesOf(graph, h.from, h.to);
        for (const e of evidenceLines(graph, h.edge).slice(0, 2)) item.append(...evidenceBlock(e, names));
        list.append(item);
      }
      panel.append(el('p', { className: 'meta', textContent: `${path.hops.length} hop(s)` }), list);
    },

    message(text: string): void {
      panel.replaceChildren(el('p', { className: 'message', textContent: text }));
    },

    clear(): void {
      panel.replaceChildren(el('p', { className: 'hint', textContent: HINT }));
    },
  };
}

export type Panel = ReturnType<typeof setupPanel>;
