import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { verifyWebhook } from '../../../src/webhooks/webhook-signature.js';

export interface Received {
  id: string;
  body: string;
  headers: Record<string, string>;
  valid: boolean;
}

/**
 * A webhook receiver on 127.0.0.1, as an integrator would write one: it
 * verifies each signature and processes every webhook-id once. `respond`
 * decides each answer (status, or 'hang' to never answer).
 */
export class TestReceiver {
  readonly requests: Received[] = [];
  readonly processed = new Map<string, unknown>();
  private readonly hanging: ServerResponse[] = [];
  respond: (request: Received, index: number) => number | 'hang' = () => 204;
  secret = '';
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address() as { port: number };
    return `http://127.0.0.1:${address.port}/hooks`;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const headers = Object.fromEntries(Object.entries(request.headers).map(([key, value]) => [key, String(value)]));
    let valid = true;
    let payload: unknown;
    try {
      payload = verifyWebhook(this.secret, body, headers);
    } catch {
      valid = false;
    }
    const received: Received = { id: headers['webhook-id'] ?? '', body, headers, valid };
    this.requests.push(received);
    const answer = this.respond(received, this.requests.length - 1);
    if (answer === 'hang') {
      this.hanging.push(response);
      return;
    }
    if (valid && answer < 300 && !this.processed.has(received.id)) this.processed.set(received.id, payload);
    response.writeHead(answer).end();
  }

  async stop(): Promise<void> {
    for (const response of this.hanging) response.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
