"use client";

import {
  type ButtonHTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";

const ITEM =
  "flex w-full items-center gap-2 rounded-md px-2.5 py-1.5 text-left text-sm text-fg hover:bg-surface-muted focus-visible:bg-surface-muted focus-visible:outline-none";

const MENU =
  "absolute top-full right-0 z-40 mt-1 flex flex-col gap-0.5 rounded-lg border border-border-strong bg-surface-raised p-1 shadow-lg";

/** A short note under a menu button ("Link copied"), placed where the menu opens. */
export const MENU_TIP =
  "absolute top-full right-0 z-40 mt-1 rounded-md border border-border bg-surface-raised px-2 py-1 text-xs whitespace-nowrap text-fg shadow-sm";

export interface MenuButton {
  readonly open: boolean;
  /** Closes without moving focus (an item that opens a dialog, which takes focus itself). */
  readonly dismiss: () => void;
  /** Closes and puts focus back on the button, as Escape does. */
  readonly close: () => void;
  /** Spread on the <button> that opens the menu (`aria-haspopup="menu"`). */
  readonly buttonProps: {
    readonly ref: RefObject<HTMLButtonElement | null>;
    readonly type: "button";
    readonly "aria-haspopup": "menu";
    readonly "aria-expanded": boolean;
    readonly "aria-controls": string | undefined;
    readonly onClick: () => void;
    readonly onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  };
  /** Given to <Menu>. */
  readonly menuProps: {
    readonly ref: RefObject<HTMLDivElement | null>;
    readonly id: string;
    readonly onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  };
}

/**
 * The WAI-ARIA menu button pattern, once for every menu: Enter, Space or ArrowDown open the menu on its
 * first item; ArrowUp/ArrowDown move round, Home/End jump; Escape closes back to the button; Tab or a
 * click outside close it and let focus go where it was going.
 */
export function useMenuButton(): MenuButton {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointer = (event: PointerEvent) => {
      const inside = [menuRef.current, buttonRef.current].some((el) => el?.contains(event.target as Node));
      if (!inside) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open]);

  function close() {
    setOpen(false);
    buttonRef.current?.focus();
  }

  function onMenuKey(event: KeyboardEvent<HTMLDivElement>) {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      items[(at + step + items.length) % items.length]?.focus();
    } else if (event.key === "Home" || event.key === "End") {
      event.preventDefault();
      items[event.key === "Home" ? 0 : items.length - 1]?.focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      close();
    } else if (event.key === "Tab") {
      setOpen(false);
    }
  }

  return {
    open,
    dismiss: () => setOpen(false),
    close,
    buttonProps: {
      ref: buttonRef,
      type: "button",
      "aria-haspopup": "menu",
      "aria-expanded": open,
      "aria-controls": open ? menuId : undefined,
      onClick: () => setOpen((was) => !was),
      onKeyDown: (event) => {
        if (event.key === "ArrowDown") {
          event.preventDefault();
          setOpen(true);
        }
      },
    },
    menuProps: { ref: menuRef, id: menuId, onKeyDown: onMenuKey },
  };
}

/** The open menu: rendered only while `menu.open`, under its button, right-aligned. */
export function Menu({
  menu,
  label,
  className,
  children,
}: {
  readonly menu: MenuButton;
  readonly label: string;
  /** Its width (`w-48`). */
  readonly className: string;
  readonly children: ReactNode;
}) {
  if (!menu.open) return null;
  return (
    <div {...menu.menuProps} role="menu" aria-label={label} tabIndex={-1} className={`${MENU} ${className}`}>
      {children}
    </div>
  );
}

/** One item: focus moves between items with the arrows, so none is in the Tab order. */
export function MenuItem(
  props: Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type" | "role" | "className">,
) {
  return <button type="button" role="menuitem" tabIndex={-1} className={ITEM} {...props} />;
}
