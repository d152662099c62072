// Opening graphs: the file input, a file dropped anywhere on the page, the URL at boot. A bad
// file shows one message and the current graph stays.
import type { KgGraph } from '../../../src/model/contract.js';
import { $ } from '../core/dom.js';
import { graphFromText } from './utils.js';

export function showError(message?: string): void {
  const box = $('error');
  box.textContent = message ?? '';
  box.hidden = !message;
}

export function setupFileOpen(load: (graph: KgGraph, source: string) => void): void {
  const open = async (file: File | undefined) => {
    if (!file) return;
    try {
      load(graphFromText(await file.text(), file.name), file.name);
      showError();
    } catch (err) {
      showError(`Could not open ${file.name}: ${(err as Error).message}. The graph shown is unchanged.`);
    }
  };
  const input = $('file') as HTMLInputElement;
  input.addEventListener('change', () => { void open(input.files?.[0]); input.value = ''; });
  const body = document.body;
  body.addEventListener('dragover', (e) => { e.preventDefault(); body.classList.add('dropping'); });
  body.addEventListener('dragleave', (e) => { if (!e.relatedTarget) body.classList.remove('dropping'); });
  body.addEventListener('drop', (e) => { e.preventDefault(); body.classList.remove('dropping'); void open(e.dataTransfer?.files[0]); });
}
