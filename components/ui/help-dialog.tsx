"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

// Opens on "?" anywhere outside a text field (and from its button), lists every shortcut.
const SHORTCUTS: [string, string][] = [
  ["?", "Show this help"],
  ["/", "Go to search"],
  ["Ctrl/⌘ + Enter", "Run your code (in an exercise)"],
  ["Ctrl + M", "In the editor: let Tab move focus out instead of indenting"],
  ["Esc", "Close a dialog"],
  ["Tab / Shift + Tab", "Move between controls"],
];

function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) ||
    target.closest(".monaco-editor") !== null
  );
}

export function HelpDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (typingInField(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === "?") {
        event.preventDefault();
        dialog.current?.showModal();
      } else if (event.key === "/" && !dialog.current?.open) {
        event.preventDefault();
        const input = document.getElementById("search-input");
        if (input) input.focus();
        else router.push("/search");
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [router]);
  return (
    <>
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        Shortcuts <kbd aria-hidden="true">?</kbd>
      </button>
      <dialog ref={dialog} aria-labelledby="help-title">
        <h2 id="help-title">Keyboard shortcuts</h2>
        <dl className="shortcut-list">
          {SHORTCUTS.map(([keys, what]) => (
            <div key={keys} style={{ display: "contents" }}>
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <form method="dialog" className="dialog-actions">
          <button className="button primary">Close</button>
        </form>
      </dialog>
    </>
  );
}
