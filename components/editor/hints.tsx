"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";

// Hints come one at a time: a learner who needs only the first should not see the third.
// A newly revealed hint takes focus, so a screen-reader user hears it at once.
export function Hints({ hints }: { hints: ReactNode[] }) {
  const [shown, setShown] = useState(0);
  const latest = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (shown > 0) latest.current?.focus();
  }, [shown]);
  if (hints.length === 0) return null;
  return (
    <section aria-labelledby="hints-heading">
      <h2 id="hints-heading">Hints</h2>
      <ol>
        {hints.slice(0, shown).map((hint, i) => (
          <li key={i} tabIndex={-1} ref={i === shown - 1 ? latest : undefined}>
            {hint}
          </li>
        ))}
      </ol>
      {shown < hints.length ? (
        <button type="button" className="button" onClick={() => setShown(shown + 1)}>
          Show hint {shown + 1} of {hints.length}
        </button>
      ) : (
        <p className="muted">That was the last hint.</p>
      )}
    </section>
  );
}
