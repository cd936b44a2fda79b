import { useEffect, useRef, useState } from 'react';
import { type ArticleSummary, listArticles } from '../api/intake';
import { messageOf } from '../api/errors';
import { Link, paths } from '../app/router';
import { ErrorNote, formatDate } from '../ui/common';
import { OutletBadge } from './OutletBadge';

/** Articles received by the newsroom, newest first, a page at a time. `refresh` changes whenever one arrives or is acted on. */
export function RecentArticles({ slug, current, refresh }: { slug: string; current?: string; refresh: number }) {
  const [items, setItems] = useState<ArticleSummary[]>();
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const generation = useRef(0);

  useEffect(() => {
    const mine = ++generation.current;
    listArticles(slug).then(
      (page) => {
        if (mine !== generation.current) return;
        setItems(page.items);
        setNextCursor(page.nextCursor);
        setError(undefined);
      },
      (failure: unknown) => mine === generation.current && setError(messageOf(failure)),
    );
  }, [slug, refresh]);

  const more = async () => {
    if (!nextCursor) return;
    setBusy(true);
    const mine = generation.current;
    try {
      const page = await listArticles(slug, nextCursor);
      if (mine !== generation.current) return;
      setItems((prev) => [...(prev ?? []), ...page.items]);
      setNextCursor(page.nextCursor);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel recent-articles" aria-labelledby="recent-title">
      <header className="panel-header">
        <h2 id="recent-title">Recent articles</h2>
      </header>
      <ErrorNote message={error} />
      {!items ? (
        <p className="muted" role="status">
          Loading…
        </p>
      ) : items.length === 0 ? (
        <p className="muted">No article received yet.</p>
      ) : (
        <ul className="plain article-list" aria-label="Recent articles">
          {items.map((a) => (
            <li key={a.id} className={a.id === current ? 'current' : undefined}>
              <Link href={paths.intake(slug, a.id)} aria-current={a.id === current ? 'page' : undefined}>
                {a.title || a.url || a.outletName || `Article of ${formatDate(a.createdAt, true)}`}
              </Link>
              <span className="meta">
                {a.outlet ? <OutletBadge outlet={a.outlet} /> : a.outletName && <span>{a.outletName}</span>}
                <span>
                  {formatDate(a.createdAt, true)} · {a.candidateCount} {a.candidateCount === 1 ? 'candidate' : 'candidates'}
                  {a.actedCount > 0 && `, ${a.actedCount} acted on`}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
      {nextCursor && (
        <p className="more">
          <button type="button" onClick={() => void more()} disabled={busy}>
            Show older articles
          </button>
        </p>
      )}
    </section>
  );
}
