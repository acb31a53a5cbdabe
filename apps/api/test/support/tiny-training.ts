/** A tiny training run started over GraphQL, waited for until the evaluation it makes of itself is out. */
import assert from 'node:assert/strict';
import { gql, Subscription, wsClient } from './graphql-client.ts';
import { TINY_PARAMS } from './test-server.ts';

/**
 * Starts a run of `category` with TINY_PARAMS (as `startKey`) and resolves with the id of the evaluation it
 * publishes after training (evaluationCreated, subscribed to as `subscribeKey` before the start).
 */
export async function trainUntilEvaluated(
  url: string,
  options: { category: string; startKey: string; subscribeKey: string },
): Promise<string> {
  const client = wsClient(url, options.subscribeKey);
  const evaluated = new Subscription(
    client,
    `subscription { evaluationCreated(category: ${JSON.stringify(options.category)}) { id } }`,
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  const started = await gql(
    url,
    'mutation($i: StartTrainingRunInput!) { startTrainingRun(input: $i) { userErrors { code } } }',
    { i: { category: options.category, params: TINY_PARAMS } },
    options.startKey,
  );
  assert.deepEqual(started.data?.startTrainingRun.userErrors, []);
  // Training and evaluating take minutes on a loaded 2-core machine.
  const { id } = (await evaluated.waitFor(() => true, 600_000)).evaluationCreated;
  evaluated.close();
  await client.dispose();
  return id;
}
