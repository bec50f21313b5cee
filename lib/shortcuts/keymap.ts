/**
 * The dashboard's keyboard shortcuts as data: one table drives both the key handler and the `?` dialog,
 * so the dialog cannot list a key that does nothing.
 */

export type ShortcutAction =
  | "shift-back"
  | "shift-forward"
  | "zoom-out"
  | "refresh"
  | "focus-range"
  | "focus-filter"
  | "toggle-compare"
  | "help";

export interface Shortcut {
  readonly action: ShortcutAction;
  /** `KeyboardEvent.key` values that trigger it. */
  readonly keys: readonly string[];
  /** Keys as the dialog shows them. */
  readonly shown: readonly string[];
  readonly description: string;
  /** Arrow keys need Shift (plain arrows scroll the page); printable keys are matched as typed. */
  readonly shift?: boolean;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { action: "shift-back", keys: ["["], shown: ["["], description: "Move the range back by its length" },
  { action: "shift-back", keys: ["ArrowLeft"], shown: ["Shift", "←"], description: "", shift: true },
  { action: "shift-forward", keys: ["]"], shown: ["]"], description: "Move the range forward by its length" },
  { action: "shift-forward", keys: ["ArrowRight"], shown: ["Shift", "→"], description: "", shift: true },
  { action: "zoom-out", keys: ["-"], shown: ["-"], description: "Zoom out (twice the range)" },
  { action: "zoom-out", keys: ["z"], shown: ["z"], description: "" },
  { action: "refresh", keys: ["r"], shown: ["r"], description: "Refresh the data" },
  { action: "focus-range", keys: ["t"], shown: ["t"], description: "Open the time range picker" },
  { action: "focus-filter", keys: ["/"], shown: ["/"], description: "Filter by name" },
  { action: "toggle-compare", keys: ["c"], shown: ["c"], description: "Compare with the previous period" },
  { action: "help", keys: ["?"], shown: ["?"], description: "Show these shortcuts" },
];

/** The fields of a keydown the mapping reads (a DOM KeyboardEvent has them all). */
export interface KeyInput {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
  /** Whether focus is in a field the reader types into (`isTypingTarget`). */
  readonly typing: boolean;
}

/**
 * The action for a keydown, or null. Never while typing in a field, and never with Ctrl, Cmd or Alt
 * (those are the browser's and the system's). Shift is part of typing "?" and "[" on many layouts, so
 * printable keys are matched by the character they produce; arrows need Shift.
 */
export function shortcutFor(input: KeyInput): ShortcutAction | null {
  if (input.typing || input.ctrlKey || input.metaKey || input.altKey) return null;
  for (const shortcut of SHORTCUTS) {
    if (!shortcut.keys.includes(input.key)) continue;
    if (shortcut.shift === true && !input.shiftKey) continue;
    return shortcut.action;
  }
  return null;
}

/** The element fields `isTypingTarget` reads, so it is testable without a DOM. */
export interface TargetLike {
  readonly tagName?: string;
  readonly isContentEditable?: boolean;
}

const FIELDS = new Set(["INPUT", "TEXTAREA", "SELECT"]);

/** Whether keys pressed in `target` are typing: an input, textarea, select or contenteditable. */
export function isTypingTarget(target: TargetLike | null | undefined): boolean {
  if (!target) return false;
  return FIELDS.has((target.tagName ?? "").toUpperCase()) || target.isContentEditable === true;
}
