import { test, expect, world } from "@pillars/test";
import { parcelHubQuotes, ShippingError } from "@pillars/learner";

const URL = "https://parcelhub.test/v2/rates";
const berlin = { postcode: "10115", country: "DE", weightGrams: 1250 };

/** Makes the simulated ParcelHub answer 200 with these rates. */
function ratesAre(rates: unknown[]) {
  world.http.route("POST", URL, () => ({ status: 200, body: { RateReply: { Rates: rates } } }));
}

/** The ShippingError code and message a promise rejects with, or what it did instead. */
async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
    return { code: "(it resolved)", message: "" };
  } catch (err) {
    if (err instanceof ShippingError) {
      const { code, message } = err as { code: string; message: string };
      return { code, message };
    }
    return { code: `(not a ShippingError: ${String(err)})`, message: String(err) };
  }
}

test("asks ParcelHub in its own terms: postcode, country and weight in kilograms", async () => {
  ratesAre([{ svc: "STD", amt: "4.99", cur: "EUR", days: "3" }]);
  const before = world.http.calls().length;
  await parcelHubQuotes.optionsFor(berlin);
  const calls = world.http.calls().slice(before);
  expect(calls.length, "requests sent to ParcelHub").toBe(1);
  expect(calls[0], "the request to ParcelHub").toMatchObject({
    method: "POST",
    url: URL,
    body: { dest_postcode: "10115", dest_country: "DE", weight_kg: 1.25 },
  });
});

test("every option has exactly the shop's fields, cheapest first", async () => {
  ratesAre([
    { svc: "EXP", amt: "19.90", cur: "EUR", days: "1" },
    { svc: "STD", amt: "5.49", cur: "EUR", days: "2-4" },
  ]);
  expect(await parcelHubQuotes.optionsFor(berlin), "options returned").toEqual([
    { speed: "standard", priceCents: 549, maxDays: 4 },
    { speed: "express", priceCents: 1990, maxDays: 1 },
  ]);
});

test("decimal amounts become exact integer cents", async () => {
  const amounts: [string, number][] = [
    ["4.35", 435],
    ["0.29", 29],
    ["12.5", 1250],
    ["7", 700],
  ];
  for (const [amt, cents] of amounts) {
    ratesAre([{ svc: "STD", amt, cur: "EUR", days: "3" }]);
    const [option] = await parcelHubQuotes.optionsFor(berlin);
    expect(option?.priceCents, `priceCents for ParcelHub's amt "${amt}"`).toBe(cents);
  }
});

test("skips rates the shop cannot offer: unknown services, other currencies, unreadable amounts", async () => {
  ratesAre([
    { svc: "ECO_PALLET", amt: "89.00", cur: "EUR", days: "7" },
    { svc: "toString", amt: "1.00", cur: "EUR", days: "1" },
    { svc: "EXP", amt: "14.00", cur: "GBP", days: "1" },
    { svc: "EXP", amt: "call us", cur: "EUR", days: "1" },
    { svc: "STD", amt: "6.10", cur: "EUR", days: "3-5" },
  ]);
  expect(await parcelHubQuotes.optionsFor(berlin), "options offered").toEqual([
    { speed: "standard", priceCents: 610, maxDays: 5 },
  ]);
});

test("a Fault E_ZIP inside a 200 becomes ShippingError invalid-postcode", async () => {
  world.http.route("POST", URL, () => ({
    status: 200,
    body: { Fault: { code: "E_ZIP", text: "ZIP lookup failed in table ZIPS_EU_2019" } },
  }));
  const { code, message } = await failure(
    parcelHubQuotes.optionsFor({ ...berlin, postcode: "00000" }),
  );
  expect(code, "error code for an unknown postcode").toBe("invalid-postcode");
  expect(message, "the error's message").not.toContain("ZIPS_EU_2019");
});

test("outages and replies of the wrong shape become shipping-unavailable, revealing nothing of ParcelHub", async () => {
  const outages: [string, () => unknown][] = [
    [
      "a 503 with an HTML page",
      () => ({ status: 503, body: "<html>ParcelHub maintenance: node db-7 down</html>" }),
    ],
    ["a 200 without RateReply", () => ({ status: 200, body: { Status: "OK" } })],
    [
      "a 200 that is not JSON",
      () => ({ status: 200, body: "ParcelHub maintenance: node db-7 down" }),
    ],
    [
      "a connection error",
      () => {
        throw new Error("ParcelHub maintenance: node db-7 down");
      },
    ],
  ];
  for (const [what, respond] of outages) {
    world.http.route("POST", URL, respond as never);
    const { code, message } = await failure(parcelHubQuotes.optionsFor(berlin));
    expect(code, `error code for ${what}`).toBe("shipping-unavailable");
    expect(message, `message for ${what}`).not.toContain("db-7");
  }
});

test("gives up on a ParcelHub that does not answer within the 2-second budget", async () => {
  world.http.route("POST", URL, async () => {
    await world.clock.sleep(30_000);
    return { status: 200, body: { RateReply: { Rates: [] } } };
  });
  const started = world.clock.now();
  const { code } = await failure(parcelHubQuotes.optionsFor(berlin));
  const waited = world.clock.now() - started;
  expect(code, "error code when ParcelHub hangs").toBe("shipping-unavailable");
  expect(waited, "virtual ms checkout waited for a hanging ParcelHub").toBeLessThanOrEqual(2_500);
});
