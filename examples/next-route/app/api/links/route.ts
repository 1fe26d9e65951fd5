import { NextResponse } from 'next/server';

/** GET /api/links lists the links; POST creates one, and says where it lives. */
export async function GET() {
  return NextResponse.json([]);
}

export async function POST(request: Request) {
  const { slug } = (await request.json()) as { slug: string };
  return NextResponse.json({ slug }, { status: 201, headers: { Location: `/api/links/${slug}` } });
}

/** Links are never replaced: PUT is refused, without saying that GET and POST would work. */
export async function PUT() {
  return NextResponse.json({ error: 'method_not_allowed' }, { status: 405 }); // expect: require-405-allow
}
