/** Public API of @destseg/api: start the server in-process (tests, benchmarks, embedding). */
export { type ApiConfig, type ApiLimits, configFromEnv } from './config.ts';
export { type RunningServer, startServer } from './server.ts';
