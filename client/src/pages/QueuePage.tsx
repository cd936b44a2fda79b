import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { allowed, listMembers, listTickets, type QueueFilters } from '../api/desk';
import { messageOf } from '../api/errors';
import type { Member, NewsroomMembership, Ticket, TicketStatus } from '../api/types';
import { useNewsroomEvents } from '../app/events';
import { Link, navigate, paths, useLocation } from '../app/router';
import { useSession } from '../app/session';
import { ErrorNote, formatDate, STATUS_LABELS, StatusBadge } from '../ui/common';
import { NewTicketForm } from './NewTicketForm';

const FILTER_KEYS = ['status', 'assignee', 'tag', 'q', 'due', 'mine', 'sort'] as const;
const SORTS = { updated: 'Recently changed', due: 'Due soonest', priority: 'Most urgent' } as const;

/** The verification queue: filters live in the address so a view can be shared. */
export function QueuePage({ membership }: { membership: NewsroomMembership }) {
  const { me } = useSession();
  const { search } = useLocation();
  const [tickets, setTickets] = useState<Ticket[]>();
  const [members, setMembers] = useState<Member[]>([]);
  const [error, setError] = useState<string>();
  const [live, setLive] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [creating, setCreating] = useState(false);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [shown, setShown] = useState(1);
  const filters = useMemo(() => Object.fromEntries(FILTER_KEYS.map((k) => [k, search.get(k) ?? ''])) as Record<(typeof FILTER_KEYS)[number], string>, [search]);
  const [q, setQ] = useState(filters.q);
  const slug = membership.slug;
  const userId = me!.user.id;

  const query = useMemo<QueueFilters>(
    () => ({
      status: filters.status || undefined,
      assignee: filters.mine ? userId : filters.assignee || undefined,
      mine: !!filters.mine,
      tag: filters.tag.trim() || undefined,
      q: filters.q || undefined,
      dueBefore: filters.due ? new Date(`${filters.due}T23:59:59`).toISOString() : undefined,
      sort: filters.sort in SORTS ? (filters.sort as keyof typeof SORTS) : undefined,
    }),
    [filters, userId],
  );

  const generation = useRef(0);
  const arrived = useRef(new Set<string>());
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const load = useCallback(async () => {
    const mine = ++generation.current;
    try {
      // A live refresh re-reads as many pages as the member has opened.
      let page = await listTickets(slug, query);
      const all = [...page.items];
      for (let n = 1; n < shown && page.nextCursor; n++) {
        page = await listTickets(slug, { ...query, cursor: page.nextCursor });
        all.push(...page.items);
      }
      if (mine === generation.current) {
        const items = all.filter((t) => matches(t, query));
        setTickets(items);
        setNextCursor(page.nextCursor);
        setError(undefined);
        const news = items.filter((t) => arrived.current.has(t.id));
        if (news.length > 0) {
          setAnnouncement(news.map((t) => `New ticket #${t.number} arrived: ${t.claim}`).join('. '));
          setFresh(new Set(news.map((t) => t.id)));
          arrived.current.clear();
        }
      }
    } catch (failure) {
      if (mine === generation.current) setError(messageOf(failure));
    }
  }, [slug, query, shown]);

  useEffect(() => void load(), [load]);
  useEffect(() => {
    listMembers(slug).then(setMembers, () => setMembers([]));
  }, [slug]);

  // Every ticket event may change what this filtered view shows: refetch, coalescing bursts.
  const pending = useRef<number | undefined>(undefined);
  useNewsroomEvents(
    slug,
    (event) => {
      if (!event.type.startsWith('ticket')) return;
      if (event.type === 'ticket.created' && typeof event.data.ticketId === 'string') arrived.current.add(event.data.ticketId);
      window.clearTimeout(pending.current);
      pending.current = window.setTimeout(() => void load(), 150);
    },
    setLive,
  );

  const setFilter = (key: (typeof FILTER_KEYS)[number], value: string) => {
    // Read the address now, not from this render: a debounced search may run after another filter changed.
    const next = new URLSearchParams(location.search);
    setShown(1);
    if (value) next.set(key, value);
    else next.delete(key);
    navigate(`${paths.queue(slug)}${next.size ? `?${next.toString()}` : ''}`, { replace: true });
  };

  useEffect(() => {
    const timer = window.setTimeout(() => q !== filters.q && setFilter('q', q), 300);
    return () => window.clearTimeout(timer);
  }, [q]);

  const memberName = (id: string) => members.find((m) => m.userId === id)?.displayName;

  return (
    <div className="page">
      <div className="page-header">
        <h1>Queue</h1>
        <span className={`live-dot ${live ? 'on' : ''}`} title={live ? 'Live updates on' : 'Reconnecting to live updates'}>
          {live ? 'Live' : 'Offline'}
        </span>
        {allowed(membership, 'ticket.create') && (
          <button type="button" className="primary" onClick={() => setCreating(true)} aria-expanded={creating}>
            New ticket
          </button>
        )}
      </div>
      <p className="announcement" aria-live="polite">
        {announcement}
      </p>
      {creating && (
        <NewTicketForm
          slug={slug}
          onDone={(ticket) => {
            setCreating(false);
            if (ticket) navigate(paths.ticket(slug, ticket.id));
          }}
        />
      )}
      <form className="filters" role="search" aria-label="Filter the queue" onSubmit={(e) => e.preventDefault()}>
        <label>
          Search
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Words in the claim…" />
        </label>
        <label>
          Status
          <select value={filters.status} onChange={(e) => setFilter('status', e.target.value)}>
            <option value="">Any status</option>
            {(Object.keys(STATUS_LABELS) as TicketStatus[]).map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Assignee
          <select value={filters.assignee} onChange={(e) => setFilter('assignee', e.target.value)} disabled={!!filters.mine}>
            <option value="">Anyone</option>
            {members.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.displayName}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tag
          <input value={filters.tag} onChange={(e) => setFilter('tag', e.target.value)} placeholder="e.g. health" />
        </label>
        <label>
          Due by
          <input type="date" value={filters.due} onChange={(e) => setFilter('due', e.target.value)} />
        </label>
        <label>
          Order
          <select value={filters.sort || 'updated'} onChange={(e) => setFilter('sort', e.target.value === 'updated' ? '' : e.target.value)}>
            {Object.entries(SORTS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={!!filters.mine} onChange={(e) => setFilter('mine', e.target.checked ? '1' : '')} />
          Mine only
        </label>
      </form>
      <ErrorNote message={error} />
      {!tickets ? (
        <p className="muted" role="status">
          Loading the queue…
        </p>
      ) : tickets.length === 0 ? (
        <p className="empty">No tickets match these filters.</p>
      ) : (
        <table className="queue" aria-label="Tickets">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Claim</th>
              <th scope="col">Status</th>
              <th scope="col">Assignees</th>
              <th scope="col">Due</th>
              <th scope="col">Tags</th>
            </tr>
          </thead>
          <tbody>
            {tickets.map((t) => (
              <tr key={t.id} className={`priority-${t.priority}${fresh.has(t.id) ? ' fresh' : ''}`}>
                <td className="num">{t.number}</td>
                <td className="claim-cell">
                  <Link href={paths.ticket(slug, t.id)}>{t.claim}</Link>
                  {t.claimant && <span className="muted"> — {t.claimant}</span>}
                </td>
                <td data-label="Status">
                  <StatusBadge status={t.status} />
                </td>
                <td data-label="Assignees">{t.assignees.map((a) => a.displayName ?? memberName(a.userId) ?? 'Member').join(', ') || <span className="muted">—</span>}</td>
                <td data-label="Due" className={overdue(t) ? 'overdue' : ''}>
                  {formatDate(t.dueAt)}
                </td>
                <td data-label="Tags">
                  {t.tags.map((tag) => (
                    <button key={tag} type="button" className="tag" onClick={() => setFilter('tag', tag)} aria-label={`Filter by tag ${tag}`}>
                      {tag}
                    </button>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {tickets && nextCursor && (
        <p className="more">
          <button type="button" onClick={() => setShown((n) => n + 1)}>
            Show more tickets
          </button>
        </p>
      )}
    </div>
  );
}

/** The server filters; this re-check keeps a view right if an event races a filter change. */
function matches(ticket: Ticket, query: QueueFilters): boolean {
  if (query.status && ticket.status !== query.status) return false;
  if (query.tag && !ticket.tags.includes(query.tag)) return false;
  if (query.assignee && !ticket.assignees.some((a) => a.userId === query.assignee)) return false;
  if (query.dueBefore && (!ticket.dueAt || ticket.dueAt > query.dueBefore)) return false;
  return true;
}

function overdue(ticket: Ticket): boolean {
  return !!ticket.dueAt && new Date(ticket.dueAt).getTime() < Date.now() && !['published', 'rejected', 'retracted'].includes(ticket.status);
}
