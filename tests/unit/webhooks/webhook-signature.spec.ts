import { describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { generateSecret, signWebhook, verifyWebhook } from '../../../src/webhooks/webhook-signature.js';

describe('Standard Webhooks signing', () => {
  const secret = generateSecret();
  const body = JSON.stringify({ type: 'verdict.published', data: { id: 1 } });
  const now = new Date();

  it('signs HMAC-SHA256 over id.timestamp.body with the base64 secret', () => {
    const headers = signWebhook(secret, 'msg_1', now, body);
    const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
    const expected = createHmac('sha256', key).update(`msg_1.${headers['webhook-timestamp']}.${body}`).digest('base64');
    expect(headers['webhook-signature']).toBe(`v1,${expected}`);
    expect(headers['webhook-id']).toBe('msg_1');
    expect(Number(headers['webhook-timestamp'])).toBe(Math.floor(now.getTime() / 1000));
  });

  it('verifies its own signatures and refuses tampering or another secret', () => {
    const headers = { ...signWebhook(secret, 'msg_2', now, body) };
    expect(verifyWebhook(secret, body, headers)).toEqual(JSON.parse(body));
    expect(() => verifyWebhook(secret, body.replace('1', '2'), headers)).toThrow();
    expect(() => verifyWebhook(generateSecret(), body, headers)).toThrow();
  });

  it('generates distinct whsec_ secrets of 32 bytes', () => {
    const other = generateSecret();
    expect(other).not.toBe(secret);
    expect(Buffer.from(other.slice(6), 'base64')).toHaveLength(32);
  });
});
