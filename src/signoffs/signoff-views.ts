import type { PolicyStatusDto, SignoffDto } from './dto/signoff.dto.js';
import type { SignoffRecord } from './signed-content.service.js';
import { describeMissing, isStale, type PolicyOutcome } from './signoff-policy.js';

export function signoffView(record: SignoffRecord, currentHash: string, outcome: PolicyOutcome): SignoffDto {
  return {
    id: record.id,
    userId: record.userId,
    name: record.name,
    role: record.role,
    decision: record.decision,
    note: record.note,
    contentHash: record.contentHash,
    stale: isStale(record, currentHash),
    counted: outcome.approvals.some((approval) => approval.id === record.id),
    createdAt: record.givenAt.toISOString(),
  };
}

export function policyView(outcome: PolicyOutcome): PolicyStatusDto {
  const missing = outcome.met ? [] : outcome.missing;
  const incomplete = outcome.met ? null : (outcome.incomplete ?? null);
  return { met: outcome.met, missing, incomplete, description: [incomplete, describeMissing(missing)].filter(Boolean).join(' ') };
}
