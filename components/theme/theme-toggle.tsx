"use client";

import { useEffect, useSyncExternalStore } from "react";
import { MonitorIcon, MoonIcon, SunIcon } from "@/components/ui/icons";
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

const THEME_ICONS: Record<ThemeChoice, () => React.ReactNode> = {
  light: SunIcon,
  dark: MoonIcon,
  system: MonitorIcon,
};

function ThemeIcon({ choice }: { readonly choice: ThemeChoice }) {
  const Glyph = THEME_ICONS[choice];
  return (
    <>
      <Glyph />
      <span className="sr-only">{LABELS[choice]}</span>
    </>
  );
}
