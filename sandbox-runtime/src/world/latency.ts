// The latency model: how many virtual milliseconds each world call costs. Nothing waits for
// real; the engine advances the virtual clock by these amounts and draws them in the trace.
// The numbers are round figures of a service in the same data centre, chosen so that the
// lessons' lessons hold: a cache hit is several times cheaper than a query, a query that
// returns many rows costs more than one that returns few, a remote HTTP call dwarfs both,
// and N+1 queries visibly cost N times one query.

export const LATENCY = {
  /** One SQL statement's round trip and planning (a pg query on the same network). */
  db: 2,
  /** Added per row a statement returns: 1,000 rows cost 10 ms more than none. */
  dbPerRow: 0.01,
  /** One cache command (a Redis round trip). */
  cache: 0.5,
  /** One queue call (send, receive, ack, ...), like a managed queue's API. */
  queue: 5,
  /** One outbound HTTP call to a simulated service, before the service's own time. */
  http: 50,
} as const satisfies Record<string, number>;

/** The cost of a statement that returned `rows` rows. */
export function dbLatency(rows: number): number {
  // Rounded to microseconds so traces show 2.03, not 2.0300000000000002.
  return Math.round((LATENCY.db + rows * LATENCY.dbPerRow) * 1000) / 1000;
}
