/**
 * Creating a category from the dashboard in real headless Chromium against the real API: the form's inline
 * problems (its own and the API's), a zip of real BSData pitting images uploaded through the file picker,
 * then a tiny training run started from the new category's page, its loss curve growing live until it
 * succeeds. Screenshots go to artifacts/screenshots/ (git-ignored).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { sharedPath } from '@destseg/core/testing';
import { type Zippable, zipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import type { Gql } from './api-client.ts';
import { launchChromium, newPage, screenshot } from './browser.ts';
import { TestServices } from './test-services.ts';

const API_KEY = 'new-category-admin-key';
const CATEGORY = 'pitting-upload';
const BSDATA = sharedPath('data', 'bsdata-pitting');

let dataDir = '';
let dashboardUrl = '';
let gql: Gql;
const services = new TestServices();
let browser: Browser | undefined;

function bsdataFiles(dir: string, n: number): string[] {
  return readdirSync(join(BSDATA, dir)).sort().slice(0, n);
}

/**
 * A small MVTec-layout zip of real images inside a top-level folder: 4 good to train on, 1 good and 1 pitted
 * test image with its mask, and a README outside the layout.
 */
function pittingZip(): Buffer {
  const files: Zippable = { 'pitting/README.txt': new TextEncoder().encode('BSData pitting, CC BY-SA 4.0') };
  const add = (dir: string, name: string) => {
    files[`pitting/${dir}/${name}`] = readFileSync(join(BSDATA, dir, name));
  };
  for (const name of bsdataFiles('train/good', 4)) add('train/good', name);
  add('test/good', bsdataFiles('test/good', 1)[0] as string);
  const pitted = bsdataFiles('test/pitting', 1)[0] as string;
  add('test/pitting', pitted);
  add('ground_truth/pitting', pitted.replace(/\.[^.]+$/, '_mask.png'));
  return Buffer.from(zipSync(files));
}

before(
  async () => {
    dataDir = services.dataDir('destseg-new-category-test-');
    ({ dashboardUrl, gql } = await services.adminStack(dataDir, API_KEY));
    browser = await launchChromium();
  },
  { timeout: 900_000 },
);

after(async () => {
  await browser?.close();
  await services.stopAll();
});

async function fieldError(page: Page, field: string): Promise<string> {
  const error = page.getByTestId(`field-error-${field}`);
  await error.waitFor({ timeout: 30_000 });
  return (await error.textContent()) ?? '';
}

