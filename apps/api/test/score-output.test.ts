/**
 * The per-category scoring output over real HTTP on embedded PGlite: a category scores with the segmentation
 * output by default; an admin switches it to DEST or FUSED and inspections take the engine's score of that
 * output (checked against the engine run in the test process), its heatmap, and its thresholds, derived from
 * the evaluation's scores of that output. Each inspection keeps the output that scored it; only admins may
 * switch, and an unknown output is a validation error.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  decodeImage,
  heatmapRgb,
  Inspector,
  type MapPrediction,
  pickThreshold,
  type ScoreOutput,
  scoreOutputMap,
  thresholdForFalseAlarmRate,
} from '@destseg/core';
import { and, asc, eq, evaluationImageScores, evaluationMetrics, inspections } from '@destseg/db';
import { parseGlobalId } from '../src/graphql/global-id.ts';
import { gql } from './support/graphql-client.ts';
import { keysByRole, serverForThisFile } from './support/test-server.ts';
import { trainUntilEvaluated } from './support/tiny-training.ts';

const KEYS = { viewer: 'viewer-key-123', operator: 'operator-key-123', admin: 'admin-key-1234' };
const IMAGE = 'test/scratch/000.png';

const api = serverForThisFile('pglite', {
  apiKeys: keysByRole(KEYS),
});

const admin = (query: string, variables: Record<string, unknown> = {}) =>
  gql(api.server.url, query, variables, KEYS.admin);

const SET_OUTPUT = `mutation($i: SetScoreOutputInput!) { setScoreOutput(input: $i) {
  category { name scoreOutput } userErrors { field code } } }`;

const INSPECT = `mutation($i: InspectInput!) { inspect(input: $i) {
  inspection { id score destScore scoreOutput verdict thresholdValue heatmapUrl threshold { version scoreOutput } }
  userErrors { code } } }`;

const SET_THRESHOLD = `mutation($i: SetThresholdInput!) { setThreshold(input: $i) {
  threshold { version value method scoreOutput } userErrors { code } } }`;

const METRICS = 'overall { imageAuroc pixelAuroc imageF1Max { f1 threshold } }';
const EVALUATION = `{ category(name: "metal") { scoreOutput activeThreshold { version }
  activeModel { id evaluations { nodes { id } }
  latestEvaluation { id seg { ${METRICS} } dest { ${METRICS} } fused { ${METRICS} } scoreOutput scoreOutputMetrics { ${METRICS} } chosen { ${METRICS} }
  imageScores { nodes { path defective segScore score destScore fusedScore scoreOutputScore chosenScore } } } } } }`;

async function inspect(clientToken: string) {
  const image = (await readFile(join(api.env.datasetPath, IMAGE))).toString('base64');
  const res = await gql(
    api.server.url,
    INSPECT,
    { i: { category: 'metal', imageBase64: image, clientToken } },
    KEYS.operator,
  );
  assert.deepEqual(res.data?.inspect.userErrors, []);
  return res.data?.inspect.inspection;
}

async function setOutput(scoreOutput: string, key = KEYS.admin) {
  return (await gql(api.server.url, SET_OUTPUT, { i: { category: 'metal', scoreOutput } }, key)).data
    ?.setScoreOutput;
}

/** The heatmap PNG served for an inspection, as RGB bytes. */
async function heatmapPixels(url: string): Promise<Buffer> {
  return Buffer.from((await decodeImage(Buffer.from(await (await fetch(url)).arrayBuffer()))).data);
}

