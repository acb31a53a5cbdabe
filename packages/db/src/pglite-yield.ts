/**
 * PGlite runs PostgreSQL in WebAssembly on the thread that calls it: every statement is a synchronous call
 * (0.1–2 ms on the inspect path, its file writes included). Its statements wait in a queue whose hand-over
 * is a promise, and the code awaiting a statement runs in the same macrotask as the statement, so a burst of
 * requests (twenty inspections arriving together, about seven statements each) ran back to back in one
 * macrotask: timers, sockets and `/health` waited for all of it (the API bench measured an event-loop delay
 * p99 of 90–97 ms at 64 px, docs/PERFORMANCE.md).
 *
 * Here at most one exchange with the engine (a statement, or one step of one: parse, bind, execute, sync)
 * runs per turn of the event loop: one that follows another in the same turn first waits for the next turn
 * (setImmediate). Order is kept: PGlite's own queue still decides which statement runs next, and inside a
 * transaction the statements stay on its connection. Statements then complete in separate turns, as
 * PostgreSQL's replies do over a socket; DataLoader batches per turn, so loads that only batched because
 * every reply came in the same turn no longer do (apps/api/test/api-contract.test.ts counts them).
 * Measured in the 64 px 20-client burst (docs/PERFORMANCE.md): time slices of 10 ms instead gave a loop p99
 * of 31–36 ms and /health answers of up to 166 ms; yielding only while several queries were in flight, 114 ms
 * and 127 ms (a request's own chain of statements and code then never let the loop in); one exchange per
 * turn, 15–23 ms and 11–37 ms.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { PGlite } from '@electric-sql/pglite';

/** Makes `client` (its queries, exec, transactions and the job queue's statements) run one exchange per loop turn. */
export function yieldToEventLoopBetweenStatements(client: PGlite): void {
  const run = client.execProtocolStream.bind(client);
  let ranThisTurn = false;
  const endTurn = () => {
    ranThisTurn = false;
  };
  client.execProtocolStream = async (message, options) => {
    // endTurn, queued when this turn's first exchange ran, runs before nextTurn resolves (setImmediate keeps
    // its order).
    if (ranThisTurn) await nextTurn();
    ranThisTurn = true;
    setImmediate(endTurn);
    return run(message, options);
  };
}
