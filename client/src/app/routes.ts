/** The client's addresses: pure, shared by the router and its tests. */
export type Route =
  | { name: 'login' }
  | { name: 'home' }
  | { name: 'queue'; slug: string }
  | { name: 'ticket'; slug: string; ticketId: string }
  | { name: 'settings'; slug: string }
  | { name: 'intake'; slug: string }
  | { name: 'missing' };

export function matchRoute(path: string): Route {
  if (path === '/login') return { name: 'login' };
  if (path === '/' || path === '') return { name: 'home' };
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'n' && parts[1]) {
    if (parts.length === 2) return { name: 'queue', slug: parts[1] };
    if (parts[2] === 'tickets' && parts[3] && parts.length === 4) return { name: 'ticket', slug: parts[1], ticketId: parts[3] };
    if (parts[2] === 'settings' && parts.length === 3) return { name: 'settings', slug: parts[1] };
    if (parts[2] === 'intake' && parts.length === 3) return { name: 'intake', slug: parts[1] };
  }
  return { name: 'missing' };
}

export const paths = {
  queue: (slug: string) => `/n/${encodeURIComponent(slug)}`,
  ticket: (slug: string, id: string) => `/n/${encodeURIComponent(slug)}/tickets/${encodeURIComponent(id)}`,
  settings: (slug: string) => `/n/${encodeURIComponent(slug)}/settings`,
  /** The intake screen; with an article id, that article opened below the form. */
  intake: (slug: string, articleId?: string) => `/n/${encodeURIComponent(slug)}/intake${articleId ? `?article=${encodeURIComponent(articleId)}` : ''}`,
};
