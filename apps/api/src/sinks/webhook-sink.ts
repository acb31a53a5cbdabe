/**
 * Webhook delivery: POST the message JSON with its HMAC-SHA256 signature and idempotency key. Any
 * non-2xx answer or network failure is a failed attempt (the dispatcher retries with backoff).
 */
import { createHmac } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-destseg-signature';
export const IDEMPOTENCY_HEADER = 'idempotency-key';
const TIMEOUT_MS = 10_000;

/** `sha256=<hex>` of the exact request body under the sink's secret. */
export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export async function postWebhook(
  url: string,
  secret: string | null,
  idempotencyKey: string,
  payload: object,
): Promise<void> {
  const body = JSON.stringify(payload);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    [IDEMPOTENCY_HEADER]: idempotencyKey,
  };
  if (secret) headers[SIGNATURE_HEADER] = signBody(body, secret);
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body,
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  await response.arrayBuffer().catch(() => {});
  if (!response.ok) throw new Error(`webhook answered ${response.status}`);
}
