/* Generated from the desk's OpenAPI document by `npm run openapi:write`. Do not edit. */
export interface paths {
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account (open registration, or with an invitation token when REGISTRATION=invite) */
        post: operations["AuthController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a refresh token for a new pair; a reused token revokes its whole session */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session: its access and refresh tokens stop working at once */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, their newsrooms, role and what each role may do */
        get: operations["MeController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the password; every session ends and this call returns a fresh token pair */
        post: operations["MeController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The newsrooms you are a member of, with your role */
        get: operations["NewsroomsController_list"];
        put?: never;
        /** Create a newsroom; you become its admin */
        post: operations["NewsroomsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A newsroom and its settings (rating scale, sign-off policy, publisher) */
        get: operations["NewsroomsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename the newsroom or replace parts of its settings */
        patch: operations["NewsroomsController_update"];
        trace?: never;
    };
    "/api/newsrooms/{slug}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of the newsroom and their roles */
        get: operations["MembersController_list"];
        put?: never;
        /**
         * Invite someone to become a member with a role: the same operation as POST .../invitations
         * @description Nobody joins a newsroom without accepting. The answer is the same whether or not an account uses the email (201 with the pending invitation; no name, no hint): the invitee registers with the token, or accepts it with `POST /api/invitations/accept` when signed in with that email. The single-use token is valid 7 days and shown only in this answer; a new invitation for the same email replaces a pending one. 409 `already_member` when a member of this newsroom already uses the email.
         */
        post: operations["MembersController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member (the last admin cannot be removed) */
        delete: operations["MembersController_remove"];
        options?: never;
        head?: never;
        /** Change a member's role (the last admin cannot be demoted) */
        patch: operations["MembersController_changeRole"];
        trace?: never;
    };
    "/api/newsrooms/{slug}/members/{userId}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End every session of a member at once (all their tokens stop working) */
        delete: operations["MembersController_revokeSessions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pending invitations */
        get: operations["InvitationsController_list"];
        put?: never;
        /**
         * Invite someone by email with a role; the single-use token (valid 7 days) is returned only here
         * @description Nobody joins a newsroom without accepting. The answer is the same whether or not an account uses the email (201 with the pending invitation; no name, no hint): the invitee registers with the token, or accepts it with `POST /api/invitations/accept` when signed in with that email. The single-use token is valid 7 days and shown only in this answer; a new invitation for the same email replaces a pending one. 409 `already_member` when a member of this newsroom already uses the email.
         */
        post: operations["InvitationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw a pending invitation */
        delete: operations["InvitationsController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation sent to your email (people without an account register with it instead) */
        post: operations["InvitationAcceptanceController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}/tickets/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TicketsController_list"];
        put?: never;
        post: operations["TicketsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TicketsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["TicketsController_update"];
        trace?: never;
    };
    "/api/newsrooms/{slug}/tickets/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TicketsController_transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}/tickets/{id}/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TicketsController_assign"];
        delete: operations["TicketsController_unassign"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}/tickets/{id}/take": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a ticket
         * @description Assigns you as researcher and starts research on a new ticket nobody researches yet: researchers and up, when the newsroom allows self-assignment (editors always). 403 when not allowed, 409 for the wrong state, a ticket that already has a researcher, or a stale version.
         */
        post: operations["TicketsController_take"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}/tickets/{id}/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TicketsController_similar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TicketEventsController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}/tickets/{id}/verdict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["VerdictController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}/tickets/{id}/writeup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The write-up as text and ProseMirror JSON: current, or a kept version with ?version=N */
        get: operations["WriteupsController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}/tickets/{id}/writeup/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kept versions of the write-up (at submission, sign-off, publication) */
        get: operations["WriteupsController_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}/tickets/{id}/writeup/versions/{n}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the write-up with a kept version
         * @description Editors, while the ticket is researching, drafting or in review. Applied through the live document like an edit (connected editors see it at once, it is logged durably and audited) and bumps the ticket version; takes the version you read as If-Match or `version`. Also the way out of a write-up stored before updates were checked that is too deep to edit.
         */
        post: operations["WriteupsController_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}/tickets/{id}/writeup/clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Clear the write-up
         * @description Editors, while the ticket is researching, drafting or in review: deletes all of the write-up through the live document, like an edit, and bumps the ticket version (If-Match or `version`). Works on a write-up too deep to edit, which it clears in slices.
         */
        post: operations["WriteupsController_clear"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhooksController_list"];
        put?: never;
        /** Register an endpoint; the signing secret is returned once */
        post: operations["WebhooksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhooksController_get"];
        put?: never;
        post?: never;
        delete: operations["WebhooksController_remove"];
        options?: never;
        head?: never;
        patch: operations["WebhooksController_update"];
        trace?: never;
    };
    "/api/newsrooms/{slug}/webhooks/{webhookId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery log: the latest 100 deliveries with every attempt */
        get: operations["WebhooksController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}/tickets/{id}/signoffs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sign-offs of a ticket, each marked stale or counted, with what the policy still needs */
        get: operations["SignoffsController_list"];
        put?: never;
        /**
         * Approve the current content or request changes (in review only)
         * @description Records the content hash of the current rating, summary and write-up. A reviewer signs as reviewer, an editor as editor. The approval that meets the sign-off policy moves the ticket to approved; request_changes moves it back to drafting.
         */
        post: operations["SignoffsController_give"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}/tickets/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish an approved verdict as a new immutable publication version */
        post: operations["PublishingController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}/tickets/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a published verdict for a correction; republishing makes the next version with this note */
        post: operations["PublishingController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}/tickets/{id}/retract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retract a published verdict: the page stays, marked retracted with the reason */
        post: operations["PublishingController_retract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/{slug}/verdicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published verdicts of a newsroom, most recently changed first */
        get: operations["PublicController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/{slug}/verdicts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published verdict: an HTML page with ClaimReview JSON-LD, or JSON with Accept: application/json */
        get: operations["PublicController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/{slug}/feed.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** JSON Feed 1.1 of published verdicts, corrections and retractions */
        get: operations["PublicController_jsonFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/{slug}/feed.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Atom feed of published verdicts, corrections and retractions */
        get: operations["PublicController_atomFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}/intake": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Articles received, newest first
         * @description Cursor pages of article summaries (no text).
         */
        get: operations["IntakeController_list"];
        put?: never;
        /**
         * Submit an article and get its check-worthy claims
         * @description Plain text or HTML (reduced to text: markup, scripts and page furniture are dropped, and `dropped` says what and why). Every sentence is scored; the best are kept as candidates with their reasons and claimant, each with the tickets of this newsroom that look like the same claim and the public verdicts of every newsroom on this desk. 413 when the text is too long, 422 when it is not text.
         */
        post: operations["IntakeController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}/intake/{articleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One article with its candidates
         * @description Matches are computed on every read, so they include tickets created since the article came in.
         */
        get: operations["IntakeController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}/intake/{articleId}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create tickets from candidates, or add the article to existing tickets
         * @description All or nothing. An action without `ticketId` creates a ticket from the candidate (claimant, language, claim date and the article as first appearance prefilled); with `ticketId`, the article becomes one more appearance of that ticket (which needs the right to update it). A candidate already linked to another ticket is 409.
         */
        post: operations["IntakeController_act"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}/outlets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The newsroom's register of outlets
         * @description Each with its domains, reliability label and note, and its track record from published verdicts.
         */
        get: operations["OutletsController_list"];
        put?: never;
        /**
         * Add an outlet to the register
         * @description Names are unique in a newsroom regardless of case (409 otherwise).
         */
        post: operations["OutletsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}/outlets/{outletId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One outlet with its track record
         * @description How the claims that appeared in this outlet were rated in published, unretracted verdicts.
         */
        get: operations["OutletsController_get"];
        put?: never;
        post?: never;
        /**
         * Remove an outlet from the register
         * @description Articles keep the outlet name they were submitted with.
         */
        delete: operations["OutletsController_remove"];
        options?: never;
        head?: never;
        /**
         * Change an outlet
         * @description Takes the version you read (If-Match or `version`); a stale one is 409.
         */
        patch: operations["OutletsController_update"];
        trace?: never;
    };
    "/api/newsrooms/{slug}/tickets/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EvidenceController_list"];
        put?: never;
        post: operations["EvidenceController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsrooms/{slug}/tickets/{id}/evidence/{evidenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["EvidenceController_remove"];
        options?: never;
        head?: never;
        patch: operations["EvidenceController_update"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        RegisterDto: {
            /** @example ana@example.org */
            email: string;
            /** @description At least 12 characters, not one of the most common passwords */
            password: string;
            /** @example Ana Lima */
            displayName: string;
            /** @description Token of an invitation to a newsroom; required when registration is invitation-only */
            invitationToken?: string;
        };
        UserDto: {
            /** Format: uuid */
            id: string;
            /** @example ana@example.org */
            email: string;
            /** @example Ana Lima */
            displayName: string;
        };
        AuthTokensDto: {
            /** @description Bearer token for API calls (JWT, HS256, about 15 minutes) */
            accessToken: string;
            /** @description Exchange at POST /api/auth/refresh for a new pair; single use */
            refreshToken: string;
            /** @example Bearer */
            tokenType: string;
            /**
             * @description Access token lifetime in seconds
             * @example 900
             */
            expiresIn: number;
            user: components["schemas"]["UserDto"];
        };
        LoginDto: {
            /** @example ana@example.org */
            email: string;
            password: string;
        };
        RefreshDto: {
            /** @description The refresh token from the last login or refresh; each works once */
            refreshToken: string;
        };
        MyNewsroomDto: {
            /** Format: uuid */
            id: string;
            /** @example demo */
            slug: string;
            /** @example Demo Desk */
            name: string;
            /** @enum {string} */
            role: "viewer" | "researcher" | "reviewer" | "editor" | "admin";
            /** @description What this role may do: on any ticket, only on tickets assigned to the member, or not at all */
            permissions: {
                /** @enum {string} */
                "newsroom.read"?: "any" | "assigned" | "none";
                /** @enum {string} */
                "newsroom.manage"?: "any" | "assigned" | "none";
                /** @enum {string} */
                "member.read"?: "any" | "assigned" | "none";
                /** @enum {string} */
                "member.manage"?: "any" | "assigned" | "none";
                /** @enum {string} */
                "ticket.read"?: "any" | "assigned" | "none";
                /** @enum {string} */
                "ticket.create"?: "any" | "assigned" | "none";
                /** @enum {string} */
                "ticket.update"?: "any" | "assigned" | "none";
                /** @enum {string} */
                "ticket.transition"?: "any" | "assigned" | "none";
                /** @enum {string} */
                "ticket.assign"?: "any" | "assigned" | "none";
                /** @enum {string} */
                "evidence.write"?: "any" | "assigned" | "none";
                /** @enum {string} */
                "verdict.write"?: "any" | "assigned" | "none";
                /** @enum {string} */
                "writeup.edit"?: "any" | "assigned" | "none";
                /** @enum {string} */
                "writeup.restore"?: "any" | "assigned" | "none";
                /** @enum {string} */
                "signoff.review"?: "any" | "assigned" | "none";
                /** @enum {string} */
                "signoff.edit"?: "any" | "assigned" | "none";
                /** @enum {string} */
                "ticket.publish"?: "any" | "assigned" | "none";
                /** @enum {string} */
                "audit.read"?: "any" | "assigned" | "none";
                /** @enum {string} */
                "audit.verify"?: "any" | "assigned" | "none";
                /** @enum {string} */
                "webhook.manage"?: "any" | "assigned" | "none";
                /** @enum {string} */
                "intake.read"?: "any" | "assigned" | "none";
                /** @enum {string} */
                "intake.submit"?: "any" | "assigned" | "none";
                /** @enum {string} */
                "outlet.manage"?: "any" | "assigned" | "none";
                /** @enum {string} */
                "appearance.add"?: "any" | "assigned" | "none";
            };
        };
        MeDto: {
            user: components["schemas"]["UserDto"];
            newsrooms: components["schemas"]["MyNewsroomDto"][];
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
        CreateNewsroomDto: {
            /** @example Demo Desk */
            name: string;
            /**
             * @description Identifies the newsroom in URLs; cannot be changed later
             * @example demo
             */
            slug: string;
        };
        ClaimReviewRatingDto: {
            /** @example 1 */
            ratingValue: number;
            /** @example 5 */
            bestRating: number;
            /** @example 1 */
            worstRating: number;
            /** @example False */
            alternateName: string;
        };
        RatingDefinitionDto: {
            /**
             * @description Stable key stored on verdicts
             * @example false
             */
            key: string;
            /** @example False */
            label: string;
            /** @example The claim is not accurate. */
            description: string;
            claimReview: components["schemas"]["ClaimReviewRatingDto"];
        };
        SignoffRequirementsDto: {
            /** @description Approvals needed from reviewers or higher */
            reviewer?: number;
            /** @description Approvals needed from editors or higher */
            editor?: number;
            /** @description Approvals needed from admins */
            admin?: number;
        };
        SignoffPolicyDto: {
            required: components["schemas"]["SignoffRequirementsDto"];
            /** @description Approvals from whoever set the current rating do not count (default true) */
            excludeRatingSetter?: boolean;
        };
        PublisherDto: {
            /** @example Demo Desk */
            name?: string;
            /** @example https://desk.example.org */
            url?: string;
            /** @example https://desk.example.org/logo.png */
            logoUrl?: string;
        };
        SettingsDto: {
            ratingScale: components["schemas"]["RatingDefinitionDto"][];
            signoffPolicy: components["schemas"]["SignoffPolicyDto"];
            publisher: components["schemas"]["PublisherDto"];
            /** @description Researchers may take a new ticket themselves: assign themselves and start research */
            selfAssignment: boolean;
        };
        NewsroomDto: {
            /** Format: uuid */
            id: string;
            /** @example demo */
            slug: string;
            /** @example Demo Desk */
            name: string;
            /**
             * @description Your role in this newsroom
             * @enum {string}
             */
            role: "viewer" | "researcher" | "reviewer" | "editor" | "admin";
            settings: components["schemas"]["SettingsDto"];
            /** Format: date-time */
            createdAt: string;
        };
        NewsroomSummaryDto: {
            /** Format: uuid */
            id: string;
            /** @example demo */
            slug: string;
            /** @example Demo Desk */
            name: string;
            /**
             * @description Your role in this newsroom
             * @enum {string}
             */
            role: "viewer" | "researcher" | "reviewer" | "editor" | "admin";
        };
        SettingsUpdateDto: {
            ratingScale?: components["schemas"]["RatingDefinitionDto"][];
            signoffPolicy?: components["schemas"]["SignoffPolicyDto"];
            publisher?: components["schemas"]["PublisherDto"];
            /** @description Researchers may take a new ticket themselves: assign themselves and start research (default true) */
            selfAssignment?: boolean;
        };
        UpdateNewsroomDto: {
            /** @example Demo Desk */
            name?: string;
            settings?: components["schemas"]["SettingsUpdateDto"];
        };
        MemberDto: {
            /** Format: uuid */
            userId: string;
            /** @example ana@example.org */
            email: string;
            /** @example Ana Lima */
            displayName: string;
            /** @enum {string} */
            role: "viewer" | "researcher" | "reviewer" | "editor" | "admin";
            /** Format: date-time */
            joinedAt: string;
        };
        CreateInvitationDto: {
            /** @example new.colleague@example.org */
            email: string;
            /** @enum {string} */
            role: "viewer" | "researcher" | "reviewer" | "editor" | "admin";
        };
        CreatedInvitationDto: {
            /** Format: uuid */
            id: string;
            /** @example new.colleague@example.org */
            email: string;
            /** @enum {string} */
            role: "viewer" | "researcher" | "reviewer" | "editor" | "admin";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            /** @description Shown only now: give it to the invitee, who registers with it (or accepts it when signed in). Single use. */
            token: string;
        };
        UpdateMemberDto: {
            /** @enum {string} */
            role: "viewer" | "researcher" | "reviewer" | "editor" | "admin";
        };
        InvitationDto: {
            /** Format: uuid */
            id: string;
            /** @example new.colleague@example.org */
            email: string;
            /** @enum {string} */
            role: "viewer" | "researcher" | "reviewer" | "editor" | "admin";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
        };
        AcceptInvitationDto: {
            /** @description The token from the invitation */
            token: string;
        };
        AuditEntryDto: {
            /** @description Position in the newsroom chain */
            seq: number;
            /** Format: uuid */
            ticketId: string | null;
            /**
             * Format: uuid
             * @description Null when the desk itself acted
             */
            actorId: string | null;
            /** @example ticket.transitioned */
            action: string;
            /** @description Changed fields before the change */
            before: {
                [key: string]: unknown;
            } | null;
            /** @description Changed fields after the change */
            after: {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            at: string;
        };
        TicketHistoryDto: {
            items: components["schemas"]["AuditEntryDto"][];
        };
        ChainVerificationDto: {
            ok: boolean;
            /** @description Entries checked */
            entries: number;
            /** @description Sequence number of the first entry that fails, or null */
            firstBrokenEntry: number | null;
        };
        AppearanceDto: {
            /** @example https://news.example.org/2016/12/11/story */
            url: string;
            outlet?: string;
            title?: string;
            /** Format: date-time */
            publishedAt?: string;
        };
        CreateTicketDto: {
            /** @description Person or organisation that made the claim */
            claimant?: string | null;
            /** @example 2016-12-11 */
            claimDate?: string | null;
            appearances?: components["schemas"]["AppearanceDto"][];
            /**
             * @description BCP 47 language tag
             * @example en
             */
            language?: string | null;
            /** @enum {string} */
            priority?: "low" | "normal" | "high" | "urgent";
            /** Format: date-time */
            dueAt?: string | null;
            /**
             * @example [
             *       "elections"
             *     ]
             */
            tags?: string[];
            /** @example The city council doubled its budget in 2024. */
            claim: string;
        };
        TicketDto: {
            /** Format: uuid */
            id: string;
            /** @description Short number within the newsroom (#42) */
            number: number;
            claim: string;
            claimant: string | null;
            /** @example 2016-12-11 */
            claimDate: string | null;
            appearances: components["schemas"]["AppearanceDto"][];
            language: string | null;
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "urgent";
            /** Format: date-time */
            dueAt: string | null;
            tags: string[];
            /** @enum {string} */
            status: "new" | "assigned" | "researching" | "drafting" | "in_review" | "approved" | "published" | "rejected" | "retracted";
            /** @description Send it back as If-Match (or `version`) with every write */
            version: number;
            /** @description Verdict rating key from the newsroom's scale */
            rating: string | null;
            /** @description Verdict summary */
            summary: string | null;
            /** Format: uuid */
            ratingSetBy: string | null;
            /** Format: date-time */
            ratingSetAt: string | null;
            /** Format: uuid */
            createdBy: string;
            /** Format: uuid */
            updatedBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        QueueItemDto: {
            /** Format: uuid */
            id: string;
            /** @description Short number within the newsroom (#42) */
            number: number;
            claim: string;
            claimant: string | null;
            /** @example 2016-12-11 */
            claimDate: string | null;
            appearances: components["schemas"]["AppearanceDto"][];
            language: string | null;
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "urgent";
            /** Format: date-time */
            dueAt: string | null;
            tags: string[];
            /** @enum {string} */
            status: "new" | "assigned" | "researching" | "drafting" | "in_review" | "approved" | "published" | "rejected" | "retracted";
            /** @description Send it back as If-Match (or `version`) with every write */
            version: number;
            /** @description Verdict rating key from the newsroom's scale */
            rating: string | null;
            /** @description Verdict summary */
            summary: string | null;
            /** Format: uuid */
            ratingSetBy: string | null;
            /** Format: date-time */
            ratingSetAt: string | null;
            /** Format: uuid */
            createdBy: string;
            /** Format: uuid */
            updatedBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description User ids of the assignees */
            assigneeIds: string[];
        };
        TicketPageDto: {
            items: components["schemas"]["QueueItemDto"][];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        AssigneeDto: {
            /** Format: uuid */
            userId: string;
            displayName: string;
            /** @enum {string} */
            role: "researcher" | "reviewer";
            /** Format: uuid */
            assignedBy: string;
            /** Format: date-time */
            assignedAt: string;
        };
        EvidenceDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            ticketId: string;
            url: string;
            title: string | null;
            publisher: string | null;
            quote: string | null;
            note: string | null;
            /** @enum {string} */
            stance: "supports" | "refutes" | "context";
            /** @enum {string} */
            sourceReliability: "high" | "mixed" | "low" | "unknown";
            capturedText: string | null;
            /** @description SHA-256 (hex) of capturedText */
            capturedSha256: string | null;
            /** Format: date-time */
            capturedAt: string | null;
            version: number;
            /** Format: uuid */
            createdBy: string;
            /** Format: uuid */
            updatedBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        OutletSummaryDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            reliability: "high" | "mixed" | "low" | "unknown";
            note: string | null;
        };
        TicketDetailDto: {
            /** Format: uuid */
            id: string;
            /** @description Short number within the newsroom (#42) */
            number: number;
            claim: string;
            claimant: string | null;
            /** @example 2016-12-11 */
            claimDate: string | null;
            appearances: components["schemas"]["AppearanceDto"][];
            language: string | null;
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "urgent";
            /** Format: date-time */
            dueAt: string | null;
            tags: string[];
            /** @enum {string} */
            status: "new" | "assigned" | "researching" | "drafting" | "in_review" | "approved" | "published" | "rejected" | "retracted";
            /** @description Send it back as If-Match (or `version`) with every write */
            version: number;
            /** @description Verdict rating key from the newsroom's scale */
            rating: string | null;
            /** @description Verdict summary */
            summary: string | null;
            /** Format: uuid */
            ratingSetBy: string | null;
            /** Format: date-time */
            ratingSetAt: string | null;
            /** Format: uuid */
            createdBy: string;
            /** Format: uuid */
            updatedBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            assignees: components["schemas"]["AssigneeDto"][];
            /** @description Current evidence (removed items are in the history) */
            evidence: components["schemas"]["EvidenceDto"][];
            history: components["schemas"]["AuditEntryDto"][];
            /** @description The register's outlets where the claim appeared (by appearance domain or outlet name) */
            outlets: components["schemas"]["OutletSummaryDto"][];
        };
        UpdateTicketDto: {
            /** @description Person or organisation that made the claim */
            claimant?: string | null;
            /** @example 2016-12-11 */
            claimDate?: string | null;
            appearances?: components["schemas"]["AppearanceDto"][];
            /**
             * @description BCP 47 language tag
             * @example en
             */
            language?: string | null;
            /** @enum {string} */
            priority?: "low" | "normal" | "high" | "urgent";
            /** Format: date-time */
            dueAt?: string | null;
            /**
             * @example [
             *       "elections"
             *     ]
             */
            tags?: string[];
            claim?: string;
            /** @description The version you read (or send If-Match) */
            version?: number;
        };
        TransitionDto: {
            /**
             * @description The state to move to
             * @enum {string}
             */
            to: "new" | "assigned" | "researching" | "drafting" | "in_review" | "approved" | "published" | "rejected" | "retracted";
            note?: string;
            /** @description The version you read (or send If-Match) */
            version?: number;
        };
        AssignDto: {
            /** Format: uuid */
            userId: string;
            /** @enum {string} */
            role: "researcher" | "reviewer";
            /** @description The version you read (or send If-Match); one of the two is required */
            version?: number;
        };
        UnassignDto: {
            /** Format: uuid */
            userId: string;
            /** @description The version you read (or send If-Match); one of the two is required */
            version?: number;
        };
        TakeDto: {
            /** @description The version you read (or send If-Match); one of the two is required */
            version?: number;
        };
        SimilarTicketDto: {
            /** Format: uuid */
            id: string;
            number: number;
            claim: string;
            /** @enum {string} */
            status: "new" | "assigned" | "researching" | "drafting" | "in_review" | "approved" | "published" | "rejected" | "retracted";
            rating: string | null;
            /** @description 0..1; higher is closer */
            score: number;
            /** @description The desk reads both as one claim */
            sameClaim: boolean;
            /** @description What the two share, or what sets them apart */
            reason: string;
        };
        SimilarTicketsDto: {
            items: components["schemas"]["SimilarTicketDto"][];
        };
        SetVerdictDto: {
            /**
             * @description A key of the newsroom's rating scale
             * @example mostly-false
             */
            rating: string;
            /** @description The short public text of the verdict */
            summary: string;
            /** @description The ticket version you read (or send If-Match) */
            version?: number;
        };
        WriteupDto: {
            /** @description Canonical plain text: one line per text block */
            text: string;
            /** @description ProseMirror JSON (TipTap StarterKit vocabulary) */
            json: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description Last change (current write-up) or when the version was kept
             */
            updatedAt: string | null;
            /** @description Present when a kept version was asked for */
            version?: number;
            /** @enum {string} */
            reason?: "submitted" | "signed_off" | "published" | "manual";
            /**
             * @description Present (true) when the stored write-up nests deeper or holds more nodes than the desk reads (written before updates were checked): the JSON and text stop there. Restore a kept version or clear it.
             * @enum {boolean}
             */
            truncated?: true;
        };
        WriteupVersionDto: {
            version: number;
            /** @enum {string} */
            reason: "submitted" | "signed_off" | "published" | "manual";
            /** Format: date-time */
            createdAt: string;
        };
        WriteupVersionListDto: {
            items: components["schemas"]["WriteupVersionDto"][];
        };
        RestoreWriteupDto: {
            /** @description The ticket version you read (or send If-Match) */
            version?: number;
        };
        WriteupRestoredDto: {
            /** @description The ticket's new version */
            version: number;
            /** @description The kept version the write-up now holds, or null when it was cleared */
            restoredFrom: number | null;
            /** @description Canonical plain text of the write-up now */
            text: string;
            /**
             * @description Present when the kept version was cut at the limits
             * @enum {boolean}
             */
            truncated?: true;
        };
        CreateWebhookDto: {
            /** @example https://hooks.example.org/claimdesk */
            url: string;
            events: ("ticket.transitioned" | "ticket.signed_off" | "verdict.published" | "verdict.corrected" | "verdict.retracted")[];
            description?: string;
        };
        CreatedWebhookDto: {
            /** Format: uuid */
            id: string;
            url: string;
            events: ("ticket.transitioned" | "ticket.signed_off" | "verdict.published" | "verdict.corrected" | "verdict.retracted")[];
            description: string | null;
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** @description Standard Webhooks signing secret (whsec_...). Shown only once, now. */
            secret: string;
        };
        WebhookDto: {
            /** Format: uuid */
            id: string;
            url: string;
            events: ("ticket.transitioned" | "ticket.signed_off" | "verdict.published" | "verdict.corrected" | "verdict.retracted")[];
            description: string | null;
            active: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        WebhookListDto: {
            items: components["schemas"]["WebhookDto"][];
        };
        UpdateWebhookDto: {
            url?: string;
            events?: ("ticket.transitioned" | "ticket.signed_off" | "verdict.published" | "verdict.corrected" | "verdict.retracted")[];
            description?: string;
            active?: boolean;
        };
        WebhookAttemptDto: {
            attempt: number;
            /** Format: date-time */
            attemptedAt: string;
            statusCode: number | null;
            error: string | null;
            durationMs: number;
        };
        WebhookDeliveryDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The webhook-id header: the same on every retry
             */
            eventId: string;
            eventType: string;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            attempts: number;
            /** Format: date-time */
            deliveredAt: string | null;
            /** Format: date-time */
            nextAttemptAt: string | null;
            /** Format: date-time */
            createdAt: string;
            log: components["schemas"]["WebhookAttemptDto"][];
        };
        WebhookDeliveryListDto: {
            items: components["schemas"]["WebhookDeliveryDto"][];
        };
        SignoffDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            name: string;
            /** @enum {string} */
            role: "viewer" | "researcher" | "reviewer" | "editor" | "admin";
            /** @enum {string} */
            decision: "approve" | "request_changes";
            note: string | null;
            /** @description SHA-256 of the content signed off */
            contentHash: string;
            /** @description True once the content changed (or the ticket was reopened): no longer counted */
            stale: boolean;
            /** @description Counted towards the policy right now */
            counted: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        MissingApprovalDto: {
            /**
             * @description Approvals by this role or higher
             * @enum {string}
             */
            role: "viewer" | "researcher" | "reviewer" | "editor" | "admin";
            required: number;
            counted: number;
        };
        PolicyStatusDto: {
            met: boolean;
            missing: components["schemas"]["MissingApprovalDto"][];
            /** @description What the content lacks before anyone can approve it (no rating or summary, an empty write-up); null when it is complete */
            incomplete: string | null;
            /** @description What is missing, in words; empty when met */
            description: string;
        };
        SignoffListDto: {
            items: components["schemas"]["SignoffDto"][];
            /** @description Hash of the current rating, summary and write-up */
            contentHash: string;
            /** @enum {string} */
            status: "new" | "assigned" | "researching" | "drafting" | "in_review" | "approved" | "published" | "rejected" | "retracted";
            version: number;
            policy: components["schemas"]["PolicyStatusDto"];
        };
        CreateSignoffDto: {
            /** @enum {string} */
            decision: "approve" | "request_changes";
            /** @description Internal note; never published. */
            note?: string;
            /** @description The ticket version the member reviewed; 409 if it changed since. */
            version?: number;
            /** @description The content hash the member reviewed (from GET .../signoffs); 409 if the content changed since. */
            contentHash?: string;
        };
        SignoffResultDto: {
            signoff: components["schemas"]["SignoffDto"];
            /**
             * @description The ticket status after this sign-off
             * @enum {string}
             */
            status: "new" | "assigned" | "researching" | "drafting" | "in_review" | "approved" | "published" | "rejected" | "retracted";
            version: number;
            policy: components["schemas"]["PolicyStatusDto"];
        };
        PublishDto: {
            /** @description The ticket version the editor saw; 409 if it changed since. */
            version?: number;
        };
        PublicationResultDto: {
            /**
             * Format: uuid
             * @description Public id of the verdict (the ticket id)
             */
            id: string;
            publicationVersion: number;
            url: string;
            contentHash: string;
            /** @enum {string} */
            status: "new" | "assigned" | "researching" | "drafting" | "in_review" | "approved" | "published" | "rejected" | "retracted";
            /** @description Ticket version after the change */
            version: number;
            /** Format: date-time */
            at: string;
        };
        CorrectionDto: {
            /** @description Public note: what is being corrected. Shown in the changelog of the next version. */
            note: string;
        };
        RetractDto: {
            /** @description Public reason, shown on the page and in the feeds. */
            reason: string;
        };
        PublicAppearanceDto: {
            url: string;
            outlet?: string;
            title?: string;
            publishedAt?: string;
        };
        PublicRatingDto: {
            key: string;
            label: string;
            description: string;
            ratingValue: number;
            bestRating: number;
            worstRating: number;
            alternateName: string;
        };
        PublicApprovalDto: {
            name: string;
            role: string;
            /** Format: date-time */
            signedAt: string;
        };
        PublicPublisherDto: {
            name: string;
            url?: string;
            logoUrl?: string;
        };
        ChangelogEntryDto: {
            version: number;
            note: string;
            /** Format: date-time */
            date: string;
        };
        RetractionDto: {
            reason: string;
            /** Format: date-time */
            retractedAt: string;
        };
        PublicVerdictSummaryDto: {
            /** Format: uuid */
            id: string;
            url: string;
            /** @description Current publication version */
            version: number;
            number: number;
            /** Format: date-time */
            firstPublishedAt: string;
            /** Format: date-time */
            publishedAt: string;
            /**
             * Format: date-time
             * @description Latest version or retraction
             */
            updatedAt: string;
            claim: string;
            claimant: string | null;
            claimDate: string | null;
            language: string | null;
            appearances: components["schemas"]["PublicAppearanceDto"][];
            rating: components["schemas"]["PublicRatingDto"];
            summary: string;
            /** @description SHA-256 of the approved rating, summary and write-up */
            contentHash: string;
            approvals: components["schemas"]["PublicApprovalDto"][];
            publisher: components["schemas"]["PublicPublisherDto"];
            changelog: components["schemas"]["ChangelogEntryDto"][];
            retraction: components["schemas"]["RetractionDto"] | null;
        };
        PublicVerdictListDto: {
            items: components["schemas"]["PublicVerdictSummaryDto"][];
        };
        PublicEvidenceDto: {
            title: string;
            url: string | null;
            description: string | null;
        };
        PublicVerdictDto: {
            /** Format: uuid */
            id: string;
            url: string;
            /** @description Current publication version */
            version: number;
            number: number;
            /** Format: date-time */
            firstPublishedAt: string;
            /** Format: date-time */
            publishedAt: string;
            /**
             * Format: date-time
             * @description Latest version or retraction
             */
            updatedAt: string;
            claim: string;
            claimant: string | null;
            claimDate: string | null;
            language: string | null;
            appearances: components["schemas"]["PublicAppearanceDto"][];
            rating: components["schemas"]["PublicRatingDto"];
            summary: string;
            /** @description SHA-256 of the approved rating, summary and write-up */
            contentHash: string;
            approvals: components["schemas"]["PublicApprovalDto"][];
            publisher: components["schemas"]["PublicPublisherDto"];
            changelog: components["schemas"]["ChangelogEntryDto"][];
            retraction: components["schemas"]["RetractionDto"] | null;
            /** @description The write-up, as sanitised HTML */
            writeupHtml: string;
            evidence: components["schemas"]["PublicEvidenceDto"][];
            /** @description schema.org ClaimReview; null once retracted */
            claimReview: {
                [key: string]: unknown;
            } | null;
        };
        SubmitArticleDto: {
            /** @description The article: plain text, or HTML that the desk reduces to text. At most 200000 characters (413 above). */
            text: string;
            /**
             * @description 'auto' reads the text as HTML when it looks like markup
             * @default auto
             * @enum {string}
             */
            format: "auto" | "text" | "html";
            title?: string;
            /** @example https://news.example.org/2016/12/11/story */
            url?: string;
            /** @description The outlet as you know it; the register is matched from the URL or this name */
            outlet?: string;
            /** Format: date-time */
            publishedAt?: string;
            /**
             * @description ISO 639-1 code; detected when absent
             * @example en
             */
            language?: string;
        };
        DroppedBlockDto: {
            text: string;
            /** @example share */
            reason: string;
            /** @description Why it was dropped, in words */
            detail: string;
        };
        ScoreReasonDto: {
            /** @example number */
            code: string;
            /** @example a number: "4,000" */
            label: string;
            /** @description Positive raises the score, negative lowers it */
            weight: number;
        };
        ClaimMatchDto: {
            /** Format: uuid */
            ticketId: string;
            number: number;
            claim: string;
            /** @enum {string} */
            status: "new" | "assigned" | "researching" | "drafting" | "in_review" | "approved" | "published" | "rejected" | "retracted";
            rating: string | null;
            /** @description 0..1 */
            score: number;
            /** @description The desk reads both as one claim */
            sameClaim: boolean;
            /** @example shares palmyra, isis, a capture (3 of 4); same figure 4000 */
            reason: string;
        };
        FactCheckMatchDto: {
            /**
             * Format: uuid
             * @description Public verdict id (the ticket id)
             */
            id: string;
            newsroom: string;
            newsroomName: string;
            /** @description The claim as published */
            claim: string;
            /** @description Rating label as published */
            rating: string;
            url: string;
            retracted: boolean;
            score: number;
            sameClaim: boolean;
            reason: string;
        };
        CandidateDto: {
            /** Format: uuid */
            id: string;
            /** @description 1 is the most check-worthy */
            rank: number;
            text: string;
            /** @description Offset of the sentence in the cleaned text (UTF-16 code units) */
            start: number;
            end: number;
            /** @description Check-worthiness, 0..1 */
            score: number;
            reasons: components["schemas"]["ScoreReasonDto"][];
            /** @description Who the sentence attributes the claim to */
            claimant: string | null;
            /**
             * Format: uuid
             * @description The ticket this candidate became or joined
             */
            ticketId: string | null;
            /** @description That ticket's number in the newsroom */
            ticketNumber: number | null;
            /** @description The newsroom's tickets that look like the same claim, best first */
            matches: components["schemas"]["ClaimMatchDto"][];
            /** @description Public verdicts of every newsroom on this desk about this claim */
            factChecks: components["schemas"]["FactCheckMatchDto"][];
        };
        ArticleDto: {
            /** Format: uuid */
            id: string;
            title: string | null;
            url: string | null;
            /** @description As submitted */
            outletName: string | null;
            /** @description The register's outlet, when one matched */
            outlet: components["schemas"]["OutletSummaryDto"] | null;
            /** Format: date-time */
            publishedAt: string | null;
            /**
             * @description ISO 639-1, 'und' when unknown
             * @example en
             */
            language: string;
            /** @enum {string} */
            languageSource: "given" | "detected";
            /** @description SHA-256 (hex) of the text as received */
            receivedSha256: string;
            /** Format: uuid */
            submittedBy: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Candidates proposed */
            candidateCount: number;
            /** @description Candidates acted on (ticket created or joined) */
            actedCount: number;
            /** @enum {string} */
            format: "text" | "html";
            /** @description The cleaned text that candidate offsets point into */
            text: string;
            /** @description What cleaning removed, and why */
            dropped: components["schemas"]["DroppedBlockDto"][];
            /** @description Check-worthy sentences, best first */
            candidates: components["schemas"]["CandidateDto"][];
            /**
             * Format: uuid
             * @description An earlier article of this newsroom with exactly the same received text
             */
            duplicateOf: string | null;
        };
        ArticleSummaryDto: {
            /** Format: uuid */
            id: string;
            title: string | null;
            url: string | null;
            /** @description As submitted */
            outletName: string | null;
            /** @description The register's outlet, when one matched */
            outlet: components["schemas"]["OutletSummaryDto"] | null;
            /** Format: date-time */
            publishedAt: string | null;
            /**
             * @description ISO 639-1, 'und' when unknown
             * @example en
             */
            language: string;
            /** @enum {string} */
            languageSource: "given" | "detected";
            /** @description SHA-256 (hex) of the text as received */
            receivedSha256: string;
            /** Format: uuid */
            submittedBy: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Candidates proposed */
            candidateCount: number;
            /** @description Candidates acted on (ticket created or joined) */
            actedCount: number;
        };
        ArticlePageDto: {
            items: components["schemas"]["ArticleSummaryDto"][];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        CandidateActionDto: {
            /** Format: uuid */
            candidateId: string;
            /**
             * Format: uuid
             * @description Add the article as an appearance of this ticket; without it, a new ticket is created from the candidate
             */
            ticketId?: string;
            /** @description The claim as the new ticket states it (default: the sentence) */
            claim?: string;
            /** @description Default: the claimant the desk found */
            claimant?: string | null;
        };
        ArticleActionsDto: {
            actions: components["schemas"]["CandidateActionDto"][];
        };
        ActionResultDto: {
            /** Format: uuid */
            candidateId: string;
            /** Format: uuid */
            ticketId: string;
            /** @description Number of the ticket in the newsroom */
            ticketNumber: number;
            /** @description true: a new ticket; false: the article joined an existing ticket */
            created: boolean;
        };
        ArticleActionsResultDto: {
            results: components["schemas"]["ActionResultDto"][];
        };
        RatingCountDto: {
            /** @description Rating key on the newsroom's scale */
            rating: string;
            label: string;
            count: number;
        };
        TrackRecordDto: {
            /** @description Published verdicts on claims that appeared in this outlet */
            verdicts: number;
            /** @description How those claims were rated, most frequent first */
            ratings: components["schemas"]["RatingCountDto"][];
        };
        OutletDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            reliability: "high" | "mixed" | "low" | "unknown";
            note: string | null;
            domains: string[];
            version: number;
            trackRecord: components["schemas"]["TrackRecordDto"];
            /** Format: date-time */
            updatedAt: string;
        };
        OutletListDto: {
            items: components["schemas"]["OutletDto"][];
        };
        CreateOutletDto: {
            /**
             * @description Web domains; a subdomain matches its domain, www. is ignored
             * @example [
             *       "news.example.org"
             *     ]
             */
            domains?: string[];
            /** @enum {string} */
            reliability?: "high" | "mixed" | "low" | "unknown";
            /** @description Why the label: the record behind it */
            note?: string | null;
            /** @example Example Wire */
            name: string;
        };
        UpdateOutletDto: {
            /**
             * @description Web domains; a subdomain matches its domain, www. is ignored
             * @example [
             *       "news.example.org"
             *     ]
             */
            domains?: string[];
            /** @enum {string} */
            reliability?: "high" | "mixed" | "low" | "unknown";
            /** @description Why the label: the record behind it */
            note?: string | null;
            name?: string;
            /** @description The version you read (or send If-Match) */
            version?: number;
        };
        CreateEvidenceDto: {
            title?: string | null;
            publisher?: string | null;
            /** @description The passage that matters */
            quote?: string | null;
            note?: string | null;
            /** @enum {string} */
            stance?: "supports" | "refutes" | "context";
            /** @enum {string} */
            sourceReliability?: "high" | "mixed" | "low" | "unknown";
            /** @description Page text as captured; its SHA-256 and capture time are recorded */
            capturedText?: string | null;
            /** @example https://wire.example.org/2017/03/02/report */
            url: string;
        };
        EvidenceListDto: {
            items: components["schemas"]["EvidenceDto"][];
        };
        UpdateEvidenceDto: {
            title?: string | null;
            publisher?: string | null;
            /** @description The passage that matters */
            quote?: string | null;
            note?: string | null;
            /** @enum {string} */
            stance?: "supports" | "refutes" | "context";
            /** @enum {string} */
            sourceReliability?: "high" | "mixed" | "low" | "unknown";
            /** @description Page text as captured; its SHA-256 and capture time are recorded */
            capturedText?: string | null;
            url?: string;
            /** @description The evidence item's version you read (or send If-Match) */
            version?: number;
        };
        RemoveEvidenceDto: {
            /** @description The evidence item's version you read (or send If-Match) */
            version?: number;
        };
        FieldErrorDto: {
            /** @example email */
            field: string;
            /** @example email must be an email */
            message: string;
        };
        ProblemDto: {
            /** @example urn:claimdesk:problem:version_conflict */
            type: string;
            /** @example Someone else changed this first */
            title: string;
            /** @example 409 */
            status: number;
            detail?: string;
            /** @example /api/newsrooms/desk/tickets/2f0c... */
            instance?: string;
            /**
             * @description Stable machine-readable error code
             * @example version_conflict
             */
            code: string;
            /** @description Correlation id, also in the X-Request-Id header */
            requestId?: string;
            errors?: components["schemas"]["FieldErrorDto"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuthController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthTokensDto"];
                };
            };
            /** @description Registration is by invitation only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The email is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthTokensDto"];
                };
            };
            /** @description Wrong email or password (the answer does not say which) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many failed attempts for this account or address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthTokensDto"];
                };
            };
            /** @description Unknown, expired, revoked or reused refresh token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthTokensDto"];
                };
            };
            /**
             * @description The current password is wrong
             *
             *     Missing, invalid, expired or revoked access token
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many wrong current passwords; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NewsroomsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsroomSummaryDto"][];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NewsroomsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateNewsroomDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsroomDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The slug is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NewsroomsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsroomDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the viewer role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NewsroomsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNewsroomDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsroomDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rating still used by tickets would be removed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MembersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"][];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the viewer role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MembersController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedInvitationDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A member of this newsroom already uses this email */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MembersController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Would leave the newsroom without an admin */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MembersController_changeRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMemberDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Would leave the newsroom without an admin */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MembersController_revokeSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    InvitationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"][];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    InvitationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedInvitationDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A member of this newsroom already uses this email */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InvitationsController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    InvitationAcceptanceController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsroomSummaryDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    AuditController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A ticket's history, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketHistoryDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the viewer role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuditController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Walks the newsroom's hash chain */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainVerificationDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the editor role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TicketsController_list: {
        parameters: {
            query?: {
                /** @description One status, or several separated by commas */
                status?: string[];
                /** @description Tickets assigned to this user */
                assignee?: string;
                /** @description Only tickets assigned to me */
                mine?: "true" | "false";
                tag?: string;
                /** @description Verdict rating key */
                rating?: string;
                /** @description Due strictly before this instant */
                dueBefore?: string;
                /** @description Full-text search over claim, claimant and verdict summary (web search syntax) */
                q?: string;
                sort?: "updated" | "due" | "priority";
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketPageDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the viewer role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TicketsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key and body returns the first result */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTicketDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the researcher role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TicketsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description With evidence, assignees, verdict and history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDetailDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the viewer role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TicketsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ticket version you read (or `version` in the body) */
                "If-Match"?: string;
            };
            path: {
                id: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTicketDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the researcher role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TicketsController_transition: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ticket version you read (or `version` in the body) */
                "If-Match"?: string;
            };
            path: {
                id: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionDto"];
            };
        };
        responses: {
            /** @description 403 when your role may not make this move, 409 for the wrong state or a stale version */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the researcher role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TicketsController_assign: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ticket version you read (or `version` in the body) */
                "If-Match"?: string;
            };
            path: {
                id: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignDto"];
            };
        };
        responses: {
            /** @description Assigning a researcher to a new ticket moves it to assigned */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the editor role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TicketsController_unassign: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ticket version you read (or `version` in the body) */
                "If-Match"?: string;
            };
            path: {
                id: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnassignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the editor role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TicketsController_take: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ticket version you read (or `version` in the body) */
                "If-Match"?: string;
            };
            path: {
                id: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TakeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the researcher role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TicketsController_similar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Possible duplicates in this newsroom, closest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimilarTicketsDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the viewer role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TicketEventsController_events: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server-Sent Events: ticket.created, ticket.updated, ticket.transitioned, ticket.assigned; a comment every 15 s */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the viewer role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    VerdictController_set: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ticket version (or `version` in the body) */
                "If-Match"?: string;
            };
            path: {
                id: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetVerdictDto"];
            };
        };
        responses: {
            /** @description The ticket with its new verdict and version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the researcher role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WriteupsController_read: {
        parameters: {
            query?: {
                /** @description A kept version instead of the current write-up */
                version?: number;
            };
            header?: never;
            path: {
                id: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteupDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the viewer role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WriteupsController_versions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteupVersionListDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the viewer role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WriteupsController_restore: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ticket version (or `version` in the body) */
                "If-Match"?: string;
            };
            path: {
                id: string;
                n: number;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RestoreWriteupDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteupRestoredDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the editor role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WriteupsController_clear: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ticket version (or `version` in the body) */
                "If-Match"?: string;
            };
            path: {
                id: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RestoreWriteupDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteupRestoredDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the editor role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookListDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhookId: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhookId: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhookId: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_deliveries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhookId: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryListDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SignoffsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignoffListDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the viewer role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SignoffsController_give: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSignoffDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignoffResultDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the reviewer role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublishingController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationResultDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the editor role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublishingController_correct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationResultDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the editor role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublishingController_retract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetractDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationResultDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the editor role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublicController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicVerdictListDto"];
                };
            };
        };
    };
    PublicController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON with Accept: application/json; otherwise the HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["PublicVerdictDto"];
                    "application/json": components["schemas"]["PublicVerdictDto"];
                };
            };
        };
    };
    PublicController_jsonFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PublicController_atomFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    IntakeController_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticlePageDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the viewer role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    IntakeController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key and body returns the first result */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitArticleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the researcher role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    IntakeController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                articleId: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the viewer role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    IntakeController_act: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key and body returns the first result */
                "Idempotency-Key"?: string;
            };
            path: {
                articleId: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticleActionsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleActionsResultDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the researcher role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OutletsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutletListDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the viewer role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OutletsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOutletDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutletDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the editor role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OutletsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                outletId: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutletDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the viewer role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OutletsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                outletId: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed (kept in the history) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the editor role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OutletsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The outlet's version (or `version` in the body) */
                "If-Match"?: string;
            };
            path: {
                outletId: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOutletDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutletDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the editor role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvidenceController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceListDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the viewer role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvidenceController_add: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key and body returns the first result */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEvidenceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the researcher role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvidenceController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description The evidence item's version (or `version` in the body) */
                "If-Match"?: string;
            };
            path: {
                id: string;
                evidenceId: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemoveEvidenceDto"];
            };
        };
        responses: {
            /** @description Removed (kept in the history) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the researcher role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvidenceController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The evidence item's version (or `version` in the body) */
                "If-Match"?: string;
            };
            path: {
                id: string;
                evidenceId: string;
                /** @description The newsroom */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEvidenceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Requires the researcher role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not a member of this newsroom */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
}
