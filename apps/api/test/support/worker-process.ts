/** Starts `destseg worker` as a real separate process for a test; resolves once it works jobs. */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TEACHER, type TestEnvironment } from './test-server.ts';

const WORKER_MAIN = fileURLToPath(new URL('../../src/worker-main.ts', import.meta.url));

export interface WorkerProcess {
  child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  /** SIGKILL, and wait for the exit. */
  kill(): Promise<void>;
}

export async function startWorkerProcess(
  env: TestEnvironment,
  jobs = 'train,evaluate',
  extraEnv: Record<string, string> = {},
): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER_MAIN, '--jobs', jobs], {
    env: {
      ...process.env,
      DATABASE_URL: env.databaseUrl ?? '',
      DESTSEG_DATA_DIR: env.dataDir,
      DESTSEG_TEACHER: TEACHER,
      DESTSEG_BACKEND: 'wasm',
      DESTSEG_JOB_HEARTBEAT_SECONDS: '10',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('DeSTSeg worker:')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`worker exited (${code}) before working:\n${log}`)));
  });
  return {
    child,
    output: () => log,
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
  };
}
