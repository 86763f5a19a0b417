import { test, expect } from "@pillars/test";
import { searchEvents } from "@pillars/learner";

test("an ordinary search finds published events only", async () => {
  expect(await searchEvents("jazz"), 'searchEvents("jazz")').toEqual([
    { id: 1, name: "Jazz on the River", venue: "Harbour Hall" },
    { id: 3, name: "Late Night Jazz Trio", venue: "Blue Cellar" },
  ]);
});

test("a quote in the search term is just a character", async () => {
  expect(await searchEvents("' OR 1=1 --"), 'searchEvents("\' OR 1=1 --")').toEqual([]);
});
