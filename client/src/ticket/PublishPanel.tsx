import { type FormEvent, useEffect, useState } from 'react';
import { allowed, correct, listSignoffs, publicPageUrl, publish, retract } from '../api/desk';
import { messageOf } from '../api/errors';
import type { NewsroomMembership, Publication, Ticket } from '../api/types';
import { ErrorNote, Section } from '../ui/common';

export function PublishPanel({ slug, ticket, membership, onChanged }: { slug: string; ticket: Ticket; membership: NewsroomMembership; onChanged: () => Promise<void> }) {
  const [publication, setPublication] = useState<Publication>();
  const [mode, setMode] = useState<'correct' | 'retract'>();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const isEditor = allowed(membership, 'ticket.publish');
  const everPublished = ticket.status === 'published' || ticket.status === 'retracted' || !!publication;
  // Why publishing would be refused now (an empty write-up, approvals that no longer cover the content), as the server says.
  const [waiting, setWaiting] = useState<string>();
  const mayPublish = isEditor && ticket.status === 'approved';
  useEffect(() => {
    setWaiting(undefined);
    if (!mayPublish) return;
    let current = true;
    listSignoffs(slug, ticket.id).then(
      (state) => current && setWaiting(state.policy.met ? undefined : (state.policy.incomplete ?? `The approvals no longer cover the current content: ${state.policy.description}.`)),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [slug, ticket.id, ticket.version, mayPublish]);

  if (!isEditor && !everPublished) return null;

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      setMode(undefined);
      setText('');
      await onChanged();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  const submitText = (event: FormEvent) => {
    event.preventDefault();
    void run(() => (mode === 'correct' ? correct(slug, ticket, text) : retract(slug, ticket, text)));
  };

  return (
    <Section title="Publication" id="publication">
      <ErrorNote message={error} />
      {everPublished && (
        <p>
          <a className="public-link" href={publication?.url ? new URL(publication.url, location.origin).pathname : publicPageUrl(slug, ticket.id)} target="_blank" rel="noreferrer">
            Open the public page{publication ? ` (version ${publication.publicationVersion})` : ''}
          </a>
        </p>
      )}
      {ticket.status === 'retracted' && <p className="muted">This verdict has been retracted. Its public page says so, with the reason.</p>}
      {mayPublish && (
        <button
          type="button"
          className="primary"
          disabled={busy || !!waiting}
          aria-describedby={waiting ? 'publish-blocked' : undefined}
          onClick={() => void run(async () => setPublication(await publish(slug, ticket)))}
        >
          Publish verdict
        </button>
      )}
      {mayPublish && waiting && (
        <p className="muted" id="publish-blocked">
          {waiting}
        </p>
      )}
      {isEditor && ticket.status !== 'approved' && !everPublished && <p className="muted">Publishing opens once the sign-off policy is met.</p>}
      {isEditor && ticket.status === 'published' && !mode && (
        <div className="actions">
          <button type="button" onClick={() => setMode('correct')}>
            Correct
          </button>
          <button type="button" className="danger" onClick={() => setMode('retract')}>
            Retract
          </button>
        </div>
      )}
      {mode && (
        <form className="stack" onSubmit={submitText}>
          <label>
            {mode === 'correct' ? 'Correction note (published with the new version)' : 'Reason for retraction (shown on the public page)'}
            <textarea value={text} onChange={(e) => setText(e.target.value)} rows={3} required autoFocus />
          </label>
          <div className="actions">
            <button type="submit" className={mode === 'retract' ? 'danger' : 'primary'} disabled={busy}>
              {mode === 'correct' ? 'Reopen for correction' : 'Retract verdict'}
            </button>
            <button type="button" onClick={() => setMode(undefined)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </Section>
  );
}
