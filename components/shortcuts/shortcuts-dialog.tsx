"use client";

import { useId } from "react";
import { MODAL_CLASS, useModal } from "@/components/ui/modal";
import { SHORTCUTS, type Shortcut } from "@/lib/shortcuts/keymap";

/** One row per action: a shortcut with no description is another key for the row above. */
function rows(): { description: string; keys: Shortcut["shown"][] }[] {
  const out: { description: string; keys: Shortcut["shown"][] }[] = [];
  for (const shortcut of SHORTCUTS) {
    const previous = out[out.length - 1];
    if (shortcut.description === "" && previous !== undefined) previous.keys.push(shortcut.shown);
    else out.push({ description: shortcut.description, keys: [shortcut.shown] });
  }
  return out;
}

const KEY =
  "inline-flex min-w-6 items-center justify-center rounded border border-border-strong bg-surface-muted px-1.5 font-mono text-xs text-fg";

/**
 * The list of keyboard shortcuts, opened by `?`. A native modal <dialog>: the page behind is inert, Tab
 * cycles within it, Escape closes it, and focus returns to where it was.
 */
export function ShortcutsDialog({ open, onClose }: { readonly open: boolean; readonly onClose: () => void }) {
  const ref = useModal(open);
  const titleId = useId();

  return (
    <dialog
      ref={ref}
      data-shortcuts-dialog
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={onClose}
      onKeyDown={(event) => {
        // Tab cycles within the dialog rather than leaving for the browser's own controls.
        if (event.key !== "Tab" || ref.current === null) return;
        const focusable = [...ref.current.querySelectorAll<HTMLElement>("button, [href], [tabindex='0']")];
        if (focusable.length === 0) return;
        const index = focusable.indexOf(document.activeElement as HTMLElement);
        const next = (index + (event.shiftKey ? -1 : 1) + focusable.length) % focusable.length;
        event.preventDefault();
        focusable[next]?.focus();
      }}
      className={`${MODAL_CLASS} w-[min(calc(100vw-2rem),26rem)]`}
    >
      <div className="p-4">
        <div className="mb-3 flex items-center justify-between gap-3">
          <h2 id={titleId} className="text-sm font-semibold">
            Keyboard shortcuts
          </h2>
          <button
            type="button"
            onClick={onClose}
            className="h-7 rounded-md px-2 text-xs font-medium text-fg-muted hover:bg-surface-muted hover:text-fg focus-visible:outline-2 focus-visible:outline-focus"
          >
            Close
          </button>
        </div>
        <dl className="grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-2 text-sm">
          {rows().map((row) => (
            <div key={row.description} className="contents">
              <dt className="flex flex-wrap items-center gap-1 text-xs text-fg-muted">
                {row.keys.map((keys, i) => (
                  <span key={keys.join("+")} className="flex items-center gap-1">
                    {i > 0 ? <span>or</span> : null}
                    {keys.map((k) => (
                      <kbd key={k} className={KEY}>
                        {k}
                      </kbd>
                    ))}
                  </span>
                ))}
              </dt>
              <dd className="text-fg">{row.description}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-xs text-fg-muted">Shortcuts do nothing while you type in a field.</p>
      </div>
    </dialog>
  );
}
