import { test, expect, world } from "@pillars/test";
import { createPool } from "@pillars/learner";

interface FakeConnection {
  id: number;
  holder: string | null;
}

/** A database that takes 30 virtual ms to accept a connection; counts what it is asked. */
function fakeDatabase(options: { failFirst?: number } = {}) {
  const db = { connects: 0, failures: 0, opened: [] as FakeConnection[], doubleHandOut: 0 };
  const connect = async (): Promise<FakeConnection> => {
    db.connects++;
    await world.clock.sleep(30);
    if (db.failures < (options.failFirst ?? 0)) {
      db.failures++;
      throw new Error("connection refused: too many clients");
    }
    const connection = { id: db.opened.length + 1, holder: null };
    db.opened.push(connection);
    return connection;
  };
  return { db, connect };
}

/** Work that holds a connection for `ms`; notices if the connection was already held. */
function work(db: { doubleHandOut: number }, tracker: { now: number; peak: number }, ms: number) {
  return async (connection: FakeConnection) => {
    if (connection.holder !== null) db.doubleHandOut++;
    connection.holder = "busy";
    tracker.now++;
    tracker.peak = Math.max(tracker.peak, tracker.now);
    await world.clock.sleep(ms);
    tracker.now--;
    connection.holder = null;
    return connection.id;
  };
}

test("reuses an idle connection instead of connecting again", async () => {
  const { db, connect } = fakeDatabase();
  const pool = createPool({ max: 4, connect });
  const tracker = { now: 0, peak: 0 };
  for (let i = 0; i < 5; i++) await pool.use(work(db, tracker, 10));
  expect(db.connects, "connections opened for 5 queries one after another").toBe(1);
  expect(pool.stats(), "stats after the queries").toEqual({
    total: 1,
    idle: 1,
    inUse: 0,
    waiting: 0,
  });
});

test("never opens or lends more than max connections, and uses all of them", async () => {
  const { db, connect } = fakeDatabase();
  const pool = createPool({ max: 3, connect });
  const tracker = { now: 0, peak: 0 };
  const started = world.clock.now();
  const jobs = Array.from({ length: 12 }, () => pool.use(work(db, tracker, 100)));
  expect(pool.stats().total, "connections open or opening right after 12 requests").toBe(3);
  expect(pool.stats().waiting, "requests waiting for a connection").toBe(9);
  await Promise.all(jobs);
  expect(tracker.peak, "most connections in use at once with max 3").toBe(3);
  expect(db.connects, "connections opened for 12 requests with max 3").toBe(3);
  expect(db.doubleHandOut, "times a connection was handed out while still held").toBe(0);
  expect(
    world.clock.now() - started,
    "virtual ms: connect 30, then 12 jobs of 100 ms on 3 connections",
  ).toBeLessThanOrEqual(430);
});

test("waiters are served first come, first served, before any newcomer", async () => {
  const { connect } = fakeDatabase();
  const pool = createPool({ max: 1, connect });
  const holder = await pool.acquire();
  const served: string[] = [];
  const waiting = ["first", "second", "third"].map((name) =>
    pool.acquire().then((c: FakeConnection) => {
      served.push(name);
      return c;
    }),
  );
  await world.clock.sleep(10);
  pool.release(holder);
  // A caller arriving right after the release must queue behind the three.
  const late = pool.acquire().then((c: FakeConnection) => {
    served.push("newcomer");
    return c;
  });
  for (const promise of [...waiting, late]) {
    const connection = await promise;
    await world.clock.sleep(5);
    pool.release(connection);
  }
  expect(served, "order in which callers got the connection").toEqual([
    "first",
    "second",
    "third",
    "newcomer",
  ]);
});

test("a task that fails gives its connection back and the error to its caller", async () => {
  const { db, connect } = fakeDatabase();
  const pool = createPool({ max: 1, connect });
  await expect
    .rejects(
      pool.use(async () => {
        await world.clock.sleep(5);
        throw new Error("duplicate key value violates unique constraint");
      }),
    )
    .toThrow("duplicate key");
  expect(pool.stats(), "stats after a failed task").toEqual({
    total: 1,
    idle: 1,
    inUse: 0,
    waiting: 0,
  });
  const tracker = { now: 0, peak: 0 };
  expect(await pool.use(work(db, tracker, 5)), "id of the connection the next task gets").toBe(1);
  expect(db.connects, "connections opened").toBe(1);
});

test("a failed connect frees its slot for the next caller", async () => {
  const { db, connect } = fakeDatabase({ failFirst: 1 });
  const pool = createPool({ max: 1, connect });
  await expect.rejects(pool.acquire()).toThrow("connection refused");
  expect(pool.stats().total, "connections counted after a failed connect").toBe(0);
  const connection = await pool.acquire();
  expect(connection.id, "the connection opened on the second try").toBe(1);
  expect(db.connects, "connect attempts").toBe(2);
  pool.release(connection);
});

test("a waiter gives up after acquireTimeoutMs and is never served afterwards", async () => {
  const { connect } = fakeDatabase();
  const pool = createPool({ max: 1, connect, acquireTimeoutMs: 200 });
  const holder = await pool.acquire();
  const started = world.clock.now();
  let gaveUpAfter = -1;
  const waiter = pool.acquire().then(
    () => "served",
    () => {
      gaveUpAfter = world.clock.now() - started;
      return "timed out";
    },
  );
  await world.clock.sleep(500); // the holder keeps its connection for 500 ms
  expect(await waiter, "what happened to a caller who waited 500 ms with a 200 ms limit").toBe(
    "timed out",
  );
  expect(gaveUpAfter, "virtual ms the caller waited before the pool gave up").toBe(200);
  expect(pool.stats().waiting, "callers still waiting after the timeout").toBe(0);
  pool.release(holder);
  expect(pool.stats(), "stats once the holder releases").toEqual({
    total: 1,
    idle: 1,
    inUse: 0,
    waiting: 0,
  });
});

test("releasing a connection that is not in use is refused", async () => {
  const { connect } = fakeDatabase();
  const pool = createPool({ max: 2, connect });
  const connection = await pool.acquire();
  pool.release(connection);
  let refused = false;
  try {
    pool.release(connection); // a double release: two callers would later share it
  } catch {
    refused = true;
  }
  expect(refused, "a second release of the same connection throws").toBe(true);
  expect(pool.stats(), "stats after the refused double release").toEqual({
    total: 1,
    idle: 1,
    inUse: 0,
    waiting: 0,
  });
});

test("max must be a positive integer", () => {
  const { connect } = fakeDatabase();
  for (const max of [0, -1, 2.5]) {
    let error = "";
    try {
      createPool({ max, connect });
    } catch (err) {
      error = (err as Error).name;
    }
    expect(error, `error thrown by createPool({ max: ${max} })`).toBe("RangeError");
  }
});
