import { enqueueReport } from '@/lib/reportQueue';
import { getSession } from '@/lib/session';

/**
 * The v1 handler, written with the plain Web `Response`: it refuses without a challenge and accepts
 * without saying where the report will be.
 */
export async function POST(request: Request): Promise<Response> {
  const session = await getSession(request);
  if (!session) {
    return Response.json({ error: 'unauthorized' }, { status: 401 }); // expect: require-401-www-authenticate
  }
  const { kind } = (await request.json()) as { kind: string };
  const job = await enqueueReport(kind, session.userId);
  return Response.json({ id: job.id }, { status: 202 }); // expect: require-202-location
}
