import { useEffect, useState } from 'react';
import { ApiError, messageOf } from '../api/errors';
import { addOutlet, editOutlet, listOutlets, type Outlet, type OutletInput, removeOutlet } from '../api/intake';
import { ReliabilityBadge } from '../intake/OutletBadge';
import { ErrorNote, formatDate, Section } from '../ui/common';
import { OutletForm } from './OutletForm';
import '../intake/intake.css';

/** The generic sentences speak of tickets; here the thing changed is an outlet. */
function outletMessage(failure: unknown): string {
  if (failure instanceof ApiError && failure.code === 'version_conflict') return 'Someone else changed this outlet while you were editing. Cancel and edit it again.';
  if (failure instanceof ApiError && failure.code === 'state_conflict') return 'The register already has an outlet of this name.';
  return messageOf(failure);
}

/**
 * The newsroom's register of outlets: reliability, domains, why the label,
 * and how the claims that appeared there were rated. Editors keep it; every
 * member reads it.
 */
export function OutletsPanel({ slug, canManage }: { slug: string; canManage: boolean }) {
  const [outlets, setOutlets] = useState<Outlet[]>();
  const [editing, setEditing] = useState<Outlet | 'new'>();
  const [error, setError] = useState<string>();
  const [removing, setRemoving] = useState<string>();

  const load = () => listOutlets(slug).then(setOutlets, (failure: unknown) => setError(messageOf(failure)));
  useEffect(() => void load(), [slug]);

  const save = async (input: OutletInput): Promise<string | undefined> => {
    try {
      if (editing === 'new') await addOutlet(slug, input);
      else if (editing) await editOutlet(slug, editing, input);
      setEditing(undefined);
      await load();
      return undefined;
    } catch (failure) {
      return outletMessage(failure);
    }
  };

  const remove = async (outlet: Outlet) => {
    setError(undefined);
    setRemoving(undefined);
    try {
      await removeOutlet(slug, outlet.id);
      await load();
    } catch (failure) {
      setError(outletMessage(failure));
    }
  };

  return (
    <Section
      title="Outlet register"
      id="outlets"
      actions={
        canManage && !editing ? (
          <button type="button" onClick={() => setEditing('new')}>
            Add outlet
          </button>
        ) : undefined
      }
    >
      <p className="muted">Intake matches articles to these outlets by web domain or name and shows their label. {canManage ? '' : 'Editors keep the register.'}</p>
      <ErrorNote message={error} onDismiss={() => setError(undefined)} />
      {editing === 'new' && <OutletForm onSave={save} onCancel={() => setEditing(undefined)} />}
      {outlets?.length === 0 && <p className="muted">No outlet in the register yet.</p>}
      <ul className="plain outlet-list" aria-label="Outlets">
        {outlets?.map((o) =>
          editing !== 'new' && editing?.id === o.id ? (
            <li key={o.id}>
              <OutletForm initial={o} onSave={save} onCancel={() => setEditing(undefined)} />
            </li>
          ) : (
            <li key={o.id} aria-label={o.name}>
              <div className="between">
                <strong>{o.name}</strong>
                {canManage && !editing && removing !== o.id && (
                  <span className="actions">
                    <button type="button" className="link-button" aria-label={`Edit outlet ${o.name}`} onClick={() => setEditing(o)}>
                      Edit
                    </button>
                    <button type="button" className="link-button" aria-label={`Remove outlet ${o.name}`} onClick={() => setRemoving(o.id)}>
                      Remove
                    </button>
                  </span>
                )}
                {removing === o.id && (
                  <span className="actions" role="group" aria-label={`Confirm removing ${o.name}`}>
                    <span className="muted">Remove from the register? Articles keep their outlet name.</span>
                    <button type="button" className="danger" onClick={() => void remove(o)}>
                      Remove
                    </button>
                    <button type="button" onClick={() => setRemoving(undefined)} autoFocus>
                      Keep
                    </button>
                  </span>
                )}
              </div>
              <p className="meta">
                <ReliabilityBadge reliability={o.reliability} />
                {o.domains.map((d) => (
                  <code key={d}>{d}</code>
                ))}
                <span>· {trackRecordOf(o)}</span>
                <span>· updated {formatDate(o.updatedAt)}</span>
              </p>
              {o.note && <p className="note">{o.note}</p>}
            </li>
          ),
        )}
      </ul>
    </Section>
  );
}

function trackRecordOf(outlet: Outlet): string {
  const { verdicts, ratings } = outlet.trackRecord;
  if (verdicts === 0) return 'no published verdict yet';
  return `${verdicts} published ${verdicts === 1 ? 'verdict' : 'verdicts'}: ${ratings.map((r) => `${r.count} ${r.label}`).join(', ')}`;
}
