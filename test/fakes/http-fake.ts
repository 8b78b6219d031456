import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  /** The raw body, exactly as received (signatures are over these bytes). */
  body: string;
  json: unknown;
}

export interface FakeAnswer {
  status: number;
  headers?: Record<string, string>;
  /** A string is sent as text; anything else as JSON. */
  body?: unknown;
}

/**
 * A local HTTP server that records every request and answers through the platform's `handle`, or with a
 * queued failure first (`failNext`), so tests can take a platform down and bring it back.
 */
export class HttpFake {
  readonly requests: RecordedRequest[] = [];
  private readonly failures: FakeAnswer[] = [];
  private waiters: { count: number; resolve: () => void }[] = [];

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(handle: (request: RecordedRequest) => FakeAnswer): Promise<HttpFake> {
    let fake: HttpFake | null = null;
    const server = createServer((req, res) => {
      void readBody(req).then((body) => {
        if (!fake) return;
        fake.answer(req, res, body, handle);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    fake = new HttpFake(server, `http://127.0.0.1:${port}`);
    return fake;
  }

  private answer(req: IncomingMessage, res: ServerResponse, body: string, handle: (request: RecordedRequest) => FakeAnswer): void {
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
    let json: unknown = null;
    try {
      json = body ? JSON.parse(body) : null;
    } catch {
      // not JSON: the platform's handler decides what to answer
    }
    const request: RecordedRequest = { method: req.method ?? 'GET', path: req.url ?? '/', headers, body, json };
    this.requests.push(request);
    const answer = this.failures.shift() ?? handle(request);
    const text = answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    const type = typeof answer.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
    res.writeHead(answer.status, { ...(text ? { 'content-type': type } : {}), ...answer.headers });
    res.end(text);
    this.waiters = this.waiters.filter((w) => (this.requests.length >= w.count ? (w.resolve(), false) : true));
  }

  /** The next `count` requests get `answer` instead of the platform's normal one. */
  failNext(count: number, answer: FakeAnswer): void {
    for (let i = 0; i < count; i++) this.failures.push(answer);
  }

  /** Resolves once `count` requests have arrived in all. */
  waitForRequests(count: number, timeoutMs = 5000): Promise<void> {
    if (this.requests.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`expected ${count} requests, got ${this.requests.length}`)), timeoutMs);
      this.waiters.push({
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function bearerOf(request: RecordedRequest): string | null {
  return /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? null;
}
