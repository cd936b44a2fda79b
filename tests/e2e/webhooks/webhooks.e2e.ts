import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { WebhookEndpointsService } from '../../../src/webhooks/webhook-endpoints.service.js';
import { sendWebhook } from '../../../src/webhooks/webhook-sender.js';
import { webhookSettings } from '../../../src/webhooks/webhook-settings.js';
import { bearer, closeDb, db } from '../../support/factories.js';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { DeskFlow, until } from '../signoffs/desk-flow.js';
import { TestReceiver } from './receiver.js';

describe('webhooks', () => {
  let desk: TestDesk;
  let flow: DeskFlow;
  const receiver = new TestReceiver();
  let url: string;
  let webhookId: string;

  beforeAll(async () => {
    desk = await startDesk();
    flow = await DeskFlow.create(desk.baseUrl);
    url = await receiver.start();
  });
  afterAll(async () => {
    await desk.close();
    await receiver.stop();
    await closeDb();
  });

  const transitionsTo = (to: string) =>
    [...receiver.processed.values()].filter((payload) => {
      const event = payload as { type: string; data: { to: string } };
      return event.type === 'ticket.transitioned' && event.data.to === to;
    });

  it('lets only admins register endpoints, and shows the secret once', async () => {
    const refused = await request(desk.baseUrl).post(flow.api('/webhooks')).set(bearer(flow.staff.editor)).send({ url, events: ['verdict.published'] });
    expect(refused.status).toBe(403);
    const invalid = await request(desk.baseUrl).post(flow.api('/webhooks')).set(bearer(flow.staff.admin)).send({ url, events: ['nope'] });
    expect(invalid.status).toBe(400);
    const created = await request(desk.baseUrl)
      .post(flow.api('/webhooks'))
      .set(bearer(flow.staff.admin))
      .send({ url, events: ['ticket.transitioned', 'ticket.signed_off', 'verdict.published', 'verdict.corrected', 'verdict.retracted'], description: 'test receiver' });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^whsec_/);
    receiver.secret = created.body.secret;
    webhookId = created.body.id;
    const listed = await request(desk.baseUrl).get(flow.api('/webhooks')).set(bearer(flow.staff.admin)).expect(200);
    expect(listed.body.items).toHaveLength(1);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.secret);
  });

  it('delivers signed events for sign-offs, transitions and publication, retrying failures with the same id', async () => {
    receiver.respond = (_request, index) => (index === 0 ? 500 : 204);
    const id = await flow.approved();
    expect((await flow.publish(id)).status).toBe(200);
    await until(() => [...receiver.processed.values()].some((payload) => (payload as { type: string }).type === 'verdict.published'), 10_000, 'publication event');
    expect(receiver.requests.every((received) => received.valid)).toBe(true);
    const types = [...receiver.processed.values()].map((payload) => (payload as { type: string; data: { ticketId: string } }).type);
    expect(types.filter((type) => type === 'ticket.signed_off')).toHaveLength(2);
    expect(types).toEqual(expect.arrayContaining(['ticket.transitioned', 'verdict.published']));
    // Every move is announced once: those of the tickets module (assign … submit) and the desk's own.
    await until(() => transitionsTo('in_review').length === 1, 5_000, 'submit announced');
    const transitions = (to: string) => transitionsTo(to).length;
    expect([transitions('assigned'), transitions('researching'), transitions('drafting'), transitions('in_review'), transitions('approved'), transitions('published')]).toEqual([1, 1, 1, 1, 1, 1]);
    // The first request failed with 500 and was retried under the same webhook-id.
    const firstId = receiver.requests[0]!.id;
    expect(receiver.requests.filter((received) => received.id === firstId).length).toBeGreaterThanOrEqual(2);
    expect(receiver.processed.has(firstId)).toBe(true);

    const log = await request(desk.baseUrl).get(flow.api(`/webhooks/${webhookId}/deliveries`)).set(bearer(flow.staff.admin)).expect(200);
    const retried = log.body.items.find((item: { eventId: string }) => item.eventId === firstId);
    expect(retried).toMatchObject({ status: 'delivered' });
    expect(retried.log.map((attempt: { statusCode: number }) => attempt.statusCode)).toEqual([500, 204]);
    expect((await request(desk.baseUrl).get(flow.api(`/webhooks/${webhookId}/deliveries`)).set(bearer(flow.staff.editor))).status).toBe(403);
    const metrics = await request(desk.baseUrl).get('/metrics').expect(200);
    expect(metrics.text).toMatch(/claimdesk_webhook_attempts_total\{outcome="retry"\} [1-9]/);
    expect(metrics.text).toMatch(/claimdesk_webhook_attempts_total\{outcome="delivered"\} [1-9]/);
  });

  it('writes the event in the same transaction as the change: a refused change leaves no event', async () => {
    const before = await db().query(`SELECT count(*)::int AS n FROM webhook_events WHERE newsroom_id = $1`, [flow.staff.newsroom.id]);
    const id = await flow.createTicket();
    expect((await flow.publish(id)).status).toBe(409);
    const after = await db().query(`SELECT count(*)::int AS n FROM webhook_events WHERE newsroom_id = $1`, [flow.staff.newsroom.id]);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('stops delivering to a disabled endpoint and can delete it', async () => {
    const patched = await request(desk.baseUrl).patch(flow.api(`/webhooks/${webhookId}`)).set(bearer(flow.staff.admin)).send({ active: false });
    expect(patched.body.active).toBe(false);
    const count = receiver.requests.length;
    await flow.approved();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(receiver.requests.length).toBe(count);
    await request(desk.baseUrl).delete(flow.api(`/webhooks/${webhookId}`)).set(bearer(flow.staff.admin)).expect(204);
    await request(desk.baseUrl).get(flow.api(`/webhooks/${webhookId}`)).set(bearer(flow.staff.admin)).expect(404);
  });

  it('refuses private and loopback targets unless allowed', async () => {
    const outcome = await sendWebhook(url, {}, '{}', 1_000, false);
    expect(outcome.error).toMatch(/private or loopback/);
    const named = await sendWebhook(url.replace('127.0.0.1', 'localhost'), {}, '{}', 1_000, false);
    expect(named.error).toMatch(/private or loopback/);
    const endpoints = new WebhookEndpointsService(undefined as never, { ...webhookSettings(desk.config), allowPrivateTargets: false });
    const member = { userId: flow.staff.admin.id, sessionId: '', newsroomId: flow.staff.newsroom.id, slug: flow.slug, role: 'admin' as const };
    for (const target of [url, 'http://localhost/x', 'http://169.254.169.254/latest/meta-data', 'http://[::1]/x', 'http://10.0.0.8/x']) {
      await expect(endpoints.create(member, { url: target, events: ['verdict.published'] })).rejects.toMatchObject({ code: 'unprocessable' });
    }
    await expect(endpoints.create(member, { url: 'file:///etc/passwd', events: ['verdict.published'] })).rejects.toMatchObject({ code: 'validation_failed' });
  });
});
