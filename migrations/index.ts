import { IntakeMatchIndexes1796215817248 } from './1796215817248-IntakeMatchIndexes.js';
import { IntakeArticlesAndOutlets1796215817247 } from './1796215817247-IntakeArticlesAndOutlets.js';
import { WriteupJsonDefault1795349480241 } from './1795349480241-WriteupJsonDefault.js';
import { WriteupLog1795347036305 } from './1795347036305-WriteupLog.js';
import { PublicationImmutability1795346949895 } from './1795346949895-PublicationImmutability.js';
import { SignoffsPublishingWebhooks1795346949894 } from './1795346949894-SignoffsPublishingWebhooks.js';
import { TicketSearchAndAuditGuards1795346863011 } from './1795346863011-TicketSearchAndAuditGuards.js';
import { TicketsEvidenceAudit1795346863010 } from './1795346863010-TicketsEvidenceAudit.js';
import { RefreshTokensAndInvitations1795346840157 } from './1795346840157-RefreshTokensAndInvitations.js';
import { Tickets1795346619059 } from './1795346619059-Tickets.js';
import { IdentityAndNewsrooms1795346533752 } from './1795346533752-IdentityAndNewsrooms.js';
/** Every migration, in order. Listed explicitly so every runner loads the same compiled code. */
export const migrations: Function[] = [IdentityAndNewsrooms1795346533752, Tickets1795346619059, RefreshTokensAndInvitations1795346840157, TicketsEvidenceAudit1795346863010, TicketSearchAndAuditGuards1795346863011, SignoffsPublishingWebhooks1795346949894, PublicationImmutability1795346949895, WriteupLog1795347036305, WriteupJsonDefault1795349480241, IntakeArticlesAndOutlets1796215817247, IntakeMatchIndexes1796215817248];
