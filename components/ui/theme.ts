// Theme choice: the learner's explicit choice in localStorage, else the system's. The boot
// script runs inline in <head> before first paint, so a dark-mode learner never sees a flash.
export const THEME_KEY = "pillars:theme";
export type Theme = "light" | "dark";

export const THEME_BOOT_SCRIPT = `(function(){try{var t=localStorage.getItem(${JSON.stringify(
  THEME_KEY,
)});if(t!=="light"&&t!=="dark"){t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"}document.documentElement.dataset.theme=t}catch(e){}})();`;

export function currentTheme(): Theme {
  return document.documentElement.dataset.theme === "dark" ? "dark" : "light";
}

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Storage may be full or disabled; the choice still holds for this page.
  }
  window.dispatchEvent(new CustomEvent("pillars:theme", { detail: theme }));
}
