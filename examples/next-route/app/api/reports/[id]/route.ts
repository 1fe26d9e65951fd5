import { NextResponse, type NextRequest } from 'next/server';

import { findReport } from '@/lib/reportQueue';

/** GET /api/reports/:id, the status monitor: 200 and `Retry-After` while running, 303 to the file when done. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const job = await findReport(id);
  if (!job) {
    return NextResponse.json({ error: 'not_found' }, { status: 404 });
  }
  if (job.state === 'done') {
    return NextResponse.redirect(new URL(`/api/reports/${id}/file`, request.url), 303);
  }
  return NextResponse.json({ id, state: job.state }, { status: 200, headers: { 'Retry-After': '5' } });
}
