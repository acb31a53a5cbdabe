/**
 * The real entry point as a separate process, for tests that kill it or send it signals: src/main.ts under
 * tsx, or the production build (dist/main.js, scripts/build.mjs) on plain Node.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TEACHER, type TestEnvironment } from './test-server.ts';

/** Node's arguments that start the API: from its TypeScript sources (the default) or from the build. */
export const SOURCE_ENTRY = ['--import', 'tsx', fileURLToPath(new URL('../../src/main.ts', import.meta.url))];
export const BUILT_ENTRY = [
  '--enable-source-maps',
  fileURLToPath(new URL('../../dist/main.js', import.meta.url)),
];

export interface ApiProcess {
  child: ChildProcess;
  url: string;
  /** Everything it printed so far (pino JSON lines). */
  output(): string;
  /** Resolves with the exit code (or signal) once it has exited. */
  exited: Promise<number | NodeJS.Signals | null>;
}

/** Spawns the API on a free port with the test defaults (wasm, no demo, the test's data dir and database). */
export function startApiProcess(
  env: TestEnvironment,
  extraEnv: NodeJS.ProcessEnv = {},
  entry: readonly string[] = SOURCE_ENTRY,
): Promise<ApiProcess> {
  return spawnApiProcess(
    {
      DESTSEG_DATA_DIR: env.dataDir,
      DESTSEG_TEACHER: TEACHER,
      DESTSEG_BACKEND: 'wasm',
      DESTSEG_SEED_DEMO: '0',
      DATABASE_URL: env.databaseUrl ?? '',
      ...extraEnv,
    },
    entry,
  );
}

/**
 * Spawns the API (`entry`: src/main.ts by default) on a free loopback port with `env` on top of this
 * process's environment (tests and benches alike); resolves once it listens, rejects with its output if it
 * exits first.
 */
export async function spawnApiProcess(
  env: NodeJS.ProcessEnv,
  entry: readonly string[] = SOURCE_ENTRY,
): Promise<ApiProcess> {
  const child = spawn(process.execPath, entry, {
    // The listen line is read from its info-level log: a quieter level would never be seen to listen.
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env, DESTSEG_LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal)),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const listening = /API on (http:\/\/\S+\/graphql)/.exec(log);
      if (listening?.[1]) resolve(listening[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => reject(new ApiExitedError(code, log)));
  });
  return { child, url, output: () => log, exited };
}

export class ApiExitedError extends Error {
  constructor(
    readonly exitCode: number | NodeJS.Signals | null,
    readonly output: string,
  ) {
    super(`API exited (${exitCode}) before listening:\n${output}`);
  }
}

/** Stops a process with SIGTERM (a normal stop) and waits for its exit. */
export async function stopApiProcess(api: ApiProcess): Promise<void> {
  if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill('SIGTERM');
  await api.exited;
}

/** Stops a process the test started (SIGKILL when it is still alive) and waits for its exit. */
export async function killApiProcess(api: ApiProcess | undefined): Promise<void> {
  if (!api) return;
  if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill('SIGKILL');
  await api.exited;
}

/** Pids of a process's direct children (Linux /proc). */
export async function childPids(pid: number): Promise<number[]> {
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  return text
    .split(/\s+/)
    .filter((p) => p !== '')
    .map(Number);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