test('a category scores with its chosen output', async () => {
  // Created without a choice: the segmentation output (faithful mode). The choice can be made at creation.
  const create = `mutation($i: CreateCategoryInput!) { createCategory(input: $i) {
    category { name scoreOutput } userErrors { code } } }`;
  const created = await admin(create, {
    i: { name: 'metal', datasetPath: api.env.datasetPath, imageSize: 32, augmentationGroup: 'NONE' },
  });
  assert.deepEqual(created.data?.createCategory.category, { name: 'metal', scoreOutput: 'SEG' });
  const createdDest = await admin(create, {
    i: { name: 'pitted', datasetPath: api.env.datasetPath, imageSize: 32, scoreOutput: 'DEST' },
  });
  assert.deepEqual(createdDest.data?.createCategory.category, { name: 'pitted', scoreOutput: 'DEST' });

  // Only admins switch; an unknown output never reaches a resolver.
  assert.equal((await setOutput('DEST', KEYS.operator))?.userErrors[0].code, 'FORBIDDEN');
  assert.equal((await setOutput('DEST', KEYS.viewer))?.userErrors[0].code, 'FORBIDDEN');
  const inline = await admin(
    'mutation { setScoreOutput(input: { category: "metal", scoreOutput: BOGUS }) { userErrors { code } } }',
  );
  assert.equal(inline.status, 400);
  assert.equal(inline.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
  const variable = await admin(SET_OUTPUT, { i: { category: 'metal', scoreOutput: 'dest' } });
  assert.equal(variable.data, undefined);
  assert.equal(variable.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  const missing = await gql(
    api.server.url,
    SET_OUTPUT,
    { i: { category: 'nope', scoreOutput: 'DEST' } },
    KEYS.admin,
  );
  assert.deepEqual(missing.data?.setScoreOutput.userErrors, [
    { field: ['input', 'category'], code: 'CATEGORY_NOT_FOUND' },
  ]);
  assert.equal(
    (await admin('{ category(name: "metal") { scoreOutput } }')).data?.category.scoreOutput,
    'SEG',
  );

  // A tiny model, evaluated by itself after training: every output's metrics and per-image scores.
  await trainUntilEvaluated(api.server.url, {
    category: 'metal',
    startKey: KEYS.admin,
    subscribeKey: KEYS.viewer,
  });
  const segView = (await admin(EVALUATION)).data?.category;
  const evaluation = segView.activeModel.latestEvaluation;
  assert.deepEqual(evaluation.scoreOutputMetrics, evaluation.seg);
  assert.equal(evaluation.scoreOutput, 'SEG');
  // The deprecated names answer the same.
  assert.deepEqual(evaluation.chosen, evaluation.scoreOutputMetrics);
  assert.ok(evaluation.fused.overall.imageF1Max.threshold !== null);
  for (const s of evaluation.imageScores.nodes) {
    assert.ok(Number.isFinite(s.fusedScore));
    assert.equal(s.scoreOutputScore, s.segScore);
    assert.equal(s.chosenScore, s.scoreOutputScore);
    assert.equal(s.score, s.segScore);
  }

  // The engine's own prediction of the same image, in this process.
  const model = await api.server.services.models.byId(parseGlobalId(segView.activeModel.id)?.id ?? 0);
  assert.ok(model);
  const inspector = await Inspector.load(model.checkpointPath);
  const [prediction] = (await inspector.predict([await decodeImage(join(api.env.datasetPath, IMAGE))])) as [
    MapPrediction,
  ];
  inspector.dispose();
  const engine = (output: ScoreOutput) => scoreOutputMap(prediction, output);
  const close = (a: number, b: number) => Math.abs(a - b) < 1e-5;

  // The category's policy (F1_MAX) set version 1 after the evaluation. A manual threshold of 0 makes the image
  // a defect.
  assert.deepEqual(segView.activeThreshold, { version: 1 });
  await admin(SET_THRESHOLD, { i: { category: 'metal', method: 'FIXED', value: 0 } });
  const seg = await inspect('seg-1');
  assert.equal(seg.scoreOutput, 'SEG');
  assert.ok(close(seg.score, engine('seg').score), `${seg.score} vs ${engine('seg').score}`);
  assert.equal(seg.verdict, 'DEFECT');
  assert.deepEqual(seg.threshold, { version: 2, scoreOutput: 'SEG' });

  // DEST: the score and heatmap are the DeST branch's; the segmentation threshold no longer applies.
  assert.deepEqual((await setOutput('DEST'))?.category, { name: 'metal', scoreOutput: 'DEST' });
  const destView = (await admin(EVALUATION)).data?.category;
  assert.equal(destView.activeThreshold, null);
  const destEvaluation = destView.activeModel.latestEvaluation;
  assert.deepEqual(destEvaluation.scoreOutputMetrics, destEvaluation.dest);
  assert.equal(destEvaluation.scoreOutput, 'DEST');
  for (const s of destEvaluation.imageScores.nodes) assert.equal(s.scoreOutputScore, s.destScore);
  const dest = await inspect('dest-1');
  assert.equal(dest.scoreOutput, 'DEST');
  assert.ok(
    close(dest.score, prediction.destScore),
    `${dest.score} vs engine destScore ${prediction.destScore}`,
  );
  assert.equal(dest.score, dest.destScore);
  assert.notEqual(dest.score, seg.score);
  assert.equal(dest.threshold, null);
  assert.equal(dest.thresholdValue, 0.5);
  assert.deepEqual(
    await heatmapPixels(dest.heatmapUrl),
    Buffer.from(heatmapRgb(prediction.destMap, 32, 32).data),
  );
  assert.deepEqual(
    await heatmapPixels(seg.heatmapUrl),
    Buffer.from(heatmapRgb(prediction.segMap, 32, 32).data),
  );

  // A threshold just above the DeST score: the verdict follows the DeST score, not the segmentation one.
  const above = await admin(SET_THRESHOLD, {
    i: { category: 'metal', method: 'FIXED', value: dest.score + 1e-3 },
  });
  assert.equal(above.data?.setThreshold.threshold.scoreOutput, 'DEST');
  const destOk = await inspect('dest-2');
  assert.deepEqual([destOk.verdict, destOk.threshold], ['OK', { version: 3, scoreOutput: 'DEST' }]);

  // Derived thresholds use the DeST scores and metrics of the evaluation.
  const far = await admin(SET_THRESHOLD, {
    i: { category: 'metal', method: 'FALSE_ALARM_RATE', targetFalseAlarmRate: 0 },
  });
  const goodDest = destEvaluation.imageScores.nodes
    .filter((s: { defective: boolean }) => !s.defective)
    .map((s: { destScore: number }) => s.destScore);
  assert.equal(far.data?.setThreshold.threshold.value, thresholdForFalseAlarmRate(goodDest, 0));
  const f1 = await admin(SET_THRESHOLD, { i: { category: 'metal', method: 'F1_MAX' } });
  // The evaluation's F1-max point, unless float32 rounding moved it above the image it belongs to.
  const destF1 = pickThreshold(
    { kind: 'f1_max' },
    destEvaluation.imageScores.nodes.map((s: { destScore: number; defective: boolean }) => ({
      score: s.destScore,
      defective: s.defective,
    })),
  ).value;
  assert.equal(Math.fround(destF1), destEvaluation.dest.overall.imageF1Max.threshold);
  assert.deepEqual(f1.data?.setThreshold.threshold, {
    version: 5,
    value: destF1,
    method: 'F1_MAX',
    scoreOutput: 'DEST',
  });

  // FUSED: the engine's fused score. An evaluation stored before fused scores were kept (simulated by
  // removing them) has none, so a derived threshold evaluates the model again.
  assert.equal((await setOutput('FUSED'))?.category.scoreOutput, 'FUSED');
  const fused = await inspect('fused-1');
  assert.equal(fused.scoreOutput, 'FUSED');
  assert.ok(close(fused.score, engine('fused').score), `${fused.score} vs ${engine('fused').score}`);
  const db = api.server.services.db;
  const oldId = parseGlobalId(destEvaluation.id)?.id ?? 0;
  await db
    .update(evaluationImageScores)
    .set({ fusedScore: null })
    .where(eq(evaluationImageScores.evaluationId, oldId));
  await db
    .delete(evaluationMetrics)
    .where(and(eq(evaluationMetrics.evaluationId, oldId), eq(evaluationMetrics.output, 'fused')));
  const legacy = (await admin(EVALUATION)).data?.category.activeModel;
  assert.equal(legacy.latestEvaluation.scoreOutputMetrics, null);
  assert.ok(
    legacy.latestEvaluation.imageScores.nodes.every(
      (s: { scoreOutputScore: number | null }) => s.scoreOutputScore === null,
    ),
  );
  const fusedFar = await admin(SET_THRESHOLD, {
    i: { category: 'metal', method: 'FALSE_ALARM_RATE', targetFalseAlarmRate: 0 },
  });
  const fusedView = (await admin(EVALUATION)).data?.category.activeModel;
  assert.equal(fusedView.evaluations.nodes.length, legacy.evaluations.nodes.length + 1);
  const goodFused = fusedView.latestEvaluation.imageScores.nodes
    .filter((s: { defective: boolean }) => !s.defective)
    .map((s: { fusedScore: number }) => s.fusedScore);
  assert.equal(fusedFar.data?.setThreshold.threshold.scoreOutput, 'FUSED');
  assert.equal(fusedFar.data?.setThreshold.threshold.value, thresholdForFalseAlarmRate(goodFused, 0));
  assert.deepEqual(fusedView.latestEvaluation.scoreOutputMetrics, fusedView.latestEvaluation.fused);

  // Back to SEG: its own threshold applies again. Every inspection keeps the output that scored it.
  await setOutput('SEG');
  const segAgain = await inspect('seg-2');
  assert.deepEqual([segAgain.scoreOutput, segAgain.verdict, segAgain.score], ['SEG', 'DEFECT', seg.score]);
  assert.deepEqual(segAgain.threshold, { version: 2, scoreOutput: 'SEG' });
  const history = await admin(
    '{ inspections(first: 10, category: "metal") { edges { node { id scoreOutput score } } } }',
  );
  assert.deepEqual(
    history.data?.inspections.edges.map((e: { node: { scoreOutput: string } }) => e.node.scoreOutput),
    ['SEG', 'FUSED', 'DEST', 'DEST', 'SEG'],
  );
  const rows = await db.select().from(inspections).orderBy(asc(inspections.id));
  assert.deepEqual(
    rows.map((r) => r.scoreOutput),
    ['seg', 'dest', 'dest', 'fused', 'seg'],
  );
});
