import { createContext } from 'react';

/** Where checklist ticks are kept: the case session when there is one. */
export interface ChecklistState {
  /** ISO time the item was checked, or undefined. */
  checkedAt(checklistId: string, itemId: string): string | undefined;
  toggle(checklistId: string, itemId: string, checked: boolean): void;
}

export const ChecklistStateContext = createContext<ChecklistState | null>(null);
