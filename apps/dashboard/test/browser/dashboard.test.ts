/**
 * The dashboard in real headless Chromium against the real API: a temp data directory, a tiny synthetic
 * category created through the API, tiny training runs on the wasm backend. Screenshots of every page go
 * to artifacts/screenshots/ (git-ignored).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { synthesizeCategory } from '@destseg/core';
import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { assertNoUserErrors, type Gql, waitForRunToFinish } from './api-client.ts';
import { DESKTOP, launchChromium, newPage, screenshot, screenshotAtBothWidths } from './browser.ts';
import { TestServices } from './test-services.ts';

const CATEGORY = 'widget';
const API_KEY = 'browser-test-admin-key';

let datasetDir = '';
let dashboardUrl = '';
let gql: Gql;
const services = new TestServices();
let browser: Browser | undefined;
let context: BrowserContext;

/** Defective test images of the synthetic category (every test/<type> folder but good). */
function defectiveImages(): string[] {
  const testDir = join(datasetDir, 'test');
  return readdirSync(testDir)
    .filter((type) => type !== 'good')
    .flatMap((type) => readdirSync(join(testDir, type)).map((file) => join(testDir, type, file)))
    .sort();
}

before(
  async () => {
    const dataDir = services.dataDir('destseg-dashboard-test-');
    datasetDir = join(dataDir, 'datasets', CATEGORY);
    await synthesizeCategory({ outDir: datasetDir, seed: 11, size: 64, train: 8, testGood: 4, testBad: 4 });
    ({ dashboardUrl, gql } = await services.adminStack(dataDir, API_KEY));

    const created = await gql<{ createCategory: { userErrors: Array<{ code: string; message: string }> } }>(
      `mutation ($input: CreateCategoryInput!) { createCategory(input: $input) { category { id } userErrors { code message } } }`,
      { input: { name: CATEGORY, datasetPath: datasetDir, imageSize: 32, augmentationGroup: 'NONE' } },
    );
    assertNoUserErrors(created.createCategory);

    // The model the leaderboard, the upload and the alerts use: 4 steps, then evaluated.
    const started = await gql<{
      startTrainingRun: { run: { id: string } | null; userErrors: Array<{ code: string; message: string }> };
    }>(
      `mutation ($input: StartTrainingRunInput!) { startTrainingRun(input: $input) { run { id } userErrors { code message } } }`,
      {
        input: { category: CATEGORY, params: { batchSize: 2, steps: 4, stage1Steps: 2, checkpointEvery: 4 } },
      },
    );
    assertNoUserErrors(started.startTrainingRun);
    const runId = started.startTrainingRun.run?.id ?? '';
    await waitForRunToFinish(gql, runId, 180_000);
    const evaluated = await gql<{ evaluateModel: { userErrors: Array<{ code: string; message: string }> } }>(
      `mutation ($category: String!) { evaluateModel(input: { category: $category }) { evaluation { id } userErrors { code message } } }`,
      { category: CATEGORY },
    );
    assertNoUserErrors(evaluated.evaluateModel);

    browser = await launchChromium();
    context = await browser.newContext({ baseURL: dashboardUrl });
  },
  { timeout: 900_000 },
);

after(async () => {
  await browser?.close();
  await services.stopAll();
});

test('the leaderboard renders a row of the trained model', { timeout: 120_000 }, async () => {
  const page = await newPage(context);
  await page.goto('/');
  const rows = page.locator(`[data-testid="leaderboard-${CATEGORY}"] [data-testid="leaderboard-row"]`);
  await rows.first().waitFor({ timeout: 30_000 });
  assert.equal(await rows.count(), 1);
  assert.match((await rows.first().textContent()) ?? '', /step 4/);
  await screenshotAtBothWidths(page, 'overview');
  await page.close();
});

