import type { Role } from './roles.js';

/** The member acting inside one newsroom. */
export interface MemberContext {
  userId: string;
  sessionId: string;
  newsroomId: string;
  slug: string;
  role: Role;
}

/** A signed-in user, outside any newsroom. */
export interface UserContext {
  userId: string;
  sessionId: string;
}
