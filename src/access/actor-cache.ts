import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Subscription } from 'rxjs';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { DomainEvents } from '../events/domain-events.js';
import type { ActorResolution } from './actor.service.js';

const MAX_ENTRIES = 10_000;

interface Entry {
  userId: string;
  resolution: ActorResolution;
  expires: number;
}

/**
 * Recently resolved actors, so that an authenticated request does not spend
 * a database round trip on facts that rarely change (session live, token
 * generation, membership and role). Kept coherent by the domain events that
 * announce every such change, from this instance or any other:
 *   - `sessions.revoked` and `membership.changed` drop the user's entries;
 *   - every drop advances a generation, and a resolution read from the
 *     database before a drop is not stored after it (no stale refill);
 *   - nothing is served while the instance does not hear the others' events
 *     (relay connection down), and everything is dropped when that changes.
 * The time to live only bounds a notification that was lost on the way (an
 * instance that committed a change but could not send its NOTIFY).
 */
@Injectable()
export class ActorCache implements OnModuleDestroy {
  private readonly entries = new Map<string, Entry>();
  private readonly subscriptions: Subscription[];
  private generation = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'accessCacheMs'>,
    private readonly events: DomainEvents,
  ) {
    this.subscriptions = [
      events.of('sessions.revoked', 'membership.changed').subscribe((event) => this.dropUser(event.userId)),
      events.hearsOthersChanges.subscribe(() => this.clear()),
    ];
  }

  static key(userId: string, sessionId: string, tokenVersion: number, slug: string | undefined): string {
    return `${userId} ${sessionId} ${tokenVersion} ${slug ?? ''}`;
  }

  get size(): number {
    return this.entries.size;
  }

  /** A resolution still known to be current, if there is one. */
  get(key: string): ActorResolution | undefined {
    if (!this.trusted) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires > Date.now()) return entry.resolution;
    this.entries.delete(key);
    return undefined;
  }

  /** Taken before reading the database; `set` stores the read only if nothing was dropped since. */
  begin(): number {
    return this.generation;
  }

  set(key: string, userId: string, resolution: ActorResolution, generation: number): void {
    if (!this.trusted || generation !== this.generation) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.delete(key); // re-inserted last: the map's order is the eviction order
    this.entries.set(key, { userId, resolution: deepFreeze(resolution), expires: Date.now() + this.config.accessCacheMs });
  }

  onModuleDestroy(): void {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
    this.clear();
  }

  private get trusted(): boolean {
    return this.config.accessCacheMs > 0 && this.events.hearsOthers;
  }

  private dropUser(userId: string): void {
    this.generation += 1;
    for (const [key, entry] of this.entries) if (entry.userId === userId) this.entries.delete(key);
  }

  private clear(): void {
    this.generation += 1;
    this.entries.clear();
  }
}

/** Shared between requests: nobody may change a cached resolution in place. */
function deepFreeze<T extends object>(value: T): T {
  for (const field of Object.values(value)) if (field && typeof field === 'object') deepFreeze(field as object);
  return Object.freeze(value);
}
