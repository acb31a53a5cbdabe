/**
 * Starting the API and the dashboard as child processes: shared by `pnpm start` (start-platform.ts) and the
 * browser tests, so both run the platform the same way.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
export const DASHBOARD_DIR = join(REPO_ROOT, 'apps', 'dashboard');
const NEXT_BIN = join(DASHBOARD_DIR, 'node_modules', 'next', 'dist', 'bin', 'next');

export interface Service {
  name: string;
  child: ChildProcess;
  /** Everything the process printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

export function spawnService(
  name: string,
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; echo?: boolean },
): Service {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    log += text;
    if (options.echo) process.stdout.write(text.replace(/^(?=.)/gm, `[${name}] `));
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    name,
    child,
    output: () => log,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Polls until `url` answers (any HTTP status) or the service exits or the time runs out. */
export async function waitForHttp(url: string, service: Service, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) {
      throw new Error(
        `${service.name} exited with ${service.child.exitCode}:\n${service.output().slice(-4000)}`,
      );
    }
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(
    `${service.name} did not answer at ${url} within ${timeoutMs} ms:\n${service.output().slice(-4000)}`,
  );
}

/** Newest modification time of the dashboard's sources, to tell whether `.next` is stale. */
function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === '.next' || name === 'test') continue;
    // Written by `tsc --noEmit` (incremental) and by next itself: not sources.
    if (name.endsWith('.tsbuildinfo') || name === 'next-env.d.ts') continue;
    const path = join(dir, name);
    const stat = statSync(path);
    newest = Math.max(newest, stat.isDirectory() ? newestSourceTime(path) : stat.mtimeMs);
  }
  return newest;
}

/** Runs `next build` unless an existing production build is newer than every source file. */
export function ensureDashboardBuild(): void {
  const buildId = join(DASHBOARD_DIR, '.next', 'BUILD_ID');
  if (existsSync(buildId) && statSync(buildId).mtimeMs > newestSourceTime(DASHBOARD_DIR)) return;
  const result = spawnSync(process.execPath, [NEXT_BIN, 'build'], {
    cwd: DASHBOARD_DIR,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`next build failed with status ${result.status}`);
}

/** The dashboard's production server (scripts/dashboard-server.ts: Next.js and the subscription relay). */
export function startDashboard(
  port: number,
  api: { url: string; key: string },
  options: { echo?: boolean; env?: Record<string, string> } = {},
): Service {
  return spawnService('dashboard', process.execPath, ['--import', 'tsx', 'scripts/dashboard-server.ts'], {
    cwd: DASHBOARD_DIR,
    echo: options.echo ?? false,
    env: {
      ...process.env,
      ...options.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DASHBOARD_PORT: String(port),
      DASHBOARD_API_URL: api.url,
      DASHBOARD_API_KEY: api.key,
    },
  });
}

export interface ApiStartOptions {
  port: number;
  dataDir: string;
  /** `role:key,...` for DESTSEG_API_KEYS; empty = the API's localhost-only mode. */
  apiKeys?: string;
  /** Extra environment (DESTSEG_BACKEND, DESTSEG_SEED_DEMO, …). */
  env?: Record<string, string>;
  echo?: boolean;
  /** Run the production build (apps/api/dist, `pnpm build`) as `pnpm start` does, not the sources under tsx. */
  built?: boolean;
}

/** The API: from its build (as `pnpm start` runs it) or from its TypeScript sources under tsx. */
export function startApi(options: ApiStartOptions): Service {
  const entry = options.built
    ? ['--enable-source-maps', 'apps/api/dist/main.js']
    : ['--import', 'tsx', 'apps/api/src/main.ts'];
  return spawnService('api', process.execPath, entry, {
    cwd: REPO_ROOT,
    echo: options.echo ?? false,
    env: {
      ...process.env,
      ...options.env,
      PORT: String(options.port),
      DESTSEG_DATA_DIR: options.dataDir,
      DESTSEG_API_KEYS: options.apiKeys ?? '',
    },
  });
}
