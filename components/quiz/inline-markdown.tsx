import { Fragment, type ReactNode } from "react";

// Quiz prompts, choices and explanations are short Markdown. This renders the part of Markdown
// they use (paragraphs, fenced code, `code`, **bold**, *emphasis*) as React elements, never as
// HTML strings, so nothing in a quiz can inject markup.
const INLINE = /(`[^`]+`|\*\*[^*]+\*\*|\*[^*\s][^*]*\*|_[^_\s][^_]*_)/g;

export function renderInline(text: string): ReactNode[] {
  return text.split(INLINE).map((part, i) => {
    if (part.startsWith("`") && part.endsWith("`") && part.length > 1)
      return <code key={i}>{part.slice(1, -1)}</code>;
    if (part.startsWith("**") && part.endsWith("**") && part.length > 3)
      return <strong key={i}>{part.slice(2, -2)}</strong>;
    if (/^(\*[^*].*\*|_[^_].*_)$/.test(part)) return <em key={i}>{part.slice(1, -1)}</em>;
    return <Fragment key={i}>{part}</Fragment>;
  });
}

export function Markdown({ text, inline = false }: { text: string; inline?: boolean }) {
  if (inline) return <>{renderInline(text.replace(/\s*\n\s*/g, " "))}</>;
  const blocks = text.split(/(```[^\n]*\n[\s\S]*?```)/g).filter((b) => b.trim());
  return (
    <>
      {blocks.flatMap((block, i) => {
        const fence = block.match(/^```[^\n]*\n([\s\S]*?)```$/);
        if (fence) {
          return [
            <pre key={i}>
              <code>{fence[1]}</code>
            </pre>,
          ];
        }
        return block
          .split(/\n\s*\n/)
          .filter((p) => p.trim())
          .map((p, j) => (
            <p key={`${i}-${j}`}>{renderInline(p.trim().replace(/\s*\n\s*/g, " "))}</p>
          ));
      })}
    </>
  );
}
