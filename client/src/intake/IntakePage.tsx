import { useState } from 'react';
import { allowed } from '../api/desk';
import type { Article } from '../api/intake';
import type { NewsroomMembership } from '../api/types';
import { navigate, paths, useLocation } from '../app/router';
import { ArticleView } from './ArticleView';
import { RecentArticles } from './RecentArticles';
import { SubmitForm } from './SubmitForm';
import './intake.css';

/**
 * Intake: articles in, check-worthy claims out. The opened article lives in
 * the address (`?article=`), so it can be shared and reopened.
 */
export function IntakePage({ membership }: { membership: NewsroomMembership }) {
  const slug = membership.slug;
  const { search } = useLocation();
  const articleId = search.get('article') ?? undefined;
  const canSubmit = allowed(membership, 'intake.submit');
  const [submitted, setSubmitted] = useState<Article>();
  const [refresh, setRefresh] = useState(0);

  return (
    <div className="page intake-page">
      <div className="page-header">
        <h1>Intake</h1>
        <span className="muted">Articles in, check-worthy claims out, matched with what the desk already has.</span>
      </div>
      <div className="intake-grid">
        <div className="intake-side">
          {canSubmit ? (
            <SubmitForm
              slug={slug}
              onSubmitted={(article) => {
                setSubmitted(article);
                setRefresh((n) => n + 1);
                navigate(paths.intake(slug, article.id));
              }}
            />
          ) : (
            <p className="read-only-note">Your role can read the articles the desk received; researchers and editors submit them and open tickets from them.</p>
          )}
          <RecentArticles slug={slug} current={articleId} refresh={refresh} />
        </div>
        <div className="intake-main">
          {articleId ? (
            <ArticleView key={articleId} slug={slug} articleId={articleId} initial={submitted} canAct={canSubmit} onChanged={() => setRefresh((n) => n + 1)} />
          ) : (
            <div className="empty">{canSubmit ? 'Paste an article or choose a file: the desk cleans it, finds the claims worth checking and matches them with its tickets.' : 'Open an article from the list.'}</div>
          )}
        </div>
      </div>
    </div>
  );
}
