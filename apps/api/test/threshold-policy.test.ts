/**
 * Threshold policies over real HTTP on PostgreSQL: after a run's automatic evaluation the category's policy
 * (F1_MAX by default) sets the threshold as a new version (setBy auto, with its evaluation and inputs), and
 * inspections are judged by it while their raw scores are returned; a manual threshold wins over later
 * evaluations until the policy is chosen again; choosing a policy applies it at once; bad parameters are
 * INVALID_INPUT and change nothing; only admins choose.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { pickThreshold } from '@destseg/core';
import { gql } from './support/graphql-client.ts';
import { keysByRole, serverForThisFile } from './support/test-server.ts';
import { trainUntilEvaluated } from './support/tiny-training.ts';

const KEYS = { viewer: 'viewer-key-123', admin: 'admin-key-1234' };

const api = serverForThisFile('postgres', {
  apiKeys: keysByRole(KEYS),
});

const admin = (query: string, variables: Record<string, unknown> = {}) =>
  gql(api.server.url, query, variables, KEYS.admin);

const THRESHOLD = `version value method targetFalseAlarmRate quantile setBy evaluation { id }
  goodImages defectiveImages fallbackFrom`;
const CATEGORY = `{ category(name: "metal") {
  thresholdPolicy { kind targetFalseAlarmRate quantile }
  activeThreshold { ${THRESHOLD} }
  thresholds { nodes { version } }
  activeModel { latestEvaluation { id seg { overall { imageF1Max { threshold } } } imageScores { nodes { path defective score } } } } } }`;
const SET_POLICY = `mutation($i: SetThresholdPolicyInput!) { setThresholdPolicy(input: $i) {
  category { thresholdPolicy { kind targetFalseAlarmRate quantile } } threshold { ${THRESHOLD} }
  userErrors { field code } } }`;
const INSPECT = `mutation($i: InspectInput!) { inspect(input: $i) {
  inspection { score verdict thresholdValue threshold { version setBy } } userErrors { code } } }`;
const EVALUATE =
  'mutation { evaluateModel(input: { category: "metal" }) { evaluation { id } userErrors { code } } }';

type Score = { path: string; defective: boolean; score: number };

async function category() {
  return (await admin(CATEGORY)).data?.category;
}

test('the category threshold policy sets the threshold after each evaluation', async () => {
  const created = await admin(
    `mutation($i: CreateCategoryInput!) { createCategory(input: $i) {
    category { thresholdPolicy { kind targetFalseAlarmRate quantile } } userErrors { code } } }`,
    { i: { name: 'metal', datasetPath: api.env.datasetPath, imageSize: 32, augmentationGroup: 'NONE' } },
  );
  assert.deepEqual(created.data?.createCategory, {
    category: { thresholdPolicy: { kind: 'F1_MAX', targetFalseAlarmRate: null, quantile: null } },
    userErrors: [],
  });

  // Train; the run evaluates itself, and evaluationCreated is published once the policy set the threshold.
  const autoEvaluationId = await trainUntilEvaluated(api.server.url, {
    category: 'metal',
    startKey: KEYS.admin,
    subscribeKey: KEYS.viewer,
  });

  const afterRun = await category();
  const evaluation = afterRun.activeModel.latestEvaluation;
  assert.equal(evaluation.id, autoEvaluationId);
  const scores: Score[] = evaluation.imageScores.nodes;
  const f1 = pickThreshold({ kind: 'f1_max' }, scores);
  assert.equal(Math.fround(f1.value), evaluation.seg.overall.imageF1Max.threshold);
  assert.deepEqual(afterRun.activeThreshold, {
    version: 1,
    value: f1.value,
    method: 'F1_MAX',
    targetFalseAlarmRate: null,
    quantile: null,
    setBy: 'auto',
    evaluation: { id: evaluation.id },
    goodImages: 4,
    defectiveImages: 3,
    fallbackFrom: null,
  });

  // Inspections are judged by the automatic threshold; the raw score comes back with the verdict.
  for (const path of ['test/good/000.png', 'test/scratch/000.png']) {
    const image = (await readFile(join(api.env.datasetPath, path))).toString('base64');
    const res = await admin(INSPECT, { i: { category: 'metal', imageBase64: image } });
    assert.deepEqual(res.data?.inspect.userErrors, []);
    const inspection = res.data?.inspect.inspection;
    const expected = scores.find((s) => s.path === path) as Score;
    assert.ok(Math.abs(inspection.score - expected.score) < 1e-4, `${path}: ${inspection.score}`);
    assert.equal(inspection.thresholdValue, f1.value);
    assert.deepEqual(inspection.threshold, { version: 1, setBy: 'auto' });
    assert.equal(inspection.verdict, inspection.score >= f1.value ? 'DEFECT' : 'OK');
  }

  // A manual threshold wins over the policy: a new evaluation leaves it in force.
  const manual = await admin(
    `mutation { setThreshold(input: { category: "metal", method: FIXED, value: 0.25 }) {
    threshold { version setBy } userErrors { code } } }`,
  );
  assert.equal(manual.data?.setThreshold.threshold.version, 2);
  assert.match(manual.data?.setThreshold.threshold.setBy, /^DESTSEG_API_KEYS#\d+$/);
  assert.deepEqual((await admin(EVALUATE)).data?.evaluateModel.userErrors, []);
  const afterManual = await category();
  assert.deepEqual(
    [
      afterManual.activeThreshold.version,
      afterManual.activeThreshold.value,
      afterManual.thresholds.nodes.length,
    ],
    [2, 0.25, 2],
  );

  // Only admins choose a policy; a parameter outside [0, 1] is INVALID_INPUT and changes nothing.
  const viewer = await gql(
    api.server.url,
    SET_POLICY,
    { i: { category: 'metal', kind: 'GOOD_QUANTILE' } },
    KEYS.viewer,
  );
  assert.equal(viewer.data?.setThresholdPolicy.userErrors[0].code, 'FORBIDDEN');
  const badRate = await admin(SET_POLICY, {
    i: { category: 'metal', kind: 'FALSE_ALARM_RATE', targetFalseAlarmRate: 1.5 },
  });
  assert.deepEqual(badRate.data?.setThresholdPolicy, {
    category: null,
    threshold: null,
    userErrors: [{ field: ['input', 'targetFalseAlarmRate'], code: 'INVALID_INPUT' }],
  });
  const missingQuantile = await admin(
    `mutation { setThreshold(input: { category: "metal", method: GOOD_QUANTILE }) {
    threshold { version } userErrors { field code } } }`,
  );
  assert.deepEqual(missingQuantile.data?.setThreshold.userErrors, [
    { field: ['input', 'quantile'], code: 'INVALID_INPUT' },
  ]);
  const unchanged = await category();
  assert.equal(unchanged.thresholdPolicy.kind, 'F1_MAX');
  assert.equal(unchanged.thresholds.nodes.length, 2);

  // Choosing a policy applies it at once to the latest evaluation, over the manual threshold.
  const latest = unchanged.activeModel.latestEvaluation;
  const good = (latest.imageScores.nodes as Score[]).filter((s) => !s.defective).map((s) => s.score);
  const quantile = await admin(SET_POLICY, {
    i: { category: 'metal', kind: 'GOOD_QUANTILE', quantile: 0.5 },
  });
  assert.deepEqual(quantile.data?.setThresholdPolicy.userErrors, []);
  assert.deepEqual(quantile.data?.setThresholdPolicy.category.thresholdPolicy, {
    kind: 'GOOD_QUANTILE',
    targetFalseAlarmRate: null,
    quantile: 0.5,
  });
  const sorted = [...good].sort((a, b) => a - b);
  const median = ((sorted[1] as number) + (sorted[2] as number)) / 2;
  const policyThreshold = quantile.data?.setThresholdPolicy.threshold;
  assert.ok(Math.abs(policyThreshold.value - median) < 1e-12, `${policyThreshold.value} vs ${median}`);
  assert.deepEqual(
    { ...policyThreshold, value: 0 },
    {
      version: 3,
      value: 0,
      method: 'GOOD_QUANTILE',
      targetFalseAlarmRate: null,
      quantile: 0.5,
      setBy: 'auto',
      evaluation: { id: latest.id },
      goodImages: 4,
      defectiveImages: 3,
      fallbackFrom: null,
    },
  );

  // The policy keeps applying after each new evaluation (no manual threshold since it was chosen).
  const again = (await admin(EVALUATE)).data?.evaluateModel.evaluation;
  const afterPolicy = await category();
  assert.equal(afterPolicy.activeThreshold.version, 4);
  assert.equal(afterPolicy.activeThreshold.method, 'GOOD_QUANTILE');
  assert.deepEqual(afterPolicy.activeThreshold.evaluation, { id: again.id });
});
