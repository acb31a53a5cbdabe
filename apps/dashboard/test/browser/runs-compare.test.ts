/**
 * The runs pages in real headless Chromium against the real API: named and tagged runs in the list (filtered,
 * with duration, final metric and failure reason), two runs compared (overlaid, smoothed and log-scaled loss
 * curves, metrics and the parameters that differ), a rename, and no table clipped at 1280 or 820 px, judged
 * by element bounds. Screenshots go to artifacts/screenshots/ (git-ignored).
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { synthesizeCategory } from '@destseg/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { assertNoUserErrors, type Gql, waitForRunToFinish } from './api-client.ts';
import { DESKTOP, launchChromium, newPage, screenshot, screenshotAtBothWidths, TABLET } from './browser.ts';
import { clippedTableCells, pageOverflowsHorizontally } from './table-bounds.ts';
import { TestServices } from './test-services.ts';

const CATEGORY = 'widget';
const BROKEN = 'broken';
const API_KEY = 'runs-test-admin-key';
const TINY = { batchSize: 2, steps: 4, stage1Steps: 2, checkpointEvery: 4 };

let gql: Gql;
const services = new TestServices();
let browser: Browser | undefined;
let context: BrowserContext;
const runIds: Record<'baseline' | 'lowLr' | 'failed', string> = { baseline: '', lowLr: '', failed: '' };

type Payload = { userErrors: Array<{ code: string; message: string }> };

async function startRun(input: Record<string, unknown>): Promise<string> {
  const res = await gql<{ startTrainingRun: Payload & { run: { id: string } | null } }>(
    `mutation ($input: StartTrainingRunInput!) { startTrainingRun(input: $input) { run { id } userErrors { code message } } }`,
    { input },
  );
  assertNoUserErrors(res.startTrainingRun);
  return res.startTrainingRun.run?.id ?? '';
}

async function createCategory(name: string, datasetPath: string): Promise<void> {
  const res = await gql<{ createCategory: Payload }>(
    `mutation ($input: CreateCategoryInput!) { createCategory(input: $input) { userErrors { code message } } }`,
    { input: { name, datasetPath, imageSize: 32, augmentationGroup: 'NONE' } },
  );
  assertNoUserErrors(res.createCategory);
}

async function waitForStatus(id: string, status: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { trainingRun } = await gql<{ trainingRun: { status: string } }>(
      'query ($id: ID!) { trainingRun(id: $id) { status } }',
      { id },
    );
    if (trainingRun.status === status) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`run ${id} did not reach ${status} within ${timeoutMs} ms`);
}

/** Waits until the run's model has an evaluation (a succeeded run evaluates itself). */
async function waitForEvaluation(id: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { trainingRun } = await gql<{
      trainingRun: { model: { latestEvaluation: { id: string } | null } | null };
    }>('query ($id: ID!) { trainingRun(id: $id) { model { latestEvaluation { id } } } }', { id });
    if (trainingRun.model?.latestEvaluation) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`run ${id} was not evaluated within ${timeoutMs} ms`);
}

