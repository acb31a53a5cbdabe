/** `pnpm start`: the API on http://localhost:4000/graphql (PORT to change) with the embedded defaults. */
import { configFromEnv } from './config.ts';
import { startServer } from './server.ts';

const server = await startServer(configFromEnv());

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping (running training checkpoints and resumes at the next start)`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
