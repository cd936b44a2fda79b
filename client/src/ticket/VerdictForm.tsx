import { type FormEvent, useEffect, useState } from 'react';
import { setVerdict } from '../api/desk';
import { messageOf } from '../api/errors';
import type { NewsroomSettings, Ticket } from '../api/types';
import { ErrorNote, Section } from '../ui/common';

export function VerdictForm({ slug, ticket, settings, canEdit, onSaved }: { slug: string; ticket: Ticket; settings?: NewsroomSettings; canEdit: boolean; onSaved: (t: Ticket) => void }) {
  const [rating, setRating] = useState(ticket.rating ?? '');
  const [summary, setSummary] = useState(ticket.summary ?? '');
  // The ticket version this draft started from: a colleague's save in the
  // meantime must surface as a conflict, not be overwritten or wipe the draft.
  const [base, setBase] = useState(ticket.version);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);
  const scale = settings?.ratingScale ?? [];

  useEffect(() => {
    if (dirty) return;
    setRating(ticket.rating ?? '');
    setSummary(ticket.summary ?? '');
    setBase(ticket.version);
  }, [ticket.rating, ticket.summary, ticket.version, dirty]);

  const edit = (apply: () => void) => {
    apply();
    setDirty(true);
    setSaved('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setSaved('');
    try {
      onSaved(await setVerdict(slug, { ...ticket, version: base }, rating, summary));
      setDirty(false);
      setSaved('Verdict saved. Earlier sign-offs no longer count if it changed.');
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  const current = scale.find((r) => r.key === ticket.rating);
  if (!canEdit) {
    return (
      <Section title="Verdict" id="verdict">
        {ticket.rating ? (
          <>
            <p className="rating-display">
              <span className={`rating rating-${ticket.rating}`}>{current?.label ?? ticket.rating}</span>
            </p>
            <p>{ticket.summary}</p>
          </>
        ) : (
          <p className="muted">No verdict yet.</p>
        )}
      </Section>
    );
  }

  return (
    <Section title="Verdict" id="verdict">
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <ErrorNote message={error} />
        <fieldset className="rating-scale">
          <legend>Rating</legend>
          {scale.map((r) => (
            <label key={r.key} className={`rating-option ${rating === r.key ? 'chosen' : ''}`} title={r.description}>
              <input type="radio" name="rating" value={r.key} checked={rating === r.key} onChange={() => edit(() => setRating(r.key))} required />
              <span className={`rating rating-${r.key}`}>{r.label}</span>
            </label>
          ))}
        </fieldset>
        {scale.find((r) => r.key === rating) && <p className="muted">{scale.find((r) => r.key === rating)!.description}</p>}
        <label>
          Summary (shown on the public page)
          <textarea value={summary} onChange={(e) => edit(() => setSummary(e.target.value))} rows={3} required maxLength={2000} />
        </label>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || !rating}>
            Save verdict
          </button>
          {dirty && (
            <button type="button" className="link-button" onClick={() => (setDirty(false), setError(undefined))}>
              Discard my changes
            </button>
          )}
          <span className="muted" role="status">
            {saved}
          </span>
        </div>
      </form>
    </Section>
  );
}
