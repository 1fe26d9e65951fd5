import type { NextRequest } from 'next/server';

export interface Session {
  userId: string;
}

/** Reads the bearer token of a request; a real app would verify a JWT here. */
export async function getSession(request: NextRequest | Request): Promise<Session | null> {
  const authorization = request.headers.get('authorization');
  if (!authorization?.startsWith('Bearer ')) return null;
  const userId = authorization.slice('Bearer '.length).trim();
  return userId ? { userId } : null;
}
