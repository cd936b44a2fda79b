import { randomUUID } from 'node:crypto';
import { type BeforeApplicationShutdown, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { type DomainEvent, DomainEvents } from './domain-events.js';

const CHANNEL = 'claimdesk_events';
const RECONNECT_MS = 1_000;

interface Envelope {
  from: string;
  event: DomainEvent;
}

/**
 * Makes domain events cluster-wide through PostgreSQL LISTEN/NOTIFY, which
 * every instance already shares: a demotion made through one instance closes
 * live connections held by another, and every instance's open queues see
 * tickets created elsewhere. Delivery is best effort (what is published while
 * an instance's listening connection is down does not reach it); nothing
 * durable depends on it: webhooks have the outbox, rights are checked
 * against the database on every live connection, and the access guard's
 * actor cache is trusted only while the listening connection is up
 * (DomainEvents.hearsOthers).
 */
@Injectable()
export class EventRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('EventRelay');
  private readonly instance = randomUUID();
  private listener: pg.Client | undefined;
  private retry: NodeJS.Timeout | undefined;
  private stopping = false;

  constructor(
    private readonly events: DomainEvents,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.events.relayTo((event) => this.send(event));
    await this.listen();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.retry);
    this.events.relayTo(undefined);
    this.events.setHearsOthers(false);
    await this.listener?.end().catch(() => undefined);
  }

  private send(event: DomainEvent): void {
    const envelope: Envelope = { from: this.instance, event };
    this.dataSource
      .query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(envelope)])
      .catch((error: unknown) => this.logger.warn({ err: error, type: event.type }, 'could not relay an event to other instances'));
  }

  private async listen(): Promise<void> {
    const { url } = this.dataSource.options as { url?: string };
    const client = new pg.Client({ connectionString: url, application_name: 'claimdesk-events' });
    client.on('notification', (message) => this.receive(message.payload));
    client.on('error', () => this.reconnect(client));
    client.on('end', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.listener = client;
      this.events.setHearsOthers(true);
    } catch {
      this.reconnect(client);
    }
  }

  private receive(payload: string | undefined): void {
    if (!payload) return;
    try {
      const envelope = JSON.parse(payload) as Envelope;
      if (envelope.from !== this.instance) this.events.receive(envelope.event);
    } catch (error) {
      this.logger.warn({ err: error }, 'ignored a malformed relayed event');
    }
  }

  /** The listening connection broke (database restart, network): listen again shortly. */
  private reconnect(client: pg.Client): void {
    client.removeAllListeners();
    client.end().catch(() => undefined);
    if (this.listener === client) this.listener = undefined;
    this.events.setHearsOthers(false);
    if (this.stopping || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.listen();
    }, RECONNECT_MS);
    this.retry.unref();
  }
}
