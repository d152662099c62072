// The filter controls: a checkbox per kind (with its colour: the legend) and per relation, the
// minimum degree and confidence sliders, the time range. Controls only call actions.
import { KINDS, LOW_CONFIDENCE, RELATIONS, type Kind, type Relation } from '../../../src/model/contract.js';
import { $, el } from '../core/dom.js';
import { kindColor } from '../appearance/utils.js';
import type { LoadedGraph } from '../graph/index.js';
import { dateStart } from '../time/utils.js';
import { getFilter, setFilter } from './index.js';

function swatch(color: string): HTMLSpanElement {
  const s = el('span', { className: 'swatch' });
  s.style.background = color;
  return s;
}

function toggle<T extends string>(hidden: ReadonlySet<T>, value: T, shown: boolean): Set<T> {
  const next = new Set(hidden);
  if (shown) next.delete(value); else next.add(value);
  return next;
}

function checkbox(value: string, count: number, onChange: (shown: boolean) => void, color?: string): HTMLLabelElement {
  const input = el('input', { type: 'checkbox', checked: true, value });
  input.setAttribute('aria-label', `Show ${value}`);
  input.addEventListener('change', () => onChange(input.checked));
  return el('label', { className: count ? '' : 'empty' }, input, ...(color ? [swatch(color)] : []), `${value} `, el('span', { className: 'count', textContent: String(count) }));
}

/** Sorted distinct first days of the dated events: the steps of the time sliders. */
export function eventDays({ graph }: LoadedGraph): string[] {
  const days = new Set<string>();
  graph.forEachNode((_, a) => { if (a.kind === 'event' && a.date) days.add(dateStart(a.date)); });
  return [...days].sort();
}

export function setupFilterControls(): { reset(loaded: LoadedGraph): void } {
  const degree = $('min-degree') as HTMLInputElement;
  const confidence = $('min-confidence') as HTMLInputElement;
  const from = $('date-from') as HTMLInputElement;
  const to = $('date-to') as HTMLInputElement;
  let days: string[] = [];

  degree.addEventListener('input', () => {
    $('min-degree-value').textContent = degree.value;
    setFilter({ type: 'minDegree', value: Number(degree.value) });
  });
  confidence.addEventListener('input', () => {
    const v = Number(confidence.value);
    $('min-confidence-value').textContent = v < LOW_CONFIDENCE ? confidence.value : `${confidence.value} (no low-confidence edges)`;
    setFilter({ type: 'minConfidence', value: v });
  });
  const time = (moved: HTMLInputElement) => {
    // the two thumbs never cross: the one not moved follows
    if (Number(from.value) > Number(to.value)) (moved === from ? to : from).value = moved.value;
    const a = days[Number(from.value)];
    const b = days[Number(to.value)];
    $('date-from-value').textContent = a ?? '';
    $('date-to-value').textContent = b ?? '';
    setFilter({ type: 'time', from: Number(from.value) > 0 ? a : undefined, to: Number(to.value) < days.length - 1 ? b : undefined });
  };
  from.addEventListener('input', () => time(from));
  to.addEventListener('input', () => time(to));

  return {
    reset(loaded) {
      const { graph, degree: degreeOf } = loaded;
      const kinds = new Map<Kind, number>();
      const relations = new Map<Relation, number>();
      graph.forEachNode((_, a) => kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1));
      graph.forEachEdge((_, a) => relations.set(a.relation, (relations.get(a.relation) ?? 0) + 1));
      $('kinds').replaceChildren(...KINDS.map((k) => checkbox(k, kinds.get(k) ?? 0, (shown) => {
        setFilter({ type: 'kinds', hidden: toggle(getFilter('kinds').hidden, k, shown) });
      }, kindColor(k))));
      $('relations').replaceChildren(...RELATIONS.filter((r) => relations.has(r)).map((r) => checkbox(r, relations.get(r)!, (shown) => {
        setFilter({ type: 'relations', hidden: toggle(getFilter('relations').hidden, r, shown) });
      })));
      let maxDegree = 1;
      for (const d of degreeOf.values()) maxDegree = Math.max(maxDegree, d);
      degree.max = String(Math.min(maxDegree, 50));
      degree.value = '0';
      confidence.value = '0';
      $('min-degree-value').textContent = '0';
      $('min-confidence-value').textContent = '0';
      days = eventDays(loaded);
      from.max = to.max = String(Math.max(0, days.length - 1));
      from.value = '0';
      to.value = String(Math.max(0, days.length - 1));
      from.disabled = to.disabled = days.length < 2;
      $('date-from-value').textContent = days[0] ?? '';
      $('date-to-value').textContent = days[days.length - 1] ?? '';
    },
  };
}
