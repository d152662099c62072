// The path finder form: two ends picked by search (or "path from/to here" on a card), the
// direction option; Find lists the hops in the panel.
import { $ } from '../core/dom.js';
import { combobox, type Combobox } from '../search/view.js';
import { getSearchIndex } from '../search/index.js';
import type { SearchResult } from '../search/utils.js';
import { clearPath, findPath } from './index.js';

export interface PathForm {
  setEnd(which: 'from' | 'to', end: SearchResult): void;
  reset(): void;
}

export function setupPathForm(report: (message: string) => void): PathForm {
  // picking the second end from the suggestions finds the path at once
  const picked = () => { if (from.resolve() && to.resolve()) run(); };
  const from: Combobox = combobox($('path-from') as HTMLInputElement, getSearchIndex, picked);
  const to: Combobox = combobox($('path-to') as HTMLInputElement, getSearchIndex, picked);
  const directed = $('path-directed') as HTMLInputElement;
  const run = () => {
    const a = from.resolve();
    const b = to.resolve();
    if (!a || !b) {
      const which = !a ? ($('path-from') as HTMLInputElement) : ($('path-to') as HTMLInputElement);
      clearPath();
      report(which.value.trim() ? `path: no entity matches "${which.value.trim()}"` : 'path: pick both ends first');
      return;
    }
    from.setValue(a);
    to.setValue(b);
    findPath(a.key, b.key, { directed: directed.checked });
  };
  $('path-form').addEventListener('submit', (e) => { e.preventDefault(); run(); });
  $('path-clear').addEventListener('click', () => { from.clear(); to.clear(); clearPath(); });
  return {
    setEnd(which, end) { (which === 'from' ? from : to).setValue(end); if (from.resolve() && to.resolve()) run(); },
    reset() { from.clear(); to.clear(); },
  };
}
