// Reads a JSON request body without trusting its size: a declared Content-Length over the
// limit is refused before reading, and a body streamed without one is cut off at the limit.
import { ApiProblem } from "./problem.ts";

function tooLarge(limitBytes: number): ApiProblem {
  return new ApiProblem({
    status: 413,
    kind: "payload-too-large",
    detail: `The request body is larger than ${limitBytes} bytes.`,
  });
}

export async function readJsonBody(request: Request, limitBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > limitBytes) throw tooLarge(limitBytes);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limitBytes) {
        await reader.cancel();
        throw tooLarge(limitBytes);
      }
      chunks.push(value);
    }
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
  if (text.trim() === "") {
    throw new ApiProblem({ status: 400, kind: "malformed-json", detail: "The body is empty." });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiProblem({
      status: 400,
      kind: "malformed-json",
      detail: "The body is not valid JSON.",
    });
  }
}
