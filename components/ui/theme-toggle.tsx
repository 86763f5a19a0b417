"use client";
import { applyTheme } from "./theme.ts";
import { useTheme } from "./use-theme.ts";

export function ThemeToggle() {
  const theme = useTheme();
  return (
    <button
      type="button"
      className="button"
      aria-pressed={theme === "dark"}
      onClick={() => applyTheme(theme === "dark" ? "light" : "dark")}
    >
      Dark mode
    </button>
  );
}
