/**
 * A standalone interactive flame graph: one self-contained HTML file with the tree embedded as JSON
 * and a small viewer (canvas, hover tooltip, click to zoom, search with matched share). It loads
 * nothing from the network: its Content-Security-Policy forbids every fetch, and all script and
 * style are inline. Names reach the page only through textContent and canvas fillText.
 */
import { CallTree } from '../tree/callTree';
import { escapeXml, jsonForScript } from './escape';

export interface HtmlOptions {
  title?: string;
  unit?: string;
}

/** The viewer, as plain ES2017 that runs in any current browser. Kept here as text on purpose. */
const VIEWER = `
(function () {
  var data = JSON.parse(document.getElementById('flamelens-data').textContent);
  var n = data.depth.length, names = data.names, depth = data.depth, self = data.self, total = data.total, nameId = data.nameId;
  var parent = new Int32Array(n), end = new Int32Array(n), start = new Float64Array(n), cursor = new Float64Array(n);
  var path = [];
  for (var i = 0; i < n; i++) {
    path.length = depth[i];
    parent[i] = depth[i] === 0 ? -1 : path[depth[i] - 1];
    path.push(i);
  }
  for (var j = n - 1; j >= 0; j--) { if (end[j] === 0) end[j] = j + 1; if (parent[j] >= 0 && end[j] > end[parent[j]]) end[parent[j]] = end[j]; }
  for (var k = 1; k < n; k++) { var p = parent[k]; start[k] = cursor[p]; cursor[p] += total[k]; cursor[k] = start[k]; }
  var canvas = document.getElementById('fg'), ctx = canvas.getContext('2d'), tip = document.getElementById('tip');
  var search = document.getElementById('search'), info = document.getElementById('info'), reset = document.getElementById('reset');
  var ROW = 20, focus = 0, matched = null;
  // Values in readable units: time as ns/µs/ms/s/min, bytes as B/KiB/MiB/GiB, anything else counted.
  var SECONDS = { nanoseconds: 1e-9, microseconds: 1e-6, milliseconds: 1e-3, seconds: 1 };
  function fmt(v) {
    var u = data.unit;
    if (SECONDS[u] !== undefined) {
      var s = v * SECONDS[u];
      if (s >= 60) return (s / 60).toFixed(2) + ' min';
      if (s >= 1) return s.toFixed(2) + ' s';
      if (s >= 1e-3) return (s * 1e3).toFixed(2) + ' ms';
      if (s >= 1e-6) return (s * 1e6).toFixed(2) + ' µs';
      return (s * 1e9).toFixed(0) + ' ns';
    }
    if (u === 'bytes') {
      var units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'], i = 0;
      while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
      return (i === 0 ? v.toFixed(0) : v.toFixed(2)) + ' ' + units[i];
    }
    return v.toLocaleString('en') + (u && u !== 'count' ? ' ' + u : '');
  }
  function hue(s) { var h = 2166136261; for (var c = 0; c < s.length; c++) { h ^= s.charCodeAt(c); h = Math.imul(h, 16777619); } return (h >>> 0) % 360; }
  function draw() {
    var dpr = window.devicePixelRatio || 1, w = canvas.clientWidth, base = depth[focus];
    var rows = 0; for (var r = focus; r < end[focus]; r++) rows = Math.max(rows, depth[r] - base + 1);
    var h = (rows + depth[focus]) * ROW;
    canvas.width = w * dpr; canvas.height = Math.min(h, 32000) * dpr; canvas.style.height = Math.min(h, 32000) + 'px';
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0); ctx.clearRect(0, 0, w, h); ctx.font = '12px monospace'; ctx.textBaseline = 'middle';
    var scale = w / total[focus], x0 = start[focus];
    for (var a = parent[focus]; a >= 0; a = parent[a]) box(a, 0, w);
    for (var q = focus; q < end[focus]; q++) {
      var bw = total[q] * scale; if (bw < 0.5) { q = end[q] - 1; continue; }
      box(q, (start[q] - x0) * scale, bw);
    }
  }
  function box(q, x, bw) {
    var y = depth[q] * ROW, name = names[nameId[q]];
    ctx.fillStyle = matched && !matched[q] ? '#ccc' : 'hsl(' + hue(name) + ',60%,' + (q < focus ? 85 : 68) + '%)';
    ctx.fillRect(x, y, Math.max(bw - 1, 0.5), ROW - 1);
    if (bw > 24) { ctx.save(); ctx.beginPath(); ctx.rect(x, y, bw - 1, ROW); ctx.clip(); ctx.fillStyle = '#111'; ctx.fillText(name, x + 3, y + ROW / 2); ctx.restore(); }
  }
  function at(ev) {
    var r = canvas.getBoundingClientRect(), x = ev.clientX - r.left, d = Math.floor((ev.clientY - r.top) / ROW);
    if (d < depth[focus]) { for (var a = focus; a >= 0; a = parent[a]) if (depth[a] === d) return a; return -1; }
    var v = start[focus] + (x / canvas.clientWidth) * total[focus], node = focus;
    while (depth[node] < d) { var c = node + 1, f = -1; while (c < end[node]) { if (v >= start[c] && v < start[c] + total[c]) { f = c; break; } c = end[c]; } if (f < 0) return -1; node = f; }
    return node;
  }
  canvas.addEventListener('mousemove', function (ev) {
    var q = at(ev); if (q < 0) { tip.style.display = 'none'; return; }
    tip.textContent = names[nameId[q]] + '\\ntotal ' + fmt(total[q]) + ' (' + (100 * total[q] / total[0]).toFixed(2) + '%)\\nself ' + fmt(self[q]);
    tip.style.display = 'block'; tip.style.left = (ev.pageX + 12) + 'px'; tip.style.top = (ev.pageY + 12) + 'px';
  });
  canvas.addEventListener('mouseleave', function () { tip.style.display = 'none'; });
  canvas.addEventListener('click', function (ev) { var q = at(ev); if (q >= 0) { focus = q; draw(); } });
  reset.addEventListener('click', function () { focus = 0; draw(); });
  search.addEventListener('input', function () {
    var s = search.value.toLowerCase(); if (!s) { matched = null; info.textContent = ''; draw(); return; }
    matched = new Uint8Array(n); var sum = 0, until = 0;
    for (var q = 1; q < n; q++) if (names[nameId[q]].toLowerCase().indexOf(s) >= 0) { matched[q] = 1; if (q >= until) { sum += total[q]; until = end[q]; } }
    info.textContent = 'matched: ' + (100 * sum / total[0]).toFixed(2) + '% of total'; draw();
  });
  window.addEventListener('resize', draw);
  draw();
})();
`;

