import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { Markdown } from "./inline-markdown.tsx";

const html = (text: string, inline = false) =>
  renderToStaticMarkup(<Markdown text={text} inline={inline} />);

describe("quiz Markdown", () => {
  test("code spans, bold and emphasis render as elements", () => {
    expect(html("Use `PUT` for **idempotent** *replace*", true)).toBe(
      "Use <code>PUT</code> for <strong>idempotent</strong> <em>replace</em>",
    );
  });

  test("paragraphs split on blank lines and fenced code keeps its text", () => {
    expect(html("First line\ncontinues.\n\nSecond.\n\n```ts\nconst a = 1 < 2;\n```")).toBe(
      "<p>First line continues.</p><p>Second.</p><pre><code>const a = 1 &lt; 2;\n</code></pre>",
    );
  });

  test("HTML in a quiz is shown as text, never injected", () => {
    expect(html('<img src=x onerror="alert(1)">', true)).toBe(
      "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;",
    );
  });
});
