import { describe, expect, it } from '@jest/globals';
import { describeEntry, type EntryWords, ratingLabel } from '../../../client/src/ticket/history-words.js';
import { nextSteps, type StepTicket } from '../../../client/src/ticket/next-steps.js';
import type { Role } from '../../../src/access/roles.js';
import { DEFAULT_RATING_SCALE } from '../../../src/newsrooms/newsroom-settings.js';

const ME = 'u-me';
const ticket = (overrides: Partial<StepTicket> = {}): StepTicket => ({ status: 'new', rating: null, summary: null, assignees: [], ...overrides });
const member = (role: Role) => ({ role });
const researcher = { userId: ME, role: 'researcher' };
const on = { selfAssignment: true };

describe('ticket screen: next steps', () => {
  it('offers "Take this ticket" to a researcher on a new ticket when the newsroom allows it, and not otherwise', () => {
    expect(nextSteps(ticket(), member('researcher'), ME, on).map((step) => [step.label, step.blocked])).toEqual([['Take this ticket', undefined]]);
    expect(nextSteps(ticket(), member('researcher'), ME, { selfAssignment: false })).toEqual([]);
    // Settings not loaded yet: nothing is offered that the newsroom may refuse.
    expect(nextSteps(ticket(), member('researcher'), ME)).toEqual([]);
    expect(nextSteps(ticket(), member('viewer'), ME, on)).toEqual([]);
    // Already has its researcher (a reopened ticket): shown as blocked, with the reason.
    expect(nextSteps(ticket({ assignees: [{ ...researcher, userId: 'u-other' }] }), member('reviewer'), ME, on)).toEqual([
      expect.objectContaining({ action: 'take', blocked: 'This ticket already has a researcher: ask an editor to add you to it.' }),
    ]);
  });

  it('shows "Submit for review" without a verdict as blocked, saying what is missing', () => {
    const drafting = ticket({ status: 'drafting', assignees: [researcher] });
    const [submit] = nextSteps(drafting, member('researcher'), ME, on);
    expect(submit).toMatchObject({ action: 'submit', label: 'Submit for review', blocked: 'Set a rating and a summary before submitting for review.' });
    expect(nextSteps({ ...drafting, rating: 'false', summary: '  ' }, member('researcher'), ME, on)[0]!.blocked).toBeDefined();
    const ready = nextSteps({ ...drafting, rating: 'false', summary: 'Not so.' }, member('researcher'), ME, on);
    expect(ready.map((step) => [step.action, step.blocked])).toEqual([['submit', undefined]]);
  });

  it('leaves out moves refused for the role, and "Mark assigned" without a researcher', () => {
    expect(nextSteps(ticket({ status: 'drafting', rating: 'false', summary: 'x' } ), member('researcher'), ME, on)).toEqual([]);
    const editor = nextSteps(ticket(), member('editor'), ME, on).map((step) => step.action);
    expect(editor).toEqual(['take', 'reject']);
  });
});

describe('ticket screen: history in words', () => {
  const nameOf = (id: unknown) => (id === 'u-ana' ? 'Ana' : 'someone');
  const entry = (action: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null): EntryWords => ({ action, before, after });

  it("shows ratings by the newsroom's label, and a key the scale lost as stored", () => {
    expect(describeEntry(entry('verdict.set', { rating: null }, { rating: 'mostly-false', summary: 'x' }), nameOf, DEFAULT_RATING_SCALE)).toBe('set the verdict: Mostly false');
    const custom = [{ ...DEFAULT_RATING_SCALE[0]!, key: 'pants-on-fire', label: 'Pants on fire' }];
    expect(describeEntry(entry('verdict.set', null, { rating: 'pants-on-fire' }), nameOf, custom)).toBe('set the verdict: Pants on fire');
    expect(ratingLabel('retired-key', custom)).toBe('retired-key');
    expect(ratingLabel('false', undefined)).toBe('false');
  });

  it('reads one entry per action: assignment with its move, taking, publishing with its version', () => {
    expect(describeEntry(entry('ticket.assigned', { userId: 'u-ana', role: null, status: 'new' }, { userId: 'u-ana', role: 'researcher', status: 'assigned' }), nameOf)).toBe(
      'assigned Ana as researcher (new → assigned)',
    );
    expect(describeEntry(entry('ticket.assigned', { userId: 'u-ana', role: null }, { userId: 'u-ana', role: 'reviewer' }), nameOf)).toBe('assigned Ana as reviewer');
    expect(describeEntry(entry('ticket.taken', { status: 'new' }, { status: 'researching', userId: 'u-ana' }), nameOf)).toBe('took the ticket (new → researching)');
    expect(describeEntry(entry('verdict.published', { status: 'approved', version: 7 }, { status: 'published', publicationVersion: 2 }), nameOf)).toBe('published the verdict (version 2)');
    expect(describeEntry(entry('ticket.transitioned', { status: 'in_review' }, { status: 'drafting' }), nameOf)).toBe('moved the ticket: in review → drafting');
    expect(describeEntry(entry('signoff.given', { status: 'in_review' }, { status: 'drafting', decision: 'request_changes' }), nameOf)).toBe('asked for changes (in review → drafting)');
    expect(describeEntry(entry('signoff.given', null, { decision: 'approve' }), nameOf)).toBe('approved this version');
  });
});
