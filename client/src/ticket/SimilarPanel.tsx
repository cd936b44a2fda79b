import { useEffect, useState } from 'react';
import { type SimilarTicket, similarTickets } from '../api/intake';
import { messageOf } from '../api/errors';
import { Link, paths } from '../app/router';
import { ErrorNote, Section, StatusBadge } from '../ui/common';
import '../intake/intake.css';

/**
 * Other tickets of the newsroom that look like this claim (possible
 * duplicates), read again whenever the ticket changes.
 */
export function SimilarPanel({ slug, ticketId, changed }: { slug: string; ticketId: string; changed: unknown }) {
  const [items, setItems] = useState<SimilarTicket[]>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let current = true;
    similarTickets(slug, ticketId).then(
      (found) => current && (setItems(found), setError(undefined)),
      (failure: unknown) => current && setError(messageOf(failure)),
    );
    return () => {
      current = false;
    };
  }, [slug, ticketId, changed]);

  return (
    <Section title="Similar tickets" id="similar">
      <ErrorNote message={error} />
      {!items ? (
        !error && (
          <p className="muted" role="status">
            Looking for similar claims…
          </p>
        )
      ) : items.length === 0 ? (
        <p className="muted">No other ticket looks like this claim.</p>
      ) : (
        <ul className="plain similar" aria-label="Similar tickets">
          {items.map((t) => (
            <li key={t.id}>
              {t.sameClaim ? <span className="badge same-claim">Same claim</span> : <span className="badge">Related</span>} <Link href={paths.ticket(slug, t.id)}>#{t.number}</Link> {t.claim}{' '}
              <StatusBadge status={t.status} />
              <span className="meta reason">{t.reason}</span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
