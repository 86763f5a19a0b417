// The order of the workspace's file tabs, and which one opens first: the file the learner
// is meant to edit (meta.json `open`, else the entry), then the rest of their files, then the read-only
// ones: given helpers, then visible tests.

export interface TabSources {
  /** The file to open first. */
  open: string;
  /** The learner's files (starter, or their saved edits). */
  files: Record<string, string>;
  given: Record<string, string>;
  visibleTests: Record<string, string>;
}

export interface Tab {
  path: string;
  readOnly: boolean;
}

const sorted = (o: Record<string, string>) => Object.keys(o).sort((a, b) => a.localeCompare(b));

export function workspaceTabs({ open, files, given, visibleTests }: TabSources): Tab[] {
  const own = sorted(files).filter((p) => !Object.hasOwn(given, p));
  const editable = own.includes(open) ? [open, ...own.filter((p) => p !== open)] : own;
  return [
    ...editable.map((path) => ({ path, readOnly: false })),
    ...sorted(given).map((path) => ({ path, readOnly: true })),
    ...sorted(visibleTests).map((path) => ({ path, readOnly: true })),
  ];
}
