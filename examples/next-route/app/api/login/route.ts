import { NextResponse, type NextRequest } from 'next/server';

import { getSession } from '@/lib/session';

/**
 * GET /api/login sends a signed-in user on to the app and everyone else to the sign-in page. A `Response`
 * takes statuses from 200 to 599 only, and a redirect only 301, 302, 303, 307 or 308: anything else throws a
 * RangeError when the handler runs, and Next.js answers 500.
 */
export async function GET(request: NextRequest) {
  const session = await getSession(request);
  if (session) return NextResponse.redirect(new URL('/app', request.url), 200); // expect: valid-status-code
  return NextResponse.redirect(new URL('/sign-in', request.url), 307);
}

/** POST /api/login answers "keep going" with 100, which a `Response` cannot carry. */
export async function POST(request: NextRequest) {
  const session = await getSession(request);
  if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 403 });
  return new Response(null, { status: 100 }); // expect: valid-status-code
}
