"use client";
import {
  Children,
  isValidElement,
  useId,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from "react";

// <Tabs><Tab label="pg">...</Tab><Tab label="SQLite">...</Tab></Tabs>, with the ARIA tabs
// pattern: arrow keys move between tabs, only the selected panel is shown.
export function Tab({ children }: { label: string; children?: ReactNode }) {
  return <>{children}</>;
}

export function Tabs({ children }: { children?: ReactNode }) {
  const id = useId();
  const tabs = Children.toArray(children).filter(
    (c): c is React.ReactElement<{ label: string; children?: ReactNode }> =>
      isValidElement(c) && typeof (c.props as { label?: unknown }).label === "string",
  );
  const [selected, setSelected] = useState(0);
  function onKey(event: KeyboardEvent) {
    const delta = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!delta) return;
    event.preventDefault();
    const next = (selected + delta + tabs.length) % tabs.length;
    setSelected(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  }
  return (
    <div className="mdx-tabs">
      <div role="tablist" className="mdx-tablist" onKeyDown={onKey}>
        {tabs.map((tab, i) => (
          <button
            key={i}
            id={`${id}-tab-${i}`}
            type="button"
            role="tab"
            aria-selected={i === selected}
            aria-controls={`${id}-panel-${i}`}
            tabIndex={i === selected ? 0 : -1}
            onClick={() => setSelected(i)}
          >
            {tab.props.label}
          </button>
        ))}
      </div>
      {tabs.map((tab, i) => (
        <div
          key={i}
          id={`${id}-panel-${i}`}
          role="tabpanel"
          aria-labelledby={`${id}-tab-${i}`}
          hidden={i !== selected}
          className="mdx-tabpanel"
        >
          {tab.props.children}
        </div>
      ))}
    </div>
  );
}