before(
  async () => {
    const dataDir = services.dataDir('destseg-runs-test-');
    const datasetDir = join(dataDir, 'datasets', CATEGORY);
    const brokenDir = join(dataDir, 'datasets', BROKEN);
    await synthesizeCategory({ outDir: datasetDir, seed: 11, size: 64, train: 8, testGood: 4, testBad: 4 });
    await synthesizeCategory({ outDir: brokenDir, seed: 12, size: 64, train: 4, testGood: 1, testBad: 1 });
    const stack = await services.adminStack(dataDir, API_KEY);
    gql = stack.gql;

    await createCategory(CATEGORY, datasetDir);
    await createCategory(BROKEN, brokenDir);
    // Two runs that differ in seed and student learning rate, and one whose training image is unreadable.
    runIds.baseline = await startRun({
      category: CATEGORY,
      name: 'baseline',
      tags: ['sweep'],
      params: { ...TINY, seed: 0 },
    });
    runIds.lowLr = await startRun({
      category: CATEGORY,
      name: 'low student lr',
      tags: ['sweep', 'lr'],
      params: { ...TINY, seed: 7, lrStudent: 0.1 },
    });
    runIds.failed = await startRun({ category: BROKEN, name: 'unreadable images', params: TINY });
    // The manifest was taken at the start; the worker reads the files only when the run's turn comes.
    for (const file of ['000.png', '001.png', '002.png', '003.png'])
      writeFileSync(join(brokenDir, 'train', 'good', file), 'not a png');

    await waitForRunToFinish(gql, runIds.baseline, 300_000);
    await waitForRunToFinish(gql, runIds.lowLr, 300_000);
    await waitForStatus(runIds.failed, 'FAILED', 180_000);
    await waitForEvaluation(runIds.baseline, 600_000);
    await waitForEvaluation(runIds.lowLr, 600_000);
    // A threshold set by hand with a reason: the threshold history's widest row.
    const set = await gql<{ setThreshold: Payload }>(
      `mutation ($input: SetThresholdInput!) { setThreshold(input: $input) { userErrors { code message } } }`,
      {
        input: {
          category: CATEGORY,
          method: 'FIXED',
          value: 0.42,
          reason: 'checked against the golden samples of line 3',
        },
      },
    );
    assertNoUserErrors(set.setThreshold);

    browser = await launchChromium();
    context = await browser.newContext({ baseURL: stack.dashboardUrl });
  },
  { timeout: 1_800_000 },
);

after(async () => {
  await browser?.close();
  await services.stopAll();
});

function row(page: Page, id: string) {
  return page.locator(`[data-testid="run-row"][data-run-id="${id}"]`);
}

/** Waits until the runs table lists exactly these runs (a filter's query has answered). */
async function waitForListed(page: Page, ids: readonly string[]): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      const listed = [...document.querySelectorAll('[data-testid="run-row"]')].map((r) =>
        r.getAttribute('data-run-id'),
      );
      return listed.length === wanted.length && wanted.every((id) => listed.includes(id));
    },
    ids,
    { timeout: 30_000 },
  );
}

test('the runs list shows names, tags, duration, final metric and failure reason, and filters', {
  timeout: 120_000,
}, async () => {
  const page = await newPage(context);
  await page.goto('/runs');
  const baseline = row(page, runIds.baseline);
  await baseline.waitFor({ timeout: 30_000 });
  assert.equal(await baseline.getByTestId('run-name').textContent(), 'baseline');
  assert.deepEqual(await row(page, runIds.lowLr).locator('.tag').allTextContents(), ['lr', 'sweep']);
  assert.match((await baseline.getByTestId('run-duration').textContent()) ?? '', /^(\d+m )?\d+s$/);
  assert.match((await baseline.getByTestId('run-final-metric').textContent()) ?? '', /^\d+\.\d$/);
  const failure = row(page, runIds.failed).getByTestId('failure-reason');
  assert.ok(((await failure.textContent()) ?? '').trim().length > 0);
  assert.equal(await baseline.getByTestId('failure-reason').count(), 0);
  await screenshot(page, 'runs-list-1280');

  const filters = page.getByTestId('run-filters');
  await filters.getByLabel('Tag').selectOption('lr');
  await waitForListed(page, [runIds.lowLr]);
  await filters.getByLabel('Tag').selectOption('sweep');
  await waitForListed(page, [runIds.baseline, runIds.lowLr]);
  await filters.getByLabel('Tag').selectOption('');
  await filters.getByLabel('Name').fill('BASE');
  await waitForListed(page, [runIds.baseline]);
  await filters.getByLabel('Name').fill('');
  await filters.getByLabel('Status').selectOption('FAILED');
  await waitForListed(page, [runIds.failed]);
  await page.close();
});

