/** Events a webhook endpoint can subscribe to. */
export const WEBHOOK_EVENT_TYPES = ['ticket.transitioned', 'ticket.signed_off', 'verdict.published', 'verdict.corrected', 'verdict.retracted'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
