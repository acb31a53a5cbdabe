import { apiSettingsFromEnv } from '@/lib/api-settings.ts';

// Read the upstream from the environment on every request, never at build time.
export const dynamic = 'force-dynamic';

/**
 * Forwards GraphQL queries and mutations to the API, with the caller's Authorization header, so the
 * browser talks to its own origin and the API needs no CORS.
 */
export async function POST(request: Request): Promise<Response> {
  const upstream = apiSettingsFromEnv(process.env).url;
  const headers = new Headers({ 'content-type': 'application/json', accept: 'application/json' });
  const authorization = request.headers.get('authorization');
  if (authorization) headers.set('authorization', authorization);
  try {
    const response = await fetch(upstream, {
      method: 'POST',
      headers,
      body: await request.text(),
      cache: 'no-store',
    });
    return new Response(response.body, {
      status: response.status,
      headers: { 'content-type': response.headers.get('content-type') ?? 'application/json' },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return Response.json(
      { errors: [{ message: `The API at ${upstream} is unreachable: ${reason}` }] },
      { status: 502 },
    );
  }
}
