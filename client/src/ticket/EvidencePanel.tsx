import { type FormEvent, useState } from 'react';
import { addEvidence, editEvidence, type EvidenceInput } from '../api/desk';
import { messageOf } from '../api/errors';
import type { Evidence, Reliability, Stance, Ticket } from '../api/types';
import { ErrorNote, Section } from '../ui/common';

const STANCES: Record<Stance, string> = { supports: 'Supports the claim', refutes: 'Refutes the claim', context: 'Context' };
const RELIABILITY: Record<Reliability, string> = { high: 'High', mixed: 'Mixed', low: 'Low', unknown: 'Not yet assessed' };

export function EvidencePanel({ slug, ticket, items, canEdit, onChanged }: { slug: string; ticket: Ticket; items: Evidence[]; canEdit: boolean; onChanged: () => Promise<void> }) {
  const [editing, setEditing] = useState<Evidence | 'new'>();

  return (
    <Section
      title="Evidence"
      id="evidence"
      actions={
        canEdit && !editing ? (
          <button type="button" onClick={() => setEditing('new')}>
            Add evidence
          </button>
        ) : undefined
      }
    >
      {editing && (
        <EvidenceForm
          initial={editing === 'new' ? undefined : editing}
          onCancel={() => setEditing(undefined)}
          onSave={async (input) => {
            if (editing === 'new') await addEvidence(slug, ticket.id, input);
            else await editEvidence(slug, ticket.id, editing, input);
            setEditing(undefined);
            await onChanged();
          }}
        />
      )}
      {items.length === 0 && !editing && <p className="muted">No evidence gathered yet.</p>}
      <ul className="evidence-list">
        {items.map((item) => (
          <li key={item.id} className={`evidence stance-${item.stance}`}>
            <div className="between">
              <strong>
                <a href={item.url} target="_blank" rel="noreferrer noopener">
                  {item.title || item.url}
                </a>
                {item.publisher && <span className="muted"> · {item.publisher}</span>}
              </strong>
              {canEdit && (
                <button type="button" className="link-button" onClick={() => setEditing(item)} aria-label={`Edit evidence ${item.title || item.url}`}>
                  Edit
                </button>
              )}
            </div>
            <p className="meta">
              <span className={`chip stance-${item.stance}`}>{STANCES[item.stance] ?? item.stance}</span>
              <span className="chip">Source reliability: {RELIABILITY[item.sourceReliability] ?? item.sourceReliability}</span>
            </p>
            {item.quote && <blockquote>{item.quote}</blockquote>}
            {item.note && <p>{item.note}</p>}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function EvidenceForm({ initial, onSave, onCancel }: { initial?: Evidence; onSave: (input: EvidenceInput) => Promise<void>; onCancel: () => void }) {
  const [input, setInput] = useState<EvidenceInput>({
    title: initial?.title ?? '',
    url: initial?.url ?? '',
    note: initial?.note ?? '',
    stance: initial?.stance ?? 'context',
    sourceReliability: initial?.sourceReliability ?? 'unknown',
  });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof EvidenceInput>(key: K, value: EvidenceInput[K]) => setInput((prev) => ({ ...prev, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await onSave(input);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-label={initial ? 'Edit evidence' : 'Add evidence'} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <ErrorNote message={error} />
      <label>
        Link to the source
        <input type="url" value={input.url} onChange={(e) => set('url', e.target.value)} placeholder="https://" required autoFocus />
      </label>
      <label>
        Title
        <input value={input.title ?? ''} onChange={(e) => set('title', e.target.value)} />
      </label>
      <div className="row">
        <label>
          Stance
          <select value={input.stance} onChange={(e) => set('stance', e.target.value as Stance)}>
            {Object.entries(STANCES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Source reliability
          <select value={input.sourceReliability} onChange={(e) => set('sourceReliability', e.target.value as Reliability)}>
            {Object.entries(RELIABILITY).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        What it shows
        <textarea value={input.note ?? ''} onChange={(e) => set('note', e.target.value)} rows={2} />
      </label>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          Save evidence
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
