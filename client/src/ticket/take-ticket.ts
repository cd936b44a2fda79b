import { api, call } from '../api/http';
import type { Ticket } from '../api/types';

/** "Take this ticket": assign yourself as researcher and start research, at the version you read. */
export async function takeTicket(slug: string, ticket: Ticket): Promise<void> {
  await call(api.POST('/api/newsrooms/{slug}/tickets/{id}/take', { params: { path: { slug, id: ticket.id } as never }, body: { version: ticket.version } }));
}
