/**
 * Which fields of each runbook the admin has left (blur), and whether an export was asked for: a field's
 * error is shown only then, as forms usually do, so a fresh form is not red before it is touched. The
 * checks panel lists what is missing from the start. Kept for the tab's life, not persisted: a reopened
 * runbook starts calm again.
 */
import { create } from 'zustand';

interface TouchedState {
  /** Dotted paths (Finding.field) of the fields left, per runbook. */
  fields: Record<string, readonly string[]>;
  /** Runbooks whose export was asked for: every field's error shows. */
  revealed: Record<string, true>;
  touch(runbookId: string, field: string): void;
  reveal(runbookId: string): void;
}

export const useTouched = create<TouchedState>()((set) => ({
  fields: {},
  revealed: {},
  touch(runbookId, field) {
    set((s) =>
      s.fields[runbookId]?.includes(field)
        ? s
        : { fields: { ...s.fields, [runbookId]: [...(s.fields[runbookId] ?? []), field] } },
    );
  },
  reveal(runbookId) {
    set((s) => (s.revealed[runbookId] ? s : { revealed: { ...s.revealed, [runbookId]: true } }));
  },
}));

/** The dotted path of the field an element belongs to (its own data-field or its group's). */
function fieldOf(element: EventTarget | null): string | undefined {
  return element instanceof Element
    ? (element.closest('[data-field]')?.getAttribute('data-field') ?? undefined)
    : undefined;
}

/**
 * Calls `left` with each field the focus leaves. A field left by a press of the mouse or a finger is
 * reported once the press is over: its error appearing between the button's press and release would move
 * the button away from under the pointer and swallow the click.
 */
export function watchFieldsLeft(left: (field: string) => void): () => void {
  let pressing = false;
  const held: string[] = [];
  const press = () => {
    pressing = true;
  };
  const release = () => {
    pressing = false;
    // After this input's click has been dispatched.
    setTimeout(() => {
      for (const field of held.splice(0)) left(field);
    });
  };
  const focusOut = (e: FocusEvent) => {
    const field = fieldOf(e.target);
    if (!field) return;
    if (pressing) held.push(field);
    else left(field);
  };
  document.addEventListener('pointerdown', press, true);
  document.addEventListener('pointerup', release, true);
  document.addEventListener('pointercancel', release, true);
  document.addEventListener('focusout', focusOut);
  return () => {
    document.removeEventListener('pointerdown', press, true);
    document.removeEventListener('pointerup', release, true);
    document.removeEventListener('pointercancel', release, true);
    document.removeEventListener('focusout', focusOut);
  };
}