test('a tiny run started from the form shows its loss curve growing live', { timeout: 480_000 }, async () => {
  const page = await newPage(context);
  await page.goto('/runs');
  const form = page.getByTestId('start-run-form');
  await form.waitFor();
  await form.locator('select[name="category"]').selectOption(CATEGORY);
  await form.locator('select[name="preset"]').selectOption('quick');
  // The form says how long the preset takes, with its evaluation.
  assert.match(
    (await form.getByTestId('expected-duration').textContent()) ?? '',
    /Expected duration with its evaluation: about (\d+m )?\d+s on a 2-core CPU/,
  );
  await form.locator('input[name="batchSize"]').fill('2');
  await form.locator('input[name="steps"]').fill('8');
  await form.locator('input[name="stage1Steps"]').fill('4');
  await form.locator('input[name="checkpointEvery"]').fill('8');
  await form.locator('select[name="defectSize"]').selectOption('small');
  await screenshot(page, 'runs-1280');
  await form.getByRole('button', { name: 'Start run' }).click();
  await page.waitForURL(/\/runs\/[^/]+$/, { timeout: 30_000 });
  // The run trains on the small synthetic defects chosen in the form.
  await page.getByText('Defect Perlin scales').waitFor();
  assert.equal(await page.locator('dt:text-is("Defect Perlin scales") + dd').textContent(), '2–5');

  const curves = page.getByTestId('loss-curves');
  const pointCount = async () => Number(await curves.getAttribute('data-point-count'));
  await page.waitForFunction(
    () =>
      Number(document.querySelector('[data-testid="loss-curves"]')?.getAttribute('data-point-count')) >= 1,
    undefined,
    { timeout: 180_000, polling: 100 },
  );
  const first = await pointCount();
  assert.ok(first < 8, `all ${first} points were there at once: the growth was not observed live`);
  await page.waitForFunction(
    (seen) =>
      Number(document.querySelector('[data-testid="loss-curves"]')?.getAttribute('data-point-count')) > seen,
    first,
    { timeout: 120_000, polling: 100 },
  );
  await page.getByTestId('loss-chart-stage2').waitFor({ timeout: 120_000 });
  await page.waitForFunction(
    () =>
      Number(document.querySelector('[data-testid="loss-curves"]')?.getAttribute('data-point-count')) === 8,
    undefined,
    { timeout: 120_000 },
  );
  // The stage-1 chart draws one line point per step (recharts renders them as circles while few).
  assert.ok((await page.locator('[data-testid="loss-chart-stage1"] .recharts-line-dot').count()) >= 4);
  // After the last step: the ONNX export with its parity gate and the automatic evaluation.
  await page
    .getByText(/succeeded/i)
    .first()
    .waitFor({ timeout: 180_000 });
  await screenshotAtBothWidths(page, 'run-detail');
  await page.close();
});

/** Drops an image file on the inspect page's dropzone and waits for the verdict. */
async function inspectInUi(page: Page, image: string, partId: string): Promise<void> {
  await page.goto('/inspect');
  const dropzone = page.getByTestId('dropzone');
  await dropzone.waitFor({ timeout: 30_000 });
  await page.locator('select[name="category"]').selectOption(CATEGORY);
  await page.locator('input[name="partId"]').fill(partId);
  const base64 = readFileSync(image).toString('base64');
  const dataTransfer = await page.evaluateHandle((b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'upload.png', { type: 'image/png' }));
    return transfer;
  }, base64);
  await dropzone.dispatchEvent('drop', { dataTransfer });
  await page.getByTestId('inspection-result').waitFor({ timeout: 180_000 });
}

test('after a run the policy sets the threshold, and verdicts use it; an admin changes the policy', {
  timeout: 360_000,
}, async () => {
  const page = await newPage(context);
  await page.goto(`/categories/${CATEGORY}`);
  // The run the form started evaluated itself; the category's default policy (best F1) set the threshold.
  const inForce = page.getByTestId('threshold-in-force');
  await inForce.filter({ hasText: /v\d+ · auto: best F1 on the test set/ }).waitFor({ timeout: 90_000 });
  assert.match(
    (await page.getByTestId('threshold-policy-current').textContent()) ?? '',
    /set by the policy best F1 on the test set/,
  );
  await screenshot(page, 'category-auto-threshold-1280');

  await inspectInUi(page, defectiveImages()[0] ?? '', 'P-AUTO');
  const version = (await page.getByTestId('threshold-version').textContent()) ?? '';
  assert.match(version, /^v\d+ · auto: best F1 on the test set$/);
  const stored = await gql<{
    category: { activeThreshold: { value: number; setBy: string } };
    inspections: { edges: Array<{ node: { score: number; thresholdValue: number; verdict: string } }> };
  }>(
    `query ($category: String!) { category(name: $category) { activeThreshold { value setBy } }
     inspections(first: 1, category: $category, partId: "P-AUTO") { edges { node { score thresholdValue verdict } } } }`,
    { category: CATEGORY },
  );
  const inspection = stored.inspections.edges[0]?.node;
  assert.ok(inspection);
  assert.equal(stored.category.activeThreshold.setBy, 'auto');
  assert.equal(inspection.thresholdValue, stored.category.activeThreshold.value);
  assert.equal(inspection.verdict, inspection.score >= inspection.thresholdValue ? 'DEFECT' : 'OK');
  assert.equal(await page.getByTestId('inspection-result').getAttribute('data-verdict'), inspection.verdict);
  await screenshot(page, 'inspect-auto-threshold-1280');

  // The admin picks another policy on the category page: it applies at once to the latest evaluation.
  await page.goto(`/categories/${CATEGORY}`);
  const policy = page.getByTestId('threshold-policy-control');
  await policy.waitFor({ timeout: 30_000 });
  await policy.getByLabel('Policy').selectOption('GOOD_QUANTILE');
  await policy.getByRole('spinbutton', { name: 'Quantile of good scores' }).fill('0.5');
  await policy.getByRole('button', { name: 'Use this policy' }).click();
  await inForce.filter({ hasText: /v\d+ · auto: quantile of good scores 0\.5/ }).waitFor({ timeout: 30_000 });
  assert.match(
    (await page.getByTestId('threshold-policy-current').textContent()) ?? '',
    /set by the policy quantile of good scores 0\.5/,
  );
  await page.close();
});

