import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** One Prometheus registry per application instance (tests boot several). */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'claimdesk_http_requests_total',
    help: 'HTTP requests answered, by method, route and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'claimdesk_http_request_duration_seconds',
    help: 'HTTP request latency, by method and route.',
    labelNames: ['method', 'route'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly websocketConnections = new Gauge({
    name: 'claimdesk_collab_connections',
    help: 'Open live-editing websocket connections.',
    registers: [this.registry],
  });

  /** Each (method, route, status) series' children, so that recording a request hashes no labels. */
  private readonly series = new Map<string, { count: { inc(): void }; duration: { observe(seconds: number): void } }>();

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'claimdesk_' });
  }

  /** Counts an answered request and its latency. `route` is a pattern (bounded), never a raw URL. */
  recordRequest(method: string, route: string, status: number, seconds: number): void {
    const key = `${method} ${status} ${route}`;
    let series = this.series.get(key);
    if (!series) {
      series = { count: this.httpRequests.labels({ method, route, status }), duration: this.httpDuration.labels({ method, route }) };
      this.series.set(key, series);
    }
    series.count.inc();
    series.duration.observe(seconds);
  }
}
