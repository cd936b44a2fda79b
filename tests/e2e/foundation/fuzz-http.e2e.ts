import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import request from 'supertest';
import { ROLES } from '../../../src/access/roles.js';
import { DEFAULT_RATING_SCALE } from '../../../src/newsrooms/newsroom-settings.js';
import { TICKET_STATUSES } from '../../../src/tickets/ticket-status.js';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { addMember, bearer, closeDb, createNewsroom, createTicket, createUser, type TestUser } from '../../support/factories.js';
import { type Caller, type FuzzPools, type FuzzResult, type OpenApiDocument, operationsOf, requestsFor, send } from '../../support/http-fuzz.js';
import { DeskFlow } from '../signoffs/desk-flow.js';

/**
 * A bounded fuzz of the whole HTTP API, generated from the desk's own OpenAPI
 * document: schema-shaped requests and hostile ones (NUL bytes, lone
 * surrogates, 2,000-deep nesting, wrong types, prototype keys, bad ids,
 * cursors, versions, idempotency keys and content types), from members of
 * every role, an outsider, nobody and forged credentials. No answer may be a
 * 5xx, and every error must be a problem document.
 *
 *   FUZZ_SEED=<n> FUZZ_REQUESTS=<n> FUZZ_BUDGET_MS=<n> npm test -- tests/e2e/foundation/fuzz-http.e2e.ts
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_202);
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 3_000);
const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 45_000);
const CONCURRENCY = 6;
const REQUEST_TIMEOUT_MS = 15_000;
const SHOWN = Number(process.env.FUZZ_SHOWN ?? 25);

describe('HTTP API fuzz', () => {
  let desk: TestDesk;
  let flow: DeskFlow;
  let outsider: TestUser;
  let pools: FuzzPools;
  let document: OpenApiDocument;

  beforeAll(async () => {
    desk = await startDesk();
    flow = await DeskFlow.create(desk.baseUrl);
    const { newsroom, admin, editor, reviewer } = flow.staff;
    // outsiders: a member of another newsroom, bystanders whose membership and sessions the fuzz may change
    const elsewhere = await createNewsroom();
    outsider = await createUser();
    await addMember(elsewhere, outsider, 'admin');
    const bystanders = await Promise.all(ROLES.slice(0, 3).map(async (role) => {
      const user = await createUser();
      await addMember(newsroom, user, role);
      return user;
    }));

    const published = await flow.published();
    const approved = await flow.approved();
    const rows = await Promise.all(
      (['new', 'assigned', 'researching', 'drafting', 'in_review', 'rejected'] as const).map((status) =>
        createTicket(newsroom, flow.staff.researcher, status === 'new' ? {} : { status, rating: 'false', summary: 'A summary.', ratingSetBy: flow.staff.researcher.id }),
      ),
    );
    const tickets = [published, approved, ...rows.map((row) => row.id)];
    const evidence = await Promise.all(
      tickets.slice(2, 5).map(async (id) => (await request(desk.baseUrl).post(flow.api(`/tickets/${id}/evidence`)).set(bearer(reviewer)).send({ url: 'https://records.example.org/budget', stance: 'refutes' }).expect(201)).body.id as string),
    );
    const invitations = await Promise.all(
      ['first', 'second'].map(async (name) => (await request(desk.baseUrl).post(flow.api('/invitations')).set(bearer(admin)).send({ email: `${name}-invitee@example.org`, role: 'viewer' }).expect(201)).body as { id: string; token: string }),
    );
    const webhook = (await request(desk.baseUrl).post(flow.api('/webhooks')).set(bearer(admin)).send({ url: 'https://hooks.example.org/desk', events: ['verdict.published'] }).expect(201)).body as { id: string };
    const cursors: string[] = [];
    for (const sort of ['updated', 'due', 'priority']) {
      const page = await request(desk.baseUrl).get(flow.api(`/tickets?limit=1&sort=${sort}`)).set(bearer(editor)).expect(200);
      if (page.body.nextCursor) cursors.push(page.body.nextCursor);
    }
    const members = [...ROLES.map((role) => flow.staff[role].id), ...bystanders.map((b) => b.id)];

    document = (await request(desk.baseUrl).get('/api/openapi.json').expect(200)).body;
    pools = {
      params: {
        slug: [...Array<string>(8).fill(flow.slug), elsewhere.slug, 'no-such-desk'],
        id: tickets,
        evidenceId: evidence,
        userId: bystanders.map((b) => b.id),
        invitationId: invitations.map((i) => i.id),
        webhookId: [webhook.id],
      },
      query: { cursor: cursors, version: ['1', '2', '3', '4', '5'] },
      schema: {
        schemas: document.components.schemas,
        hints: {
          userId: members,
          rating: DEFAULT_RATING_SCALE.map((r) => r.key),
          status: [...TICKET_STATUSES, 'new,drafting,in_review'],
          version: [1, 2, 3, 4, 5, 6],
          token: invitations.map((i) => i.token),
          email: bystanders.map((b) => b.email),
          contentHash: ['0'.repeat(64)],
        },
      },
    };
  }, 60_000);

  afterAll(async () => {
    await desk.close();
    await closeDb();
  });

  /** The credential each kind of caller presents; those who end their own session get a throwaway account each time. */
  async function authorizationOf(caller: Caller, endsSession: boolean, index: number): Promise<string | undefined> {
    switch (caller) {
      case 'anonymous':
        return undefined;
      case 'forged': {
        const real = flow.staff.admin.token;
        return [`Bearer ${real.slice(0, -4)}AAAA`, 'Bearer not.a.jwt', 'Bearer ', `Basic ${Buffer.from('admin:admin').toString('base64')}`, `Bearer ${'x'.repeat(2_000)}`, real][index % 6];
      }
      case 'outsider':
        return bearer(endsSession ? await createUser() : outsider).Authorization;
      default:
        if (endsSession) {
          const user = await createUser();
          await addMember(flow.staff.newsroom, user, caller);
          return bearer(user).Authorization;
        }
        return bearer(flow.staff[caller]).Authorization;
    }
  }

  it('answers every generated request without a 5xx, and every error as a problem document', async () => {
    const operations = operationsOf(document);
    expect(operations.length).toBeGreaterThan(40);
    const perOperation = Math.ceil(REQUESTS / operations.length);
    const planned = operations.flatMap((operation, index) =>
      fc.sample(requestsFor(operation, pools), { seed: SEED + index, numRuns: perOperation }).map((req) => ({ req, endsSession: operation.endsSession })),
    );
    // interleaved, so one operation's state changes meet the others' requests
    const order = fc.sample(fc.shuffledSubarray(planned.map((_, i) => i), { minLength: planned.length }), { seed: SEED, numRuns: 1 })[0]!;

    const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const results: FuzzResult[] = [];
    const started = Date.now();
    let next = 0;
    const worker = async () => {
      while (next < order.length && Date.now() - started < BUDGET_MS) {
        const index = next++;
        const { req, endsSession } = planned[order[index]!]!;
        results.push(await send(agent, desk.baseUrl, req, await authorizationOf(req.caller, endsSession, index), REQUEST_TIMEOUT_MS));
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    agent.destroy();
    const elapsed = Date.now() - started;

    const answered = results.filter((r) => r.status > 0);
    const serverErrors = answered.filter((r) => r.status >= 500);
    const notProblems = answered.filter((r) => r.status >= 400 && !r.contentType.startsWith('application/problem+json'));
    const unanswered = results.filter((r) => r.status === 0 && !r.error?.startsWith('not sent'));
    const line = (r: FuzzResult) =>
      `${r.request.method} ${r.request.url.slice(0, 120)} [${r.request.caller}] ${JSON.stringify(r.request.headers).slice(0, 100)} ${r.request.body?.toString('utf8').slice(0, 120) ?? '(no body)'}\n    -> ${r.status || r.error} ${r.contentType} ${r.sample.slice(0, 160).replace(/\s+/g, ' ')}`;
    const report = (title: string, failing: FuzzResult[]) =>
      failing.length ? [`${failing.length} ${title}; by operation: ${JSON.stringify(countBy(failing, (r) => `${r.request.operation} ${r.status}`))}`, ...failing.slice(0, SHOWN).map(line)] : [];
    const problems = [...report('answers with a 5xx status', serverErrors), ...report('error answers that are not application/problem+json', notProblems), ...report('requests without an answer', unanswered)];
    const statuses = countBy(answered, (r) => String(r.status));
    const summary = `fuzz seed ${SEED}: ${results.length} requests (${answered.length} answered) over ${operations.length} operations in ${elapsed} ms; statuses ${JSON.stringify(statuses)}`;
    if (problems.length) throw new Error([summary, `reproduce: FUZZ_SEED=${SEED} npm test -- tests/e2e/foundation/fuzz-http.e2e.ts`, ...problems].join('\n'));

    // it did reach the services, not only the validation layer, and most of the plan ran within the budget
    expect(results.length).toBeGreaterThanOrEqual(Math.min(planned.length, 1_000));
    expect(Object.keys(statuses).filter((status) => status.startsWith('2')).length).toBeGreaterThan(2);
    await request(desk.baseUrl).get('/health').expect(200);
  }, BUDGET_MS + 45_000);
});

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}
