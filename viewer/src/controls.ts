// Filters: show/hide each kind and relation, minimum degree and confidence, the time range;
// and the legend. Each control only updates the state.
import { KINDS, RELATIONS, type KgGraph, type Kind, type Relation } from '../../src/model/contract.js';
import { KIND_COLORS } from '../../src/export/text.js';
import { dateStart } from '../../src/query/timeline.js';
import { $, el } from './dom.js';
import type { Store } from './state.js';

function swatch(color: string): HTMLSpanElement {
  const s = el('span', { className: 'swatch' });
  s.style.background = color;
  return s;
}

export function setupControls(store: Store): { reset(graph: KgGraph): void } {
  const degree = $('min-degree') as HTMLInputElement;
  const confidence = $('min-confidence') as HTMLInputElement;
  const from = $('date-from') as HTMLInputElement;
  const to = $('date-to') as HTMLInputElement;
  let days: string[] = [];
  degree.addEventListener('input', () => { $('min-degree-value').textContent = degree.value; store.update({ minDegree: Number(degree.value) }); });
  confidence.addEventListener('input', () => { $('min-confidence-value').textContent = confidence.value; store.update({ minConfidence: Number(confidence.value) }); });
  const time = () => {
    if (Number(from.value) > Number(to.value)) (document.activeElement === from ? to : from).value = document.activeElement === from ? from.value : to.value;
    const a = days[Number(from.value)];
    const b = days[Number(to.value)];
    $('date-from-value').textContent = a ?? '';
    $('date-to-value').textContent = b ?? '';
    store.update({ dateFrom: Number(from.value) > 0 ? a : undefined, dateTo: Number(to.value) < days.length - 1 ? b : undefined });
  };
  from.addEventListener('input', time);
  to.addEventListener('input', time);

  const checkbox = <T extends string>(container: string, value: T, count: number, hidden: Set<T>, color?: string) => {
    const input = el('input', { type: 'checkbox', checked: true, value });
    input.setAttribute('aria-label', `Show ${value}`);
    input.addEventListener('change', () => {
      if (input.checked) hidden.delete(value); else hidden.add(value);
      store.update({});
    });
    const label = el('label', {}, input, ...(color ? [swatch(color)] : []), ` ${value} (${count})`);
    $(container).append(label);
  };

  return {
    reset(graph) {
      $('kinds').replaceChildren();
      $('relations').replaceChildren();
      $('legend').replaceChildren();
      store.state.hiddenKinds.clear();
      store.state.hiddenRelations.clear();
      const kinds = new Map<Kind, number>();
      const relations = new Map<Relation, number>();
      graph.forEachNode((_, a) => kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1));
      graph.forEachEdge((_, a) => relations.set(a.relation, (relations.get(a.relation) ?? 0) + 1));
      for (const k of KINDS) {
        checkbox('kinds', k, kinds.get(k) ?? 0, store.state.hiddenKinds, KIND_COLORS[k]);
        $('legend').append(el('li', {}, swatch(KIND_COLORS[k]!), k));
      }
      for (const r of RELATIONS) if (relations.has(r)) checkbox('relations', r, relations.get(r)!, store.state.hiddenRelations);
      degree.max = String(Math.max(1, ...graph.mapNodes((n) => graph.degree(n))));
      degree.value = '0';
      confidence.value = '0';
      days = [...new Set(graph.filterNodes((_, a) => a.kind === 'event' && Boolean(a.date)).map((n) => dateStart(graph.getNodeAttribute(n, 'date')!)))].sort();
      from.max = to.max = String(Math.max(0, days.length - 1));
      from.value = '0';
      to.value = String(Math.max(0, days.length - 1));
      from.disabled = to.disabled = days.length < 2;
      $('date-from-value').textContent = days[0] ?? '';
      $('date-to-value').textContent = days[days.length - 1] ?? '';
      store.update({ minDegree: 0, minConfidence: 0, dateFrom: undefined, dateTo: undefined, path: undefined, selected: undefined, hovered: undefined });
    },
  };
}