/** The `d` of every line path of a compare chart. */
function linePaths(page: Page, loss: string): Promise<string[]> {
  return page
    .locator(`[data-testid="compare-chart-${loss}"] .recharts-line-curve`)
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? ''));
}

test('two runs ticked in the list are compared: overlaid curves, smoothing, log scale, metrics, differing parameters', {
  timeout: 120_000,
}, async () => {
  const page = await newPage(context);
  await page.goto('/runs');
  await row(page, runIds.baseline).waitFor({ timeout: 30_000 });
  await page.getByLabel('Compare baseline').check();
  await page.getByLabel('Compare low student lr').check();
  await page.getByRole('link', { name: 'Compare 2 runs' }).click();
  await page.waitForURL(/\/runs\/compare\?ids=/, { timeout: 30_000 });
  await page.getByTestId('run-comparison').waitFor({ timeout: 30_000 });

  // One line per run on each loss chart, named after the runs.
  for (const loss of ['cosine', 'focal', 'l1']) {
    await page.getByTestId(`compare-chart-${loss}`).locator('.recharts-line-curve').nth(1).waitFor();
    assert.equal((await linePaths(page, loss)).length, 2, `${loss} chart`);
  }
  const legend = await page
    .getByTestId('compare-chart-cosine')
    .locator('.recharts-legend-item-text')
    .allTextContents();
  assert.deepEqual(legend, ['baseline', 'low student lr']);

  // Smoothing redraws the curves; at 0 they are the raw losses.
  const slider = page.getByTestId('chart-controls').getByLabel('Smoothing');
  await slider.focus();
  await page.keyboard.press('Home');
  await page.getByTestId('smoothing-value').filter({ hasText: '0.00' }).waitFor();
  const raw = await linePaths(page, 'focal');
  await page.keyboard.press('End');
  await page.getByTestId('smoothing-value').filter({ hasText: '0.99' }).waitFor();
  const smoothed = await linePaths(page, 'focal');
  assert.notDeepEqual(smoothed, raw, 'smoothing changed nothing');

  // The log scale redraws them too, and its ticks are powers-of-ten spaced, not evenly.
  await page.getByTestId('chart-controls').getByLabel('Log scale').check();
  await page.locator('[data-testid="compare-chart-focal"][data-scale="log"]').waitFor();
  const logged = await linePaths(page, 'focal');
  assert.notDeepEqual(logged, smoothed, 'the log scale changed nothing');

  // Metrics side by side: a column per run, a value in each.
  const metrics = page.getByTestId('compare-metrics');
  assert.deepEqual(await metrics.locator('thead th').allTextContents(), ['', 'baseline', 'low student lr']);
  const auroc = await metrics.locator('tr[data-metric="imageAuroc"] td').allTextContents();
  assert.equal(auroc.length, 2);
  assert.ok(
    auroc.every((v) => /^\d+\.\d$/.test(v)),
    `image AUROC cells: ${auroc}`,
  );
  assert.match((await metrics.locator('tr', { hasText: 'Model' }).textContent()) ?? '', /baseline · step 4/);

  // Parameters under readable names; the two that differ are highlighted, the rest are not.
  const params = page.getByTestId('compare-params');
  const differing = await params
    .locator('tr[data-differs="true"]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-param')));
  assert.deepEqual(differing.sort(), ['lrStudent', 'seed']);
  assert.equal(await params.locator('tr.differs').count(), 2);
  assert.match((await params.locator('tr[data-param="seed"]').textContent()) ?? '', /Seed.*0.*7/);
  assert.match(
    (await params.locator('tr[data-param="stage1Steps"] th').textContent()) ?? '',
    /^Stage-1 steps$/,
  );
  const highlight = await params
    .locator('tr[data-param="seed"] td')
    .first()
    .evaluate((td) => getComputedStyle(td).backgroundColor);
  const plain = await params
    .locator('tr[data-param="steps"] td')
    .first()
    .evaluate((td) => getComputedStyle(td).backgroundColor);
  assert.notEqual(highlight, plain, 'a differing parameter looks like the others');
  assert.equal(
    await page.getByTestId('differing-count').textContent(),
    `2 of ${await params.locator('tbody tr').count()} parameters differ.`,
  );

  await screenshotAtBothWidths(page, 'runs-compare');
  await page.close();
});

