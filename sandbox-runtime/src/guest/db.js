// Runs inside the isolate: the learner's and the tests' `db`. The learner database is one
// SQLite connection, so transactions are serialized by a FIFO lock here, in trusted guest
// code: a second `db.transaction` (or a bare `BEGIN`) waits until the open one commits or
// rolls back, as a second writer waits for SQLite's single writer. Statements outside any
// transaction do not wait: they run on the same connection at once (see world.d.ts).

/** Leading keyword of a statement, past whitespace and comments ("BEGIN", "COMMIT", ...). */
function firstWord(sql) {
  const text = String(sql).replace(/^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/, "");
  const match = /^[A-Za-z]+/.exec(text);
  return match ? match[0].toUpperCase() : "";
}

/** `ROLLBACK TO [SAVEPOINT] x` ends a savepoint, not the transaction. */
function endsTransaction(sql) {
  const word = firstWord(sql);
  if (word === "COMMIT" || word === "END") return true;
  return word === "ROLLBACK" && !/^\s*ROLLBACK\s+(?:TRANSACTION\s+)?TO\b/i.test(String(sql));
}

/** A FIFO lock: acquire() resolves when every earlier holder has released. */
function makeLock() {
  const waiters = [];
  let held = false;
  return {
    acquire() {
      if (!held) {
        held = true;
        return Promise.resolve();
      }
      return new Promise((resolve) => waiters.push(resolve));
    },
    release() {
      const next = waiters.shift();
      if (next) next();
      else held = false;
    },
  };
}

/** One lock per run (per io): the learner's and the tests' db share the one connection. */
const locks = new WeakMap();

export function makeDb(io, caller) {
  let shared = locks.get(io);
  if (!shared) {
    shared = { lock: makeLock(), manual: false, savepoints: 0 };
    locks.set(io, shared);
  }
  const { lock } = shared;
  const send = (sql, params) =>
    io.call("db", "query", [sql, params === undefined ? [] : params], caller);

  // What a transaction's callback receives: its queries never wait for the lock it holds.
  const tx = {
    query: send,
    /** Nested: a savepoint, released on success and rolled back to on error. */
    async transaction(fn) {
      const name = `pillars_sp_${++shared.savepoints}`;
      await send(`SAVEPOINT ${name}`);
      try {
        const result = await fn(tx);
        await send(`RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (error) {
        await send(`ROLLBACK TO SAVEPOINT ${name}`).catch(() => {});
        throw error;
      }
    },
  };

  async function queryInTurn(sql, params) {
    const word = firstWord(sql);
    if (word === "BEGIN" || word === "START") {
      // A hand-written transaction takes its turn like db.transaction does.
      await lock.acquire();
      shared.manual = true;
      try {
        return await send(sql, params);
      } catch (error) {
        shared.manual = false;
        lock.release();
        throw error;
      }
    }
    if (!(shared.manual && endsTransaction(sql))) return send(sql, params);
    try {
      return await send(sql, params);
    } finally {
      shared.manual = false;
      lock.release();
    }
  }

  return {
    // Not async: the world's methods are plain functions (its constructor chain is Function).
    query: (sql, params) => queryInTurn(sql, params),
    async transaction(fn) {
      await lock.acquire();
      try {
        await send("BEGIN");
        try {
          const result = await fn(tx);
          await send("COMMIT");
          return result;
        } catch (error) {
          await send("ROLLBACK").catch(() => {});
          throw error;
        }
      } finally {
        lock.release();
      }
    },
  };
}
