import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { MemberContext } from '../access/actor.js';
import { AppError } from '../common/errors/app-error.js';
import type { CreatedWebhookDto, CreateWebhookDto, UpdateWebhookDto, WebhookDeliveryListDto, WebhookDto, WebhookListDto } from './dto/webhook.dto.js';
import { WEBHOOK_SETTINGS, type WebhookSettings } from './webhook-settings.js';
import { generateSecret } from './webhook-signature.js';
import { isPrivateAddress, urlProblem } from './webhook-target.js';
import { isUuid } from '../common/ids.js';

interface EndpointRow {
  id: string;
  url: string;
  events: WebhookDto['events'];
  description: string | null;
  active: boolean;
  created_at: Date;
}

const COLUMNS = 'id, url, events, description, active, created_at';

/** Admin management of a newsroom's webhook endpoints and their delivery log. */
@Injectable()
export class WebhookEndpointsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
  ) {}

  async create(member: MemberContext, dto: CreateWebhookDto): Promise<CreatedWebhookDto> {
    await this.assertTarget(dto.url);
    const secret = generateSecret();
    const [row] = (await this.dataSource.query(
      `INSERT INTO webhook_endpoints (newsroom_id, url, description, secret, events, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [member.newsroomId, dto.url, dto.description ?? null, secret, dto.events, member.userId],
    )) as EndpointRow[];
    return { ...view(row!), secret };
  }

  async list(member: MemberContext): Promise<WebhookListDto> {
    const rows: EndpointRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM webhook_endpoints WHERE newsroom_id = $1 ORDER BY created_at, id`, [member.newsroomId]);
    return { items: rows.map(view) };
  }

  async get(member: MemberContext, id: string): Promise<WebhookDto> {
    return view(await this.row(member, id));
  }

  async update(member: MemberContext, id: string, dto: UpdateWebhookDto): Promise<WebhookDto> {
    const current = await this.row(member, id);
    if (dto.url !== undefined && dto.url !== current.url) await this.assertTarget(dto.url);
    const [row] = (await this.dataSource.query(
      `WITH updated AS (
         UPDATE webhook_endpoints SET url = $3, events = $4, description = $5, active = $6, updated_at = now()
          WHERE id = $1 AND newsroom_id = $2 RETURNING ${COLUMNS}
       ) SELECT * FROM updated`,
      [id, member.newsroomId, dto.url ?? current.url, dto.events ?? current.events, dto.description ?? current.description, dto.active ?? current.active],
    )) as EndpointRow[];
    if (!row) throw new AppError('not_found', 'Webhook not found');
    return view(row);
  }

  async remove(member: MemberContext, id: string): Promise<void> {
    await this.row(member, id);
    await this.dataSource.query(`DELETE FROM webhook_endpoints WHERE id = $1 AND newsroom_id = $2`, [id, member.newsroomId]);
  }

  async deliveries(member: MemberContext, id: string): Promise<WebhookDeliveryListDto> {
    await this.row(member, id);
    const rows: {
      id: string;
      event_id: string;
      type: string;
      status: string;
      attempts: number;
      delivered_at: Date | null;
      next_attempt_at: Date;
      created_at: Date;
      log: { attempt: number; attemptedAt: string; statusCode: number | null; error: string | null; durationMs: number }[];
    }[] = await this.dataSource.query(
      `SELECT d.id, d.event_id, e.type, d.status, d.attempts, d.delivered_at, d.next_attempt_at, d.created_at,
              coalesce((SELECT json_agg(json_build_object('attempt', a.attempt, 'attemptedAt', a.attempted_at, 'statusCode', a.status_code,
                                                          'error', a.error, 'durationMs', a.duration_ms) ORDER BY a.attempted_at, a.attempt)
                          FROM webhook_attempts a WHERE a.delivery_id = d.id), '[]') AS log
         FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id
        WHERE d.endpoint_id = $1 AND d.newsroom_id = $2
        ORDER BY d.created_at DESC, d.id LIMIT 100`,
      [id, member.newsroomId],
    );
    return {
      items: rows.map((row) => ({
        id: row.id,
        eventId: row.event_id,
        eventType: row.type,
        status: row.status,
        attempts: row.attempts,
        deliveredAt: row.delivered_at?.toISOString() ?? null,
        nextAttemptAt: row.status === 'pending' ? row.next_attempt_at.toISOString() : null,
        createdAt: row.created_at.toISOString(),
        log: row.log.map((entry) => ({ ...entry, attemptedAt: new Date(entry.attemptedAt).toISOString() })),
      })),
    };
  }

  private async row(member: MemberContext, id: string): Promise<EndpointRow> {
    if (!isUuid(id)) throw new AppError('not_found', 'Webhook not found');
    const [row] = (await this.dataSource.query(`SELECT ${COLUMNS} FROM webhook_endpoints WHERE id = $1 AND newsroom_id = $2`, [id, member.newsroomId])) as EndpointRow[];
    if (!row) throw new AppError('not_found', 'Webhook not found');
    return row;
  }

  /** Refuses malformed URLs and, unless allowed, hosts that resolve to private or loopback addresses (SSRF). */
  private async assertTarget(url: string): Promise<void> {
    const problem = urlProblem(url);
    if (problem) throw new AppError('validation_failed', problem, { errors: [{ field: 'url', message: problem }] });
    if (this.settings.allowPrivateTargets) return;
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    let addresses: string[];
    try {
      addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((entry) => entry.address);
    } catch {
      throw new AppError('unprocessable', `The host ${host} cannot be resolved.`);
    }
    if (addresses.some(isPrivateAddress)) {
      throw new AppError('unprocessable', 'Webhook URLs must point to a public address; loopback and private networks are refused.');
    }
  }
}

function view(row: EndpointRow): WebhookDto {
  return { id: row.id, url: row.url, events: row.events, description: row.description, active: row.active, createdAt: row.created_at.toISOString() };
}
