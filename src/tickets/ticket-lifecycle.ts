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
  'take',
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
export type TransitionChannel = 'transitions' | 'assignees' | 'take' | 'signoff' | 'publish' | 'corrections' | 'retract';

/**
 * Who may make a move:
 * - `writer`: whoever may work on this ticket (researchers assigned to it, any reviewer, editors);
 * - `researcher`, `reviewer`, `editor`: that role or higher, on any ticket;
 * - `system`: only the desk itself, when a policy is met (never a member's request).
 */
export type TransitionActor = 'writer' | 'researcher' | 'reviewer' | 'editor' | 'system';

/** What the ticket's content must hold before a move: a verdict (rating and summary), a write-up that is not blank. */
export type ContentRequirement = 'verdict' | 'writeup';

export interface TransitionRule {
  action: LifecycleAction;
  from: readonly TicketStatus[];
  to: TicketStatus;
  who: TransitionActor;
  via: readonly TransitionChannel[];
  needs?: readonly ContentRequirement[];
}

export const LIFECYCLE: readonly TransitionRule[] = [
  { action: 'assign', from: ['new'], to: 'assigned', who: 'editor', via: ['assignees', 'transitions'] },
  // Assigning oneself as researcher and starting, in one move, where the newsroom allows it.
  { action: 'take', from: ['new'], to: 'researching', who: 'researcher', via: ['take'] },
  { action: 'start', from: ['assigned'], to: 'researching', who: 'writer', via: ['transitions'] },
  { action: 'draft', from: ['researching'], to: 'drafting', who: 'writer', via: ['transitions'] },
  { action: 'submit', from: ['drafting'], to: 'in_review', who: 'writer', via: ['transitions'], needs: ['verdict'] },
  { action: 'request_changes', from: ['in_review'], to: 'drafting', who: 'reviewer', via: ['transitions', 'signoff'] },
  { action: 'approve', from: ['in_review'], to: 'approved', who: 'system', via: ['signoff'], needs: ['verdict', 'writeup'] },
  { action: 'send_back', from: ['approved'], to: 'drafting', who: 'editor', via: ['transitions'] },
  { action: 'publish', from: ['approved'], to: 'published', who: 'editor', via: ['publish'], needs: ['verdict', 'writeup'] },
  { action: 'correct', from: ['published'], to: 'drafting', who: 'editor', via: ['corrections'] },
  { action: 'retract', from: ['published'], to: 'retracted', who: 'editor', via: ['retract'] },
  { action: 'reject', from: ['new', 'assigned', 'researching', 'drafting', 'in_review'], to: 'rejected', who: 'editor', via: ['transitions'] },
  { action: 'reopen', from: ['rejected'], to: 'new', who: 'editor', via: ['transitions'] },
];

/** The acting party: a member's role in the newsroom, or the desk itself. */
export type LifecycleActor = Role | 'system';

/**
 * What the judge needs to know beyond state and role. The content facts are
 * optional so that callers of moves that do not need them need not gather
 * them; a move that needs one treats an absent fact as missing, so a caller
 * that forgets to gather it is refused rather than let through.
 */
export interface TransitionFacts {
  /** The acting member is assigned to the ticket. */
  assigned: boolean;
  /** At least one researcher is (or is being) assigned to the ticket. */
  hasResearcher: boolean;
  /** The route the request came through. */
  channel: TransitionChannel;
  /** The verdict has a rating and a summary that is not blank. */
  hasVerdict?: boolean;
  /** The write-up's canonical text (the one the content hash covers) is not blank. */
  hasWriteup?: boolean;
  /** The newsroom lets members take a new ticket themselves (setting `selfAssignment`). */
  selfAssignment?: boolean;
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
    case 'researcher':
      return atLeast(actor, 'researcher');
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
  if (!rule.from.includes(state)) return refuse('invalid_transition', notFromHere(state, action));
  if (!rule.via.includes(facts.channel)) return refuse('invalid_transition', wrongRoute(state, rule));
  if (!actorMay(rule.who, actor, facts.assigned)) {
    return refuse('forbidden', describeWho(rule.who, rule.action));
  }
  if (action === 'assign' && !facts.hasResearcher) {
    return refuse('state_conflict', 'Assign a researcher first: a ticket becomes "assigned" when it has one.');
  }
  if (action === 'take') {
    if (facts.selfAssignment !== true && !(actor !== 'system' && atLeast(actor, 'editor'))) {
      return refuse('forbidden', 'This newsroom does not let members take tickets themselves: ask an editor to assign you.');
    }
    if (facts.hasResearcher) return refuse('state_conflict', 'This ticket already has a researcher: ask an editor to add you to it.');
  }
  const missing = missingContent(action, facts);
  if (missing) return refuse('state_conflict', missing);
  return { ok: true, action, from: state, to: rule.to };
}

const GERUND: Partial<Record<LifecycleAction, string>> = { submit: 'submitting for review', approve: 'approving', publish: 'publishing' };

