import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Role } from '../../../src/access/roles.js';
import { DEFAULT_SIGNOFF_POLICY } from '../../../src/newsrooms/newsroom-settings.js';
import { evaluatePolicy, type SignoffFact } from '../../../src/signoffs/signoff-policy.js';
import { addMember, assign, closeDb, createTicket, createUser, db, type TestUser } from '../../support/factories.js';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { DeskFlow } from './desk-flow.js';

type Kind = 'edit' | 'verdict' | 'approve' | 'request_changes' | 'submit' | 'send_back' | 'publish' | 'correct';
interface Step {
  kind: Kind;
  who: number;
  text: string;
}

const EDITABLE = ['researching', 'drafting', 'in_review'];

/**
 * Random sequences of actions by random members, live write-up edits
 * included, through the real API. Whatever happens, every publication's hash
 * is covered by a satisfied policy of approvals given on exactly that hash and
 * not withdrawn before it was published.
 */
describe('sign-off invariant under random action sequences', () => {
  let desk: TestDesk;
  let flow: DeskFlow;
  let members: { user: TestUser; role: Role }[];
  let publications = 0;

  beforeAll(async () => {
    desk = await startDesk();
    flow = await DeskFlow.create(desk.baseUrl);
    const extra = async (role: Role) => {
      const user = await createUser({ displayName: `second ${role}` });
      await addMember(flow.staff.newsroom, user, role);
      return { user, role };
    };
    const { researcher, reviewer, editor, admin } = flow.staff;
    members = [
      { user: researcher, role: 'researcher' },
      { user: reviewer, role: 'reviewer' },
      await extra('reviewer'),
      { user: editor, role: 'editor' },
      await extra('editor'),
      { user: admin, role: 'admin' },
    ];
  });
  afterAll(async () => {
    await desk.close();
    await closeDb();
  });

  const step: fc.Arbitrary<Step> = fc.record({
    kind: fc.oneof(
      { arbitrary: fc.constant<Kind>('approve'), weight: 8 },
      { arbitrary: fc.constant<Kind>('edit'), weight: 2 },
      { arbitrary: fc.constant<Kind>('verdict'), weight: 1 },
      { arbitrary: fc.constant<Kind>('submit'), weight: 2 },
      { arbitrary: fc.constant<Kind>('publish'), weight: 4 },
      { arbitrary: fc.constant<Kind>('request_changes'), weight: 1 },
      { arbitrary: fc.constant<Kind>('send_back'), weight: 1 },
      { arbitrary: fc.constant<Kind>('correct'), weight: 1 },
    ),
    who: fc.nat(5),
    text: fc.string({ minLength: 1, maxLength: 8 }),
  });

  async function run(steps: Step[]): Promise<void> {
    const { researcher } = flow.staff;
    const ticket = await createTicket(flow.staff.newsroom, researcher, { status: 'in_review', rating: 'false', summary: 'Not so.', ratingSetBy: researcher.id });
    await assign(ticket, researcher, flow.staff.editor);
    for (const { kind, who, text } of steps) {
      // Random members, but mostly ones whose role may try the action, so runs get somewhere; refusals by role are covered elsewhere.
      const index = kind === 'approve' ? 1 + (who % 5) : ['publish', 'correct', 'send_back'].includes(kind) ? 3 + (who % 3) : who;
      const actor = members[index]!.user;
      const { status } = await flow.ticket(ticket.id);
      let response: { status: number; body: unknown } | undefined;
      switch (kind) {
        case 'edit':
          if (EDITABLE.includes(status)) await flow.editWriteup(ticket.id, actor, text);
          break;
        case 'verdict':
          response = await flow.setVerdict(ticket.id, actor, text.length % 2 ? 'false' : 'mostly-false', `Summary ${text}`);
          break;
        case 'approve':
        case 'request_changes':
          response = await flow.signoff(ticket.id, actor, kind);
          break;
        case 'submit':
          response = await flow.transition(ticket.id, 'in_review', actor);
          break;
        case 'send_back':
          response = await flow.transition(ticket.id, 'drafting', actor);
          break;
        case 'publish':
          response = await flow.publish(ticket.id, actor);
          if (response.status === 200) {
            publications++;
            // The published hash is the hash of the content as it now stands (frozen).
            expect((response.body as { contentHash: string }).contentHash).toBe((await flow.signoffs(ticket.id)).body.contentHash);
          }
          break;
        case 'correct':
          response = await flow.correct(ticket.id, `Correction ${text}`, actor);
          break;
      }
      if (response && response.status >= 500) throw new Error(`${kind}: ${response.status} ${JSON.stringify(response.body)}`);
    }
    await assertEveryPublicationCovered(ticket.id, researcher.id);
  }

  it('never publishes a hash without a satisfied policy of non-stale approvals', async () => {
    // One known path through edit, staleness, publication, correction and republication always runs too.
    const known: Step[] = [
      { kind: 'approve', who: 0, text: 'a' }, // reviewer
      { kind: 'edit', who: 0, text: 'changed' }, // makes it stale
      { kind: 'approve', who: 2, text: 'b' }, // editor: not enough alone
      { kind: 'approve', who: 0, text: 'c' }, // reviewer again: approved
      { kind: 'publish', who: 0, text: 'd' },
      { kind: 'correct', who: 1, text: 'e' },
      { kind: 'edit', who: 3, text: 'fixed' },
      { kind: 'submit', who: 0, text: 'f' },
      { kind: 'approve', who: 1, text: 'g' },
      { kind: 'approve', who: 3, text: 'h' },
      { kind: 'publish', who: 2, text: 'i' },
    ];
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 6, maxLength: 12 }), run), { numRuns: 20, endOnFailure: true, examples: [[known]] });
    // The runs must actually reach publication, or the property says nothing.
    expect(publications).toBeGreaterThanOrEqual(2);
  }, 120_000);
});

