/**
 * The GraphQL contract run in process against PGlite, with every SQL statement counted: list queries stay a
 * handful of statements whatever the page size (per-request DataLoaders, docs/API.md), whatever nested
 * fields a page selects.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  categories,
  type DatabaseHandle,
  datasetVersions,
  inspections,
  models,
  openDatabase,
  thresholds,
  trainingRuns,
} from '@destseg/db';
import { type GraphQLSchema, graphql } from 'graphql';
import { LOCAL_ADMIN } from '../src/auth/api-keys.ts';
import { configFromEnv } from '../src/config.ts';
import type { ApiContext } from '../src/graphql/context.ts';
import { createExecutableSchema } from '../src/graphql/executable-schema.ts';
import { createLoaders } from '../src/graphql/loaders.ts';
import { CategoryService } from '../src/services/categories.ts';
import { EvaluationService } from '../src/services/evaluations.ts';
import { InspectionService } from '../src/services/inspections.ts';
import { ModelService } from '../src/services/models.ts';
import type { Services } from '../src/services/services.ts';
import { ThresholdService } from '../src/services/thresholds.ts';
import { TrainingRunService } from '../src/services/training-runs.ts';

let dir: string;
let handle: DatabaseHandle;
let schema: GraphQLSchema;
let services: Services;
let statements = 0;

/** The services the read resolvers use; the ones that start work (queues, engines, files) are not needed. */
function readServices(db: DatabaseHandle['db']): Services {
  const none = undefined as never;
  const log = () => {};
  const categories = new CategoryService(db);
  const models = new ModelService(db);
  const evaluations = new EvaluationService(db, categories, none, none, none, log);
  const thresholds = new ThresholdService(db, evaluations, categories, log);
  return {
    db,
    categories,
    models,
    evaluations,
    thresholds,
    runs: new TrainingRunService(db, categories, none, none, none),
    inspections: new InspectionService(db, none, models, thresholds, none, none, none, none),
  } as Partial<Services> as Services;
}

/** 3 categories with 2 runs (and models, thresholds) each, and 100 inspections spread over them. */
async function seed(db: DatabaseHandle['db']): Promise<void> {
  for (const name of ['metal', 'wood', 'tile']) {
    const [category] = await db
      .insert(categories)
      .values({ name, datasetPath: `/d/${name}`, imageSize: 32, augmentationGroup: 'none' })
      .returning();
    assert.ok(category);
    const [version] = await db
      .insert(datasetVersions)
      .values({
        categoryId: category.id,
        files: [],
        trainCount: 1,
        testGoodCount: 1,
        testDefectCount: 1,
        contentHash: name,
      })
      .returning();
    assert.ok(version);
    for (let r = 0; r < 2; r++) {
      const [run] = await db
        .insert(trainingRuns)
        .values({
          categoryId: category.id,
          datasetVersionId: version.id,
          params: {},
          totalSteps: 1,
          runDir: `/r/${name}/${r}`,
          status: 'succeeded',
        })
        .returning();
      assert.ok(run);
      const [model] = await db
        .insert(models)
        .values({
          runId: run.id,
          categoryId: category.id,
          checkpointPath: `/m/${run.id}`,
          step: 1,
          imageSize: 32,
        })
        .returning();
      assert.ok(model);
      const [threshold] = await db
        .insert(thresholds)
        .values({
          categoryId: category.id,
          modelId: model.id,
          version: r + 1,
          value: 0.5,
          method: 'fixed',
          setBy: 'test',
        })
        .returning();
      assert.ok(threshold);
      for (let i = 0; i < 17; i++) {
        await db.insert(inspections).values({
          categoryId: category.id,
          modelId: model.id,
          thresholdId: i % 2 === 0 ? threshold.id : null,
          thresholdValue: 0.5,
          score: i / 17,
          destScore: i / 17,
          verdict: i / 17 >= 0.5 ? 'defect' : 'ok',
          heatmapKey: `k${run.id}-${i}`,
          width: 32,
          height: 32,
        });
      }
    }
  }
}

