import { describe, expect, it } from '@jest/globals';
import { ROLES, type Role } from '../../../src/access/roles.js';
import {
  decide,
  decideMove,
  LIFECYCLE,
  LIFECYCLE_ACTIONS,
  lifecycleProblems,
  type LifecycleActor,
  type TransitionChannel,
} from '../../../src/tickets/ticket-lifecycle.js';
import { TICKET_STATUSES, type TicketStatus } from '../../../src/tickets/ticket-status.js';

/**
 * The contract, written out independently of the implementation's table:
 * which `{ to }` moves members may request, and who may.
 */
type Who = 'writer' | 'reviewer' | 'editor';
const MANUAL: Record<string, Who> = {
  'new>assigned': 'editor',
  'assigned>researching': 'writer',
  'researching>drafting': 'writer',
  'drafting>in_review': 'writer',
  'in_review>drafting': 'reviewer',
  'approved>drafting': 'editor',
  'new>rejected': 'editor',
  'assigned>rejected': 'editor',
  'researching>rejected': 'editor',
  'drafting>rejected': 'editor',
  'in_review>rejected': 'editor',
  'rejected>new': 'editor',
};

function mayAct(who: Who, role: Role, assigned: boolean): boolean {
  switch (who) {
    case 'writer':
      return ['reviewer', 'editor', 'admin'].includes(role) || (role === 'researcher' && assigned);
    case 'reviewer':
      return ['reviewer', 'editor', 'admin'].includes(role);
    case 'editor':
      return ['editor', 'admin'].includes(role);
  }
}

const CHANNELS: TransitionChannel[] = ['transitions', 'assignees', 'signoff', 'publish', 'corrections', 'retract'];
const ACTORS: LifecycleActor[] = [...ROLES, 'system'];

describe('ticket lifecycle', () => {
  it('is consistent: unique moves, every state reachable, only terminal states without a way out', () => {
    expect(lifecycleProblems()).toEqual([]);
  });

  it('reports a broken table', () => {
    const broken = LIFECYCLE.filter((rule) => rule.action !== 'reopen' && rule.action !== 'retract').concat([
      { action: 'start', from: ['new'], to: 'assigned', who: 'writer', via: ['transitions'] },
    ]);
    const problems = lifecycleProblems(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        'action start is defined twice',
        'new->assigned is reachable by two actions',
        'action reopen has no rule',
        'state retracted is unreachable',
        'state rejected has no way out',
      ]),
    );
    expect(lifecycleProblems([{ action: 'approve', from: ['in_review'], to: 'approved', who: 'system', via: ['transitions'] }])).toContain(
      'system action approve is open to members',
    );
  });

  it('decides every state × target × role × facts of the transitions route exactly as the contract says', () => {
    let checked = 0;
    for (const from of TICKET_STATUSES) {
      for (const to of TICKET_STATUSES) {
        for (const role of ROLES) {
          for (const assigned of [false, true]) {
            for (const hasResearcher of [false, true]) {
              const decision = decideMove(from, to, role, { assigned, hasResearcher, channel: 'transitions' });
              const who = MANUAL[`${from}>${to}`];
              checked++;
              if (!who) {
                expect(decision).toMatchObject({ ok: false, kind: 'invalid_transition' });
              } else if (!mayAct(who, role, assigned)) {
                expect(decision).toMatchObject({ ok: false, kind: 'forbidden' });
              } else if (from === 'new' && to === 'assigned' && !hasResearcher) {
                expect(decision).toMatchObject({ ok: false, kind: 'state_conflict' });
              } else {
                expect(decision).toMatchObject({ ok: true, from, to });
              }
            }
          }
        }
      }
    }
    expect(checked).toBe(9 * 9 * 5 * 4);
  });

  it('decides every state × action × actor × route: dedicated moves only through their route, approval only by the desk', () => {
    const dedicated: Record<string, { from: TicketStatus; to: TicketStatus; channel: TransitionChannel; actor: 'system' | 'editor' }> = {
      approve: { from: 'in_review', to: 'approved', channel: 'signoff', actor: 'system' },
      publish: { from: 'approved', to: 'published', channel: 'publish', actor: 'editor' },
      correct: { from: 'published', to: 'drafting', channel: 'corrections', actor: 'editor' },
      retract: { from: 'published', to: 'retracted', channel: 'retract', actor: 'editor' },
    };
    for (const state of TICKET_STATUSES) {
      for (const action of LIFECYCLE_ACTIONS) {
        for (const actor of ACTORS) {
          for (const channel of CHANNELS) {
            const decision = decide(state, action, actor, { assigned: true, hasResearcher: true, channel });
            const rule = LIFECYCLE.find((candidate) => candidate.action === action)!;
            if (!rule.from.includes(state) || !rule.via.includes(channel)) {
              expect(decision).toMatchObject({ ok: false, kind: 'invalid_transition' });
              continue;
            }
            const special = dedicated[action];
            if (special) {
              const allowed = special.actor === 'system' ? actor === 'system' : actor === 'editor' || actor === 'admin';
              expect(decision.ok).toBe(allowed);
              if (allowed) expect(decision).toMatchObject({ from: special.from, to: special.to });
              else expect(decision).toMatchObject({ kind: 'forbidden' });
            } else if (actor === 'system') {
              // The desk never makes members' moves.
              expect(decision).toMatchObject({ ok: false, kind: 'forbidden' });
            }
          }
        }
      }
    }
  });

  it('lets request_changes come from the sign-off route too, but never publish or approve from transitions', () => {
    expect(decide('in_review', 'request_changes', 'reviewer', { assigned: false, hasResearcher: true, channel: 'signoff' }).ok).toBe(true);
    expect(decide('in_review', 'approve', 'admin', { assigned: true, hasResearcher: true, channel: 'transitions' })).toMatchObject({ ok: false, kind: 'invalid_transition' });
    expect(decide('approved', 'publish', 'editor', { assigned: true, hasResearcher: true, channel: 'transitions' })).toMatchObject({ ok: false, kind: 'invalid_transition' });
  });

  it('assignment moves a new ticket to assigned through the assignees route, for editors, once a researcher is there', () => {
    expect(decide('new', 'assign', 'editor', { assigned: false, hasResearcher: true, channel: 'assignees' })).toMatchObject({ ok: true, to: 'assigned' });
    expect(decide('new', 'assign', 'reviewer', { assigned: false, hasResearcher: true, channel: 'assignees' })).toMatchObject({ kind: 'forbidden' });
    expect(decide('assigned', 'assign', 'editor', { assigned: false, hasResearcher: true, channel: 'assignees' })).toMatchObject({ kind: 'invalid_transition' });
  });
});
