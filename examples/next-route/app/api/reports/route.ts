import { NextResponse, type NextRequest } from 'next/server';

import { enqueueReport } from '@/lib/reportQueue';
import { getSession } from '@/lib/session';

const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="reports"' };

/**
 * POST /api/reports queues a report. The 202 points to its status monitor, `./[id]/route.ts`, and a
 * refused request says which authentication scheme to use.
 */
export async function POST(request: NextRequest) {
  const session = await getSession(request);
  if (!session) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401, headers: CHALLENGE });
  }
  const { kind } = (await request.json()) as { kind: string };
  const job = await enqueueReport(kind, session.userId);
  const monitor = `/api/reports/${job.id}`;
  return NextResponse.json({ id: job.id, state: job.state }, { status: 202, headers: { Location: monitor } });
}