test('a run is renamed and retagged on its page; its model and parameters read as words', {
  timeout: 90_000,
}, async () => {
  const page = await newPage(context);
  await page.goto(`/runs/${encodeURIComponent(runIds.lowLr)}`);
  await page.getByTestId('run-title').filter({ hasText: 'low student lr' }).waitFor({ timeout: 30_000 });
  assert.equal(
    await page.locator('[data-testid="run-params"] [data-param="stage1Steps"] dt').textContent(),
    'Stage-1 steps',
  );
  assert.equal(
    await page.locator('[data-testid="run-params"] [data-param="lrStudent"] dt').textContent(),
    'Student learning rate',
  );
  await page
    .getByTestId('model-name')
    .filter({ hasText: 'low student lr · step 4' })
    .waitFor({ timeout: 30_000 });

  const editor = page.getByTestId('run-labels-editor');
  await editor.getByLabel('Name').fill('lr 0.1');
  await editor.getByLabel('Tags').fill('sweep, lr, keep');
  await editor.getByRole('button', { name: 'Save name and tags' }).click();
  await page.getByTestId('run-title').filter({ hasText: 'lr 0.1' }).waitFor({ timeout: 30_000 });
  await page.getByTestId('model-name').filter({ hasText: 'lr 0.1 · step 4' }).waitFor({ timeout: 30_000 });

  const stored = await gql<{ trainingRun: { name: string; tags: string[] } }>(
    'query ($id: ID!) { trainingRun(id: $id) { name tags } }',
    { id: runIds.lowLr },
  );
  assert.deepEqual(stored.trainingRun, { name: 'lr 0.1', tags: ['keep', 'lr', 'sweep'] });
  await screenshot(page, 'run-detail-labels-1280');

  await page.goto('/runs');
  assert.equal(
    await row(page, runIds.lowLr).getByTestId('run-name').textContent({ timeout: 30_000 }),
    'lr 0.1',
  );
  await page.goto('/');
  await page.getByTestId(`leaderboard-${CATEGORY}`).getByText('lr 0.1 · step 4').waitFor({ timeout: 30_000 });
  await page.close();
});

const PAGES = [
  { name: 'runs', path: () => '/runs', ready: '[data-testid="run-row"]' },
  {
    name: 'compare',
    path: () =>
      `/runs/compare?ids=${encodeURIComponent(runIds.baseline)},${encodeURIComponent(runIds.lowLr)}`,
    ready: '[data-testid="compare-params"]',
  },
  {
    name: 'run-detail',
    path: () => `/runs/${encodeURIComponent(runIds.baseline)}`,
    ready: '[data-testid="run-evaluation"]',
  },
  { name: 'category', path: () => `/categories/${CATEGORY}`, ready: '[data-testid="threshold-history"]' },
  { name: 'overview', path: () => '/', ready: '[data-testid="leaderboard-row"]' },
  { name: 'categories', path: () => '/categories', ready: '[data-testid="categories-table"]' },
] as const;

for (const viewport of [DESKTOP, TABLET]) {
  test(`no table cell is clipped at ${viewport.width} px`, { timeout: 120_000 }, async () => {
    const page = await newPage(context, viewport);
    for (const target of PAGES) {
      await page.goto(target.path());
      await page.locator(target.ready).first().waitFor({ timeout: 30_000 });
      // Charts and late queries settle the layout.
      await page.waitForLoadState('networkidle');
      await screenshot(page, `layout-${target.name}-${viewport.width}`);
      assert.deepEqual(await clippedTableCells(page), [], `${target.name} at ${viewport.width} px`);
      assert.equal(await pageOverflowsHorizontally(page), false, `${target.name} scrolls sideways`);
    }
    await page.close();
  });
}
