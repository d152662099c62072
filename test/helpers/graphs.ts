// Small graphs built by hand for the query tests, whose answers are known.
import { createGraph } from '../../src/build/graph-io.js';
import type { EdgeAttributes, KgGraph, Kind, NodeAttributes, Relation } from '../../src/model/contract.js';

export function graphOf(nodes: [string, Kind, string, Partial<NodeAttributes>?][], edges: [string, Relation, string, number?][]): KgGraph {
  const g = createGraph('test');
  g.setAttribute('documents', [{ id: 'd1', path: 'd1.txt', sha256: '0'.repeat(64), chars: 100 }]);
  for (const [key, kind, label, extra] of nodes) {
    g.addNode(key, { label, kind, aliases: [], mentions: [{ doc: 'd1', start: 0, end: 1 }], ...(extra ?? {}) } as NodeAttributes);
  }
  edges.forEach(([s, relation, t, confidence], i) => {
    const attrs: EdgeAttributes = { relation, label: relation, confidence: confidence ?? 0.8, evidence: [{ doc: 'd1', start: i, end: i + 1 }] };
    g.addDirectedEdgeWithKey(`e${i}`, s, t, attrs);
  });
  return g;
}

/**
 *   ann --leads--> acme --located_in--> paris <--located_in-- louvre
 *   bob --member_of--> acme ; bob --leads--> club ; club --located_in--> paris (0.3)
 *   strike (event) --killed--> bob ; ann --ordered--> strike
 *   zed is alone
 */
export function smallWorld(): KgGraph {
  return graphOf([
    ['ann', 'person', 'Ann Lee', { aliases: ['Lee', 'A. Lee'] }],
    ['bob', 'person', 'Bob Stone', { aliases: ['Stone'] }],
    ['acme', 'group', 'Acme Corporation', { aliases: ['Acme'] }],
    ['club', 'group', 'Chess Club'],
    ['paris', 'place', 'Paris'],
    ['louvre', 'place', 'Louvre'],
    ['strike', 'event', 'strike on Bob', { eventType: 'attack', date: '2020-01-03' }],
    ['zed', 'person', 'Zoë Zed'],
  ], [
    ['ann', 'leads', 'acme'],
    ['acme', 'located_in', 'paris'],
    ['louvre', 'located_in', 'paris'],
    ['bob', 'member_of', 'acme'],
    ['bob', 'leads', 'club'],
    ['club', 'located_in', 'paris', 0.3],
    ['strike', 'killed', 'bob'],
    ['ann', 'ordered', 'strike'],
  ]);
}
