/**
 * graphql-ws on the HTTP server's /graphql path. The API key comes from connectionParams.authorization; a
 * connection without a valid key is closed with 4403 before any subscription starts.
 */
import type { Server } from 'node:http';
import type { Database } from '@destseg/db';
import { type GraphQLSchema, specifiedRules, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import { LOCAL_ADMIN, type Principal, principalFor } from '../auth/api-keys.ts';
import type { ApiLimits } from '../config.ts';
import type { ApiContext } from '../graphql/context.ts';
import { queryLimitRules } from '../graphql/query-limits.ts';
import type { Services } from '../services/services.ts';

export interface WebSocketOptions {
  httpServer: Server;
  schema: GraphQLSchema;
  db: Database;
  services: Services;
  authEnabled: boolean;
  limits: ApiLimits;
}

export function startWebSocketServer(opts: WebSocketOptions): { close: () => Promise<void> } {
  const wss = new WebSocketServer({
    server: opts.httpServer,
    path: '/graphql',
    maxPayload: opts.limits.maxBodyBytes,
  });
  const principals = new WeakMap<WebSocket, Principal>();
  const rules = [...specifiedRules, ...queryLimitRules(opts.limits.maxQueryDepth, opts.limits.maxQueryCost)];
  const cleanup = useServer<
    Record<string, unknown>,
    { socket: WebSocket; request: { headers: Record<string, unknown> } }
  >(
    {
      schema: opts.schema,
      validate: (schema, document) => validate(schema, document, rules),
      onConnect: async (ctx) => {
        if (!opts.authEnabled) {
          principals.set(ctx.extra.socket, LOCAL_ADMIN);
          return true;
        }
        const principal = await principalFor(opts.db, ctx.connectionParams?.authorization);
        if (!principal) return false;
        principals.set(ctx.extra.socket, principal);
        return true;
      },
      context: (ctx): ApiContext => {
        const principal = principals.get(ctx.extra.socket);
        // onConnect always sets it; a missing one means a bug, and must never default to a role.
        if (!principal) throw new Error('WebSocket connection has no principal');
        return {
          principal,
          services: opts.services,
          baseUrl: `http://${String(ctx.extra.request.headers.host ?? 'localhost')}`,
        };
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
