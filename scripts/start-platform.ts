/**
 * Starts the API and the dashboard together on the embedded defaults: API on PORT (4000), dashboard on
 * DASHBOARD_PORT (3000). Builds the dashboard first when it has no up-to-date production build. The API runs
 * from its build: `pnpm start` runs `node scripts/build.mjs` (the API, its workers and this launcher) and
 * then `node dist/start-platform.js`, from the repository root.
 */
import { resolve } from 'node:path';
import { ensureDashboardBuild, type Service, startApi, startDashboard, waitForHttp } from './services.ts';

const apiPort = Number(process.env.PORT ?? 4000);
const dashboardPort = Number(process.env.DASHBOARD_PORT ?? 3000);
const apiUrl = process.env.DASHBOARD_API_URL ?? `http://localhost:${apiPort}/graphql`;

ensureDashboardBuild();
const api = startApi({
  port: apiPort,
  dataDir: resolve(process.env.DESTSEG_DATA_DIR ?? './data'),
  apiKeys: process.env.DESTSEG_API_KEYS ?? '',
  echo: true,
  built: true,
});
const dashboard = startDashboard(
  dashboardPort,
  { url: apiUrl, key: process.env.DASHBOARD_API_KEY ?? '' },
  { echo: true },
);
const services: Service[] = [api, dashboard];

let stopping = false;
async function stopAll(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  await Promise.all(services.map((service) => service.stop()));
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stopAll(0));
// One of the two dying leaves a half-working platform: stop the other as well.
for (const service of services) {
  service.child.once('exit', (code) => {
    if (stopping) return;
    console.error(`${service.name} exited (${code ?? 'signal'}); stopping`);
    void stopAll(code ?? 1);
  });
}

await waitForHttp(`http://127.0.0.1:${dashboardPort}/`, dashboard, 60_000);
console.log(`dashboard on http://localhost:${dashboardPort} (API ${apiUrl})`);
