/** Express's last error handler: a JSON error with a stable code, never a stack trace. */
import type { NextFunction, Request, Response } from 'express';

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
  console.error('unexpected HTTP error:', error);
  res
    .status(500)
    .json({ errors: [{ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
}
