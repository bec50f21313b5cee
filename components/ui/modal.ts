"use client";

import { useEffect, useRef } from "react";

/**
 * The box of a modal <dialog>, in both themes; the caller adds its width (`w-[min(calc(100vw-2rem),26rem)]`).
 * A native modal dialog makes the page behind inert and closes on Escape by itself.
 */
export const MODAL_CLASS =
  "m-auto rounded-xl border border-border-strong bg-surface-raised p-0 text-fg shadow-xl backdrop:bg-black/40";

/** Opens the returned <dialog> as a modal while `open` (the default: a dialog rendered only when open). */
export function useModal(open = true) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return ref;
}
