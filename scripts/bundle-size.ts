// First-load JavaScript per page type, gzip-compressed, from a production build: the scripts a
// prerendered page's HTML loads before anything else (lazy chunks such as Monaco's are not
// counted, which is the point: lesson pages must not carry the editor).
// Usage: node scripts/bundle-size.ts [distDir]   (exit 1 when a lesson page is over budget)
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

export const LESSON_BUDGET_KB = 200;

const PAGE_TYPES: { name: string; pattern: RegExp }[] = [
  { name: "catalog (/)", pattern: /^index\.html$/ },
  { name: "pillar", pattern: /^learn\/[^/]+\.html$/ },
  { name: "lesson", pattern: /^learn\/[^/]+\/[^/]+\.html$/ },
  { name: "exercise", pattern: /^exercises\/[^/]+\.html$/ },
  { name: "quiz", pattern: /^quizzes\/[^/]+\.html$/ },
  { name: "dashboard", pattern: /^dashboard\.html$/ },
  { name: "search", pattern: /^search\.html$/ },
];

function* htmlFiles(dir: string, base = dir): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* htmlFiles(full, base);
    else if (name.endsWith(".html")) yield relative(base, full);
  }
}

/** The distinct /_next/static scripts an HTML page loads (nomodule polyfills excluded: modern
 * browsers never fetch them). */
export function scriptsOf(html: string): string[] {
  const srcs: string[] = [];
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    if (/\snomodule\b/i.test(tag)) continue;
    const src = tag.match(/\ssrc="(\/_next\/static\/[^"?]+\.js)[^"]*"/)?.[1];
    if (src) srcs.push(src);
  }
  return [...new Set(srcs)];
}

export interface PageSize {
  name: string;
  example: string;
  scripts: number;
  gzipBytes: number;
}

export function measure(distDir: string): PageSize[] {
  const appDir = join(distDir, "server/app");
  const pages = [...htmlFiles(appDir)];
  const gzipOf = new Map<string, number>();
  const sizeOf = (src: string) => {
    if (!gzipOf.has(src)) {
      const file = join(distDir, "static", src.replace(/^\/_next\/static\//, ""));
      gzipOf.set(src, existsSync(file) ? gzipSync(readFileSync(file)).length : 0);
    }
    return gzipOf.get(src)!;
  };
  const out: PageSize[] = [];
  for (const type of PAGE_TYPES) {
    // The heaviest page of each type speaks for it.
    let worst: PageSize | undefined;
    for (const page of pages.filter((p) => type.pattern.test(p))) {
      const scripts = scriptsOf(readFileSync(join(appDir, page), "utf8"));
      const gzipBytes = scripts.reduce((n, s) => n + sizeOf(s), 0);
      if (!worst || gzipBytes > worst.gzipBytes)
        worst = { name: type.name, example: page, scripts: scripts.length, gzipBytes };
    }
    if (worst) out.push(worst);
  }
  return out;
}

if (import.meta.main) {
  const distDir = process.argv[2] ?? process.env.PILLARS_DIST_DIR ?? ".next";
  const sizes = measure(distDir);
  console.log("First-load JS per page type (gzip):");
  for (const type of PAGE_TYPES.filter((t) => !sizes.some((s) => s.name === t.name))) {
    console.log(`  ${type.name.padEnd(14)} rendered per request (no prerendered HTML to measure)`);
  }
  for (const s of sizes) {
    console.log(
      `  ${s.name.padEnd(14)} ${(s.gzipBytes / 1024).toFixed(1).padStart(7)} KB  ${s.scripts} scripts  (${s.example})`,
    );
  }
  const lesson = sizes.find((s) => s.name === "lesson");
  if (!lesson) {
    console.error("bundle-size: no prerendered lesson page found");
    process.exit(1);
  }
  if (lesson.gzipBytes > LESSON_BUDGET_KB * 1024) {
    console.error(
      `bundle-size: a lesson page loads ${(lesson.gzipBytes / 1024).toFixed(1)} KB, over the ${LESSON_BUDGET_KB} KB budget`,
    );
    process.exit(1);
  }
}
