// Development only: a server-sent event stream that sends `change` whenever a lesson, exercise
// or quiz file is saved. components/dev/content-refresh.tsx listens and refreshes the page; the
// catalog (lib/content, watch mode) then re-reads lessons/. In production this route is a 404.
import { LESSONS_DIR } from "#lib/content/index.ts";
import { onContentChange } from "#lib/content/dev-events.ts";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  if (process.env.NODE_ENV !== "development") return new Response("Not found", { status: 404 });
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(": watching lessons/\n\n"));
      stop = onContentChange(LESSONS_DIR, () =>
        controller.enqueue(encoder.encode("data: change\n\n")),
      );
      request.signal.addEventListener("abort", () => {
        stop();
        controller.close();
      });
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "text/event-stream", "Cache-Control": "no-cache, no-transform" },
  });
}
