"use client";
import { useState } from "react";
import { Markdown } from "./inline-markdown.tsx";
import styles from "./quiz.module.css";

type Item = { id: string; text: string };

/** Moves the item at `from` by `delta` places, keeping the list the same length. */
export function move(order: string[], from: number, delta: number): string[] {
  const to = from + delta;
  if (from < 0 || from >= order.length || to < 0 || to >= order.length) return order;
  const next = [...order];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

// Reordering by buttons, which the keyboard and screen readers operate as they are; each move
// is announced, and focus follows the moved item's button.
export function OrderingQuestion({
  items,
  order,
  onChange,
}: {
  items: Item[];
  order: string[];
  onChange(order: string[]): void;
}) {
  const [announcement, setAnnouncement] = useState("");
  const text = (id: string) => items.find((i) => i.id === id)?.text ?? id;
  function shift(index: number, delta: number, event: React.MouseEvent<HTMLButtonElement>) {
    const next = move(order, index, delta);
    if (next === order) return;
    onChange(next);
    setAnnouncement(
      `${text(order[index]!)} moved to position ${index + delta + 1} of ${order.length}.`,
    );
    const list = event.currentTarget.closest("ol");
    const direction = delta < 0 ? "up" : "down";
    requestAnimationFrame(() => {
      const target = list?.querySelectorAll<HTMLButtonElement>(`button[data-move="${direction}"]`)[
        index + delta
      ];
      (target && !target.disabled
        ? target
        : list?.querySelectorAll<HTMLButtonElement>("button:not(:disabled)")[0]
      )?.focus();
    });
  }
  return (
    <>
      <p className="muted">Put the items in order, first at the top.</p>
      <ol className={styles.ordering}>
        {order.map((id, index) => (
          <li key={id} data-id={id}>
            <span className={styles.orderText}>
              <Markdown text={text(id)} inline />
            </span>
            <button
              type="button"
              className="button"
              data-move="up"
              disabled={index === 0}
              onClick={(e) => shift(index, -1, e)}
              aria-label={`Move “${text(id)}” up`}
            >
              ↑
            </button>
            <button
              type="button"
              className="button"
              data-move="down"
              disabled={index === order.length - 1}
              onClick={(e) => shift(index, 1, e)}
              aria-label={`Move “${text(id)}” down`}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
