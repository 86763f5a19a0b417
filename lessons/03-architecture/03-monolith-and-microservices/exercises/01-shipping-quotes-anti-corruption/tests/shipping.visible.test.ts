import { test, expect, world } from "@pillars/test";
import { parcelHubQuotes } from "@pillars/learner";

test("ParcelHub's rates come back in the shop's terms, cheapest first", async () => {
  world.http.route("POST", "https://parcelhub.test/v2/rates", () => ({
    status: 200,
    body: {
      RateReply: {
        Rates: [
          { svc: "EXP", amt: "12.50", cur: "EUR", days: "1-2" },
          { svc: "STD", amt: "4.99", cur: "EUR", days: "3-5" },
        ],
      },
    },
  }));
  const options = await parcelHubQuotes.optionsFor({
    postcode: "10115",
    country: "DE",
    weightGrams: 800,
  });
  expect(options, "options for a 800 g parcel to Berlin").toEqual([
    { speed: "standard", priceCents: 499, maxDays: 5 },
    { speed: "express", priceCents: 1250, maxDays: 2 },
  ]);
});
