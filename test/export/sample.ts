// A hand-built graph whose every exported value is known: hostile-but-legal text, a saved
// layout on some nodes only, two parallel edges, dated and undated events.
import { createGraph } from '../../src/build/graph-io.js';
import type { KgGraph, NodeAttributes } from '../../src/model/contract.js';

export const LABEL_P = 'Ann & "Lee" <x> O\'Neil';
export const LABEL_O = 'Acme, Inc.\nLtd 😀';

export function sample(): KgGraph {
  const g = createGraph('test');
  g.setAttribute('documents', [
    { id: 'd1', path: 'no/such/d1.txt', title: 'Strike & response', date: '2020-01-03', sha256: '0'.repeat(64), chars: 100 },
    { id: 'd2', path: 'no/such/d2.txt', sha256: '1'.repeat(64), chars: 50 },
  ]);
  const node = (key: string, a: Partial<NodeAttributes>) => g.addNode(key, { aliases: [], mentions: [{ doc: 'd1', start: 0, end: 1 }], ...a } as NodeAttributes);
  node('p', { label: LABEL_P, kind: 'person', aliases: ['A. Lee', 'Lee; Ann'], x: 1.5, y: -2, size: 4, color: '#e4572e',
    mentions: [{ doc: 'd1', start: 0, end: 3 }, { doc: 'd2', start: 5, end: 8 }, { doc: 'd2', start: 9, end: 12 }] });
  node('o', { label: LABEL_O, kind: 'group', x: 3, y: 4 });
  node('e', { label: 'strike', kind: 'event', eventType: 'attack', date: '2019-12', summary: 'strike on "Acme"', x: 0, y: 0 });
  node('e2', { label: 'talks', kind: 'event', eventType: 'meeting' });
  g.addDirectedEdgeWithKey('p->leads->o', 'p', 'o', { relation: 'leads', label: 'head of', confidence: 1, evidence: [{ doc: 'd1', start: 0, end: 9, text: 'Ann, "head" of Acme; <b>' }] });
  g.addDirectedEdgeWithKey('p->member_of->o', 'p', 'o', { relation: 'member_of', label: 'of', confidence: 0.5, evidence: [{ doc: 'd2', start: 1, end: 4 }] });
  g.addDirectedEdgeWithKey('o->carried_out->e', 'o', 'e', { relation: 'carried_out', label: 'carried out', confidence: 0.75, evidence: [] });
  return g;
}
