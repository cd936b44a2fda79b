import type { EntityManager } from 'typeorm';
import type { Role } from '../access/roles.js';
import { hashOpaqueToken } from '../auth/opaque-token.js';
import { AppError } from '../common/errors/app-error.js';

export interface AcceptedInvitation {
  newsroomId: string;
  role: Role;
}

/**
 * Uses an invitation once, inside the caller's transaction, and makes the
 * user a member with the invited role. Only the invited email may accept.
 * An existing membership keeps its role.
 */
export async function acceptInvitation(manager: EntityManager, token: string, user: { id: string; email: string }): Promise<AcceptedInvitation> {
  const rows: { newsroom_id: string; role: Role }[] = await manager.query(
    `WITH accepted AS (
       UPDATE invitations SET accepted_at = now(), accepted_by = $2
        WHERE token_hash = $1 AND email = $3 AND accepted_at IS NULL AND expires_at > now()
        RETURNING newsroom_id, role)
     SELECT newsroom_id, role FROM accepted`,
    [hashOpaqueToken(token), user.id, user.email],
  );
  const invitation = rows[0];
  if (!invitation) throw new AppError('invitation_invalid', 'This invitation is unknown, already used, expired, or for another email address.');
  const memberships: { role: Role }[] = await manager.query(
    `INSERT INTO memberships (newsroom_id, user_id, role) VALUES ($1, $2, $3)
     ON CONFLICT (newsroom_id, user_id) DO UPDATE SET role = memberships.role
     RETURNING role`,
    [invitation.newsroom_id, user.id, invitation.role],
  );
  return { newsroomId: invitation.newsroom_id, role: memberships[0]!.role };
}
