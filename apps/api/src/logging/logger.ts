/**
 * The API's structured operational log (pino, one JSON line per event on stdout). Every line that reports a
 * lifecycle event carries an `event` field (`server.started`, `run.succeeded`, …) so it can be filtered on.
 * `DESTSEG_LOG_LEVEL` sets the level (info by default; `silent` turns it off).
 */
import { pino } from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string = process.env.DESTSEG_LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    base: { pid: process.pid },
    // err.stack only: no source excerpts, so a failure inside a minified bundle stays one readable line.
    serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
  });
}

let root: Logger | undefined;

/** The process-wide logger, for code that has no logger handed to it (error handlers, the entry point). */
export function rootLogger(): Logger {
  root ??= createLogger();
  return root;
}
