// The ride-share demo: a small real Node service profiled by the real @pyroscope/nodejs SDK.
//
//   GET /car | /bike | /scooter  →  OrderCar / OrderBike / OrderScooter  →  FindNearestVehicle
//
// Each request does real CPU work in named functions, so the flame graph shows a recognisable
// shape; one region ("eu-north") takes a slow, lock-like path in CheckDriverAvailability, the hot
// spot a user should find. Static label: region. Dynamic label: vehicle (per request).
// Environment: PYROSCOPE_SERVER_ADDRESS (default http://127.0.0.1:4040), DEMO_PORT (default 5050),
// DEMO_REGION (default: one process serving three regions in turn), DEMO_LOAD=off to disable
// the built-in load generator, PYROSCOPE_TENANT_ID for a multi-tenant server.
'use strict';
const http = require('http');
const Pyroscope = require('@pyroscope/nodejs');

const SERVER = process.env.PYROSCOPE_SERVER_ADDRESS || 'http://127.0.0.1:4040';
const PORT = Number(process.env.DEMO_PORT || 5050);
const REGIONS = process.env.DEMO_REGION ? [process.env.DEMO_REGION] : ['us-east', 'eu-north', 'ap-south'];

function busyWork(units) {
  // Deterministic floating-point work the optimiser cannot remove.
  let x = 0;
  for (let i = 0; i < units * 20000; i++) {
    x += Math.sqrt(i) * Math.sin(i);
  }
  return x;
}

function CheckDriverAvailability(region) {
  // The deliberate hot spot: eu-north spins as if waiting on a contended lock.
  return busyWork(region === 'eu-north' ? 40 : 4);
}

function FindNearestVehicle(region, vehicle, units) {
  let r = busyWork(units);
  r += CheckDriverAvailability(region);
  return `${vehicle}-${Math.abs(Math.round(r)) % 1000}`;
}

function OrderCar(region) {
  return FindNearestVehicle(region, 'car', 12);
}

function OrderBike(region) {
  return FindNearestVehicle(region, 'bike', 6);
}

function OrderScooter(region) {
  return FindNearestVehicle(region, 'scooter', 3);
}

const ROUTES = { '/car': ['car', OrderCar], '/bike': ['bike', OrderBike], '/scooter': ['scooter', OrderScooter] };
let requestCount = 0;

function handle(req, res) {
  const url = new URL(req.url, 'http://localhost');
  const route = ROUTES[url.pathname];
  if (!route) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('try /car, /bike or /scooter\n');
    return;
  }
  const [vehicle, order] = route;
  const region = url.searchParams.get('region') || REGIONS[requestCount++ % REGIONS.length];
  let result = '';
  Pyroscope.wrapWithLabels({ vehicle, region }, () => {
    result = order(region);
  });
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ vehicle, region, assigned: result }) + '\n');
}

function startLoad() {
  const paths = ['/car', '/car', '/bike', '/scooter'];
  let n = 0;
  const timer = setInterval(() => {
    const p = paths[n++ % paths.length];
    http.get({ host: '127.0.0.1', port: PORT, path: p }, (r) => r.resume()).on('error', () => undefined);
  }, 50);
  timer.unref();
}

Pyroscope.init({
  serverAddress: SERVER,
  appName: 'ride-sharing-app',
  tags: { region: REGIONS.length === 1 ? REGIONS[0] : 'multi' },
  tenantID: process.env.PYROSCOPE_TENANT_ID || undefined,
  flushIntervalMs: 10000,
  wall: { collectCpuTime: true },
});
Pyroscope.start();

const server = http.createServer(handle);
server.listen(PORT, '0.0.0.0', () => {
  console.log(`ride-share demo listening on :${PORT}, pushing profiles to ${SERVER}`);
  if (process.env.DEMO_LOAD !== 'off') {
    startLoad();
  }
});

function shutdown() {
  server.close();
  Pyroscope.stop().finally(() => process.exit(0));
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