test('a category created from a zip in the UI trains, its loss shown live', {
  timeout: 600_000,
}, async () => {
  const context = await (browser as Browser).newContext({ baseURL: dashboardUrl });
  const page = await newPage(context);

  // From the categories page to the form.
  await page.goto('/categories');
  await page.getByTestId('new-category-link').click();
  await page.waitForURL(/\/new-category$/);
  const form = page.getByTestId('new-category-form');
  await form.waitFor();
  const picker = form.locator('input[name="zip"]');
  assert.equal(await picker.getAttribute('accept'), '.zip,application/zip');

  // The form's own checks, inline, before any request.
  await form.locator('input[name="name"]').fill('bad name!');
  await form.locator('input[name="imageSize"]').fill('100');
  await form.getByRole('button', { name: 'Create category' }).click();
  assert.match(await fieldError(page, 'name'), /letters, digits/);
  assert.match(await fieldError(page, 'imageSize'), /multiple of 32/);
  assert.match(await fieldError(page, 'zip'), /Choose a \.zip file/);
  await picker.setInputFiles({ name: 'images.tar', mimeType: 'application/x-tar', buffer: Buffer.from('x') });
  assert.match(await fieldError(page, 'zip'), /Only \.zip files/);
  await screenshot(page, 'new-category-invalid-1280');

  // The API's refusal of an archive shows beside the file picker, and creates nothing.
  await form.locator('input[name="name"]').fill(CATEGORY);
  await form.locator('input[name="imageSize"]').fill('32');
  const notDataset = Buffer.from(zipSync({ 'train/good/notes.txt': new TextEncoder().encode('notes') }));
  await picker.setInputFiles({ name: 'notes.zip', mimeType: 'application/zip', buffer: notDataset });
  await form.getByRole('button', { name: 'Create category' }).click();
  assert.match(await fieldError(page, 'zip'), /train\/good\/notes\.txt: not an image.*ZIP_UNEXPECTED_FILE/);
  const { categories } = await gql<{ categories: Array<{ name: string }> }>('{ categories { name } }');
  assert.deepEqual(categories, []);
  await screenshot(page, 'new-category-refused-zip-1280');

  // A real archive: the category's page opens with its dataset.
  await picker.setInputFiles({ name: 'pitting.zip', mimeType: 'application/zip', buffer: pittingZip() });
  await form.getByRole('button', { name: 'Create category' }).click();
  // The README is left out, and said so before the category's page opens.
  const ignored = page.getByTestId('ignored-files');
  await ignored.waitFor({ timeout: 60_000 });
  assert.deepEqual(await ignored.locator('li').allTextContents(), ['pitting/README.txt']);
  await screenshot(page, 'new-category-ignored-files-1280');
  await ignored.getByRole('link', { name: `Open ${CATEGORY}` }).click();
  await page.waitForURL(new RegExp(`/categories/${CATEGORY}$`), { timeout: 60_000 });
  await page.getByRole('heading', { level: 1, name: CATEGORY }).waitFor();
  await page.getByText(/^32px · .* · 4 train \/ 1 good \/ 1 defective test images$/).waitFor();
  await screenshot(page, 'new-category-created-1280');

  // The smallest run the API takes, started from the category's own page.
  const runForm = page.getByTestId('start-run-form');
  await runForm.waitFor();
  assert.equal(await runForm.locator('select[name="category"]').inputValue(), CATEGORY);
  await runForm.locator('input[name="batchSize"]').fill('2');
  await runForm.locator('input[name="steps"]').fill('6');
  await runForm.locator('input[name="stage1Steps"]').fill('3');
  await runForm.locator('input[name="checkpointEvery"]').fill('6');
  await runForm.getByRole('button', { name: 'Start run' }).click();
  await page.waitForURL(/\/runs\/[^/]+$/, { timeout: 30_000 });

  // Loss points arrive while it runs, then it succeeds.
  const pointCount = `Number(document.querySelector('[data-testid="loss-curves"]')?.getAttribute('data-point-count'))`;
  await page.waitForFunction(`${pointCount} >= 1`, undefined, { timeout: 300_000, polling: 100 });
  const first = Number(await page.getByTestId('loss-curves').getAttribute('data-point-count'));
  assert.ok(first < 6, `all ${first} points were there at once: the growth was not observed live`);
  await screenshot(page, 'new-category-run-live-1280');
  await page.waitForFunction(`${pointCount} === 6`, undefined, { timeout: 300_000, polling: 100 });
  // The model is checkpointed and exported after the last step: minutes on a loaded 2-core machine.
  const ended = page.locator('.badge.succeeded, .badge.failed, .badge.cancelled').first();
  await ended.waitFor({ timeout: 480_000 });
  assert.equal(await ended.textContent(), 'succeeded');
  await screenshot(page, 'new-category-run-done-1280');
  await context.close();
});

test('a category is created from a dataset folder on the server', { timeout: 300_000 }, async () => {
  const context = await (browser as Browser).newContext({ baseURL: dashboardUrl });
  const page = await newPage(context);
  await page.goto('/new-category');
  const form = page.getByTestId('new-category-form');
  await form.waitFor();
  await form.getByLabel('A folder on the server').check();
  // The file picker gives way to the path field.
  assert.equal(await form.locator('input[name="zip"]').count(), 0);
  await form.locator('input[name="name"]').fill('pitting-folder');
  await form.locator('input[name="imageSize"]').fill('64');
  await form.locator('input[name="datasetPath"]').fill(join(dataDir, 'no-such-folder'));
  await form.getByRole('button', { name: 'Create category' }).click();
  assert.match(await fieldError(page, 'datasetPath'), /category folder not found.*DATASET_INVALID/);
  await screenshot(page, 'new-category-path-refused-1280');

  await form.locator('input[name="datasetPath"]').fill(BSDATA);
  // The rotation group and the scoring output are chosen in the form, not only on the category page later.
  await form.locator('select[name="augmentationGroup"]').selectOption('SLIGHT');
  await form.locator('select[name="scoreOutput"]').selectOption('FUSED');
  await form.getByRole('button', { name: 'Create category' }).click();
  await page.waitForURL(/\/categories\/pitting-folder$/, { timeout: 120_000 });
  await page
    .getByText(/^64px · augmentation slight · \d+ train \/ \d+ good \/ \d+ defective test images$/)
    .waitFor();
  assert.equal(await page.locator('select').filter({ hasText: 'fused' }).first().inputValue(), 'FUSED');
  await context.close();
});