/** Runs one operation as a fresh HTTP request would (new loaders); returns the data and its statement count. */
async function counted(source: string): Promise<{ data: Record<string, unknown>; statements: number }> {
  const contextValue: ApiContext = {
    principal: LOCAL_ADMIN,
    services,
    loaders: createLoaders(services.db),
    baseUrl: 'http://test',
  };
  const start = statements;
  const result = await graphql({ schema, source, contextValue });
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  assert.ok(result.data);
  return { data: result.data, statements: statements - start };
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'destseg-contract-'));
  handle = await openDatabase({ pgliteDir: join(dir, 'db') });
  await seed(handle.db);
  const client = handle.pglite;
  assert.ok(client);
  const query = client.query.bind(client);
  client.query = ((...args: Parameters<typeof query>) => {
    statements++;
    return query(...args);
  }) as typeof client.query;
  services = readServices(handle.db);
  schema = createExecutableSchema(configFromEnv({}).limits);
});

after(async () => {
  await handle?.close();
  await rm(dir, { recursive: true, force: true });
});

const INSPECTIONS = `{
  inspections(first: 100) {
    totalCount
    edges { node {
      id verdict score
      category { id name scoreOutput }
      model { id name category { name } run { id name } }
      threshold { id version model { id } }
    } }
  }
}`;

const RUNS = `{
  trainingRuns(first: 20) {
    edges { node {
      id name status
      category { id name }
      datasetVersion { id }
      model { id name latestEvaluation { id } }
    } }
  }
}`;

const CATEGORIES = `{
  categories {
    id name
    datasetVersions { id }
    activeModel { id name run { id name } }
    activeThreshold { id value }
    thresholds { nodes { id model { id name } } }
  }
}`;

/**
 * Before the loaders these cost 608, 31 and 34 statements; with them 6, 6 and 7 (docs/API.md). The embedded
 * database answers one exchange per event-loop turn (packages/db/src/pglite-yield.ts), as PostgreSQL's
 * replies come in over a socket, so loads that only batched because every reply came in the same turn show
 * up here: a category's thresholds read one category at a time, and the models and runs they name then
 * loaded per category too, cost 14 statements for 3 categories and 23 for 6; through the thresholdsOf
 * loader (which the active threshold reads too), 7 for either.
 */
const BOUNDS = { inspections: 8, runs: 8, categories: 7 };

test('a page of 100 inspections costs a bounded number of statements', async () => {
  const { data, statements: n } = await counted(INSPECTIONS);
  const page = data.inspections as { edges: unknown[]; totalCount: number };
  assert.equal(page.edges.length, 100);
  assert.equal(page.totalCount, 102);
  console.log(`100 inspections: ${n} statements`);
  assert.ok(n <= BOUNDS.inspections, `${n} statements`);
});

test('6 training runs cost a bounded number of statements', async () => {
  const { data, statements: n } = await counted(RUNS);
  assert.equal((data.trainingRuns as { edges: unknown[] }).edges.length, 6);
  console.log(`6 runs: ${n} statements`);
  assert.ok(n <= BOUNDS.runs, `${n} statements`);
});

test('3 categories cost a bounded number of statements', async () => {
  const { data, statements: n } = await counted(CATEGORIES);
  assert.equal((data.categories as unknown[]).length, 3);
  console.log(`3 categories: ${n} statements`);
  assert.ok(n <= BOUNDS.categories, `${n} statements`);
});

test('a mutation takes its category by global id or by name, exactly one of them', async () => {
  const mutate = async (input: string) => {
    const contextValue: ApiContext = {
      principal: LOCAL_ADMIN,
      services,
      loaders: createLoaders(services.db),
      baseUrl: 'http://test',
    };
    const result = await graphql({
      schema,
      source: `mutation { setScoreOutput(input: { ${input} scoreOutput: DEST }) {
        category { id name scoreOutput } userErrors { code field } } }`,
      contextValue,
    });
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    // graphql-js builds results on null prototypes: compare them as the JSON a client gets.
    return JSON.parse(JSON.stringify(result.data)).setScoreOutput as Record<string, unknown>;
  };
  const byName = await mutate('category: "wood"');
  assert.deepEqual(byName.userErrors, []);
  const id = (byName.category as { id: string }).id;
  const byId = await mutate(`categoryId: "${id}"`);
  assert.deepEqual(byId, { category: { id, name: 'wood', scoreOutput: 'DEST' }, userErrors: [] });
  assert.deepEqual((await mutate(`categoryId: "${id}" category: "wood"`)).userErrors, [
    { code: 'INVALID_INPUT', field: ['input', 'category'] },
  ]);
  assert.deepEqual((await mutate('')).userErrors, [{ code: 'INVALID_INPUT', field: ['input', 'category'] }]);
  assert.deepEqual((await mutate('categoryId: "nonsense"')).userErrors, [
    { code: 'INVALID_ID', field: ['input', 'categoryId'] },
  ]);
  assert.deepEqual((await mutate('category: "none"')).userErrors, [
    { code: 'CATEGORY_NOT_FOUND', field: ['input', 'category'] },
  ]);
});

