// Search over the course's build-time index (app/search-index.json). The index is small (one
// entry per lesson and exercise), so a plain scored scan is fast and needs no library: every
// query word must match a word of the entry (as a prefix, so "idemp" finds "idempotency").
export interface SearchDoc {
  kind: "lesson" | "exercise";
  title: string;
  href: string;
  summary: string;
  /** Where it lives: "Caching › Cache-aside and TTLs". */
  context: string;
  /** Headings, objectives and other words worth finding. */
  keywords: string;
}

export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const WEIGHTS = { title: 5, summary: 2, context: 1, keywords: 1 } as const;

export function search(docs: SearchDoc[], query: string, limit = 20): SearchDoc[] {
  const terms = [...new Set(tokenize(query))];
  if (terms.length === 0) return [];
  const scored: { doc: SearchDoc; score: number }[] = [];
  for (const doc of docs) {
    let score = 0;
    let all = true;
    for (const term of terms) {
      let best = 0;
      for (const field of Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]) {
        for (const word of tokenize(doc[field])) {
          if (word === term) best = Math.max(best, WEIGHTS[field] * 2);
          else if (word.startsWith(term)) best = Math.max(best, WEIGHTS[field]);
        }
      }
      if (best === 0) all = false;
      score += best;
    }
    if (all) scored.push({ doc, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.doc.title.localeCompare(b.doc.title))
    .slice(0, limit)
    .map((s) => s.doc);
}
