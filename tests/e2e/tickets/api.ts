import request from 'supertest';
import type { TestUser } from '../../support/factories.js';
import { bearer } from '../../support/factories.js';

/** Small typed wrappers over the tickets API, for this area's tests. */
export function ticketsApi(baseUrl: string, slug: string) {
  const base = `/api/newsrooms/${slug}/tickets`;
  const agent = request(baseUrl);
  return {
    create: (user: TestUser, body: object, headers: Record<string, string> = {}) => agent.post(base).set(bearer(user)).set(headers).send(body),
    list: (user: TestUser, query: Record<string, string | number> = {}) => agent.get(base).set(bearer(user)).query(query),
    get: (user: TestUser, id: string) => agent.get(`${base}/${id}`).set(bearer(user)),
    patch: (user: TestUser, id: string, body: object, headers: Record<string, string> = {}) =>
      agent.patch(`${base}/${id}`).set(bearer(user)).set(headers).send(body),
    transition: (user: TestUser, id: string, to: string, version: number | undefined, note?: string) =>
      agent.post(`${base}/${id}/transitions`).set(bearer(user)).send({ to, ...(version === undefined ? {} : { version }), ...(note ? { note } : {}) }),
    assign: (user: TestUser, id: string, userId: string, role: 'researcher' | 'reviewer', version: number | undefined) =>
      agent.post(`${base}/${id}/assignees`).set(bearer(user)).send({ userId, role, ...(version === undefined ? {} : { version }) }),
    unassign: (user: TestUser, id: string, userId: string, version: number | undefined) =>
      agent.delete(`${base}/${id}/assignees`).set(bearer(user)).send({ userId, ...(version === undefined ? {} : { version }) }),
    take: (user: TestUser, id: string, version: number | undefined) =>
      agent.post(`${base}/${id}/take`).set(bearer(user)).send(version === undefined ? {} : { version }),
    verdict: (user: TestUser, id: string, body: object) => agent.put(`${base}/${id}/verdict`).set(bearer(user)).send(body),
    addEvidence: (user: TestUser, id: string, body: object, headers: Record<string, string> = {}) =>
      agent.post(`${base}/${id}/evidence`).set(bearer(user)).set(headers).send(body),
    listEvidence: (user: TestUser, id: string) => agent.get(`${base}/${id}/evidence`).set(bearer(user)),
    patchEvidence: (user: TestUser, id: string, evidenceId: string, body: object) =>
      agent.patch(`${base}/${id}/evidence/${evidenceId}`).set(bearer(user)).send(body),
    removeEvidence: (user: TestUser, id: string, evidenceId: string, version: number) =>
      agent.delete(`${base}/${id}/evidence/${evidenceId}`).set(bearer(user)).set('If-Match', `"${version}"`),
    history: (user: TestUser, id: string) => agent.get(`${base}/${id}/history`).set(bearer(user)),
    similar: (user: TestUser, id: string) => agent.get(`${base}/${id}/similar`).set(bearer(user)),
    verify: (user: TestUser) => agent.get(`/api/newsrooms/${slug}/audit/verify`).set(bearer(user)),
  };
}
