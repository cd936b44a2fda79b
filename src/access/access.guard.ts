import { type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import type { AccessClaims } from '../auth/token-claims.js';
import { AppError } from '../common/errors/app-error.js';
import type { MemberContext, UserContext } from './actor.js';
import { ActorService } from './actor.service.js';
import { ACCESS_RULE, type AccessRule } from './access.decorator.js';
import { minimumRole } from './permissions.js';
import { atLeast } from './roles.js';

type GuardedRequest = Request & { user?: AccessClaims; actor?: UserContext; member?: MemberContext; id?: string };

/**
 * Global guard: deny by default. Every HTTP route must carry an `Access` rule;
 * one without is refused (and a test walks the routes so none ships). Every
 * refusal is logged with the user, the route and the reason, never the token.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorService,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true; // the live-editing gateway authenticates its own way
    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) {
      this.refuse(request, undefined, 'route has no access rule');
      throw new AppError('no_access_rule', 'This route declares no access rule and is refused.');
    }
    if (rule.kind === 'public') return true;

    await super.canActivate(context);
    const claims = request.user as AccessClaims;
    const slug = rule.kind === 'member' ? String(request.params.slug ?? '') : undefined;
    const resolution = await this.actors.resolve(claims, slug);
    if (!resolution.ok) {
      this.refuse(request, claims.sub, resolution.reason);
      throw new AppError('invalid_token', 'The access token has been revoked; sign in again.', {}, { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
    }
    request.actor = resolution.user;
    if (rule.kind === 'user') return true;

    const member = resolution.member;
    if (!member) {
      this.refuse(request, claims.sub, `not a member of newsroom "${slug}"`);
      throw new AppError('not_found', 'Newsroom not found');
    }
    if (!atLeast(member.role, minimumRole(rule.action))) {
      this.refuse(request, claims.sub, `role ${member.role} may not ${rule.action}`);
      throw new AppError('forbidden', `Your role (${member.role}) may not do this; it needs ${minimumRole(rule.action)} or higher.`);
    }
    request.member = member;
    return true;
  }

  /** Called by passport with the strategy's outcome. */
  override handleRequest<T>(error: unknown, user: T, info: unknown, context: ExecutionContext): T {
    if (error || !user) {
      const request = context.switchToHttp().getRequest<GuardedRequest>();
      const reason = info instanceof Error ? info.message : error instanceof Error ? error.message : 'no valid token';
      this.refuse(request, undefined, reason);
      const hasToken = Boolean(request.headers.authorization);
      throw new AppError(
        hasToken ? 'invalid_token' : 'unauthenticated',
        hasToken ? 'The access token is invalid or expired.' : 'Sign in to use this endpoint.',
        {},
        { 'WWW-Authenticate': hasToken ? 'Bearer error="invalid_token"' : 'Bearer' },
      );
    }
    return user;
  }

  private refuse(request: GuardedRequest, userId: string | undefined, reason: string): void {
    this.logger.warn({ userId, method: request.method, route: request.route?.path ?? request.path, requestId: request.id, reason }, 'access refused');
  }
}