test('the category page draws the test-set scores; an admin sets a low threshold', {
  timeout: 90_000,
}, async () => {
  const page = await newPage(context);
  await page.goto(`/categories/${CATEGORY}`);
  const control = page.getByTestId('threshold-control');
  await control.waitFor({ timeout: 30_000 });
  // The run the form started is the active model now; it evaluated itself after training, and the page
  // picks that evaluation up (live, if it lands while the page is open).
  const scores = page.getByTestId('test-set-scores');
  await scores.waitFor({ timeout: 60_000 });
  // 4 good and 4 defective images (a defect too small to survive the resize to 32 px counts as good).
  const counts = /(\d+) good and (\d+) defective test images/.exec((await scores.textContent()) ?? '');
  assert.equal(Number(counts?.[1]) + Number(counts?.[2]), 8);
  await page.getByTestId('score-histogram').locator('.recharts-bar-rectangle').first().waitFor();
  assert.match(
    (await page.getByTestId('implied-rates').textContent()) ?? '',
    new RegExp(`of ${counts?.[1]} good.*of ${counts?.[2]} defective test images`),
  );
  // A model trained for a few steps scores defects barely above good images; a tiny threshold makes the
  // defect verdict certain without depending on its quality.
  await control.getByLabel('Method').selectOption('FIXED');
  await control.getByRole('spinbutton', { name: 'New threshold' }).fill('0.000001');
  await control.getByLabel('Reason').fill('browser test');
  await control.getByRole('button', { name: 'Set threshold' }).click();
  await page
    .getByTestId('threshold-in-force')
    .filter({ hasText: /set by hand: fixed value/ })
    .waitFor({ timeout: 30_000 });
  await page.close();
});

test('an image dropped on the inspect page shows a heatmap and a defect verdict', {
  timeout: 240_000,
}, async () => {
  const page = await newPage(context);
  await page.goto('/inspect');
  const dropzone = page.getByTestId('dropzone');
  await dropzone.waitFor({ timeout: 30_000 });
  await page.locator('select[name="category"]').selectOption(CATEGORY);
  await page.locator('input[name="partId"]').fill('P-UPLOAD');
  const image = defectiveImages()[0];
  assert.ok(image, 'the synthetic category has defective test images');
  const base64 = readFileSync(image).toString('base64');
  const dataTransfer = await page.evaluateHandle((b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'defective.png', { type: 'image/png' }));
    return transfer;
  }, base64);
  await dropzone.dispatchEvent('drop', { dataTransfer });

  // The first inspection on a newly active model waits for its load.
  const result = page.locator('[data-testid="inspection-result"][data-verdict="DEFECT"]');
  await result.waitFor({ timeout: 180_000 });
  const heatmap = page.getByTestId('heatmap-image');
  await page.waitForFunction(() => {
    const img = document.querySelector<HTMLImageElement>('[data-testid="heatmap-image"]');
    return Boolean(img?.complete && img.naturalWidth > 0);
  });
  assert.match((await heatmap.getAttribute('src')) ?? '', /\/heatmaps\/.+-heatmap\.png$/);
  assert.match(
    (await page.getByTestId('threshold-version').textContent()) ?? '',
    /^v\d+ · set by hand: fixed value$/,
  );
  await screenshotAtBothWidths(page, 'inspect');
  await page.close();
});