async function assertEveryPublicationCovered(ticketId: string, initialSetter: string): Promise<void> {
  const { rows: published } = await db().query<{ version: number; content_hash: string; published_at: Date }>(
    `SELECT version, content_hash, published_at FROM publications WHERE ticket_id = $1 ORDER BY version`,
    [ticketId],
  );
  const { rows: signoffs } = await db().query<{ id: string; user_id: string; role: Role; decision: SignoffFact['decision']; content_hash: string; invalidated_at: Date | null; created_at: Date }>(
    `SELECT id, user_id, role, decision, content_hash, invalidated_at, created_at FROM signoffs WHERE ticket_id = $1`,
    [ticketId],
  );
  // Who had set the rating when each version was published: the history records every verdict change.
  const { rows: verdicts } = await db().query<{ at: Date; setter: string | null }>(
    `SELECT at, after ->> 'ratingSetBy' AS setter FROM audit_entries WHERE ticket_id = $1 AND action = 'verdict.set' ORDER BY seq`,
    [ticketId],
  );
  const setterAt = (moment: Date) => verdicts.filter((entry) => entry.at <= moment).at(-1)?.setter ?? initialSetter;
  for (const publication of published) {
    const asOfThen = signoffs
      .filter((s) => s.created_at <= publication.published_at)
      .map(
        (s): SignoffFact => ({
          id: s.id,
          userId: s.user_id,
          role: s.role,
          decision: s.decision,
          contentHash: s.content_hash,
          invalidated: s.invalidated_at !== null && s.invalidated_at <= publication.published_at,
          givenAt: s.created_at,
        }),
      );
    const outcome = evaluatePolicy(DEFAULT_SIGNOFF_POLICY, asOfThen, { ratingSetBy: setterAt(publication.published_at), hasVerdict: true, hasWriteup: true }, publication.content_hash);
    expect([publication.version, outcome.met]).toEqual([publication.version, true]);
  }
}
