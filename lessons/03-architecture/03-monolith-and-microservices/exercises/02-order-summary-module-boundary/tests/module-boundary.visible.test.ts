import { test, expect } from "@pillars/test";
import { createOrderSummaries } from "@pillars/learner";

test("product names come from the catalog's interface, not from its tables", async () => {
  // A fake catalog: the same interface as the real one, with names no table contains.
  const fakeCatalog = {
    async productNames(ids: number[]) {
      return ids.map((id) => ({ id, name: `Fake product ${id}` }));
    },
  };
  const summaries = createOrderSummaries(fakeCatalog);

  const summary = await summaries.summary(100);

  expect(
    summary?.lines.map((line: { name: string }) => line.name),
    "names on order 100's lines",
  ).toEqual(["Fake product 1", "Fake product 3"]);
});