/**
 * Why the ticket's content is not ready for `action`, in words a member acts
 * on; undefined when it is. The sign-off policy asks this too, so approving
 * and publishing refuse the same content for the same reason.
 */
export function missingContent(action: LifecycleAction, facts: Pick<TransitionFacts, 'hasVerdict' | 'hasWriteup'>): string | undefined {
  const needs = ruleOf(action).needs ?? [];
  const before = GERUND[action] ?? action.replace('_', ' ');
  if (needs.includes('verdict') && facts.hasVerdict !== true) return `Set a rating and a summary before ${before}.`;
  if (needs.includes('writeup') && facts.hasWriteup !== true) return `The write-up is empty: write the explanation before ${before}.`;
  return undefined;
}

/** The moves that carry a ticket forward, in the order a ticket normally makes them; refusals name the ones still to do. */
const FORWARD: readonly LifecycleAction[] = ['assign', 'start', 'draft', 'submit', 'approve', 'publish'];

const STEP_WORDS: Record<LifecycleAction, { todo: string; verb: string }> = {
  assign: { todo: 'assign a researcher', verb: 'be assigned' },
  take: { todo: 'take it', verb: 'be taken' },
  start: { todo: 'start research', verb: 'start research' },
  draft: { todo: 'start drafting', verb: 'start drafting' },
  submit: { todo: 'submit it for review', verb: 'be submitted for review' },
  request_changes: { todo: 'request changes', verb: 'be sent back with changes requested' },
  approve: { todo: 'get the approvals the sign-off policy asks for', verb: 'be approved' },
  send_back: { todo: 'send it back', verb: 'be sent back' },
  publish: { todo: 'publish it', verb: 'be published' },
  correct: { todo: 'reopen it for a correction', verb: 'be corrected' },
  retract: { todo: 'retract it', verb: 'be retracted' },
  reject: { todo: 'reject it', verb: 'be rejected' },
  reopen: { todo: 'reopen it', verb: 'be reopened' },
};

/** The shortest run of forward moves from `state` to a state where `action` applies (empty if none). */
function forwardPath(state: TicketStatus, action: LifecycleAction): LifecycleAction[] {
  const targets = ruleOf(action).from;
  const queue: { at: TicketStatus; path: LifecycleAction[] }[] = [{ at: state, path: [] }];
  const seen = new Set<TicketStatus>([state]);
  while (queue.length > 0) {
    const { at, path } = queue.shift()!;
    for (const step of FORWARD) {
      const rule = ruleOf(step);
      if (!rule.from.includes(at) || seen.has(rule.to)) continue;
      const next = [...path, step];
      if (targets.includes(rule.to)) return next;
      seen.add(rule.to);
      queue.push({ at: rule.to, path: next });
    }
  }
  return [];
}

/** Says what is missing, not only that the move does not exist here: "First assign a researcher, then start research: ...". */
function notFromHere(state: TicketStatus, action: LifecycleAction): string {
  const verb = STEP_WORDS[action].verb;
  if (state === 'retracted') return `The verdict was retracted, which is final: this ticket cannot ${verb}.`;
  const steps = state === 'rejected' ? ['reopen' as const, ...forwardPathFrom('new', action)] : forwardPath(state, action);
  if (steps.length === 0) return `A ticket that is "${state}" is past that step: it cannot ${verb}.`;
  const todo = steps.map((step) => STEP_WORDS[step].todo).join(', then ');
  return `First ${todo}: a ticket that is "${state}" cannot ${verb} yet.`;
}

function forwardPathFrom(state: TicketStatus, action: LifecycleAction): LifecycleAction[] {
  return ruleOf(action).from.includes(state) ? [] : forwardPath(state, action);
}

function wrongRoute(state: TicketStatus, rule: TransitionRule): string {
  if (rule.who === 'system') return `"${state}" → "${rule.to}" happens by itself once the sign-off policy is met.`;
  if (rule.action === 'take') return 'Assign a researcher first, or take the ticket yourself ("Take this ticket").';
  return `"${state}" → "${rule.to}" is done through the ${rule.via[0]} route.`;
}

function describeWho(who: TransitionActor, action: LifecycleAction): string {
  switch (who) {
    case 'writer':
      return `Only researchers assigned to this ticket, reviewers and editors may ${action.replace('_', ' ')} it.`;
    case 'researcher':
      return `Only researchers, reviewers and editors may ${action.replace('_', ' ')} a ticket.`;
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
  if (action) return decide(state, action, actor, facts);
  // No move from here: explain with the forward move that leads to `to`, when there is one ("First start drafting: ...").
  const forward = FORWARD.find((candidate) => ruleOf(candidate).to === to);
  if (forward && state !== to) return refuse('invalid_transition', notFromHere(state, forward));
  return refuse('invalid_transition', `A ticket cannot move from "${state}" to "${to}".`);
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
