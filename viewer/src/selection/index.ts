// What the pointer hovers and what the user selected (by click, search, timeline or panel link).
import { atom } from '../core/store.js';

export interface Selection {
  hovered?: string;
  selected?: string;
}

export const selectionAtom = atom<Selection>({});

export function hover(node: string | undefined): void {
  if (selectionAtom.get().hovered !== node) selectionAtom.set({ ...selectionAtom.get(), hovered: node });
}

export function select(node: string | undefined): void {
  selectionAtom.set({ ...selectionAtom.get(), selected: node });
}

export function clearSelection(): void {
  selectionAtom.set({});
}
