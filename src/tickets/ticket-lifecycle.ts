import { can } from '../access/permissions.js';
import { atLeast, type Role } from '../access/roles.js';
import { TICKET_STATUSES, type TicketStatus } from './ticket-status.js';

/**
 * The ticket lifecycle as data: every move a ticket can make, who may make it
 * and through which door of the API. `decide` is the only judge of a
 * transition; services, the sign-off policy and publishing all ask it.
 */
export const LIFECYCLE_ACTIONS = [
  'assign',
  'start',
  'draft',
  'submit',
  'request_changes',
  'approve',
  'send_back',
  'publish',
  'correct',
  'retract',
  'reject',
  'reopen',
] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];

/** Where a transition may be asked for: the generic transitions route, or a dedicated use case. */
export type TransitionChannel = 'transitions' | 'assignees' | 'signoff' | 'publish' | 'corrections' | 'retract';

/**
 * Who may make a move:
 * - `writer`: whoever may work on this ticket (researchers assigned to it, any reviewer, editors);
 * - `reviewer`, `editor`: that role or higher, on any ticket;
 * - `system`: only the desk itself, when a policy is met (never a member's request).
 */
export type TransitionActor = 'writer' | 'reviewer' | 'editor' | 'system';

export interface TransitionRule {
  action: LifecycleAction;
  from: readonly TicketStatus[];
  to: TicketStatus;
  who: TransitionActor;
  via: readonly TransitionChannel[];
}

export const LIFECYCLE: readonly TransitionRule[] = [
  { action: 'assign', from: ['new'], to: 'assigned', who: 'editor', via: ['assignees', 'transitions'] },
  { action: 'start', from: ['assigned'], to: 'researching', who: 'writer', via: ['transitions'] },
  { action: 'draft', from: ['researching'], to: 'drafting', who: 'writer', via: ['transitions'] },
  { action: 'submit', from: ['drafting'], to: 'in_review', who: 'writer', via: ['transitions'] },
  { action: 'request_changes', from: ['in_review'], to: 'drafting', who: 'reviewer', via: ['transitions', 'signoff'] },
  { action: 'approve', from: ['in_review'], to: 'approved', who: 'system', via: ['signoff'] },
  { action: 'send_back', from: ['approved'], to: 'drafting', who: 'editor', via: ['transitions'] },
  { action: 'publish', from: ['approved'], to: 'published', who: 'editor', via: ['publish'] },
  { action: 'correct', from: ['published'], to: 'drafting', who: 'editor', via: ['corrections'] },
  { action: 'retract', from: ['published'], to: 'retracted', who: 'editor', via: ['retract'] },
  { action: 'reject', from: ['new', 'assigned', 'researching', 'drafting', 'in_review'], to: 'rejected', who: 'editor', via: ['transitions'] },
  { action: 'reopen', from: ['rejected'], to: 'new', who: 'editor', via: ['transitions'] },
];

/** The acting party: a member's role in the newsroom, or the desk itself. */
export type LifecycleActor = Role | 'system';

export interface TransitionFacts {
  /** The acting member is assigned to the ticket. */
  assigned: boolean;
  /** At least one researcher is (or is being) assigned to the ticket. */
  hasResearcher: boolean;
  /** The route the request came through. */
  channel: TransitionChannel;
}

export type RefusalKind = 'invalid_transition' | 'forbidden' | 'state_conflict';

export type Decision =
  | { ok: true; action: LifecycleAction; from: TicketStatus; to: TicketStatus }
  | { ok: false; kind: RefusalKind; reason: string };

const refuse = (kind: RefusalKind, reason: string): Decision => ({ ok: false, kind, reason });

export function ruleOf(action: LifecycleAction): TransitionRule {
  const rule = LIFECYCLE.find((candidate) => candidate.action === action);
  if (!rule) throw new Error(`no lifecycle rule for ${action}`);
  return rule;
}

/** The action that moves a ticket from `from` to `to`, if any (pairs are unique). */
export function actionFor(from: TicketStatus, to: TicketStatus): LifecycleAction | undefined {
  return LIFECYCLE.find((rule) => rule.to === to && rule.from.includes(from))?.action;
}

function actorMay(who: TransitionActor, actor: LifecycleActor, assigned: boolean): boolean {
  if (actor === 'system') return who === 'system';
  switch (who) {
    case 'writer':
      return can(actor, 'ticket.transition', { assigned });
    case 'reviewer':
      return atLeast(actor, 'reviewer');
    case 'editor':
      return atLeast(actor, 'editor');
    case 'system':
      return false;
  }
}

