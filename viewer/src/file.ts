// Opening a graph file the user picks or drops on the page. A bad file shows an error and the
// current graph stays.
import type { KgGraph } from '../../src/model/contract.js';
import { graphFromJson } from '../../src/build/graph-json.js';
import { $ } from './dom.js';

export function showError(message?: string): void {
  const box = $('error');
  box.textContent = message ?? '';
  box.hidden = !message;
}

export async function readGraphFile(file: File): Promise<KgGraph> {
  const text = await file.text();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`${file.name}: not JSON`);
  }
  return graphFromJson(data, file.name);
}

export function setupFileInput(load: (graph: KgGraph) => void): void {
  const open = async (file: File | undefined) => {
    if (!file) return;
    try {
      load(await readGraphFile(file));
      showError();
    } catch (err) {
      showError(`Could not open ${file.name}: ${(err as Error).message}`);
    }
  };
  const input = $('file') as HTMLInputElement;
  input.addEventListener('change', () => { void open(input.files?.[0]); input.value = ''; });
  document.addEventListener('dragover', (e) => e.preventDefault());
  document.addEventListener('drop', (e) => { e.preventDefault(); void open(e.dataTransfer?.files[0]); });
}
