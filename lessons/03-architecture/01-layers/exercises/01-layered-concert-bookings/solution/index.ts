// The composition root: the one place that knows which implementation each layer gets.
import { db } from "@pillars/world";
import { createController } from "./controller.ts";
import { createRepository } from "./repository.ts";
import { createService } from "./service.ts";

export { createController } from "./controller.ts";
export { createRepository } from "./repository.ts";
export { createService } from "./service.ts";
export { BookingError, MAX_TICKETS_PER_BOOKING } from "./types.ts";

export const handler = createController(createService(createRepository(db)));
