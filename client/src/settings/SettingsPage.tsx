import { type FormEvent, useEffect, useState } from 'react';
import { allowed, getSettings, saveSettings } from '../api/desk';
import { messageOf } from '../api/errors';
import type { NewsroomMembership, NewsroomSettings, RatingDefinition } from '../api/types';
import { ErrorNote, Section } from '../ui/common';
import { MembersPanel } from './MembersPanel';
import { OutletsPanel } from './OutletsPanel';
import { WebhooksPanel } from './WebhooksPanel';

export function SettingsPage({ membership }: { membership: NewsroomMembership }) {
  const slug = membership.slug;
  const [settings, setSettings] = useState<NewsroomSettings>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    getSettings(slug).then((s) => setSettings(s.settings), (failure: unknown) => setError(messageOf(failure)));
  }, [slug]);

  const outlets = allowed(membership, 'intake.read') && <OutletsPanel slug={slug} canManage={allowed(membership, 'outlet.manage')} />;

  if (membership.role !== 'admin') {
    return (
      <div className="page settings-page">
        <h1>Newsroom settings</h1>
        <p>Only admins change the newsroom’s policy, members and publishing settings.</p>
        <div className="settings-grid">{outlets}</div>
      </div>
    );
  }

  const save = async (patch: Partial<NewsroomSettings>) => {
    await saveSettings(slug, { settings: patch });
    setSettings((prev) => (prev ? { ...prev, ...patch } : prev));
  };

  return (
    <div className="page settings-page">
      <h1>Newsroom settings</h1>
      <ErrorNote message={error} />
      <div className="settings-grid">
        <MembersPanel slug={slug} />
        {settings && <PolicyForm settings={settings} onSave={save} />}
        {settings && <PublisherForm settings={settings} onSave={save} />}
        {settings && <ScaleForm settings={settings} onSave={save} />}
        <WebhooksPanel slug={slug} />
        {outlets}
      </div>
    </div>
  );
}

function useSaver(onSave: () => Promise<void>) {
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setStatus('Saving…');
    try {
      await onSave();
      setStatus('Saved');
    } catch (failure) {
      setStatus('');
      setError(messageOf(failure));
    }
  };
  return { error, status, submit };
}

/** The submit button of a settings form and its live "Saving… / Saved" status. */
function SaveRow({ label, status }: { label: string; status: string }) {
  return (
    <div className="actions">
      <button type="submit" className="primary">
        {label}
      </button>
      <span role="status" className="muted">
        {status}
      </span>
    </div>
  );
}

function PolicyForm({ settings, onSave }: { settings: NewsroomSettings; onSave: (p: Partial<NewsroomSettings>) => Promise<void> }) {
  const [reviewers, setReviewers] = useState(settings.signoffPolicy.required.reviewer ?? 0);
  const [editors, setEditors] = useState(settings.signoffPolicy.required.editor ?? 0);
  const [exclude, setExclude] = useState(settings.signoffPolicy.excludeRatingSetter);
  const { error, status, submit } = useSaver(() => onSave({ signoffPolicy: { required: { reviewer: reviewers, editor: editors }, excludeRatingSetter: exclude } }));
  return (
    <Section title="Sign-off policy" id="policy">
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <ErrorNote message={error} />
        <div className="row">
          <label>
            Reviewer approvals
            <input type="number" min={0} max={5} value={reviewers} onChange={(e) => setReviewers(Number(e.target.value))} />
          </label>
          <label>
            Editor approvals
            <input type="number" min={0} max={5} value={editors} onChange={(e) => setEditors(Number(e.target.value))} />
          </label>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={exclude} onChange={(e) => setExclude(e.target.checked)} />
          Approvals by whoever set the rating do not count
        </label>
        <SaveRow label="Save policy" status={status} />
      </form>
    </Section>
  );
}

function PublisherForm({ settings, onSave }: { settings: NewsroomSettings; onSave: (p: Partial<NewsroomSettings>) => Promise<void> }) {
  const [publisher, setPublisher] = useState(settings.publisher);
  const { error, status, submit } = useSaver(() => onSave({ publisher }));
  const field = (key: keyof typeof publisher, label: string, type = 'text') => (
    <label>
      {label}
      <input type={type} value={publisher[key] ?? ''} onChange={(e) => setPublisher({ ...publisher, [key]: e.target.value || undefined })} />
    </label>
  );
  return (
    <Section title="Publisher identity" id="publisher">
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <ErrorNote message={error} />
        {field('name', 'Publisher name (as in ClaimReview “author”)')}
        {field('url', 'Website', 'url')}
        {field('logoUrl', 'Logo address', 'url')}
        <SaveRow label="Save publisher" status={status} />
      </form>
    </Section>
  );
}

function ScaleForm({ settings, onSave }: { settings: NewsroomSettings; onSave: (p: Partial<NewsroomSettings>) => Promise<void> }) {
  const [scale, setScale] = useState<RatingDefinition[]>(settings.ratingScale);
  const { error, status, submit } = useSaver(() => onSave({ ratingScale: scale }));
  const update = (index: number, patch: Partial<RatingDefinition>) => setScale(scale.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <Section title="Rating scale" id="scale">
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <ErrorNote message={error} />
        <table className="scale-table">
          <thead>
            <tr>
              <th scope="col">Label</th>
              <th scope="col">Meaning</th>
              <th scope="col">Score (1–5)</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {scale.map((r, i) => (
              <tr key={i}>
                <td>
                  <input aria-label={`Label of rating ${i + 1}`} value={r.label} onChange={(e) => update(i, { label: e.target.value, claimReview: { ...r.claimReview, alternateName: e.target.value } })} required />
                </td>
                <td>
                  <input aria-label={`Meaning of ${r.label}`} value={r.description} onChange={(e) => update(i, { description: e.target.value })} />
                </td>
                <td>
                  <input
                    aria-label={`Score of ${r.label}`}
                    type="number"
                    min={r.claimReview.worstRating}
                    max={r.claimReview.bestRating}
                    value={r.claimReview.ratingValue}
                    onChange={(e) => update(i, { claimReview: { ...r.claimReview, ratingValue: Number(e.target.value) } })}
                  />
                </td>
                <td>
                  <button type="button" className="link-button" aria-label={`Remove ${r.label}`} onClick={() => setScale(scale.filter((_, j) => j !== i))}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="actions">
          <button
            type="button"
            onClick={() =>
              setScale([...scale, { key: `rating-${scale.length + 1}`, label: 'New rating', description: '', claimReview: { ratingValue: 3, bestRating: 5, worstRating: 1, alternateName: 'New rating' } }])
            }
          >
            Add rating
          </button>
          <button type="submit" className="primary">
            Save scale
          </button>
          <span role="status" className="muted">
            {status}
          </span>
        </div>
      </form>
    </Section>
  );
}
