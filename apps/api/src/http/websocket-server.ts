/**
 * graphql-ws on the HTTP server's /graphql path. The API key comes from connectionParams.authorization; a
 * connection without a valid key is closed with 4403 before any subscription starts; the key is checked
 * again at each subscribe, and the connections of a key revoked here are closed (4403) at once. In keyless mode the
 * upgrade itself must pass the local-only guard (Host and Origin). Operations pass the same pre-parse
 * checks, token limit and validation rules as over HTTP, and unexpected errors are masked the same way.
 */
import type { Server } from 'node:http';
import type { Database } from '@destseg/db';
import {
  GraphQLError,
  type GraphQLSchema,
  parse,
  specifiedRules,
  type ValidationRule,
  validate,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import { LOCAL_ADMIN, type Principal, principalFor } from '../auth/api-keys.ts';
import type { ApiLimits } from '../config.ts';
import type { ApiContext } from '../graphql/context.ts';
import { formatWebSocketError } from '../graphql/error-masking.ts';
import { createLoaders } from '../graphql/loaders.ts';
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
  const authorizations = new WeakMap<WebSocket, unknown>();
  const socketsOfKey = new Map<number, Set<WebSocket>>();
  const refuse = (socket: WebSocket) => socket.close(4403, 'Forbidden: API key revoked');
  const stopListening = opts.services.pubsub.listen('apiKeyRevoked', ({ id }) => {
    for (const socket of socketsOfKey.get(id) ?? []) refuse(socket);
  });
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
        const authorization = ctx.connectionParams?.authorization;
        const principal = await principalFor(opts.db, authorization);
        if (!principal) return false;
        const { socket } = ctx.extra;
        principals.set(socket, principal);
        authorizations.set(socket, authorization);
        if (principal.keyId !== undefined) {
          const keyId = principal.keyId;
          const sockets = socketsOfKey.get(keyId) ?? new Set<WebSocket>();
          socketsOfKey.set(keyId, sockets);
          sockets.add(socket);
          socket.once('close', () => {
            sockets.delete(socket);
            if (sockets.size === 0) socketsOfKey.delete(keyId);
          });
        }
        return true;
      },
      // Returning nothing lets graphql-ws parse and validate with the functions above.
      onSubscribe: async (ctx, _id, payload) => {
        const problem = requestProblem(payload, maxTokens);
        if (problem) return [problem];
        if (localOnly) return undefined;
        // The key may have been revoked since the connection opened (here, by another instance, or by a restart's
        // DESTSEG_API_KEYS sync on a shared database).
        const principal = await principalFor(opts.db, authorizations.get(ctx.extra.socket));
        if (!principal) {
          refuse(ctx.extra.socket);
          return [new GraphQLError('API key revoked', { extensions: { code: 'UNAUTHENTICATED' } })];
        }
        principals.set(ctx.extra.socket, principal);
        return undefined;
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map(formatWebSocketError) } : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map(formatWebSocketError),
      context: (ctx): ApiContext => {
        const principal = principals.get(ctx.extra.socket);
        // onConnect always sets it; a missing one means a bug, and must never default to a role.
        if (!principal) throw new Error('WebSocket connection has no principal');
        return {
          principal,
          services: opts.services,
          // One operation may be a subscription that resolves events for hours: batch, but cache nothing.
          loaders: createLoaders(opts.services.db, { cache: false }),
          baseUrl: opts.publicUrl(),
        };
      },
    },
    wss,
  );
  return {
    close: async () => {
      stopListening();
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
