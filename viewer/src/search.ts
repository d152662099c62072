// Search with autocomplete over labels and aliases; choosing a result selects the node.
import type { KgGraph } from '../../src/model/contract.js';
import { findEntities } from '../../src/query/names.js';
import { $, el } from './dom.js';

export function setupSearch(getGraph: () => KgGraph, choose: (key: string) => void): void {
  const input = $('search') as HTMLInputElement;
  const list = $('suggestions') as HTMLUListElement;
  let results: { key: string; label: string; kind: string }[] = [];
  let active = 0;
  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); };
  const pick = (i: number) => {
    const r = results[i];
    if (!r) return;
    input.value = r.label;
    close();
    choose(r.key);
  };
  const render = () => {
    list.replaceChildren(...results.map((r, i) => {
      const item = el('li', { id: `suggestion-${i}`, onmousedown: (e: MouseEvent) => { e.preventDefault(); pick(i); } }, r.label, el('span', { className: 'kind-tag', textContent: r.kind }));
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', String(i === active));
      return item;
    }));
    list.hidden = results.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (results.length) input.setAttribute('aria-activedescendant', `suggestion-${active}`);
  };
  input.addEventListener('input', () => {
    results = input.value.trim() ? findEntities(getGraph(), input.value, { limit: 8 }) : [];
    active = 0;
    render();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') { active = Math.min(active + 1, results.length - 1); render(); e.preventDefault(); }
    else if (e.key === 'ArrowUp') { active = Math.max(active - 1, 0); render(); e.preventDefault(); }
    else if (e.key === 'Enter') { pick(active); e.preventDefault(); }
    else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}
