// A search combobox (ARIA 1.2 pattern): suggestions as you type, arrows to move, Enter takes the
// active suggestion (the top one by default), Escape closes. Used by the search box and by the
// path finder's two ends.
import { el } from '../core/dom.js';
import { search, type SearchEntry, type SearchResult } from './utils.js';

export interface Combobox {
  /** The entry the text names now: the chosen one, else the top suggestion. */
  resolve(): SearchResult | undefined;
  setValue(result: SearchResult): void;
  clear(): void;
}

export function combobox(input: HTMLInputElement, getIndex: () => readonly SearchEntry[], onPick: (r: SearchResult) => void): Combobox {
  const list = el('ul', { className: 'suggestions', id: `${input.id}-suggestions`, hidden: true });
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', `${input.getAttribute('aria-label') ?? 'Search'}: suggestions`);
  input.after(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  input.autocomplete = 'off';
  let results: SearchResult[] = [];
  let active = 0;
  let chosen: SearchResult | undefined;

  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); };
  const pick = (i: number) => {
    const r = results[i];
    if (!r) return;
    chosen = r;
    input.value = r.label;
    close();
    onPick(r);
  };
  const render = () => {
    list.replaceChildren(...results.map((r, i) => {
      const item = el('li', { id: `${list.id}-${i}` }, r.label, el('span', { className: 'kind-tag', textContent: r.alias ? `${r.kind} · “${r.alias}”` : r.kind }));
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', String(i === active));
      // mousedown, not click: the input's blur would close the list first
      item.addEventListener('mousedown', (e) => { e.preventDefault(); pick(i); });
      return item;
    }));
    list.hidden = results.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (results.length) input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
  };
  input.addEventListener('input', () => {
    chosen = undefined;
    results = search(getIndex(), input.value);
    active = 0;
    render();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && results.length) { active = Math.min(active + 1, results.length - 1); render(); e.preventDefault(); }
    else if (e.key === 'ArrowUp' && results.length) { active = Math.max(active - 1, 0); render(); e.preventDefault(); }
    else if (e.key === 'Enter') {
      if (!list.hidden) { pick(active); e.preventDefault(); }
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => close());
  return {
    resolve: () => chosen ?? search(getIndex(), input.value, 1)[0],
    setValue(r) { chosen = r; input.value = r.label; close(); },
    clear() { chosen = undefined; input.value = ''; results = []; close(); },
  };
}
