import { describe, expect, it } from '@jest/globals';
import { ROLES, type Role } from '../../../src/access/roles.js';
import {
  decide,
  decideMove,
  LIFECYCLE,
  LIFECYCLE_ACTIONS,
  lifecycleProblems,
  missingContent,
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

const CHANNELS: TransitionChannel[] = ['transitions', 'assignees', 'take', 'signoff', 'publish', 'corrections', 'retract'];
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
              for (const hasVerdict of [false, true]) {
                const decision = decideMove(from, to, role, { assigned, hasResearcher, hasVerdict, channel: 'transitions' });
                const who = MANUAL[`${from}>${to}`];
                checked++;
                if (!who) {
                  expect(decision).toMatchObject({ ok: false, kind: 'invalid_transition' });
                } else if (!mayAct(who, role, assigned)) {
                  expect(decision).toMatchObject({ ok: false, kind: 'forbidden' });
                } else if (from === 'new' && to === 'assigned' && !hasResearcher) {
                  expect(decision).toMatchObject({ ok: false, kind: 'state_conflict' });
                } else if (from === 'drafting' && to === 'in_review' && !hasVerdict) {
                  expect(decision).toMatchObject({ ok: false, kind: 'state_conflict', reason: 'Set a rating and a summary before submitting for review.' });
                } else {
                  expect(decision).toMatchObject({ ok: true, from, to });
                }
              }
            }
          }
        }
      }
    }
    expect(checked).toBe(9 * 9 * 5 * 8);
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
            const decision = decide(state, action, actor, { assigned: true, hasResearcher: true, hasVerdict: true, hasWriteup: true, selfAssignment: true, channel });
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
            } else if (action === 'take') {
              // Taking is for researchers and up, and never for a ticket that already has its researcher.
              expect(decision).toMatchObject(actor === 'system' || actor === 'viewer' ? { kind: 'forbidden' } : { kind: 'state_conflict' });
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

  it('takes a new ticket without a researcher for researchers and up, where the newsroom allows it (editors always)', () => {
    const facts = { assigned: false, hasResearcher: false, channel: 'take' as const, selfAssignment: true };
    for (const role of ['researcher', 'reviewer', 'editor', 'admin'] as const) {
      expect(decide('new', 'take', role, facts)).toMatchObject({ ok: true, from: 'new', to: 'researching' });
    }
    expect(decide('new', 'take', 'viewer', facts)).toMatchObject({ kind: 'forbidden' });
    expect(decide('new', 'take', 'system', facts)).toMatchObject({ kind: 'forbidden' });
    const off = { ...facts, selfAssignment: false };
    expect(decide('new', 'take', 'researcher', off)).toMatchObject({ kind: 'forbidden', reason: expect.stringMatching(/ask an editor to assign you/) });
    expect(decide('new', 'take', 'reviewer', { ...facts, selfAssignment: undefined })).toMatchObject({ kind: 'forbidden' });
    expect(decide('new', 'take', 'editor', off)).toMatchObject({ ok: true });
    expect(decide('new', 'take', 'researcher', { ...facts, hasResearcher: true })).toMatchObject({ kind: 'state_conflict', reason: expect.stringMatching(/already has a researcher/) });
    expect(decide('assigned', 'take', 'researcher', facts)).toMatchObject({ kind: 'invalid_transition' });
    // The generic route does not take: the refusal points at what to do.
    expect(decideMove('new', 'researching', 'researcher', { ...facts, channel: 'transitions' })).toMatchObject({
      kind: 'invalid_transition',
      reason: 'Assign a researcher first, or take the ticket yourself ("Take this ticket").',
    });
  });

  it('needs a verdict to submit, and a verdict and a written write-up to approve and publish; an unknown fact counts as missing', () => {
    const base = { assigned: true, hasResearcher: true };
    expect(decide('drafting', 'submit', 'researcher', { ...base, channel: 'transitions' })).toMatchObject({ kind: 'state_conflict', reason: 'Set a rating and a summary before submitting for review.' });
    expect(decide('drafting', 'submit', 'researcher', { ...base, channel: 'transitions', hasVerdict: true })).toMatchObject({ ok: true });
    const approve = { ...base, channel: 'signoff' as const };
    expect(decide('in_review', 'approve', 'system', { ...approve, hasVerdict: true })).toMatchObject({ kind: 'state_conflict', reason: 'The write-up is empty: write the explanation before approving.' });
    expect(decide('in_review', 'approve', 'system', { ...approve, hasWriteup: true })).toMatchObject({ reason: 'Set a rating and a summary before approving.' });
    expect(decide('in_review', 'approve', 'system', { ...approve, hasVerdict: true, hasWriteup: true })).toMatchObject({ ok: true, to: 'approved' });
    const publish = { ...base, channel: 'publish' as const, hasVerdict: true };
    expect(decide('approved', 'publish', 'editor', { ...publish, hasWriteup: false })).toMatchObject({ reason: 'The write-up is empty: write the explanation before publishing.' });
    expect(decide('approved', 'publish', 'editor', { ...publish, hasWriteup: true })).toMatchObject({ ok: true });
    // The role is judged before the content: a researcher hears about the role.
    expect(decide('approved', 'publish', 'researcher', { ...publish, hasWriteup: false })).toMatchObject({ kind: 'forbidden' });
    // Moves without content requirements ignore the content facts.
    for (const action of LIFECYCLE_ACTIONS) {
      const needs = LIFECYCLE.find((rule) => rule.action === action)!.needs ?? [];
      expect([action, missingContent(action, {}) === undefined]).toEqual([action, needs.length === 0]);
    }
  });

  it('says which moves are still to make when a move does not exist from here', () => {
    const facts = { assigned: true, hasResearcher: true, channel: 'transitions' as const, hasVerdict: true };
    expect(decide('new', 'start', 'editor', facts)).toMatchObject({ kind: 'invalid_transition', reason: 'First assign a researcher: a ticket that is "new" cannot start research yet.' });
    expect(decide('assigned', 'submit', 'editor', facts)).toMatchObject({
      reason: 'First start research, then start drafting: a ticket that is "assigned" cannot be submitted for review yet.',
    });
    expect(decideMove('drafting', 'approved', 'editor', facts)).toMatchObject({ reason: 'First submit it for review: a ticket that is "drafting" cannot be approved yet.' });
    expect(decideMove('researching', 'published', 'editor', facts)).toMatchObject({
      reason: 'First start drafting, then submit it for review, then get the approvals the sign-off policy asks for: a ticket that is "researching" cannot be published yet.',
    });
    expect(decide('rejected', 'start', 'editor', facts)).toMatchObject({ reason: 'First reopen it, then assign a researcher: a ticket that is "rejected" cannot start research yet.' });
    expect(decide('drafting', 'start', 'editor', facts)).toMatchObject({ reason: 'A ticket that is "drafting" is past that step: it cannot start research.' });
    expect(decide('retracted', 'reopen', 'editor', facts)).toMatchObject({ reason: expect.stringMatching(/retracted, which is final/) });
  });
});
