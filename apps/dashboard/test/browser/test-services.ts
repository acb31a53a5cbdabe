/**
 * The real processes a browser test runs against: APIs on fresh data dirs and dashboards' production servers
 * in front of them. Each test file keeps one `TestServices`, whose `stopAll` (in its `after`) stops every
 * process it started and removes every data dir it made.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ensureDashboardBuild,
  freePort,
  type Service,
  startApi,
  startDashboard,
  waitForHttp,
} from '../../../../scripts/services.ts';
import { apiClient, type Gql } from './api-client.ts';

/** An API with one admin key and a dashboard that forwards to it with that key. */
export interface AdminStack {
  apiUrl: string;
  dashboardUrl: string;
  /** The API as its admin, for what a test sets up or checks without the browser. */
  gql: Gql;
}

export class TestServices {
  private readonly services: Service[] = [];
  private readonly dataDirs: string[] = [];

  /** A fresh data directory (under the system's temp dir, named `prefix…`). */
  dataDir(prefix: string): string {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    this.dataDirs.push(dir);
    return dir;
  }

  /**
   * The API from its sources on `dataDir` (wasm, no demo data) with `apiKeys` (`role:key,…`; empty: the
   * localhost-only mode); resolves to its GraphQL URL once /health answers.
   */
  async api(dataDir: string, apiKeys: string, healthTimeoutMs = 300_000): Promise<string> {
    const port = await freePort();
    const service = startApi({
      port,
      dataDir,
      apiKeys,
      // The teacher: DESTSEG_TEACHER when set (inherited), else the API's own resolution (../shared beside the checkout).
      env: { DESTSEG_BACKEND: 'wasm', DESTSEG_SEED_DEMO: '0' },
    });
    this.services.push(service);
    // Minutes on a loaded 2-core machine (PGlite, migrations, the teacher, other engineers' jobs).
    await waitForHttp(`http://127.0.0.1:${port}/health`, service, healthTimeoutMs);
    return `http://127.0.0.1:${port}/graphql`;
  }

  /** The dashboard's production server forwarding to `apiUrl` with `key`; resolves once it serves `path`. */
  async dashboard(
    apiUrl: string,
    key: string,
    options: { env?: Record<string, string>; path?: string; timeoutMs?: number } = {},
  ): Promise<{ port: number; url: string }> {
    const port = await freePort();
    const service = startDashboard(port, { url: apiUrl, key }, { env: options.env ?? {} });
    this.services.push(service);
    const url = `http://127.0.0.1:${port}`;
    await waitForHttp(`${url}${options.path ?? ''}`, service, options.timeoutMs ?? 60_000);
    return { port, url };
  }

  /** The dashboard (built first when its sources changed) in front of an API on `dataDir` whose admin is `apiKey`. */
  async adminStack(dataDir: string, apiKey: string): Promise<AdminStack> {
    ensureDashboardBuild();
    const apiUrl = await this.api(dataDir, `admin:${apiKey}`);
    const { url: dashboardUrl } = await this.dashboard(apiUrl, apiKey);
    return { apiUrl, dashboardUrl, gql: apiClient(apiUrl, apiKey) };
  }

  async stopAll(): Promise<void> {
    await Promise.all(this.services.splice(0).map((service) => service.stop()));
    for (const dir of this.dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
}
