"use client";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { search, type SearchDoc } from "./search-core.ts";

export function SearchBox() {
  const [docs, setDocs] = useState<SearchDoc[] | null>(null);
  const [failed, setFailed] = useState(false);
  // Start from ?q= so a search can be linked to (the page wraps this in Suspense).
  const params = useSearchParams();
  const [query, setQuery] = useState(() => params.get("q") ?? "");

  useEffect(() => {
    fetch("/search-index.json")
      .then((r) =>
        r.ok ? (r.json() as Promise<SearchDoc[]>) : Promise.reject(new Error(String(r.status))),
      )
      .then(setDocs)
      .catch(() => setFailed(true));
  }, []);

  const results = useMemo(() => (docs ? search(docs, query) : []), [docs, query]);
  const trimmed = query.trim();
  return (
    <div role="search">
      <label htmlFor="search-input">Lessons and exercises</label>
      <input
        id="search-input"
        type="search"
        className="search-input"
        value={query}
        autoFocus
        onChange={(e) => {
          setQuery(e.target.value);
          const url = new URL(window.location.href);
          url.searchParams.set("q", e.target.value);
          window.history.replaceState(null, "", url);
        }}
        placeholder="e.g. cache, index, idempotency"
      />
      <p role="status" className="muted">
        {failed
          ? "The search index could not be loaded. Reload the page to try again."
          : !docs
            ? "Loading the index…"
            : trimmed
              ? `${results.length} ${results.length === 1 ? "result" : "results"} for “${trimmed}”`
              : "Type to search."}
      </p>
      <ul className="card-list" data-testid="search-results">
        {results.map((doc) => (
          <li key={doc.href} className="card">
            <p className="muted small">
              {doc.kind === "lesson" ? "Lesson" : "Exercise"} · {doc.context}
            </p>
            <h2 className="result-title">
              <Link href={doc.href}>{doc.title}</Link>
            </h2>
            <p>{doc.summary}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
