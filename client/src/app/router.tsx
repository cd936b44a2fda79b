import { type AnchorHTMLAttributes, type MouseEvent, useEffect, useState } from 'react';

/** A very small history router: the desk has five screens and needs no more. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function useLocation(): { path: string; search: URLSearchParams } {
  const [href, setHref] = useState(() => location.pathname + location.search);
  useEffect(() => {
    const update = () => setHref(location.pathname + location.search);
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  const url = new URL(href, location.origin);
  return { path: url.pathname, search: url.searchParams };
}

export type Route =
  | { name: 'login' }
  | { name: 'home' }
  | { name: 'queue'; slug: string }
  | { name: 'ticket'; slug: string; ticketId: string }
  | { name: 'settings'; slug: string }
  | { name: 'missing' };

export function matchRoute(path: string): Route {
  if (path === '/login') return { name: 'login' };
  if (path === '/' || path === '') return { name: 'home' };
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'n' && parts[1]) {
    if (parts.length === 2) return { name: 'queue', slug: parts[1] };
    if (parts[2] === 'tickets' && parts[3] && parts.length === 4) return { name: 'ticket', slug: parts[1], ticketId: parts[3] };
    if (parts[2] === 'settings' && parts.length === 3) return { name: 'settings', slug: parts[1] };
  }
  return { name: 'missing' };
}

export const paths = {
  queue: (slug: string) => `/n/${encodeURIComponent(slug)}`,
  ticket: (slug: string, id: string) => `/n/${encodeURIComponent(slug)}/tickets/${encodeURIComponent(id)}`,
  settings: (slug: string) => `/n/${encodeURIComponent(slug)}/settings`,
};

/** An ordinary link (middle-click, copy address all work) that routes in place. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}
