import { Agent, get } from 'node:http';
import { describe, expect, it } from '@jest/globals';
import fastify from 'fastify';
import { httpServerOptions, refuseWhileClosing } from '../../../src/http-server.js';
import { setRequestIdHeader } from '../../../src/logging.js';
import { testConfig } from '../../support/desk.js';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function fetchOn(agent: Agent, url: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    get(url, { agent }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
    }).on('error', reject);
  });
}

describe('a closing server', () => {
  it('answers a request that arrives on a kept-alive connection with 503 shutting_down, asking to retry', async () => {
    const server = fastify(httpServerOptions(testConfig()));
    server.addHook('onRequest', (request, reply, done) => {
      setRequestIdHeader(reply.raw, request.id);
      done();
    });
    refuseWhileClosing(server);
    server.get('/work', () => ({ done: true }));
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    let during: Answer | undefined;
    // Runs after the hook above marked the server closing, before the socket is closed: the window a proxy's kept-alive connection hits.
    server.addHook('preClose', (done) => {
      void fetchOn(agent, url).then((answer) => {
        during = answer;
        done();
      }, done);
    });
    await server.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(server.server.address() as { port: number }).port}/work`;

    const before = await fetchOn(agent, url);
    expect(before).toMatchObject({ status: 200, body: '{"done":true}' });
    await server.close();
    agent.destroy();

    expect(during!.status).toBe(503);
    expect(during!.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(during!.headers['retry-after']).toBe('1');
    expect(during!.headers.connection).toBe('close');
    expect(JSON.parse(during!.body)).toMatchObject({ code: 'shutting_down', status: 503, requestId: during!.headers['x-request-id'] });
  });
});
