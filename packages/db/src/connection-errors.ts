/**
 * Recognises a lost or refused database connection (a terminated backend, a restart or failover, a refused
 * socket) anywhere in an error's cause chain, so callers can answer with a retryable code instead of a crash
 * or a generic internal error.
 */

/** SQLSTATE class 08 (connection exception) and 57P01–57P03 (admin/crash shutdown, cannot connect now). */
const LOST_SQLSTATES = /^(08...|57P0[123])$/;
const LOST_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTCONN', 'EHOSTUNREACH']);
const LOST_MESSAGES = [
  'Connection terminated',
  'Client has encountered a connection error',
  'Client was closed and is not queryable',
  'timeout exceeded when trying to connect',
];

export function isConnectionLost(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 8; depth++) {
    if (typeof current !== 'object') return false;
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string' && (LOST_SQLSTATES.test(code) || LOST_ERRNOS.has(code))) return true;
    if (typeof message === 'string' && LOST_MESSAGES.some((m) => message.includes(m))) return true;
    current = cause;
  }
  return false;
}
