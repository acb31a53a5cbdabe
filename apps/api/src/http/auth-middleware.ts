/**
 * Resolves the caller of an HTTP request from its Bearer key. With auth on, a missing or unknown key is a
 * 401 before any GraphQL work; in localhost-only mode every caller is admin.
 */
import type { Database } from '@destseg/db';
import type { NextFunction, Request, Response } from 'express';
import { LOCAL_ADMIN, type Principal, principalFor } from '../auth/api-keys.ts';

export function authMiddleware(db: Database, authEnabled: boolean) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (!authEnabled) {
      res.locals.principal = LOCAL_ADMIN satisfies Principal;
      next();
      return;
    }
    try {
      const principal = await principalFor(db, req.headers.authorization);
      if (!principal) {
        const message = req.headers.authorization
          ? 'unknown API key'
          : 'missing API key: send Authorization: Bearer <key>';
        res
          .status(401)
          .set('WWW-Authenticate', 'Bearer')
          .json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
        return;
      }
      res.locals.principal = principal;
      next();
    } catch (error) {
      next(error);
    }
  };
}
