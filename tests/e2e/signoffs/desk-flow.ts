import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import request from 'supertest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { Role } from '../../../src/access/roles.js';
import { bearer, createStaffedNewsroom, type TestNewsroom, type TestUser } from '../../support/factories.js';

export type Staff = { newsroom: TestNewsroom } & Record<Role, TestUser>;

/** Polls until `check` holds, or fails after `timeoutMs`. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Drives a ticket through the real API, the way the web client does: tickets,
 * assignment, transitions, verdicts, live write-up edits over /collab,
 * sign-offs and publishing.
 */
export class DeskFlow {
  constructor(
    readonly baseUrl: string,
    readonly staff: Staff,
  ) {}

  static async create(baseUrl: string): Promise<DeskFlow> {
    return new DeskFlow(baseUrl, await createStaffedNewsroom());
  }

  get slug(): string {
    return this.staff.newsroom.slug;
  }

  api(path: string): string {
    return `/api/newsrooms/${this.slug}${path}`;
  }

  async ticket(id: string, as: TestUser = this.staff.editor): Promise<{ id: string; status: string; version: number }> {
    const response = await request(this.baseUrl).get(this.api(`/tickets/${id}`)).set(bearer(as));
    if (response.status !== 200) throw new Error(`GET ticket: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  async createTicket(fields: Record<string, unknown> = {}): Promise<string> {
    const response = await request(this.baseUrl)
      .post(this.api('/tickets'))
      .set(bearer(this.staff.researcher))
      .send({
        claim: 'The city spent twice as much on parking as on schools last year',
        claimant: 'Councillor Example',
        claimDate: '2026-10-01',
        appearances: [{ url: 'https://news.example.com/council-debate', outlet: 'Example News', publishedAt: '2026-10-01' }],
        ...fields,
      });
    if (response.status !== 201) throw new Error(`POST ticket: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.id;
  }

  async transition(id: string, to: string, as: TestUser): Promise<request.Response> {
    const { version } = await this.ticket(id);
    return request(this.baseUrl).post(this.api(`/tickets/${id}/transitions`)).set(bearer(as)).send({ to, version });
  }

  async mustTransition(id: string, to: string, as: TestUser): Promise<void> {
    const response = await this.transition(id, to, as);
    if (response.status >= 300) throw new Error(`transition to ${to}: ${response.status} ${JSON.stringify(response.body)}`);
  }

  async setVerdict(id: string, as: TestUser, rating = 'false', summary = 'Budget records show schools received four times more.'): Promise<request.Response> {
    const { version } = await this.ticket(id);
    return request(this.baseUrl).put(this.api(`/tickets/${id}/verdict`)).set(bearer(as)).send({ rating, summary, version });
  }

  /** A ticket in drafting, assigned to the researcher, with a verdict set by the researcher and a write-up. */
  async drafting(writeup = 'The 2025 budget lists 12 million for schools and 3 million for parking.', fields: Record<string, unknown> = {}): Promise<string> {
    const id = await this.createTicket(fields);
    const { version } = await this.ticket(id);
    const assigned = await request(this.baseUrl)
      .post(this.api(`/tickets/${id}/assignees`))
      .set(bearer(this.staff.editor))
      .send({ userId: this.staff.researcher.id, role: 'researcher', version });
    if (assigned.status >= 300) throw new Error(`assign: ${assigned.status} ${JSON.stringify(assigned.body)}`);
    await this.mustTransition(id, 'researching', this.staff.researcher);
    await this.mustTransition(id, 'drafting', this.staff.researcher);
    const verdict = await this.setVerdict(id, this.staff.researcher);
    if (verdict.status >= 300) throw new Error(`verdict: ${verdict.status} ${JSON.stringify(verdict.body)}`);
    await this.editWriteup(id, this.staff.researcher, writeup);
    return id;
  }

  async inReview(writeup?: string, fields: Record<string, unknown> = {}): Promise<string> {
    const id = await this.drafting(writeup, fields);
    await this.mustTransition(id, 'in_review', this.staff.researcher);
    return id;
  }

  signoff(id: string, as: TestUser, decision: 'approve' | 'request_changes' = 'approve', extra: Record<string, unknown> = {}): Promise<request.Response> {
    return request(this.baseUrl)
      .post(this.api(`/tickets/${id}/signoffs`))
      .set(bearer(as))
      .send({ decision, note: `${decision} by ${as.displayName}`, ...extra });
  }

  signoffs(id: string, as: TestUser = this.staff.viewer): Promise<request.Response> {
    return request(this.baseUrl).get(this.api(`/tickets/${id}/signoffs`)).set(bearer(as));
  }

  publish(id: string, as: TestUser = this.staff.editor): Promise<request.Response> {
    return request(this.baseUrl).post(this.api(`/tickets/${id}/publish`)).set(bearer(as)).send({});
  }

  correct(id: string, note: string, as: TestUser = this.staff.editor): Promise<request.Response> {
    return request(this.baseUrl).post(this.api(`/tickets/${id}/corrections`)).set(bearer(as)).send({ note });
  }

  retract(id: string, reason: string, as: TestUser = this.staff.editor): Promise<request.Response> {
    return request(this.baseUrl).post(this.api(`/tickets/${id}/retract`)).set(bearer(as)).send({ reason });
  }

  /** An approved ticket: in review, approved by the reviewer and the editor. */
  async approved(writeup?: string, fields: Record<string, unknown> = {}): Promise<string> {
    const id = await this.inReview(writeup, fields);
    for (const member of [this.staff.reviewer, this.staff.editor]) {
      const response = await this.signoff(id, member);
      if (response.status !== 201) throw new Error(`sign-off: ${response.status} ${JSON.stringify(response.body)}`);
    }
    return id;
  }

  async published(writeup?: string, fields: Record<string, unknown> = {}): Promise<string> {
    const id = await this.approved(writeup, fields);
    const response = await this.publish(id);
    if (response.status !== 200) throw new Error(`publish: ${response.status} ${JSON.stringify(response.body)}`);
    return id;
  }

  /**
   * Appends a paragraph to the write-up through the live-editing gateway, as a
   * browser would, and waits until the server acknowledged it (committed).
   */
  async editWriteup(ticketId: string, as: TestUser, text: string, { expectAcknowledged = true } = {}): Promise<void> {
    const socket = new HocuspocusProviderWebsocket({ url: `${this.baseUrl.replace(/^http/, 'ws')}/collab`, WebSocketPolyfill: WebSocket, delay: 50, minDelay: 50, maxDelay: 200, factor: 1, jitter: false });
    const doc = new Y.Doc();
    let synced = false;
    let failure: string | undefined;
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: `ticket:${ticketId}`,
      token: as.token,
      document: doc,
      onSynced: () => (synced = true),
      onAuthenticationFailed: ({ reason }) => (failure = reason),
    });
    provider.attach();
    try {
      await until(() => synced || failure !== undefined, 5_000, 'write-up sync');
      if (failure) throw new Error(`write-up connection refused: ${failure}`);
      doc.transact(() => {
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText(text)]);
        doc.getXmlFragment('default').push([paragraph]);
      });
      if (expectAcknowledged) await until(() => !provider.hasUnsyncedChanges, 5_000, 'write-up acknowledgement');
      else await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      provider.destroy();
      socket.destroy();
      doc.destroy();
    }
  }
}
