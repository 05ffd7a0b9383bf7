import * as http from 'http';
import { AddressInfo } from 'net';
import { lastValueFrom } from 'rxjs';
import { fetchObservable } from './backendSrv';

let server: http.Server;
let base: string;
const seen: Array<{ body: string; type?: string }> = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('latin1');
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({ body, type: req.headers['content-type'] });
      if (req.url === '/fail') {
        res.writeHead(401, { 'Content-Type': 'application/json' });
        res.end('{"code":"unauthenticated","message":"no"}');
        return;
      }
      if (req.url === '/slow') {
        setTimeout(() => res.end('late'), 300);
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      res.end(Buffer.from([1, 2, 3]));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => (seen.length = 0));

describe('host backend service', () => {
  it('passes a string or a Blob body unchanged, and JSON-encodes anything else', async () => {
    await lastValueFrom(fetchObservable({ url: `${base}/x`, method: 'POST', data: 'raw text' }));
    await lastValueFrom(
      fetchObservable({ url: `${base}/x`, method: 'POST', data: new Blob([Uint8Array.of(0, 255, 7)]) })
    );
    await lastValueFrom(fetchObservable({ url: `${base}/x`, method: 'POST', data: Uint8Array.of(0, 255, 7) }));
    expect(seen[0].body).toBe('raw text');
    expect(Array.from(Buffer.from(seen[1].body, 'latin1'))).toEqual([0, 255, 7]);
    expect(seen[2].body).toBe('{"0":0,"1":255,"2":7}');
    expect(seen[2].type).toBe('application/json');
  });

  it('decodes by responseType and fails with a FetchError carrying status and body', async () => {
    const r = await lastValueFrom(fetchObservable<ArrayBuffer>({ url: `${base}/x`, responseType: 'arraybuffer' }));
    expect(Array.from(new Uint8Array(r.data))).toEqual([1, 2, 3]);
    await expect(lastValueFrom(fetchObservable({ url: `${base}/fail` }))).rejects.toMatchObject({
      status: 401,
      data: { code: 'unauthenticated' },
    });
  });

  it('cancels the request in flight when a new one has the same requestId', async () => {
    const first = lastValueFrom(fetchObservable({ url: `${base}/slow`, requestId: 'q', responseType: 'text' }));
    const second = lastValueFrom(fetchObservable({ url: `${base}/slow`, requestId: 'q', responseType: 'text' }));
    await expect(first).rejects.toMatchObject({ cancelled: true });
    await expect(second).resolves.toMatchObject({ data: 'late' });
  });
});
