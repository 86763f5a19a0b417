// `npm start`: build when stale, then serve the production build (server.ts migrates and
// seeds the store before it listens).
import { buildIfStale } from "./build.ts";

buildIfStale();
await import("../server.ts");
