import {
  ArgumentsHost,
  CanActivate,
  Catch,
  ExceptionFilter,
  ExecutionContext,
  HttpStatus,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Request, Response } from 'express';

/** A refused bearer token; `BearerChallengeFilter` turns it into a 401 with its challenge. */
export class BearerTokenRejected extends UnauthorizedException {
  constructor(readonly challenge: string) {
    super('invalid or missing bearer token');
  }
}

@Catch(BearerTokenRejected)
export class BearerChallengeFilter implements ExceptionFilter<BearerTokenRejected> {
  catch(exception: BearerTokenRejected, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse<Response>();
    response
      .status(HttpStatus.UNAUTHORIZED)
      .set('WWW-Authenticate', exception.challenge)
      .json({ error: 'unauthorized', message: exception.message });
  }
}

/** Bearer auth for the v2 controllers: refusals go through `BearerChallengeFilter`. */
@Injectable()
export class BearerGuard implements CanActivate {
  constructor(private readonly jwt: JwtService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request & { user?: unknown }>();
    const [scheme, token] = request.headers.authorization?.split(' ') ?? [];
    if (scheme !== 'Bearer' || !token) throw new BearerTokenRejected('Bearer realm="exports"');
    try {
      request.user = await this.jwt.verifyAsync(token);
    } catch {
      throw new BearerTokenRejected('Bearer realm="exports", error="invalid_token"');
    }
    return true;
  }
}

/** The v1 API-key guard: Nest's default exception filter answers 401 with JSON and no challenge. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    if (request.header('X-Api-Key') !== process.env.LEGACY_API_KEY) {
      throw new UnauthorizedException('invalid API key'); // expect: require-401-www-authenticate
    }
    return true;
  }
}