/**
 * Decides one transition. Order matters and is part of the contract: a move
 * that does not exist from this state (or not through this route) is a state
 * problem (409) whoever asks; only then is the role checked (403); facts come last.
 */
export function decide(state: TicketStatus, action: LifecycleAction, actor: LifecycleActor, facts: TransitionFacts): Decision {
  const rule = ruleOf(action);
  if (!rule.from.includes(state)) {
    return refuse('invalid_transition', `A ticket in state "${state}" cannot ${action.replace('_', ' ')}.`);
  }
  if (!rule.via.includes(facts.channel)) {
    return refuse(
      'invalid_transition',
      rule.who === 'system'
        ? `"${state}" → "${rule.to}" happens by itself once the sign-off policy is met.`
        : `"${state}" → "${rule.to}" is done through the ${rule.via[0]} route.`,
    );
  }
  if (!actorMay(rule.who, actor, facts.assigned)) {
    return refuse('forbidden', describeWho(rule.who, rule.action));
  }
  if (action === 'assign' && !facts.hasResearcher) {
    return refuse('state_conflict', 'Assign a researcher first: a ticket becomes "assigned" when it has one.');
  }
  return { ok: true, action, from: state, to: rule.to };
}

function describeWho(who: TransitionActor, action: LifecycleAction): string {
  switch (who) {
    case 'writer':
      return `Only researchers assigned to this ticket, reviewers and editors may ${action.replace('_', ' ')} it.`;
    case 'reviewer':
      return `Only reviewers and editors may ${action.replace('_', ' ')} a ticket.`;
    case 'editor':
      return `Only editors may ${action.replace('_', ' ')} a ticket.`;
    case 'system':
      return 'This transition is made by the desk, not by a member.';
  }
}

/** Decides a `{ to }` request made through a given route. */
export function decideMove(state: TicketStatus, to: TicketStatus, actor: LifecycleActor, facts: TransitionFacts): Decision {
  const action = actionFor(state, to);
  if (!action) return refuse('invalid_transition', `A ticket cannot move from "${state}" to "${to}".`);
  return decide(state, action, actor, facts);
}

/**
 * Problems with the table itself; empty when it is sound. Checked by the unit
 * tests and again at start-up, so a bad edit cannot ship.
 */
export function lifecycleProblems(rules: readonly TransitionRule[] = LIFECYCLE): string[] {
  const problems: string[] = [];
  const actions = new Set<string>();
  const pairs = new Set<string>();
  for (const rule of rules) {
    if (actions.has(rule.action)) problems.push(`action ${rule.action} is defined twice`);
    actions.add(rule.action);
    if (rule.via.length === 0) problems.push(`action ${rule.action} has no route`);
    if (rule.who === 'system' && rule.via.includes('transitions')) problems.push(`system action ${rule.action} is open to members`);
    for (const from of rule.from) {
      if (from === rule.to) problems.push(`action ${rule.action} loops on ${from}`);
      const pair = `${from}->${rule.to}`;
      if (pairs.has(pair)) problems.push(`${pair} is reachable by two actions`);
      pairs.add(pair);
    }
  }
  for (const action of LIFECYCLE_ACTIONS) if (!actions.has(action)) problems.push(`action ${action} has no rule`);
  // Every state must be reachable from "new" and every state must have a way out except the terminal ones.
  const reachable = new Set<TicketStatus>(['new']);
  for (let grew = true; grew; ) {
    grew = false;
    for (const rule of rules) {
      if (!reachable.has(rule.to) && rule.from.some((from) => reachable.has(from))) {
        reachable.add(rule.to);
        grew = true;
      }
    }
  }
  const terminal: readonly TicketStatus[] = ['retracted'];
  for (const status of TICKET_STATUSES) {
    if (!reachable.has(status)) problems.push(`state ${status} is unreachable`);
    if (!terminal.includes(status) && !rules.some((rule) => rule.from.includes(status))) problems.push(`state ${status} has no way out`);
  }
  return problems;
}

export function assertLifecycleConsistent(): void {
  const problems = lifecycleProblems();
  if (problems.length > 0) throw new Error(`ticket lifecycle is inconsistent: ${problems.join('; ')}`);
}
