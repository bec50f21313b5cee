import { describe, expect, it } from "vitest";
import { isTypingTarget, type KeyInput, SHORTCUTS, shortcutFor } from "./keymap";

const key = (k: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  typing: false,
  ...extra,
});

describe("shortcutFor", () => {
  it.each([
    ["[", "shift-back"],
    ["]", "shift-forward"],
    ["-", "zoom-out"],
    ["z", "zoom-out"],
    ["r", "refresh"],
    ["t", "focus-range"],
    ["/", "focus-filter"],
    ["c", "toggle-compare"],
  ] as const)("maps %s to %s", (k, action) => {
    expect(shortcutFor(key(k))).toBe(action);
  });

  it("takes ? as typed with Shift, and arrows only with Shift", () => {
    expect(shortcutFor(key("?", { shiftKey: true }))).toBe("help");
    expect(shortcutFor(key("ArrowLeft", { shiftKey: true }))).toBe("shift-back");
    expect(shortcutFor(key("ArrowRight", { shiftKey: true }))).toBe("shift-forward");
    expect(shortcutFor(key("ArrowLeft"))).toBeNull();
  });

  it("never fires while typing or with Ctrl, Cmd or Alt", () => {
    for (const k of ["[", "r", "c", "/", "?", "t"]) {
      expect(shortcutFor(key(k, { typing: true }))).toBeNull();
      expect(shortcutFor(key(k, { ctrlKey: true }))).toBeNull();
      expect(shortcutFor(key(k, { metaKey: true }))).toBeNull();
      expect(shortcutFor(key(k, { altKey: true }))).toBeNull();
    }
  });

  it("ignores other keys, and capitals (Shift+R is not r)", () => {
    expect(shortcutFor(key("x"))).toBeNull();
    expect(shortcutFor(key("R", { shiftKey: true }))).toBeNull();
  });

  it("lists every action in the table the dialog shows", () => {
    const actions = new Set(SHORTCUTS.map((s) => s.action));
    expect(actions.size).toBe(8);
  });
});

describe("isTypingTarget", () => {
  it("is true in inputs, textareas, selects and contenteditable, false elsewhere", () => {
    expect(isTypingTarget({ tagName: "INPUT" })).toBe(true);
    expect(isTypingTarget({ tagName: "textarea" })).toBe(true);
    expect(isTypingTarget({ tagName: "SELECT" })).toBe(true);
    expect(isTypingTarget({ tagName: "DIV", isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: "BUTTON" })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
