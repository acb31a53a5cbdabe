/** A minimal GraphQL client for test setup: what the test does through the API rather than the browser. */
export function apiClient(url: string, key: string) {
  return async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
    if (body.errors?.length || !body.data) {
      throw new Error(`GraphQL error: ${JSON.stringify(body.errors ?? body)}`);
    }
    return body.data;
  };
}

export type Gql = ReturnType<typeof apiClient>;

/** Fails loudly on a mutation's userErrors instead of carrying on with a null payload. */
export function assertNoUserErrors(payload: { userErrors: Array<{ code: string; message: string }> }): void {
  if (payload.userErrors.length > 0) throw new Error(`userErrors: ${JSON.stringify(payload.userErrors)}`);
}

export async function waitForRunToFinish(gql: Gql, runId: string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { trainingRun } = await gql<{ trainingRun: { status: string; errorMessage: string | null } }>(
      'query ($id: ID!) { trainingRun(id: $id) { status errorMessage } }',
      { id: runId },
    );
    if (!['QUEUED', 'RUNNING'].includes(trainingRun.status)) {
      if (trainingRun.status !== 'SUCCEEDED')
        throw new Error(`run ${runId} ended ${trainingRun.status}: ${trainingRun.errorMessage}`);
      return trainingRun.status;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`run ${runId} did not finish within ${timeoutMs} ms`);
}
