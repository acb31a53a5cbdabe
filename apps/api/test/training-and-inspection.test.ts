/**
 * End to end over real HTTP and WebSocket on embedded PGlite: create a category, train a tiny model while
 * its loss points arrive by subscription (and queries stay fast), see it evaluate itself with per-image
 * test-set scores, evaluate it again in a worker while queries stay fast, inspect a defective image (its
 * stored image, heatmap and overlay), receive defectDetected, move the threshold and see verdicts change,
 * replay a clientToken (and see it conflict with another image), filter inspections by part, lot and station.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { decodeImage } from '@destseg/core';
import { inspections } from '@destseg/db';
import { gql, Subscription, wsClient } from './support/graphql-client.ts';
import { serverForThisFile, TINY_PARAMS } from './support/test-server.ts';

const api = serverForThisFile('pglite');

const INSPECT = `mutation($i: InspectInput!) { inspect(input: $i) {
  inspection { id score destScore verdict imageUrl heatmapUrl overlayUrl thresholdValue partId lotId stationId width height }
  modelId model { id } modelVersion thresholdVersion replayed userErrors { field message code } } }`;

async function imageBase64(relative: string): Promise<string> {
  return (await readFile(join(api.env.datasetPath, relative))).toString('base64');
}

test('train, subscribe, evaluate, inspect, threshold, replay', async (t) => {
  const created = await gql(
    api.server.url,
    `mutation($i: CreateCategoryInput!) { createCategory(input: $i) {
    category { id name imageSize datasetVersions { trainCount testGoodCount testDefectCount } } userErrors { code } } }`,
    {
      i: { name: 'metal', datasetPath: api.env.datasetPath, imageSize: 32, augmentationGroup: 'NONE' },
    },
  );
  assert.deepEqual(created.data?.createCategory.userErrors, []);
  assert.deepEqual(created.data?.createCategory.category.datasetVersions, [
    { trainCount: 8, testGoodCount: 4, testDefectCount: 3 },
  ]);

  const noModel = await gql(api.server.url, INSPECT, {
    i: { category: 'metal', imageBase64: await imageBase64('test/good/000.png') },
  });
  assert.equal(noModel.data?.inspect.userErrors[0].code, 'NO_TRAINED_MODEL');

  const started = await gql(
    api.server.url,
    `mutation($i: StartTrainingRunInput!) { startTrainingRun(input: $i) {
    run { id status totalSteps } userErrors { code message } } }`,
    { i: { category: 'metal', params: TINY_PARAMS } },
  );
  assert.deepEqual(started.data?.startTrainingRun.userErrors, []);
  const runId = started.data?.startTrainingRun.run.id as string;

  const client = wsClient(api.server.url);
  const evaluationsCreated = new Subscription(
    client,
    `subscription { evaluationCreated(category: "metal") { id model { id }
    imageScores { nodes { path defectType defective score destScore } } } }`,
  );
  const progress = new Subscription(
    client,
    `subscription($id: ID!) { trainingProgress(runId: $id) {
    status step totalSteps progress etaSeconds lossPoint { step stage cosine focal l1 imagesPerSecond } } }`,
    { id: runId },
  );

  // The API must answer while the worker process trains.
  await progress.waitFor((m) => m.trainingProgress.lossPoint !== null);
  const latencies: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const res = await gql(api.server.url, '{ categories { name } }');
    latencies.push(performance.now() - t0);
    assert.equal(res.status, 200);
  }
  // Timings are reported, not asserted (noisy machines); docs/PERFORMANCE.md records them.
  t.diagnostic(`query latency during training: ${latencies.map((ms) => ms.toFixed(1)).join(', ')} ms`);

  // Training, evaluation and the ONNX export with its parity gate: minutes on a loaded 2-core machine.
  await progress.waitFor(
    (m) => m.trainingProgress.status === 'SUCCEEDED' && m.trainingProgress.lossPoint === null,
    600_000,
  );
  const points = progress.received.map((m) => m.trainingProgress.lossPoint).filter((p) => p !== null);
  assert.deepEqual(
    points.map((p) => [p.step, p.stage]),
    [
      [1, 1],
      [2, 1],
      [3, 2],
      [4, 2],
    ],
  );
  assert.ok(points.slice(0, 2).every((p) => Number.isFinite(p.cosine) && p.focal === null));
  assert.ok(points.slice(2).every((p) => Number.isFinite(p.focal) && Number.isFinite(p.l1)));
  await progress.waitFor(() => progress.completed);
  progress.close();

  const run = await gql(
    api.server.url,
    `query($id: ID!) { trainingRun(id: $id) { status progress backend
    lossCurve { nodes { step } } model { id } } node(id: $id) { ... on TrainingRun { status } } }`,
    { id: runId },
  );
  assert.equal(run.data?.trainingRun.status, 'SUCCEEDED');
  assert.equal(run.data?.trainingRun.backend, 'wasm');
  assert.equal(run.data?.trainingRun.lossCurve.nodes.length, 4);
  assert.equal(run.data?.node.status, 'SUCCEEDED');
  const modelId = run.data?.trainingRun.model.id as string;

  // The succeeded run evaluated itself in a worker, with a score per test image.
  const auto = (await evaluationsCreated.waitFor(() => true)).evaluationCreated;
  assert.equal(auto.model.id, modelId);
  assert.equal(auto.imageScores.nodes.length, 7);
  const scoreOf = new Map<string, { defectType: string; defective: boolean; score: number }>(
    auto.imageScores.nodes.map((s: { path: string }) => [s.path, s]),
  );
  assert.deepEqual(scoreOf.get('test/good/000.png')?.defective, false);
  assert.deepEqual(scoreOf.get('test/scratch/000.png')?.defectType, 'scratch');
  assert.equal(scoreOf.get('test/scratch/000.png')?.defective, true);
  assert.equal(auto.imageScores.nodes.filter((s: { defective: boolean }) => s.defective).length, 3);
  assert.ok(
    auto.imageScores.nodes.every(
      (s: { score: number; destScore: number }) => Number.isFinite(s.score) && Number.isFinite(s.destScore),
    ),
  );

  // An evaluation asked for runs in a worker process too: the API keeps answering meanwhile.
  const evaluating = gql(
    api.server.url,
    `mutation { evaluateModel(input: { category: "metal" }) { evaluation {
    id imageCount seg { overall { imageAuroc pixelAuroc pixelAp iap iap90 aupro imageF1Max { f1 threshold } }
    perDefectType { defectType metrics { imageAuroc } } } dest { overall { imageAuroc } } } userErrors { code } } }`,
  );
  const evalLatencies: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await gql(api.server.url, '{ categories { name } }');
    evalLatencies.push(performance.now() - t0);
  }
  t.diagnostic(`query latency during evaluation: ${evalLatencies.map((ms) => ms.toFixed(1)).join(', ')} ms`);
  const evaluated = await evaluating;
  assert.deepEqual(evaluated.data?.evaluateModel.userErrors, []);
  const evaluation = evaluated.data?.evaluateModel.evaluation;
  assert.equal(evaluation.imageCount, 7);
  assert.deepEqual(
    evaluation.seg.perDefectType.map((d: { defectType: string }) => d.defectType),
    ['hole', 'scratch', 'stain'],
  );
  const board = await gql(
    api.server.url,
    '{ leaderboard(category: "metal") { rank model { id } evaluation { id } } }',
  );
  assert.deepEqual(board.data?.leaderboard, [
    { rank: 1, model: { id: modelId }, evaluation: { id: evaluation.id } },
  ]);
  const latest = await gql(
    api.server.url,
    `{ category(name: "metal") { activeModel { evaluations { nodes { id } }
    latestEvaluation { id imageScores { nodes { path } } }
    onnxExport { passed imageCount segMapError destMapError scoreError mapTolerance scoreTolerance } } } }`,
  );
  const activeModel = latest.data?.category.activeModel;
  // The run put its model.onnx through the parity gate and the report is on the model, within its
  // tolerances: the inspections below run on onnxruntime.
  const report = activeModel.onnxExport;
  assert.ok(report, 'the parity report is stored with the model');
  assert.ok(report.imageCount > 0);
  assert.equal(report.passed, true);
  assert.ok(report.segMapError <= report.mapTolerance);
  assert.ok(report.destMapError <= report.mapTolerance);
  assert.ok(report.scoreError <= report.scoreTolerance);
  assert.deepEqual(
    activeModel.evaluations.nodes.map((e: { id: string }) => e.id),
    [evaluation.id, auto.id],
  );
  assert.equal(activeModel.latestEvaluation.id, evaluation.id);
  assert.equal(activeModel.latestEvaluation.imageScores.nodes.length, 7);
  evaluationsCreated.close();

  // Threshold 0: every image is a defect, so defectDetected fires.
  const setLow = await gql(
    api.server.url,
    `mutation { setThreshold(input: { category: "metal", method: FIXED, value: 0,
    reason: "test: flag everything" }) { threshold { version value method setBy reason } userErrors { code } } }`,
  );
  // Versions 1 and 2: the category's policy after each evaluation.
  assert.deepEqual(setLow.data?.setThreshold.threshold, {
    version: 3,
    value: 0,
    method: 'FIXED',
    setBy: 'localhost',
    reason: 'test: flag everything',
  });
  const defects = new Subscription(
    client,
    `subscription { defectDetected(category: "metal", minScore: 0) {
    id score verdict } }`,
  );
  const created2 = new Subscription(client, 'subscription { inspectionCreated(category: "metal") { id } }');
  await new Promise((r) => setTimeout(r, 300));
  const bad = await gql(api.server.url, INSPECT, {
    i: {
      category: 'metal',
      imageBase64: await imageBase64('test/scratch/000.png'),
      partId: 'P-1',
      lotId: 'L-1',
      stationId: 'S-1',
      clientToken: 'tok-1',
    },
  });
  assert.deepEqual(bad.data?.inspect.userErrors, []);
  const first = bad.data?.inspect;
  assert.equal(first.inspection.verdict, 'DEFECT');
  assert.equal(first.thresholdVersion, 3);
  assert.equal(first.modelId, modelId);
  assert.equal(first.model.id, modelId);
  assert.equal(first.modelVersion, modelId, 'the deprecated modelVersion still answers');
  assert.equal(first.replayed, false);
  assert.deepEqual(
    [first.inspection.partId, first.inspection.lotId, first.inspection.stationId],
    ['P-1', 'L-1', 'S-1'],
  );
  assert.deepEqual([first.inspection.width, first.inspection.height], [32, 32]);
  const detected = await defects.waitFor(() => true, 10_000);
  assert.equal(detected.defectDetected.id, first.inspection.id);
  await created2.waitFor((m) => m.inspectionCreated.id === first.inspection.id, 10_000);
  defects.close();
  created2.close();

  for (const url of [first.inspection.imageUrl, first.inspection.heatmapUrl, first.inspection.overlayUrl]) {
    const png = await fetch(url);
    assert.equal(png.status, 200);
    assert.equal(png.headers.get('content-type'), 'image/png');
    const bytes = Buffer.from(await png.arrayBuffer());
    assert.deepEqual([...bytes.subarray(1, 4)], [0x50, 0x4e, 0x47]);
    // IHDR width and height: every file is at the uploaded image's size.
    assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [32, 32]);
  }
  // The stored image is the upload itself (lossless PNG of the same pixels).
  const stored = await decodeImage(Buffer.from(await (await fetch(first.inspection.imageUrl)).arrayBuffer()));
  const uploaded = await decodeImage(join(api.env.datasetPath, 'test/scratch/000.png'));
  assert.deepEqual(Buffer.from(stored.data), Buffer.from(uploaded.data));
  // An inspection's score matches the evaluation's score of the same image.
  assert.ok(Math.abs(first.inspection.score - (scoreOf.get('test/scratch/000.png')?.score ?? -1)) < 1e-4);

  // The same clientToken with the same request returns the first result; with another image it conflicts.
  const sent = { category: 'metal', partId: 'P-1', lotId: 'L-1', stationId: 'S-1', clientToken: 'tok-1' };
  const again = await gql(api.server.url, INSPECT, {
    i: { ...sent, imageBase64: await imageBase64('test/scratch/000.png') },
  });
  assert.equal(again.data?.inspect.replayed, true);
  assert.deepEqual(again.data?.inspect.inspection, first.inspection);
  const conflict = await gql(api.server.url, INSPECT, {
    i: { ...sent, imageBase64: await imageBase64('test/good/000.png') },
  });
  assert.equal(conflict.data?.inspect.userErrors[0].code, 'CONFLICT');

  // Threshold above every score: the same image is now OK.
  await gql(
    api.server.url,
    'mutation { setThreshold(input: { category: "metal", method: FIXED, value: 1.01 }) { userErrors { code } } }',
  );
  const ok = await gql(api.server.url, INSPECT, {
    i: { category: 'metal', imageBase64: await imageBase64('test/scratch/000.png') },
  });
  assert.equal(ok.data?.inspect.inspection.verdict, 'OK');
  assert.equal(ok.data?.inspect.thresholdVersion, 4);
  assert.equal(ok.data?.inspect.inspection.score, first.inspection.score);

  // Derived thresholds from the latest evaluation: a false-alarm rate on its good images' scores, and F1-max.
  const far = await gql(
    api.server.url,
    `mutation { setThreshold(input: { category: "metal", method: FALSE_ALARM_RATE,
    targetFalseAlarmRate: 0 }) { threshold { version value targetFalseAlarmRate } userErrors { code } } }`,
  );
  assert.equal(far.data?.setThreshold.threshold.version, 5);
  const goodScores = [];
  for (const name of ['000', '001', '002', '003']) {
    const res = await gql(api.server.url, INSPECT, {
      i: { category: 'metal', imageBase64: await imageBase64(`test/good/${name}.png`) },
    });
    goodScores.push(res.data?.inspect.inspection.verdict);
  }
  assert.deepEqual(goodScores, ['OK', 'OK', 'OK', 'OK']);

  // GET /metrics (Prometheus): every stored inspection counted by verdict, the phases of each timed.
  const metrics = await (await fetch(api.server.url.replace(/\/graphql$/, '/metrics'))).text();
  const value = (line: string) =>
    Number(
      metrics
        .split('\n')
        .find((l) => l.startsWith(`${line} `))
        ?.split(' ')[1],
    );
  const rows = await api.server.services.db.select().from(inspections);
  const verdicts = new Set(rows.map((row) => row.verdict));
  assert.equal(verdicts.size, 2, 'both verdicts were given');
  for (const verdict of verdicts) {
    assert.equal(
      value(`destseg_inspections_total{verdict="${verdict}"}`),
      rows.filter((row) => row.verdict === verdict).length,
      verdict,
    );
  }
  for (const phase of ['read', 'decode', 'predict', 'files', 'store']) {
    assert.ok(value(`destseg_inspect_phase_seconds_count{phase="${phase}"}`) >= rows.length, phase);
  }
  // Every stored inspection went through one forward pass; the passes' images add up to them.
  assert.equal(value('destseg_inspect_pass_images_sum'), rows.length, 'images per pass');
  assert.ok(value('destseg_inspect_pass_images_count') >= 1, 'passes');
  assert.ok(value('nodejs_eventloop_lag_p99_seconds') >= 0, 'the event loop delay is exported');
  const f1 = await gql(
    api.server.url,
    `mutation { setThreshold(input: { category: "metal", method: F1_MAX }) {
    threshold { value method } userErrors { code } } }`,
  );
  // The evaluation's F1-max point, up to float32 rounding (never above the image it belongs to).
  assert.equal(
    Math.fround(f1.data?.setThreshold.threshold.value),
    evaluation.seg.overall.imageF1Max.threshold,
  );

  const page = await gql(
    api.server.url,
    `{ inspections(first: 2, category: "metal", verdict: OK) {
    edges { cursor node { id verdict } } pageInfo { hasNextPage endCursor } totalCount } }`,
  );
  assert.equal(page.data?.inspections.edges.length, 2);
  // The total counts the filtered set on every page, whatever the page size.
  assert.equal(page.data?.inspections.totalCount, 5);
  assert.equal(page.data?.inspections.pageInfo.hasNextPage, true);
  const next = await gql(
    api.server.url,
    `query($after: String) { inspections(first: 10, verdict: OK, after: $after) {
    edges { node { id } } pageInfo { hasNextPage } totalCount } }`,
    { after: page.data?.inspections.pageInfo.endCursor },
  );
  assert.equal(next.data?.inspections.edges.length, 3);
  assert.equal(next.data?.inspections.totalCount, 5);
  const all = await gql(api.server.url, '{ inspections(first: 1) { totalCount } }');
  assert.ok(all.data?.inspections.totalCount > 5);
  assert.equal(next.data?.inspections.pageInfo.hasNextPage, false);

  // Part, lot and station filters are exact matches on the server.
  const origin = `query($part: String, $lot: String, $station: String) {
    inspections(first: 50, partId: $part, lotId: $lot, stationId: $station) { edges { node { id } } } }`;
  const ids = async (vars: Record<string, string>) =>
    (await gql(api.server.url, origin, vars)).data?.inspections.edges.map(
      (e: { node: { id: string } }) => e.node.id,
    );
  assert.deepEqual(await ids({ part: 'P-1' }), [first.inspection.id]);
  assert.deepEqual(await ids({ lot: 'L-1', station: 'S-1' }), [first.inspection.id]);
  assert.deepEqual(await ids({ part: 'P-1', station: 'S-2' }), []);
  assert.deepEqual(await ids({ part: 'P-' }), []);
  await client.dispose();
});