export function treeToHtml(tree: CallTree, opts: HtmlOptions = {}): string {
  const data = {
    names: tree.names,
    depth: Array.from(tree.depth),
    self: Array.from(tree.self),
    total: Array.from(tree.total),
    nameId: Array.from(tree.nameId),
    unit: opts.unit ?? '',
  };
  const title = escapeXml(opts.title ?? 'Flame graph');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
<title>${title}</title>
<style>
body { font: 13px system-ui, sans-serif; margin: 12px; color: #111; }
header { display: flex; gap: 8px; align-items: center; margin-bottom: 8px; }
#fg { width: 100%; display: block; cursor: pointer; }
#tip { position: absolute; display: none; white-space: pre; background: #fff; border: 1px solid #999; padding: 6px; font: 12px monospace; pointer-events: none; max-width: 600px; overflow-wrap: anywhere; }
</style>
</head>
<body>
<header><strong>${title}</strong><input id="search" placeholder="Search functions" aria-label="Search functions"><button id="reset">Reset zoom</button><span id="info"></span></header>
<canvas id="fg" aria-label="Flame graph"></canvas>
<div id="tip" role="tooltip"></div>
<script type="application/json" id="flamelens-data">${jsonForScript(data)}</script>
<script>${VIEWER}</script>
</body>
</html>
`;
}
