// A remark plugin that gives headings their stable ids and records what the checker and the
// page need from an MDX document: the headings (for the table of contents and anchor checks),
// the links, and the JSX components used (for the skeleton and ExerciseCard checks).

export interface Heading {
  depth: number;
  id: string;
  text: string;
  /** The id came from a trailing `{/*id*\/}` comment rather than the text. */
  explicit: boolean;
  line?: number;
}
export interface MdxLink {
  url: string;
  line?: number;
}
export interface MdxComponentUse {
  name: string;
  /** String-valued attributes only (e.g. ExerciseCard's id). */
  attributes: Record<string, string>;
  line?: number;
}
export interface MdxAnalysis {
  headings: Heading[];
  links: MdxLink[];
  components: MdxComponentUse[];
  /** Heading ids given explicitly more than once on the page. */
  duplicateIds: string[];
}

// Minimal mdast shapes: enough for this plugin, without depending on @types/mdast.
interface Node {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  data?: { hProperties?: Record<string, unknown> };
  position?: { start: { line: number } };
}

const ID_COMMENT = /^\s*\/\*\s*([A-Za-z0-9][\w-]*)\s*\*\/\s*$/;

export function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9\s-]/g, "")
      .trim()
      .replace(/[\s-]+/g, "-") || "section"
  );
}

function textOf(node: Node): string {
  if (node.type === "mdxTextExpression" || node.type === "mdxFlowExpression") return "";
  if (typeof node.value === "string") return node.value;
  return (node.children ?? []).map(textOf).join("");
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

export function emptyAnalysis(): MdxAnalysis {
  return { headings: [], links: [], components: [], duplicateIds: [] };
}

/** Builds the plugin; it fills `into` while the document compiles. */
export function remarkAnalyse(into: MdxAnalysis) {
  return () => (tree: Node) => {
    const used = new Set<string>();
    walk(tree, (node) => {
      const line = node.position?.start.line;
      if (node.type === "heading") {
        const children = node.children ?? [];
        const last = children.at(-1);
        const match = last?.type === "mdxTextExpression" ? ID_COMMENT.exec(last.value ?? "") : null;
        if (match) {
          children.pop();
          const before = children.at(-1);
          if (before?.type === "text" && before.value) before.value = before.value.trimEnd();
        }
        const text = textOf(node).trim();
        let id = match?.[1] ?? slugify(text);
        if (used.has(id)) {
          if (match) into.duplicateIds.push(id);
          let n = 1;
          while (used.has(`${id}-${n}`)) n++;
          id = `${id}-${n}`;
        }
        used.add(id);
        node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
        into.headings.push({ depth: node.depth ?? 1, id, text, explicit: Boolean(match), line });
      } else if ((node.type === "link" || node.type === "definition") && node.url) {
        into.links.push({ url: node.url, line });
      } else if (
        (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") &&
        node.name
      ) {
        const attributes: Record<string, string> = {};
        for (const a of node.attributes ?? []) {
          if (a.type === "mdxJsxAttribute" && a.name && typeof a.value === "string")
            attributes[a.name] = a.value;
        }
        into.components.push({ name: node.name, attributes, line });
        if (node.name === "a" && attributes.href) into.links.push({ url: attributes.href, line });
      }
    });
  };
}
