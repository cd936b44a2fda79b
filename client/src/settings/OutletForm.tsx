import { type FormEvent, useState } from 'react';
import { type Outlet, type OutletInput, type OutletReliability, RELIABILITY_LABELS } from '../api/intake';
import { ErrorNote } from '../ui/common';
import { domainsOf } from './outlet-domains';

/** Adds an outlet or edits one (the version read is sent with the change). */
export function OutletForm({ initial, onSave, onCancel }: { initial?: Outlet; onSave: (input: OutletInput) => Promise<string | undefined>; onCancel: () => void }) {
  const [name, setName] = useState(initial?.name ?? '');
  const [domains, setDomains] = useState(initial?.domains.join(', ') ?? '');
  const [reliability, setReliability] = useState<OutletReliability>(initial?.reliability ?? 'unknown');
  const [note, setNote] = useState(initial?.note ?? '');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(await onSave({ name: name.trim(), domains: domainsOf(domains), reliability, note: note.trim() || null }));
    setBusy(false);
  };

  return (
    <form className="card stack" aria-label={initial ? `Edit outlet ${initial.name}` : 'Add an outlet'} onSubmit={(e) => void submit(e)} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <ErrorNote message={error} />
      <div className="row">
        <label>
          Outlet name
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} autoFocus />
        </label>
        <label>
          Reliability
          <select value={reliability} onChange={(e) => setReliability(e.target.value as OutletReliability)}>
            {(Object.keys(RELIABILITY_LABELS) as OutletReliability[]).map((r) => (
              <option key={r} value={r}>
                {RELIABILITY_LABELS[r]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        Web domains (comma separated)
        <input value={domains} onChange={(e) => setDomains(e.target.value)} placeholder="news.example.org" />
      </label>
      <label>
        Why this label
        <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={2000} />
      </label>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {initial ? 'Save outlet' : 'Add outlet'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