test('a defect alert appears in the live feed without a reload', { timeout: 90_000 }, async () => {
  const page = await newPage(context);
  // The list comes over HTTP and may be there before the feed's WebSocket has subscribed: inspecting
  // before that would test the race, not the feed. Wait for the subscribe message to leave the page.
  const subscribed = new Promise<void>((resolve) => {
    page.on('websocket', (socket) =>
      socket.on('framesent', ({ payload }) => {
        if (
          typeof payload === 'string' &&
          payload.includes('"subscribe"') &&
          payload.includes('defectDetected')
        ) {
          resolve();
        }
      }),
    );
  });
  await page.goto('/');
  const alerts = page.getByTestId('defect-alerts');
  await alerts.getByTestId('inspection-item').first().waitFor({ timeout: 30_000 });
  await subscribed;
  // A marker on window survives only if the page is not reloaded.
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));

  await inspectDefect('P-ALERT');

  await alerts.getByText('part P-ALERT').waitFor({ timeout: 30_000 });
  assert.equal(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded), true);
  await screenshot(page, 'overview-alert-1280');
  await page.close();
});

test('an alert raised while the feed had no socket shows once it reconnects', {
  timeout: 120_000,
}, async () => {
  const page = await newPage(context);
  // The page's subscription socket goes through this route: let through at first, then cut, and refused
  // while the alert is raised; the client reconnects by itself once it is let through again.
  let refuse = false;
  const sockets: WebSocketRoute[] = [];
  let subscribes = 0;
  await page.routeWebSocket(/graphql/, (socket) => {
    if (refuse) return void socket.close();
    sockets.push(socket);
    const server = socket.connectToServer();
    socket.onMessage((message) => {
      if (
        typeof message === 'string' &&
        message.includes('"subscribe"') &&
        message.includes('defectDetected')
      )
        subscribes += 1;
      server.send(message);
    });
  });
  // The feed's list is fetched at load and again once the socket is connected: both before the cut.
  let listFetches = 0;
  page.on('requestfinished', (request) => {
    if (request.postData()?.includes('"operationName":"Inspections"')) listFetches += 1;
  });
  await page.goto('/');
  const alerts = page.getByTestId('defect-alerts');
  await waitUntil(
    () => subscribes === 1 && listFetches >= 2,
    'the feed subscribed and fetched its list again',
  );
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));

  refuse = true;
  for (const socket of sockets.splice(0)) await socket.close();
  await inspectDefect('P-OFFLINE');
  // Nothing can have pushed it: the page has no socket.
  assert.equal(await alerts.getByText('part P-OFFLINE').count(), 0);
  refuse = false;

  await alerts.getByText('part P-OFFLINE').waitFor({ timeout: 60_000 });
  assert.ok(subscribes >= 2, 'the feed subscribed again after reconnecting');
  assert.equal(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded), true);
  await page.close();
});

test('the remaining pages render at desktop and tablet widths', { timeout: 90_000 }, async () => {
  const page = await newPage(context);
  await page.goto('/inspections');
  await page.getByTestId('inspection-feed').waitFor({ timeout: 30_000 });
  await screenshotAtBothWidths(page, 'inspections');

  await page.setViewportSize(DESKTOP);
  await page.getByTestId('inspection-item').first().click();
  await page.getByTestId('inspection-result').waitFor({ timeout: 30_000 });
  // The stored original under the heatmap, not the pre-blended overlay.
  await page.waitForFunction(() => {
    const img = document.querySelector<HTMLImageElement>('[data-testid="inspected-image"]');
    return Boolean(img?.complete && img.naturalWidth > 0);
  });
  assert.match((await page.getByTestId('inspected-image').getAttribute('src')) ?? '', /-image\.png$/);
  await page.getByLabel('Heatmap opacity').fill('0.2');
  assert.equal(
    await page.getByTestId('heatmap-image').evaluate((img) => getComputedStyle(img).opacity),
    '0.2',
  );
  assert.equal(await page.getByTestId('inspection-score-output').textContent(), 'segmentation');
  await screenshot(page, 'inspection-detail-1280');

  // The category page is reachable from the navigation, through the categories list.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Categories' }).click();
  await page.getByTestId('categories-table').getByRole('link', { name: CATEGORY }).click();
  await page.waitForURL(new RegExp(`/categories/${CATEGORY}$`), { timeout: 30_000 });
  await page.getByTestId('score-histogram').waitFor({ timeout: 30_000 });
  await screenshotAtBothWidths(page, 'category');

  // An admin switches the scoring output; the page and the test-set histogram follow it.
  const output = page.getByTestId('score-output-control');
  await output.getByLabel('Scoring output').selectOption('DEST');
  await output.getByRole('button', { name: 'Use this output' }).click();
  await page
    .getByTestId('score-output-current')
    .filter({ hasText: 'student–teacher' })
    .waitFor({ timeout: 30_000 });
  assert.match(
    (await page.getByTestId('test-set-scores').textContent()) ?? '',
    /^student–teacher scores of the \d+ good/,
  );

  await page.goto('/runs');
  await page.getByTestId('run-row').first().waitFor({ timeout: 30_000 });
  await screenshot(page, 'runs-820');
  await page.close();
});

