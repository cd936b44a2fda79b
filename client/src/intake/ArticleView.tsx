import { useCallback, useEffect, useState } from 'react';
import { type Article, getArticle } from '../api/intake';
import { messageOf } from '../api/errors';
import { Link, paths } from '../app/router';
import { ErrorNote, formatDate } from '../ui/common';
import { CandidateList } from './CandidateList';
import { HighlightedText } from './HighlightedText';
import type { Choice } from './intake-rules';
import { OutletBadge } from './OutletBadge';

/** One article as the desk read it: the cleaned text with its candidates, what was removed, and the candidates to act on. */
export function ArticleView({ slug, articleId, initial, canAct, onChanged }: { slug: string; articleId: string; initial?: Article; canAct: boolean; onChanged: () => void }) {
  const [article, setArticle] = useState<Article | undefined>(initial?.id === articleId ? initial : undefined);
  const [error, setError] = useState<string>();
  const [chosen, setChosen] = useState<Map<string, Choice>>(new Map());
  // Members who may not act still point at a candidate from the text.
  const [pointed, setPointed] = useState<string>();

  const load = useCallback(async () => {
    try {
      setArticle(await getArticle(slug, articleId));
      setError(undefined);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }, [slug, articleId]);
  useEffect(() => {
    if (!article) void load();
  }, [load]);

  if (!article) return error ? <ErrorNote message={error} /> : <p role="status">Opening the article…</p>;

  const actionable = new Set(article.candidates.filter((c) => canAct && !c.ticketId).map((c) => c.id));
  const toggle = (id: string) => {
    document.getElementById(`candidate-${id}`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    if (!actionable.has(id)) return setPointed(pointed === id ? undefined : id);
    const next = new Map(chosen);
    if (next.has(id)) next.delete(id);
    else next.set(id, 'new');
    setChosen(next);
  };
  const marked = new Set([...chosen.keys(), ...(pointed ? [pointed] : [])]);

  return (
    <article className="article-view" aria-labelledby="article-title">
      <header className="article-head">
        <h2 id="article-title">{article.title || article.url || 'Untitled article'}</h2>
        <p className="meta">
          {article.outlet ? <OutletBadge outlet={article.outlet} /> : article.outletName ? <span className="badge">{article.outletName} · not in the register</span> : null}
          {article.url && (
            <a href={article.url} target="_blank" rel="noreferrer noopener" className="article-url">
              {article.url}
            </a>
          )}
          {article.publishedAt && <span>Published {formatDate(article.publishedAt)}</span>}
          <span>
            Language {article.language}
            {article.languageSource === 'detected' ? ' (detected)' : ''}
          </span>
          <span>Received {formatDate(article.createdAt, true)}</span>
        </p>
        {article.duplicateOf && (
          <p className="duplicate-note" role="note">
            The desk already received exactly this text. <Link href={paths.intake(slug, article.duplicateOf)}>Open the earlier copy</Link>
          </p>
        )}
      </header>
      <ErrorNote message={error} onDismiss={() => setError(undefined)} />
      <div className="article-grid">
        <section className="panel" aria-labelledby="article-text-title">
          <header className="panel-header">
            <h2 id="article-text-title">Text as the desk read it</h2>
            <span className="legend muted" aria-hidden="true">
              <mark className="claim-mark strength-1">weaker</mark> <mark className="claim-mark strength-4">stronger</mark> claim
            </span>
          </header>
          <HighlightedText text={article.text} candidates={article.candidates} selected={marked} onToggle={toggle} />
          <details className="dropped">
            <summary>
              Removed from the page ({article.dropped.length} {article.dropped.length === 1 ? 'block' : 'blocks'})
            </summary>
            {article.dropped.length === 0 ? (
              <p className="muted">Nothing: the whole text was kept.</p>
            ) : (
              <ul className="plain" aria-label="Removed from the page">
                {article.dropped.map((d, i) => (
                  <li key={i}>
                    <span className="chip" title={d.reason}>
                      {d.detail}
                    </span>{' '}
                    <span className="dropped-text">{d.text}</span>
                  </li>
                ))}
              </ul>
            )}
          </details>
        </section>
        <section className="panel" aria-labelledby="candidates-title">
          <header className="panel-header">
            <h2 id="candidates-title">Claim candidates</h2>
            <span className="muted">
              {article.candidates.length} found{article.actedCount > 0 ? ` · ${article.actedCount} acted on` : ''}
            </span>
          </header>
          <CandidateList
            slug={slug}
            article={article}
            canAct={canAct}
            chosen={chosen}
            onChosen={setChosen}
            onApplied={async () => {
              await load();
              onChanged();
            }}
          />
        </section>
      </div>
    </article>
  );
}
