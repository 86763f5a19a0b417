import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

let root = "";
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "pillars-sse-"));
  vi.stubEnv("PILLARS_LESSONS_DIR", root);
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.stubEnv("PILLARS_LESSONS_DIR", root);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(root, { recursive: true, force: true });
});

describe("GET /dev/content-events", () => {
  it("is not found outside development", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const { GET } = await import("./route.ts");
    expect(GET(new Request("http://localhost/dev/content-events")).status).toBe(404);
  });

  it("streams a change event when a file under lessons/ is saved, and stops when the page goes", async () => {
    vi.stubEnv("NODE_ENV", "development");
    const { GET } = await import("./route.ts");
    const page = new AbortController();
    const response = GET(
      new Request("http://localhost/dev/content-events", { signal: page.signal }),
    );
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    const reader = response.body!.getReader();
    const text = async () => new TextDecoder().decode((await reader.read()).value);
    expect(await text()).toBe(": watching lessons/\n\n");
    await writeFile(path.join(root, "lesson.mdx"), "saved");
    expect(await text()).toBe("data: change\n\n");
    page.abort();
    expect((await reader.read()).done).toBe(true);
  });
});
