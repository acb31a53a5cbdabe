/** Express middleware on /graphql: the pre-parse checks of request-guard.ts, answered as HTTP 400. */
import type { NextFunction, Request, Response } from 'express';
import { type GraphqlRequestParts, requestProblem } from '../graphql/request-guard.ts';

/** A GET request carries its variables as a JSON string; an unparsable one is Apollo's to report. */
function getRequestParts(query: Request['query']): GraphqlRequestParts {
  let variables: unknown = query.variables;
  if (typeof variables === 'string') {
    try {
      variables = JSON.parse(variables);
    } catch {
      variables = undefined;
    }
  }
  return { query: query.query, variables };
}

export function graphqlRequestGuard(maxTokens: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const body: unknown = req.method === 'GET' ? getRequestParts(req.query) : req.body;
    for (const parts of Array.isArray(body) ? body : [body]) {
      if (parts === null || typeof parts !== 'object') continue;
      const problem = requestProblem(parts as GraphqlRequestParts, maxTokens);
      if (problem) {
        res.status(400).json({ errors: [problem.toJSON()] });
        return;
      }
    }
    next();
  };
}
