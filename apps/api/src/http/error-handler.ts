/** Express's last error handler: a JSON error with a stable code, never a stack trace. */
import { isConnectionLost } from '@destseg/db';
import type { NextFunction, Request, Response } from 'express';
import { rootLogger } from '../logging/logger.ts';
import { DATABASE_UNAVAILABLE } from '../services/api-error.ts';

export function errorHandler(error: unknown, _req: Request, res: Response, _next: NextFunction): void {
  const type = (error as { type?: unknown }).type;
  if (type === 'entity.too.large') {
    res
      .status(413)
      .json({ errors: [{ message: 'request body too large', extensions: { code: 'BODY_TOO_LARGE' } }] });
    return;
  }
  if (type === 'entity.parse.failed') {
    res
      .status(400)
      .json({ errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  if (isConnectionLost(error)) {
    res
      .status(503)
      .set('Retry-After', '1')
      .json({ errors: [DATABASE_UNAVAILABLE.graphqlError] });
    return;
  }
  rootLogger().error(
    { event: 'request.error', code: 'INTERNAL_SERVER_ERROR', err: error },
    'unexpected HTTP error',
  );
  res
    .status(500)
    .json({ errors: [{ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
}
