import type { Account, DeskApi } from './desk-session.js';

interface TicketDto {
  id: string;
  number: number;
  version: number;
  status: string;
}

/** A ticket walked through the real lifecycle up to `researching`, assigned to `researcher`. */
export async function ticketInResearch(api: DeskApi, slug: string, editor: Account, researcher: Account, claim: string): Promise<TicketDto> {
  let ticket = await api.call<TicketDto>(researcher, 'POST', `/api/newsrooms/${slug}/tickets`, { claim, claimant: 'A regional minister', tags: ['economy'] });
  ticket = await api.call<TicketDto>(editor, 'POST', `/api/newsrooms/${slug}/tickets/${ticket.id}/assignees`, { userId: researcher.id, role: 'researcher', version: ticket.version });
  if (ticket.status === 'new') {
    ticket = await api.call<TicketDto>(editor, 'POST', `/api/newsrooms/${slug}/tickets/${ticket.id}/transitions`, { to: 'assigned', version: ticket.version });
  }
  return api.call<TicketDto>(researcher, 'POST', `/api/newsrooms/${slug}/tickets/${ticket.id}/transitions`, { to: 'researching', version: ticket.version });
}
