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

/**
 * DELETE /api/reports/:id cancels a report. A body with a 204 throws a TypeError in the Response
 * constructor, so this handler fails with a 500 instead of answering.
 */
export async function DELETE(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const job = await findReport(id);
  if (!job) {
    return NextResponse.json({ error: 'not_found' }, { status: 404 });
  }
  if (request.nextUrl.searchParams.has('quiet')) {
    return new Response(null, { status: 204 });
  }
  return NextResponse.json({ id, cancelled: true }, { status: 204 }); // expect: no-body-with-bodyless-status
}
