import { test, expect, world } from "@pillars/test";
import { rollingUpdate } from "@pillars/learner";

interface Pod {
  id: string;
  version: string;
  readyAt: number;
  running: boolean;
}

/**
 * A fake cluster of `replicas` pods of v1, all ready. A new pod is ready `warmupMs` after it
 * starts, except pods of a version in `broken`, and every pod started after the first
 * `healthyStarts` ones, which never become ready. It records what the rollout did.
 */
function fakeCluster(
  replicas: number,
  { warmupMs = 3_000, broken = [] as string[], healthyStarts = Infinity, initial = "v1" } = {},
) {
  const pods: Pod[] = [];
  for (let i = 0; i < replicas; i++) {
    pods.push({ id: `${initial}-${i}`, version: initial, readyAt: 0, running: true });
  }
  const stats = {
    starts: 0,
    probes: new Map<string, number>(),
    peakRunning: replicas,
    minReady: replicas,
    stopped: [] as string[],
  };
  const now = () => world.clock.now();
  const running = () => pods.filter((pod) => pod.running);
  const readyCount = () => running().filter((pod) => now() >= pod.readyAt).length;
  const cluster = {
    instances: () => running().map(({ id, version }) => ({ id, version })),
    async start(version: string) {
      stats.starts += 1;
      const neverReady = broken.includes(version) || stats.starts > healthyStarts;
      const pod = {
        id: `${version}-new-${stats.starts}`,
        version,
        readyAt: Infinity,
        running: true,
      };
      pods.push(pod);
      stats.peakRunning = Math.max(stats.peakRunning, running().length);
      await world.clock.sleep(100); // the container starts
      pod.readyAt = neverReady ? Infinity : now() + warmupMs;
      return { id: pod.id, version };
    },
    async isReady(id: string) {
      stats.probes.set(id, (stats.probes.get(id) ?? 0) + 1);
      await world.clock.sleep(1);
      const pod = pods.find((candidate) => candidate.id === id);
      return Boolean(pod?.running && now() >= pod.readyAt);
    },
    async stop(id: string) {
      const pod = pods.find((candidate) => candidate.id === id);
      if (!pod || !pod.running) throw new Error(`no running pod ${id}`);
      pod.running = false;
      stats.stopped.push(id);
      stats.minReady = Math.min(stats.minReady, readyCount());
      await world.clock.sleep(50);
    },
  };
  const versions = () =>
    running()
      .map((pod) => pod.version)
      .sort();
  return { cluster, stats, versions, readyCount };
}

test("every pod is replaced and ready capacity never drops below the replica count", async () => {
  const { cluster, stats, versions } = fakeCluster(4);
  const result = await rollingUpdate(cluster, "v2");
  expect(result, "the rollout result").toEqual({ status: "complete", replaced: 4 });
  expect(versions(), "versions running after the rollout").toEqual(["v2", "v2", "v2", "v2"]);
  expect(
    stats.minReady,
    "fewest ready pods right after a pod was stopped (4 wanted)",
  ).toBeGreaterThanOrEqual(4);
});

test("a slow warm-up is waited for, not guessed", async () => {
  const { cluster, stats, versions } = fakeCluster(3, { warmupMs: 12_000 });
  const result = await rollingUpdate(cluster, "v2");
  expect(result, "the rollout result with a 12 s warm-up").toEqual({
    status: "complete",
    replaced: 3,
  });
  expect(versions(), "versions running after the rollout").toEqual(["v2", "v2", "v2"]);
  expect(
    stats.minReady,
    "fewest ready pods right after a pod was stopped (3 wanted)",
  ).toBeGreaterThanOrEqual(3);
});

test("never more than replicas + maxSurge pods run at once", async () => {
  const one = fakeCluster(4);
  await rollingUpdate(one.cluster, "v2", { maxSurge: 1 });
  expect(
    one.stats.peakRunning,
    "most pods running at once with maxSurge 1 (4 replicas)",
  ).toBeLessThanOrEqual(5);
  const two = fakeCluster(4);
  await rollingUpdate(two.cluster, "v2", { maxSurge: 2 });
  expect(
    two.stats.peakRunning,
    "most pods running at once with maxSurge 2 (4 replicas)",
  ).toBeLessThanOrEqual(6);
  expect(
    two.stats.minReady,
    "fewest ready pods right after a stop, maxSurge 2",
  ).toBeGreaterThanOrEqual(4);
});

test("maxSurge 2 warms pods up in parallel, so the rollout takes about half as long", async () => {
  const one = fakeCluster(4, { warmupMs: 5_000 });
  let start = world.clock.now();
  await rollingUpdate(one.cluster, "v2", { maxSurge: 1 });
  const withOne = world.clock.now() - start;
  const two = fakeCluster(4, { warmupMs: 5_000 });
  start = world.clock.now();
  await rollingUpdate(two.cluster, "v2", { maxSurge: 2 });
  const withTwo = world.clock.now() - start;
  expect(withTwo, `virtual ms with maxSurge 2 (with maxSurge 1: ${withOne})`).toBeLessThan(
    withOne * 0.7,
  );
});

test("a version that never becomes ready halts at the deadline with the old pods serving", async () => {
  const { cluster, stats, versions, readyCount } = fakeCluster(4, { broken: ["v3"] });
  const start = world.clock.now();
  const result = await rollingUpdate(cluster, "v3", { readyTimeoutMs: 20_000 });
  const took = world.clock.now() - start;
  expect(result, "the rollout result").toEqual({ status: "halted", replaced: 0 });
  expect(versions(), "versions running after the halt (the broken pod stopped)").toEqual([
    "v1",
    "v1",
    "v1",
    "v1",
  ]);
  expect(readyCount(), "ready pods after the halt").toBe(4);
  expect(stats.stopped, "pods stopped").toEqual(["v3-new-1"]);
  expect(took, "virtual ms until the rollout gave up (deadline 20000)").toBeGreaterThanOrEqual(
    20_000,
  );
  expect(took, "virtual ms until the rollout gave up (deadline 20000)").toBeLessThan(22_000);
});

test("a failure half-way keeps the replaced pods and stops nothing old after it", async () => {
  const { cluster, versions, readyCount } = fakeCluster(4, { healthyStarts: 2 });
  const result = await rollingUpdate(cluster, "v2");
  expect(result, "the rollout result when the third new pod never gets ready").toEqual({
    status: "halted",
    replaced: 2,
  });
  expect(versions(), "versions running after the halt").toEqual(["v1", "v1", "v2", "v2"]);
  expect(readyCount(), "ready pods after the halt").toBe(4);
});

test("pods already on the new version are left alone", async () => {
  const { cluster, stats, versions } = fakeCluster(2);
  await rollingUpdate(cluster, "v2");
  stats.starts = 0;
  const again = await rollingUpdate(cluster, "v2");
  expect(again, "result of rolling out v2 a second time").toEqual({
    status: "complete",
    replaced: 0,
  });
  expect(stats.starts, "pods started by the second rollout").toBe(0);
  expect(versions(), "versions running").toEqual(["v2", "v2"]);
});

test("readiness is probed at the probe interval, not in a tight loop", async () => {
  const { cluster, stats } = fakeCluster(1, { warmupMs: 3_000 });
  await rollingUpdate(cluster, "v2", { probeIntervalMs: 1_000 });
  const probes = [...stats.probes.values()][0] ?? 0;
  expect(probes, "readiness probes of a pod that took 3 s to warm up").toBeGreaterThanOrEqual(1);
  expect(
    probes,
    "readiness probes of a pod that took 3 s to warm up (one a second)",
  ).toBeLessThanOrEqual(6);
});
