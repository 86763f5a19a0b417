"use client";
import { useSyncExternalStore } from "react";
import { currentTheme, type Theme } from "./theme.ts";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("pillars:theme", onChange);
  return () => window.removeEventListener("pillars:theme", onChange);
}

/** The page's theme; on the server it is unknown, so "light" until hydration corrects it. */
export function useTheme(): Theme {
  return useSyncExternalStore<Theme>(subscribe, currentTheme, () => "light");
}
