/**
 * graphql-ws on the HTTP server's /graphql path. The API key comes from connectionParams.authorization; a
 * connection without a valid key is closed with 4403 before any subscription starts. In keyless mode the
 * upgrade itself must pass the local-only guard (Host and Origin). Operations pass the same pre-parse
 * checks, token limit and validation rules as over HTTP, and unexpected errors are masked the same way.
 */
import type { Server } from 'node:http';
import type { Database } from '@destseg/db';
import { type GraphQLSchema, parse, specifiedRules, type ValidationRule, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import { LOCAL_ADMIN, type Principal, principalFor } from '../auth/api-keys.ts';
import type { ApiLimits } from '../config.ts';
import type { ApiContext } from '../graphql/context.ts';
import { formatWebSocketError } from '../graphql/error-masking.ts';
import { requestProblem } from '../graphql/request-guard.ts';
import type { Services } from '../services/services.ts';
import type { LocalOnlyGuard } from './local-only-guard.ts';

export interface WebSocketOptions {
  httpServer: Server;
  schema: GraphQLSchema;
  db: Database;
  services: Services;
  /** Undefined when auth is on (every connection needs a key); the keyless mode's guard otherwise. */
  localOnly: LocalOnlyGuard | undefined;
  limits: ApiLimits;
  validationRules: readonly ValidationRule[];
  /** Origin of the image and heatmap URLs in payloads. */
  publicUrl: () => string;
}

export function startWebSocketServer(opts: WebSocketOptions): { close: () => Promise<void> } {
  const { localOnly } = opts;
  const wss = new WebSocketServer({
    server: opts.httpServer,
    path: '/graphql',
    maxPayload: opts.limits.maxBodyBytes,
    verifyClient: (info, accept) => {
      const refusal = localOnly?.refusal(info.req.headers);
      if (refusal) accept(false, 403, `${refusal.code}: ${refusal.message}`);
      else accept(true);
    },
  });
  const principals = new WeakMap<WebSocket, Principal>();
  const rules = [...specifiedRules, ...opts.validationRules];
  const maxTokens = opts.limits.maxQueryTokens;
  const cleanup = useServer<
    Record<string, unknown>,
    { socket: WebSocket; request: { headers: Record<string, unknown> } }
  >(
    {
      schema: opts.schema,
      parse: ((source: string) => parse(source, { maxTokens })) as typeof parse,
      validate: (schema, document) => validate(schema, document, rules),
      onConnect: async (ctx) => {
        if (localOnly) {
          principals.set(ctx.extra.socket, LOCAL_ADMIN);
          return true;
        }
        const principal = await principalFor(opts.db, ctx.connectionParams?.authorization);
        if (!principal) return false;
        principals.set(ctx.extra.socket, principal);
        return true;
      },
      // Returning nothing lets graphql-ws parse and validate with the functions above.
      onSubscribe: (_ctx, _id, payload) => {
        const problem = requestProblem(payload, maxTokens);
        return problem ? [problem] : undefined;
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map(formatWebSocketError) } : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map(formatWebSocketError),
      context: (ctx): ApiContext => {
        const principal = principals.get(ctx.extra.socket);
        // onConnect always sets it; a missing one means a bug, and must never default to a role.
        if (!principal) throw new Error('WebSocket connection has no principal');
        return { principal, services: opts.services, baseUrl: opts.publicUrl() };
      },
    },
    wss,
  );
  return {
    close: async () => {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
