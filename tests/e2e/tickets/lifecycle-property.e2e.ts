import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Role } from '../../../src/access/roles.js';
import { decide, decideMove, LIFECYCLE } from '../../../src/tickets/ticket-lifecycle.js';
import { TICKET_STATUSES, type TicketStatus } from '../../../src/tickets/ticket-status.js';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { closeDb, createStaffedNewsroom } from '../../support/factories.js';
import { ticketsApi } from './api.js';

const ROLES_: Role[] = ['viewer', 'researcher', 'reviewer', 'editor', 'admin'];
const role = fc.constantFrom(...ROLES_);

type Step =
  | { kind: 'transition'; actor: Role; to: TicketStatus; stale: boolean }
  | { kind: 'assign'; actor: Role; target: Role; as: 'researcher' | 'reviewer'; stale: boolean }
  | { kind: 'take'; actor: Role; stale: boolean }
  | { kind: 'verdict'; actor: Role; rating: string; stale: boolean }
  | { kind: 'update'; actor: Role; priority: 'low' | 'urgent'; stale: boolean };

// Transitions are weighted up so that random walks get past the first states.
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('transition' as const), actor: role, to: fc.constantFrom(...TICKET_STATUSES), stale: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('assign' as const), actor: role, target: role, as: fc.constantFrom('researcher' as const, 'reviewer' as const), stale: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('take' as const), actor: role, stale: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('verdict' as const), actor: role, rating: fc.constantFrom('false', 'mixed', 'not-on-the-scale'), stale: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('update' as const), actor: role, priority: fc.constantFrom('low' as const, 'urgent' as const), stale: fc.boolean() }) },
);

const allowedMoves = new Set(LIFECYCLE.flatMap((rule) => rule.from.map((from) => `${from}>${rule.to}`)));

describe('tickets: random members acting at random (property)', () => {
  let desk: TestDesk;
  beforeAll(async () => {
    desk = await startDesk();
  });
  afterAll(async () => {
    await desk.close();
    await closeDb();
  });

  it('keeps every ticket in a lifecycle state, the chain verified, and refused actions without effect', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 10 }), async (steps) => {
        const staff = await createStaffedNewsroom();
        const api = ticketsApi(desk.baseUrl, staff.newsroom.slug);
        const created = await api.create(staff.researcher, { claim: 'A claim walked at random.' });
        expect(created.status).toBe(201);
        let before = (await api.get(staff.editor, created.body.id)).body;

        for (const action of steps) {
          const actor = staff[action.actor];
          const version: number = action.stale ? before.version - 1 || before.version + 1 : before.version;
          const assigned = before.assignees.some((a: { userId: string }) => a.userId === actor.id);
          const hasResearcher = before.assignees.some((a: { role: string }) => a.role === 'researcher');
          const hasVerdict = !!before.rating && !!before.summary;
          let expected: number | undefined;
          let response;
          switch (action.kind) {
            case 'transition': {
              response = await api.transition(actor, before.id, action.to, version);
              const decision = decideMove(before.status, action.to, action.actor, { assigned, hasResearcher, hasVerdict, channel: 'transitions' });
              // The route guard refuses viewers before the lifecycle is asked.
              expected = action.actor === 'viewer' ? 403 : !decision.ok ? (decision.kind === 'forbidden' ? 403 : 409) : version !== before.version ? 409 : 201;
              break;
            }
            case 'take': {
              response = await api.take(actor, before.id, version);
              // Self-assignment is on by default.
              const decision = decide(before.status, 'take', action.actor, { assigned, hasResearcher, channel: 'take', selfAssignment: true });
              expected = action.actor === 'viewer' ? 403 : !decision.ok ? (decision.kind === 'forbidden' ? 403 : 409) : version !== before.version ? 409 : 201;
              break;
            }
            case 'assign':
              response = await api.assign(actor, before.id, staff[action.target].id, action.as, version);
              break;
            case 'verdict':
              response = await api.verdict(actor, before.id, { rating: action.rating, summary: 'Summary.', version });
              break;
            case 'update':
              response = await api.patch(actor, before.id, { priority: action.priority, version });
              break;
          }
          if (expected !== undefined) expect({ action, status: response.status }).toEqual({ action, status: expected });
          expect(response.status).toBeLessThan(500);

          const after = (await api.get(staff.editor, before.id)).body;
          expect(TICKET_STATUSES).toContain(after.status);
          if (response.status >= 400) {
            expect(after).toEqual(before);
          } else {
            if (after.status !== before.status) expect(allowedMoves).toContain(`${before.status}>${after.status}`);
            expect(after.version).toBeGreaterThanOrEqual(before.version);
            expect(after.version).toBeLessThanOrEqual(before.version + 1);
          }
          const verify = await api.verify(staff.editor);
          expect(verify.body).toMatchObject({ ok: true, firstBrokenEntry: null });
          before = after;
        }
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
