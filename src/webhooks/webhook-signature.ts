import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** Headers of a Standard Webhooks request (https://www.standardwebhooks.com/). */
export interface WebhookHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/** A new endpoint secret: 32 random bytes, base64 with the conventional `whsec_` prefix. */
export function generateSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/**
 * Signs one delivery: HMAC-SHA256 over `${id}.${timestamp}.${body}` with the
 * endpoint secret. The id is the event id, the same on every retry, so
 * receivers de-duplicate by it.
 */
export function signWebhook(secret: string, id: string, timestamp: Date, body: string): WebhookHeaders {
  const signature = new Webhook(secret).sign(id, timestamp, body);
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'webhook-signature': signature,
  };
}

/** Verifies a delivery as a receiver would; throws when the signature or timestamp is wrong. */
export function verifyWebhook(secret: string, body: string, headers: Record<string, string>): unknown {
  return new Webhook(secret).verify(body, headers);
}
