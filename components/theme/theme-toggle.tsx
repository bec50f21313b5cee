"use client";

import { useEffect, useSyncExternalStore } from "react";
import { SegmentedControl } from "../pickers/segmented-control";
import {
  applyTheme,
  readThemeChoice,
  storeThemeChoice,
  THEME_CHOICES,
  THEME_STORAGE_KEY,
  type ThemeChoice,
} from "./theme-preference";

const CHANGE_EVENT = "themechange";

function subscribe(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === THEME_STORAGE_KEY) onChange();
  };
  window.addEventListener("storage", onStorage); // another tab changed it
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onStorage);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

const LABELS: Record<ThemeChoice, string> = { system: "System", light: "Light", dark: "Dark" };

/** System / light / dark. The choice is kept in localStorage (`theme`); "system" follows the OS live. */
export function ThemeToggle() {
  // The server renders "system"; the stored choice appears right after hydration.
  const choice = useSyncExternalStore(subscribe, readThemeChoice, () => "system" as const);

  useEffect(() => {
    applyTheme(choice);
    if (choice !== "system") return;
    const query = window.matchMedia("(prefers-color-scheme: dark)");
    const follow = () => applyTheme("system");
    query.addEventListener("change", follow);
    return () => query.removeEventListener("change", follow);
  }, [choice]);

  return (
    <SegmentedControl
      label="Theme"
      value={choice}
      onChange={(next) => {
        storeThemeChoice(next);
        window.dispatchEvent(new Event(CHANGE_EVENT));
      }}
      options={THEME_CHOICES.map((value) => ({
        value,
        label: <ThemeIcon choice={value} />,
        title: LABELS[value],
      }))}
    />
  );
}

function ThemeIcon({ choice }: { readonly choice: ThemeChoice }) {
  return (
    <>
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        width="14"
        height="14"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
      >
        {choice === "light" ? (
          <>
            <circle cx="8" cy="8" r="3" />
            <path d="M8 1.5v1.5M8 13v1.5M1.5 8H3M13 8h1.5M3.4 3.4l1 1M11.6 11.6l1 1M3.4 12.6l1-1M11.6 4.4l1-1" />
          </>
        ) : choice === "dark" ? (
          <path d="M13.5 9.5A5.5 5.5 0 0 1 6.5 2.5a5.5 5.5 0 1 0 7 7Z" />
        ) : (
          <>
            <rect x="2" y="3" width="12" height="8" rx="1.5" />
            <path d="M6 14h4M8 11v3" />
          </>
        )}
      </svg>
      <span className="sr-only">{LABELS[choice]}</span>
    </>
  );
}