test('connections page from either end with a full pageInfo, and the same rows through edges and nodes', async () => {
  const page = async (args: string) => {
    const { data } = await counted(`{ inspections(${args}) {
      edges { cursor node { id } } nodes { id }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`);
    const connection = JSON.parse(JSON.stringify(data)).inspections;
    assert.deepEqual(
      connection.nodes.map((n: { id: string }) => n.id),
      connection.edges.map((e: { node: { id: string } }) => e.node.id),
    );
    return connection as {
      edges: Array<{ cursor: string }>;
      nodes: Array<{ id: string }>;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
    };
  };
  const all = (await page('first: 100')).nodes.map((n) => n.id);
  const first = await page('first: 40');
  assert.deepEqual(
    first.nodes.map((n) => n.id),
    all.slice(0, 40),
  );
  assert.equal(first.pageInfo.hasNextPage, true);
  assert.equal(first.pageInfo.hasPreviousPage, false);
  assert.equal(first.pageInfo.startCursor, first.edges[0]?.cursor);
  const next = await page(`first: 40, after: "${first.pageInfo.endCursor}"`);
  assert.deepEqual(
    next.nodes.map((n) => n.id),
    all.slice(40, 80),
  );
  assert.equal(next.pageInfo.hasPreviousPage, true);
  // The last rows of the list (the oldest), in list order.
  const last = await page('last: 5');
  assert.equal(last.nodes.length, 5);
  assert.equal(last.pageInfo.hasPreviousPage, true);
  assert.equal(last.pageInfo.hasNextPage, false);
  const back = await page(`last: 10, before: "${next.pageInfo.startCursor}"`);
  assert.deepEqual(
    back.nodes.map((n) => n.id),
    all.slice(30, 40),
  );
  assert.equal(back.pageInfo.hasNextPage, true);
  assert.equal(back.pageInfo.hasPreviousPage, true);
  const empty = await page('first: 0');
  assert.deepEqual(empty.pageInfo, {
    hasNextPage: true,
    hasPreviousPage: false,
    startCursor: null,
    endCursor: null,
  });

  // A sub-list: a category's thresholds, newest first.
  const { data } = await counted(`{ category(name: "metal") {
    all: thresholds { nodes { version } }
    newest: thresholds(first: 1) { nodes { version } pageInfo { hasNextPage endCursor } } } }`);
  const category = JSON.parse(JSON.stringify(data)).category;
  assert.deepEqual(category.all.nodes, [{ version: 2 }, { version: 1 }]);
  assert.deepEqual(category.newest.nodes, [{ version: 2 }]);
  assert.equal(category.newest.pageInfo.hasNextPage, true);
  const { data: rest } = await counted(`{ category(name: "metal") {
    thresholds(after: "${category.newest.pageInfo.endCursor}") { nodes { version } pageInfo { hasNextPage hasPreviousPage } } } }`);
  assert.deepEqual(JSON.parse(JSON.stringify(rest)).category.thresholds, {
    nodes: [{ version: 1 }],
    pageInfo: { hasNextPage: false, hasPreviousPage: true },
  });
});

test('page arguments out of range or together are refused, a cursor of another type is INVALID_ID', async () => {
  const codes = async (source: string) => {
    const result = await graphql({
      schema,
      source,
      contextValue: { principal: LOCAL_ADMIN, services, loaders: createLoaders(services.db), baseUrl: '' },
    });
    return (result.errors ?? []).map((e) => e.extensions.code);
  };
  assert.deepEqual(await codes('{ inspections(first: 101) { nodes { id } } }'), ['BAD_USER_INPUT']);
  assert.deepEqual(await codes('{ inspections(first: 1, last: 1) { nodes { id } } }'), ['BAD_USER_INPUT']);
  const runCursor = Buffer.from('TrainingRun:1').toString('base64url');
  assert.deepEqual(await codes(`{ inspections(after: "${runCursor}") { nodes { id } } }`), ['INVALID_ID']);
  assert.deepEqual(await codes(`{ inspections(before: "x") { nodes { id } } }`), ['INVALID_ID']);
});
