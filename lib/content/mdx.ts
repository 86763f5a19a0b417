// Compiles lesson MDX with mdx-bundler: GitHub-flavoured Markdown, stable heading ids, and code
// highlighted by shiki at compile time (light and dark themes as CSS variables, so the page
// ships no highlighter). The page renders `code` with getMDXComponent (mdx-bundler/client).
import rehypeShiki from "@shikijs/rehype";
import { bundleMDX } from "mdx-bundler";
import remarkGfm from "remark-gfm";
import { emptyAnalysis, remarkAnalyse, type MdxAnalysis } from "./mdx-analysis.ts";

export interface TocEntry {
  depth: 2 | 3;
  id: string;
  text: string;
}
export interface CompiledMdx {
  /** Function body for `getMDXComponent(code)`. */
  code: string;
  /** Headings of depth 2 and 3, in order, for the table of contents. */
  toc: TocEntry[];
  analysis: MdxAnalysis;
}

/** The components lesson MDX may use (components/lesson/mdx-components.tsx provides them). */
export const MDX_COMPONENTS = [
  "Callout",
  "Tabs",
  "Tab",
  "Figure",
  "Diagram",
  "ExerciseCard",
  "Quiz",
  "Exercises",
  "YouWillLearn",
] as const;

// Loaded once by shiki's singleton highlighter; a fence in another language renders as plain text.
const LANGUAGES = [
  "typescript",
  "tsx",
  "javascript",
  "json",
  "sql",
  "bash",
  "shell",
  "http",
  "yaml",
  "diff",
  "ini",
  "dockerfile",
  "nginx",
  "graphql",
  "html",
  "css",
  "python",
  "go",
  "proto",
];

/** Why `bundleMDX` failed, without the bundler's stack: `line:column: message` when known. */
export function describeMdxError(error: unknown): string {
  const e = error as {
    errors?: { text?: string; location?: { line?: number; column?: number } }[];
  };
  const first = e?.errors?.[0];
  if (first?.text) {
    // The MDX plugin puts its own `line:column` (in the MDX source) inside the text.
    const text = first.text
      .replace(/^Cannot process MDX file with esbuild:\s*/, "")
      .replace(/\s+/g, " ");
    const at =
      /^\d+:\d+/.test(text) || !first.location?.line
        ? ""
        : `${first.location.line}:${first.location.column ?? 0}: `;
    return `${at}${text}`;
  }
  return error instanceof Error ? error.message.split("\n")[0]! : String(error);
}

export async function compileMdx(
  source: string,
  options: { cwd?: string } = {},
): Promise<CompiledMdx> {
  const analysis = emptyAnalysis();
  const { code } = await bundleMDX({
    source,
    cwd: options.cwd,
    mdxOptions(mdx) {
      mdx.remarkPlugins = [...(mdx.remarkPlugins ?? []), remarkGfm, remarkAnalyse(analysis)];
      mdx.rehypePlugins = [
        ...(mdx.rehypePlugins ?? []),
        [
          rehypeShiki,
          {
            // The "-default" GitHub themes: every token colour meets WCAG AA (4.5:1) on its
            // background; plain github-light/dark have tokens at 3.0-3.6:1 (axe flags them).
            themes: { light: "github-light-default", dark: "github-dark-default" },
            defaultColor: "light",
            langs: LANGUAGES,
            fallbackLanguage: "text",
            defaultLanguage: "text",
          },
        ],
      ];
      return mdx;
    },
    esbuildOptions(esbuild) {
      esbuild.target = "es2022";
      esbuild.logLevel = "silent"; // errors are reported by the caller, once
      esbuild.minify = process.env.NODE_ENV === "production";
      return esbuild;
    },
  });
  const toc = analysis.headings
    .filter((h) => h.depth === 2 || h.depth === 3)
    .map((h) => ({ depth: h.depth as 2 | 3, id: h.id, text: h.text }));
  return { code, toc, analysis };
}
