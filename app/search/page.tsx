import type { Metadata } from "next";
import { Suspense } from "react";
import { SearchBox } from "#components/search/search-box.tsx";

export const metadata: Metadata = { title: "Search" };

export default function SearchPage() {
  return (
    <div className="page page-narrow">
      <h1>Search the course</h1>
      <Suspense fallback={<p className="muted">Loading search…</p>}>
        <SearchBox />
      </Suspense>
    </div>
  );
}
