import { apiSettingsFromEnv } from '@/lib/api-settings.ts';
import { forwardingRefusal, upstreamHeaders } from '@/lib/server/forwarding.ts';

// Read the upstream from the environment on every request, never at build time.
export const dynamic = 'force-dynamic';

/**
 * Forwards GraphQL queries and mutations to the API under the rules of lib/server/forwarding.ts (the
 * browser's own key or the server's default one, the client's content type, only requests of the
 * dashboard's own pages), so the browser talks to its own origin and the API needs no CORS.
 */
export async function POST(request: Request): Promise<Response> {
  const refusal = forwardingRefusal(request.headers, process.env);
  if (refusal) {
    return Response.json(
      { errors: [{ message: refusal, extensions: { code: 'FORBIDDEN' } }] },
      { status: 403 },
    );
  }
  const upstream = apiSettingsFromEnv(process.env).url;
  try {
    const response = await fetch(upstream, {
      method: 'POST',
      headers: upstreamHeaders(request.headers, process.env),
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
