import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Appearance } from '../../tickets/ticket.entity.js';
import type { OutletSummaryDto } from '../dto/outlet.dto.js';

/** The host of an http(s) URL, lower-case, without `www.`; null for anything else. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** `a.b.example.org` → the domains it belongs to: `a.b.example.org`, `b.example.org`, `example.org`. */
export function domainsOf(host: string): string[] {
  const labels = host.split('.');
  return labels.slice(0, -1).map((_, index) => labels.slice(index).join('.'));
}

/** Domains as an editor types them: lower-case, without scheme, path or `www.`, once each. */
export function normaliseDomains(domains: readonly string[]): string[] {
  return [...new Set(domains.map((domain) => domain.trim().toLowerCase().replace(/^www\./, '')).filter(Boolean))];
}

/**
 * Finds the register's outlet for a URL (by domain; a subdomain matches its
 * domain, the longest registered domain wins) or, without a match, for the
 * outlet name as submitted.
 */
@Injectable()
export class OutletMatcher {
  async find(manager: EntityManager, newsroomId: string, url: string | null | undefined, name: string | null | undefined): Promise<string | null> {
    const host = hostOf(url);
    const trimmed = name?.trim() || null;
    if (!host && !trimmed) return null;
    const rows = (await manager.query(
      `SELECT id FROM outlets
        WHERE newsroom_id = $1 AND (domains && $2::text[] OR lower(name) = lower($3))
        ORDER BY (SELECT max(length(d)) FROM unnest(domains) d WHERE d = ANY($2::text[])) DESC NULLS LAST
        LIMIT 1`,
      [newsroomId, host ? domainsOf(host) : [], trimmed],
    )) as { id: string }[];
    return rows[0]?.id ?? null;
  }

  /** The register's outlets where a ticket's claim appeared: by the domain of an appearance URL, or its outlet name. */
  async forAppearances(manager: EntityManager, newsroomId: string, appearances: readonly Appearance[]): Promise<OutletSummaryDto[]> {
    const domains = [...new Set(appearances.flatMap((appearance) => domainsOf(hostOf(appearance.url) ?? '')))];
    const names = [...new Set(appearances.flatMap((appearance) => (appearance.outlet?.trim() ? [appearance.outlet.trim().toLowerCase()] : [])))];
    if (domains.length === 0 && names.length === 0) return [];
    return (await manager.query(
      `SELECT id, name, reliability, note FROM outlets
        WHERE newsroom_id = $1 AND (domains && $2::text[] OR lower(name) = ANY($3::text[]))
        ORDER BY lower(name)`,
      [newsroomId, domains, names],
    )) as OutletSummaryDto[];
  }
}
