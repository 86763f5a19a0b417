// Prerequisites name lessons or pillars, must exist, and must not form a cycle. A pillar's
// prerequisites are inherited by each of its lessons, and requiring a pillar means requiring
// every lesson in it: both are edges of the graph searched for cycles.
import path from "node:path";
import type { ProblemList } from "../problems.ts";
import type { ContentTree } from "../tree.ts";

export function checkPrerequisites(tree: ContentTree, problems: ProblemList): void {
  const edges = new Map<string, string[]>();
  const files = new Map<string, string>();
  for (const p of tree.pillars) {
    files.set(p.meta.id, path.join(p.dir, "meta.json"));
    edges.set(p.meta.id, [...(p.meta.prerequisites ?? []), ...p.lessons.map((l) => l.meta.id)]);
    for (const l of p.lessons) {
      files.set(l.meta.id, path.join(l.dir, "meta.json"));
      edges.set(l.meta.id, [...(l.meta.prerequisites ?? []), ...(p.meta.prerequisites ?? [])]);
    }
  }
  for (const p of tree.pillars) {
    const own = [
      [p.meta.id, p.meta.prerequisites ?? []] as const,
      ...p.lessons.map((l) => [l.meta.id, l.meta.prerequisites ?? []] as const),
    ];
    for (const [id, prereqs] of own) {
      for (const pre of prereqs) {
        if (!edges.has(pre))
          problems.error(
            files.get(id)!,
            "prerequisite-missing",
            `prerequisite "${pre}" is not a lesson or pillar id`,
          );
        else if (pre === id)
          problems.error(
            files.get(id)!,
            "prerequisite-cycle",
            `"${id}" lists itself as a prerequisite`,
          );
      }
    }
  }

  // Depth-first search; each cycle is reported once, at the node where it closes.
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const reported = new Set<string>();
  const visit = (id: string): void => {
    state.set(id, "visiting");
    stack.push(id);
    for (const next of edges.get(id) ?? []) {
      if (next === id || !edges.has(next)) continue;
      if (state.get(next) === "visiting") {
        const cycle = [...stack.slice(stack.indexOf(next)), next];
        const key = [...cycle.slice(0, -1)].sort().join(",");
        if (!reported.has(key)) {
          reported.add(key);
          problems.error(
            files.get(id)!,
            "prerequisite-cycle",
            `prerequisites form a cycle: ${cycle.join(" -> ")}`,
          );
        }
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(id, "done");
  };
  for (const id of edges.keys()) if (!state.has(id)) visit(id);
}