test('the inspections feed pages past 100 with a total count and exports the filtered set as CSV', {
  timeout: 300_000,
}, async () => {
  // 101 inspections of lot L-PAGE (sent 16 at a time: the API batches them into shared forward passes).
  const image = readFileSync(defectiveImages()[0] ?? '').toString('base64');
  const TOTAL = 101;
  for (let start = 0; start < TOTAL; start += 16) {
    await Promise.all(
      Array.from({ length: Math.min(16, TOTAL - start) }, async (_, i) => {
        const res = await gql<{ inspect: { userErrors: Array<{ code: string; message: string }> } }>(
          `mutation ($input: InspectInput!) { inspect(input: $input) { userErrors { code message } } }`,
          { input: { category: CATEGORY, imageBase64: image, partId: `P-${start + i}`, lotId: 'L-PAGE' } },
        );
        assertNoUserErrors(res.inspect);
      }),
    );
  }
  const page = await newPage(context);
  await page.goto('/inspections');
  await page.getByTestId('inspection-feed').waitFor({ timeout: 30_000 });
  await page.getByLabel('Lot').fill('L-PAGE');
  const count = page.getByTestId('inspection-count');
  await count.filter({ hasText: `100 of ${TOTAL} shown` }).waitFor({ timeout: 30_000 });
  assert.equal(await page.getByTestId('inspection-item').count(), 100);
  await page.getByRole('button', { name: 'Load more' }).click();
  await count.filter({ hasText: `${TOTAL} of ${TOTAL} shown` }).waitFor({ timeout: 30_000 });
  assert.equal(await page.getByTestId('inspection-item').count(), TOTAL);
  assert.equal(await page.getByRole('button', { name: 'Load more' }).count(), 0);
  await screenshot(page, 'inspections-paged-1280');

  // The export holds the whole filtered set, read from the download itself.
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^inspections-.*\.csv$/);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  const lines = Buffer.concat(chunks).toString('utf8').trimEnd().split('\r\n');
  assert.equal(
    lines[0],
    'id,createdAt,category,verdict,score,thresholdValue,partId,lotId,stationId,overlayUrl',
  );
  assert.equal(lines.length, TOTAL + 1);
  assert.ok(lines.slice(1).every((line) => line.split(',')[7] === 'L-PAGE'));
  assert.equal(new Set(lines.slice(1).map((line) => line.split(',')[0])).size, TOTAL);
  await download.delete();
  await page.close();
});

test('no request of the overview answers 404 (the icon included)', { timeout: 60_000 }, async () => {
  const page = await newPage(context);
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  assert.deepEqual(missing, []);
  assert.equal((await page.request.get('/icon.svg')).status(), 200);
  await page.close();
});

/** Inspects a defective image of the category as an MES would; the verdict must be DEFECT. */
async function inspectDefect(partId: string): Promise<void> {
  const image = defectiveImages()[1] ?? defectiveImages()[0] ?? '';
  const inspected = await gql<{
    inspect: { inspection: { verdict: string } | null; userErrors: Array<{ code: string; message: string }> };
  }>(
    `mutation ($input: InspectInput!) { inspect(input: $input) { inspection { verdict } userErrors { code message } } }`,
    {
      input: {
        category: CATEGORY,
        imageBase64: readFileSync(image).toString('base64'),
        partId,
        lotId: 'L-7',
        stationId: 'S-2',
      },
    },
  );
  assertNoUserErrors(inspected.inspect);
  assert.equal(inspected.inspect.inspection?.verdict, 'DEFECT');
}

async function waitUntil(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
