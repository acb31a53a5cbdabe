/**
 * The dashboard's production server: Next.js, plus the graphql-ws relay on /api/graphql (Next's route
 * handlers cannot take WebSockets). Listens on DASHBOARD_HOST (127.0.0.1 by default) and DASHBOARD_PORT
 * (3000). Run from apps/dashboard after `next build`: `node --import tsx scripts/dashboard-server.ts`.
 */
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { dashboardHost } from '../lib/server/forwarding.ts';
import { attachSubscriptionProxy } from '../lib/server/subscription-proxy.ts';

const DASHBOARD_DIR = fileURLToPath(new URL('..', import.meta.url));

const host = dashboardHost(process.env);
const port = Number(process.env.DASHBOARD_PORT ?? 3000);

// Next attaches its own upgrade handler to the server it is given (or the first request's): it gets a
// server of its own that only sees the upgrades the relay does not take.
const upgradesForNext = createServer();
const app = next({ dev: false, dir: DASHBOARD_DIR, hostname: host, port, httpServer: upgradesForNext });
await app.prepare();
const handle = app.getRequestHandler();
const server = createServer((req, res) => void handle(req, res));
attachSubscriptionProxy(server, process.env, (req, socket, head) =>
  upgradesForNext.emit('upgrade', req, socket, head),
);
server.listen(port, host, () => {
  console.log(`dashboard on http://${host.includes(':') ? `[${host}]` : host}:${port}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => process.exit(0));
}
