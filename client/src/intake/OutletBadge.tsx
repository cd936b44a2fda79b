import { type OutletReliability, type OutletSummary, RELIABILITY_LABELS } from '../api/intake';

/** The register's outlet and its reliability label; the note (why the label) on hover and for screen readers. */
export function OutletBadge({ outlet }: { outlet: Pick<OutletSummary, 'name' | 'reliability' | 'note'> }) {
  return (
    <span className={`badge outlet-badge reliability-${outlet.reliability}`} title={outlet.note ?? undefined}>
      {outlet.name} · {RELIABILITY_LABELS[outlet.reliability]}
      {outlet.note && <span className="visually-hidden"> ({outlet.note})</span>}
    </span>
  );
}

export function ReliabilityBadge({ reliability }: { reliability: OutletReliability }) {
  return <span className={`badge reliability-${reliability}`}>{RELIABILITY_LABELS[reliability]}</span>;
}
