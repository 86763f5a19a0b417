// Maps a request path to the app route that serves it ("/api/v1/exercises/[id]/runs"), so
// metrics are labelled by route pattern, never by raw path: a label per distinct URL would
// let any client grow our metrics without bound. Patterns come from the app/ folder, the same
// source Next routes from, so dev and production label alike.
import { readdirSync } from "node:fs";
import { join } from "node:path";

const ROUTE_FILE = /^(page|route)\.(tsx?|jsx?|mdx?)$/;
const METADATA_FILE =
  /^(favicon\.ico|icon\.\w+|apple-icon\.\w+|robots\.txt|sitemap\.xml|manifest\.(json|webmanifest))$/;

/** Label for paths no route serves (404s, probes). */
export const UNMATCHED = "(unmatched)";

type SegmentKind = 0 | 1 | 2 | 3; // static, [param], [...catchAll], [[...optional]]
interface Pattern {
  label: string;
  segments: { kind: SegmentKind; text: string }[];
}

function kindOf(segment: string): SegmentKind {
  if (segment.startsWith("[[...")) return 3;
  if (segment.startsWith("[...")) return 2;
  if (segment.startsWith("[")) return 1;
  return 0;
}

/** Route folders under app/: groups "(x)" and slots "@x" add no URL segment; "_x" is private. */
function collect(dir: string, segments: string[], out: string[][]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      const name = entry.name;
      if (name.startsWith("_") || name.startsWith("(.")) continue;
      const skip = (name.startsWith("(") && name.endsWith(")")) || name.startsWith("@");
      collect(join(dir, name), skip ? segments : [...segments, name], out);
    } else if (ROUTE_FILE.test(entry.name)) {
      out.push(segments);
    } else if (METADATA_FILE.test(entry.name)) {
      out.push([...segments, entry.name]);
    }
  }
}

export function loadRoutePatterns(appDir: string, publicDir?: string): Pattern[] {
  const found: string[][] = [];
  collect(appDir, [], found);
  if (publicDir) {
    try {
      for (const entry of readdirSync(publicDir, { withFileTypes: true })) {
        if (entry.isFile()) found.push([entry.name]);
      }
    } catch {
      // No public/ folder: nothing to add.
    }
  }
  return found.map((segments) => ({
    label: "/" + segments.join("/"),
    segments: segments.map((text) => ({ kind: kindOf(text), text })),
  }));
}

function matches(pattern: Pattern, parts: string[]): boolean {
  const { segments } = pattern;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg.kind === 3) return true;
    if (seg.kind === 2) return parts.length > i;
    const part = parts[i];
    if (part === undefined) return false;
    if (seg.kind === 0 && part !== seg.text) return false;
  }
  return parts.length === segments.length;
}

/** Lower is more specific, compared segment by segment (static beats [param] beats [...]). */
function moreSpecific(a: Pattern, b: Pattern): boolean {
  const n = Math.max(a.segments.length, b.segments.length);
  for (let i = 0; i < n; i++) {
    const ka = a.segments[i]?.kind ?? -1;
    const kb = b.segments[i]?.kind ?? -1;
    if (ka !== kb) return ka < kb;
  }
  return false;
}

export type RouteOf = (url: string) => string;

export function createRouteMatcher(patterns: Pattern[]): RouteOf {
  return (url) => {
    const path = url.split("?")[0] ?? "/";
    if (path.startsWith("/_next/static/")) return "/_next/static";
    if (path.startsWith("/_next/")) return "/_next";
    const parts = path.split("/").filter(Boolean);
    let best: Pattern | undefined;
    for (const pattern of patterns) {
      if (matches(pattern, parts) && (!best || moreSpecific(pattern, best))) best = pattern;
    }
    return best?.label ?? UNMATCHED;
  };
}
