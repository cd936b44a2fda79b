import { AuditEntry, AuditHead } from '../audit/audit-entry.entity.js';
import { AuthSession } from '../auth/auth-session.entity.js';
import { RefreshToken } from '../auth/refresh-token.entity.js';
import { IdempotencyKey } from '../common/idempotency/idempotency-key.entity.js';
import { Evidence } from '../evidence/evidence.entity.js';
import { ArticleCandidate } from '../intake/article-candidate.entity.js';
import { Article } from '../intake/article.entity.js';
import { Outlet } from '../intake/outlet.entity.js';
import { Invitation } from '../newsrooms/invitation.entity.js';
import { Membership } from '../newsrooms/membership.entity.js';
import { Newsroom } from '../newsrooms/newsroom.entity.js';
import { TicketAssignee } from '../tickets/ticket-assignee.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { User } from '../users/user.entity.js';
import { WriteupDocument } from '../writeups/writeup-document.entity.js';
import { WriteupUpdate } from '../writeups/writeup-update.entity.js';
import { WriteupVersion } from '../writeups/writeup-version.entity.js';
import { Correction } from '../publishing/correction.entity.js';
import { Publication } from '../publishing/publication.entity.js';
import { Retraction } from '../publishing/retraction.entity.js';
import { Signoff } from '../signoffs/signoff.entity.js';
import { WebhookAttempt } from '../webhooks/webhook-attempt.entity.js';
import { WebhookDelivery } from '../webhooks/webhook-delivery.entity.js';
import { WebhookEndpoint } from '../webhooks/webhook-endpoint.entity.js';
import { WebhookEvent } from '../webhooks/webhook-event.entity.js';

/**
 * Every TypeORM entity of the desk, listed once. The data source, the
 * migration generator and the schema-drift test all read this list.
 */
export const entities: Function[] = [User, Newsroom, Membership, AuthSession, Ticket, TicketAssignee, RefreshToken, Invitation, Evidence, AuditEntry, AuditHead, IdempotencyKey, Signoff, Publication, Correction, Retraction, WebhookEndpoint, WebhookEvent, WebhookDelivery, WebhookAttempt, WriteupDocument, WriteupUpdate, WriteupVersion, Outlet, Article, ArticleCandidate];
