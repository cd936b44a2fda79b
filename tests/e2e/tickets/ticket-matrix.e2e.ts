import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { type Action, can } from '../../../src/access/permissions.js';
import { ROLES } from '../../../src/access/roles.js';
import type { TicketStatus } from '../../../src/tickets/ticket-status.js';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { assign, bearer, closeDb, createStaffedNewsroom, createTicket, type TestTicket } from '../../support/factories.js';

interface Case {
  name: string;
  action: Action;
  status: TicketStatus;
  send: (base: string, ticket: TestTicket) => request.Test;
  /** What an allowed call answers. */
  ok: number;
}

/**
 * The resource-level half of the permission matrix, on real tickets: every
 * ticket write × role × assigned or not. The route matrix (tests/e2e/access)
 * checks the role floor with unknown ids; this checks "may this member act on
 * THIS ticket", which needs the ticket and the assignment.
 */
describe('ticket × role × assignment matrix', () => {
  let desk: TestDesk;
  let own: Awaited<ReturnType<typeof createStaffedNewsroom>>;
  let other: Awaited<ReturnType<typeof createStaffedNewsroom>>;
  beforeAll(async () => {
    desk = await startDesk();
    own = await createStaffedNewsroom();
    other = await createStaffedNewsroom();
  });
  afterAll(async () => {
    await desk.close();
    await closeDb();
  });

  const cases: Case[] = [
    { name: 'update', action: 'ticket.update', status: 'researching', ok: 200, send: (base, t) => request(base).patch(`/tickets/${t.id}`).send({ priority: 'high', version: t.version }) },
    { name: 'transition', action: 'ticket.transition', status: 'researching', ok: 201, send: (base, t) => request(base).post(`/tickets/${t.id}/transitions`).send({ to: 'drafting', version: t.version }) },
    { name: 'evidence', action: 'evidence.write', status: 'researching', ok: 201, send: (base, t) => request(base).post(`/tickets/${t.id}/evidence`).send({ url: 'https://source.example.org/a' }) },
    { name: 'verdict', action: 'verdict.write', status: 'drafting', ok: 200, send: (base, t) => request(base).put(`/tickets/${t.id}/verdict`).send({ rating: 'mixed', summary: 'Partly.', version: t.version }) },
    { name: 'assign', action: 'ticket.assign', status: 'researching', ok: 201, send: (base, t) => request(base).post(`/tickets/${t.id}/assignees`).send({ userId: own.reviewer.id, role: 'reviewer', version: t.version }) },
  ];

  it('refuses with 403 exactly where can(role, action, { assigned }) says no, and succeeds elsewhere', async () => {
    const mismatches: string[] = [];
    for (const testCase of cases) {
      for (const role of ROLES) {
        for (const assigned of [false, true]) {
          const ticket = await createTicket(own.newsroom, own.editor, { status: testCase.status });
          if (assigned) await assign(ticket, own[role], own.editor, role === 'reviewer' ? 'reviewer' : 'researcher');
          // supertest wants a base URL and a path; the newsroom prefix goes into the base.
          const base = `${desk.baseUrl}/api/newsrooms/${own.newsroom.slug}`;
          const response = await testCase.send(base, ticket).set(bearer(own[role]));
          const expected = can(role, testCase.action, { assigned }) ? testCase.ok : 403;
          if (response.status !== expected) mismatches.push(`${testCase.name} as ${role} (assigned: ${assigned}): ${response.status}, expected ${expected}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('answers 404 for a real ticket of another newsroom, through either newsroom\'s address', async () => {
    const mismatches: string[] = [];
    for (const testCase of cases) {
      const foreign = await createTicket(other.newsroom, other.editor, { status: testCase.status });
      for (const slug of [own.newsroom.slug, other.newsroom.slug]) {
        const response = await testCase.send(`${desk.baseUrl}/api/newsrooms/${slug}`, foreign).set(bearer(own.admin));
        if (response.status !== 404) mismatches.push(`${testCase.name} via ${slug === own.newsroom.slug ? 'own' : 'other'} newsroom: ${response.status}`);
      }
    }
    for (const path of ['', '/evidence', '/history', '/similar']) {
      const foreign = await createTicket(other.newsroom, other.editor);
      const response = await request(desk.baseUrl).get(`/api/newsrooms/${own.newsroom.slug}/tickets/${foreign.id}${path}`).set(bearer(own.admin));
      if (response.status !== 404) mismatches.push(`GET ${path || 'ticket'}: ${response.status}`);
    }
    expect(mismatches).toEqual([]);
  });
});
