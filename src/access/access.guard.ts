import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { VerifiedTokens } from '../auth/access-token.js';
import { type AccessClaims, accessVerifyOptions } from '../auth/token-claims.js';
import { AppError } from '../common/errors/app-error.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { MemberContext, UserContext } from './actor.js';
import { ActorService } from './actor.service.js';
import { ACCESS_RULE, type AccessRule } from './access.decorator.js';
import { minimumRole } from './permissions.js';
import { atLeast } from './roles.js';

type GuardedRequest = FastifyRequest<{ Params: { slug?: string } }> & { actor?: UserContext; member?: MemberContext };

const BEARER = /^Bearer[ ]+([^\s]+)$/i;

/**
 * Global guard: deny by default. Every HTTP route must carry an `Access` rule;
 * one without is refused (and a test walks the routes so none ships). Every
 * refusal carries the user and the reason for the problem filter, which logs
 * it with the route and the request id (never the token).
 *
 * The bearer token is verified here, with the same checks as the live-editing
 * gateway (verifyAccessToken), rather than through a passport strategy: this
 * runs on every API request, and passport's per-request strategy set-up cost
 * more than the verification itself. A token once verified is remembered
 * until it expires (VerifiedTokens). Passport remains the sign-in path
 * (LocalStrategy).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly tokens: VerifiedTokens;

  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.tokens = new VerifiedTokens(accessVerifyOptions(config));
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true; // the live-editing gateway authenticates its own way
    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) throw AppError.refused('no_access_rule', 'This route declares no access rule and is refused.', { reason: 'route has no access rule' });
    if (rule.kind === 'public') return true;

    const claims = this.authenticate(request);
    const slug = rule.kind === 'member' ? String(request.params.slug ?? '') : undefined;
    const resolution = await this.actors.resolve(claims, slug);
    if (!resolution.ok) {
      throw AppError.refused('invalid_token', 'The access token has been revoked; sign in again.', { userId: claims.sub, reason: resolution.reason }, {
        'WWW-Authenticate': 'Bearer error="invalid_token"',
      });
    }
    request.actor = resolution.user;
    if (rule.kind === 'user') return true;

    const member = resolution.member;
    if (!member) throw AppError.refused('not_found', 'Newsroom not found', { userId: claims.sub, reason: `not a member of newsroom "${slug}"` });
    if (!atLeast(member.role, minimumRole(rule.action))) {
      throw AppError.refused('forbidden', `Your role (${member.role}) may not do this; it needs ${minimumRole(rule.action)} or higher.`, {
        userId: claims.sub,
        reason: `role ${member.role} may not ${rule.action}`,
      });
    }
    request.member = member;
    return true;
  }

  /** The verified claims of the request's bearer token, or a 401. */
  private authenticate(request: GuardedRequest): AccessClaims {
    const header = request.headers.authorization;
    const token = header ? BEARER.exec(header)?.[1] : undefined;
    const check = token ? this.tokens.check(token) : { ok: false as const, reason: header ? 'not a bearer token' : 'no token' };
    if (check.ok) return check.claims;
    throw AppError.refused(
      header ? 'invalid_token' : 'unauthenticated',
      header ? 'The access token is invalid or expired.' : 'Sign in to use this endpoint.',
      { reason: check.reason },
      { 'WWW-Authenticate': header ? 'Bearer error="invalid_token"' : 'Bearer' },
    );
  }
}
