import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiParam, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ProblemDto } from '../common/errors/problem.dto.js';
import type { MemberContext, UserContext } from './actor.js';
import { type Action, minimumRole } from './permissions.js';

export const ACCESS_RULE = 'claimdesk:access-rule';

export type AccessRule = { kind: 'public' } | { kind: 'user' } | { kind: 'member'; action: Action };

const problem = (status: number, description: string) =>
  ApiResponse({
    status,
    description,
    content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) } } },
  });

/**
 * The one way a route declares who may call it. It sets the rule the global
 * AccessGuard enforces and documents the same rule in the OpenAPI document
 * (`x-access`), so the two cannot drift. A route without it is refused.
 */
export const Access = {
  /** Anyone, signed in or not. */
  public: () => applyDecorators(SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule), ApiExtension('x-access', { rule: 'public' })),

  /** Any signed-in user, outside a newsroom. */
  user: () =>
    applyDecorators(
      SetMetadata(ACCESS_RULE, { kind: 'user' } satisfies AccessRule),
      ApiBearerAuth('access-token'),
      ApiExtension('x-access', { rule: 'user' }),
      problem(401, 'Missing, invalid, expired or revoked access token'),
    ),

  /**
   * A member of the newsroom named by the `:slug` route parameter whose role
   * may do `action` (on some ticket; the service checks the ticket itself).
   * Non-members get 404, so a newsroom's existence is not revealed.
   */
  member: (action: Action) =>
    applyDecorators(
      SetMetadata(ACCESS_RULE, { kind: 'member', action } satisfies AccessRule),
      // The guard reads :slug itself, so handlers need not declare it: document it here.
      ApiParam({ name: 'slug', description: 'The newsroom', example: 'demo' }),
      ApiBearerAuth('access-token'),
      ApiExtension('x-access', { rule: 'member', action, minimumRole: minimumRole(action) }),
      problem(401, 'Missing, invalid, expired or revoked access token'),
      problem(403, `Requires the ${minimumRole(action)} role or higher`),
      problem(404, 'Not found, or not a member of this newsroom'),
    ),
};

/** The acting member, set by the AccessGuard on `Access.member` routes. */
export const Member = createParamDecorator((_: unknown, context: ExecutionContext): MemberContext => {
  const actor = context.switchToHttp().getRequest<{ member?: MemberContext }>().member;
  if (!actor) throw new Error('@Member() used on a route without Access.member');
  return actor;
});

/** The signed-in user, set by the AccessGuard on `Access.user` and `Access.member` routes. */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): UserContext => {
  const user = context.switchToHttp().getRequest<{ actor?: UserContext }>().actor;
  if (!user) throw new Error('@CurrentUser() used on a public route');
  return user;
});
