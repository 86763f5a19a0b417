import { test, expect, world } from "@pillars/test";
import { rollingUpdate } from "@pillars/learner";

test("three pods move to v2 without ever having fewer than three ready", async () => {
  // A fake cluster: three ready v1 pods; a new pod is ready 3 s after it starts.
  const pods = [0, 1, 2].map((i) => ({ id: `v1-${i}`, version: "v1", readyAt: 0, running: true }));
  let fewestReady = 3;
  const running = () => pods.filter((pod) => pod.running);
  const cluster = {
    instances: () => running().map(({ id, version }) => ({ id, version })),
    async start(version: string) {
      const pod = { id: `${version}-${pods.length}`, version, readyAt: Infinity, running: true };
      pods.push(pod);
      await world.clock.sleep(100);
      pod.readyAt = world.clock.now() + 3_000;
      return { id: pod.id, version };
    },
    async isReady(id: string) {
      const pod = pods.find((candidate) => candidate.id === id);
      return Boolean(pod?.running && world.clock.now() >= pod.readyAt);
    },
    async stop(id: string) {
      const pod = pods.find((candidate) => candidate.id === id)!;
      pod.running = false;
      const ready = running().filter((other) => world.clock.now() >= other.readyAt).length;
      fewestReady = Math.min(fewestReady, ready);
    },
  };

  const result = await rollingUpdate(cluster, "v2");
  expect(result, "the rollout result").toEqual({ status: "complete", replaced: 3 });
  expect(
    running().map((pod) => pod.version),
    "versions running afterwards",
  ).toEqual(["v2", "v2", "v2"]);
  expect(fewestReady, "fewest ready pods right after a stop").toBeGreaterThanOrEqual(3);
});
