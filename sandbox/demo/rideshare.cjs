// The ride-share demo: a small real Node service profiled by the real @pyroscope/nodejs SDK.
//
//   GET /car | /bike | /scooter  →  OrderCar / OrderBike / OrderScooter  →  FindNearestVehicle
//
// Each request does real CPU work in named functions, so the flame graph shows a recognisable
// shape; one region ("eu-north") takes a slow, lock-like path in CheckDriverAvailability, the hot
// spot a user should find. Static label: region. Dynamic label: vehicle (per request).
//
// Span durations have a shape for a span heatmap: in eu-north every 5th request (a counter, so
// runs repeat) takes the slow path, where CheckDriverAvailability does 5× its work, so eu-north's
// spans form two bands (about 52 and 212 work units for /car); us-east's stay in one fast band.
//
//   units per request   /car   /bike   /scooter
//   us-east               16     10        7
//   eu-north              52     46       43      (4 requests in 5)
//   eu-north, slow       212    206      203      (every 5th request)
//
// Each request's samples carry span_id, trace_id and span_name (the order function's name), as
// Pyroscope's span profiles do; they stay on the samples, not series labels.
// Environment: PYROSCOPE_SERVER_ADDRESS (default http://127.0.0.1:4040), DEMO_PORT (default 5050),
// DEMO_REGION (default eu-north), DEMO_LOAD=off to disable
// the built-in load generator, PYROSCOPE_TENANT_ID for a multi-tenant server, DEMO_FLUSH_MS for
// how often profiles are pushed (default 10000), DEMO_SPANS_URL to record each request's span
// (trace id, span id, name, service, start, end) in the sandbox's span store,
// FLAMELENS_REPOSITORY_URL (default https://github.com/flamelens/flamelens, the sandbox's default) and
// DEMO_GIT_REF (default HEAD) for the service_repository and service_git_ref labels that tell
// Pyroscope's source service where this file's source is.
'use strict';
const http = require('http');
const Pyroscope = require('@pyroscope/nodejs');

const crypto = require('crypto');

const SERVER = process.env.PYROSCOPE_SERVER_ADDRESS || 'http://127.0.0.1:4040';
const PORT = Number(process.env.DEMO_PORT ?? 5050);
const SPANS_URL = process.env.DEMO_SPANS_URL || '';
const SERVICE = 'ride-sharing-app';
let pendingSpans = [];
// One process serves one region (a static label); run one per region. eu-north has the hot spot.
const REGION = process.env.DEMO_REGION || 'eu-north';
const REPOSITORY_URL = process.env.FLAMELENS_REPOSITORY_URL || 'https://github.com/flamelens/flamelens';
const GIT_REF = process.env.DEMO_GIT_REF || 'HEAD';

function busyWork(units) {
  // Deterministic floating-point work the optimiser cannot remove.
  let x = 0;
  for (let i = 0; i < units * 20000; i++) {
    x += Math.sqrt(i) * Math.sin(i);
  }
  return x;
}

// Every SLOW_EVERY-th request in eu-north takes the slow path (counted, not random).
const SLOW_EVERY = 5;
const SLOW_FACTOR = 5;

function CheckDriverAvailability(region, slow) {
  // The deliberate hot spot: eu-north spins as if waiting on a contended lock, 5× longer on the
  // slow path.
  if (region !== 'eu-north') {
    return busyWork(4);
  }
  return busyWork(slow ? 40 * SLOW_FACTOR : 40);
}

function FindNearestVehicle(region, vehicle, units, slow) {
  let r = busyWork(units);
  r += CheckDriverAvailability(region, slow);
  return `${vehicle}-${Math.abs(Math.round(r)) % 1000}`;
}

function OrderCar(region, slow) {
  return FindNearestVehicle(region, 'car', 12, slow);
}

function OrderBike(region, slow) {
  return FindNearestVehicle(region, 'bike', 6, slow);
}

function OrderScooter(region, slow) {
  return FindNearestVehicle(region, 'scooter', 3, slow);
}

let requestCount = 0;

const ROUTES = { '/car': ['car', OrderCar], '/bike': ['bike', OrderBike], '/scooter': ['scooter', OrderScooter] };

function handle(req, res) {
  const url = new URL(req.url, 'http://localhost');
  const route = ROUTES[url.pathname];
  if (!route) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('try /car, /bike or /scooter\n');
    return;
  }
  const [vehicle, order] = route;
  const region = REGION;
  const traceId = crypto.randomBytes(16).toString('hex');
  const spanId = crypto.randomBytes(8).toString('hex');
  const slow = region === 'eu-north' && ++requestCount % SLOW_EVERY === 0;
  const startMs = Date.now();
  let result = '';
  Pyroscope.wrapWithLabels({ vehicle, span_id: spanId, trace_id: traceId, span_name: order.name }, () => {
    result = order(region, slow);
  });
  if (SPANS_URL) {
    pendingSpans.push({
      traceId,
      spanId,
      name: order.name,
      service: SERVICE,
      startMs,
      endMs: Date.now(),
      attributes: { region, vehicle },
    });
  }
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ vehicle, region, assigned: result }) + '\n');
}

function startLoad() {
  const paths = ['/car', '/car', '/bike', '/scooter'];
  let n = 0;
  const timer = setInterval(() => {
    const p = paths[n++ % paths.length];
    http.get({ host: '127.0.0.1', port, path: p }, (r) => r.resume()).on('error', () => undefined);
  }, 50);
  timer.unref();
}

function flushSpans() {
  if (pendingSpans.length === 0) {
    return;
  }
  const batch = pendingSpans;
  pendingSpans = [];
  const body = JSON.stringify(batch);
  const req = http.request(
    SPANS_URL,
    { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } },
    (r) => r.resume()
  );
  req.on('error', () => undefined);
  req.end(body);
}

Pyroscope.init({
  serverAddress: SERVER,
  appName: SERVICE,
  // OpenTelemetry-style names as Pyroscope 2 keeps them (the SDK adds otel.scope.name and friends).
  tags: {
    region: REGION,
    'k8s.pod.name': `ride-sharing-${REGION}-${process.pid}`,
    service_repository: REPOSITORY_URL,
    service_git_ref: GIT_REF,
  },
  tenantID: process.env.PYROSCOPE_TENANT_ID || undefined,
  flushIntervalMs: Number(process.env.DEMO_FLUSH_MS || 10000),
  wall: { collectCpuTime: true },
});
Pyroscope.start();

let port = PORT;
const server = http.createServer(handle);
server.listen(PORT, process.env.DEMO_HOST || '0.0.0.0', () => {
  port = server.address().port;
  console.log(`ride-share demo listening on :${port}, pushing profiles to ${SERVER}`);
  if (process.env.DEMO_LOAD !== 'off') {
    startLoad();
  }
  if (SPANS_URL) {
    setInterval(flushSpans, 2000).unref();
  }
});

function shutdown() {
  server.close();
  // The SDK may still run one profiling round after stop() and throw from it ("Heap profiler is
  // not enabled"): by then the process is exiting on purpose, so that round's error is not news.
  process.on('uncaughtException', (e) => {
    if (!/profiler is not enabled/i.test(String(e && e.message))) {
      console.error(e);
    }
    process.exit(0);
  });
  Pyroscope.stop().finally(() => process.exit(0));
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
// Started by `npm start` with an IPC channel: it closes when the sandbox dies, however it dies.
if (process.send) {
  process.on('disconnect', shutdown);
}
