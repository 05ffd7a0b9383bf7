import { EXPORT_WRITERS, NO_FRAME } from './exports';
import { applyFrameFilters } from '../tree/frameFilters';
import { re2 } from '../regex/re2';
import { decodePprof } from '../pprof/decode';
import { pprofToTree } from '../pprof/toTree';
import { treeToSpeedscope } from './speedscope';
import { treeToSvg } from './svg';
import { treeToHtml } from './html';
import { parseFolded } from './folded';

const HOSTILE = '<img src=x onerror=alert(1)>';
const SCRIPT = '</script><script>alert(2)</script>';
const { tree } = parseFolded(`main;work 6\nmain;${HOSTILE} 3\nmain;${SCRIPT} 1\n`);

describe('speedscope export', () => {
  it('writes one weighted root-first stack per node with self value', () => {
    const doc = JSON.parse(treeToSpeedscope(tree, { unit: 'nanoseconds', name: 'cpu' }));
    const frames = doc.shared.frames.map((f: { name: string }) => f.name);
    const p = doc.profiles[0];
    expect(p.type).toBe('sampled');
    expect(p.unit).toBe('nanoseconds');
    expect(p.endValue).toBe(10);
    const stacks = p.samples.map((s: number[]) => s.map((i) => frames[i]).join(';'));
    expect(Object.fromEntries(stacks.map((s: string, i: number) => [s, p.weights[i]]))).toEqual({
      'main;work': 6,
      [`main;${HOSTILE}`]: 3,
      [`main;${SCRIPT}`]: 1,
    });
  });
});

describe('SVG export', () => {
  const svg = treeToSvg(tree, { title: `Profile ${HOSTILE}` });

  it('escapes every name, so hostile names add no elements', () => {
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const elements = new Set(Array.from(svg.matchAll(/<([a-zA-Z]+)/g), (m) => m[1]));
    expect([...elements].sort()).toEqual(['g', 'rect', 'svg', 'text', 'title']);
  });

  it('draws a frame per visible node with a tooltip title', () => {
    expect((svg.match(/<rect x=/g) ?? []).length).toBe(tree.count);
    expect(svg).toContain('main\ntotal 10 (100.00%)');
  });
});

describe('HTML export', () => {
  const html = treeToHtml(tree, { title: HOSTILE, unit: 'ns' });

  it('is one self-contained file whose policy forbids any network request', () => {
    expect(html).toContain(`content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<(link|img|iframe)\b/);
    expect(html).not.toMatch(/<[a-z]+[^>]*\ssrc=/i);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('embeds names so they cannot close the data script or inject markup', () => {
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain('<img');
    expect(html).toContain('\\u003c/script>');
    const json = /<script type="application\/json" id="flamelens-data">(.*?)<\/script>/s.exec(html)![1];
    expect(JSON.parse(json).names).toContain(SCRIPT);
  });
});

describe('XML escaping', () => {
  it('replaces characters XML cannot hold, so an SVG of any name is well-formed', () => {
    const { escapeXml } = jest.requireActual<typeof import('./escape')>('./escape');
    const name = 'a\u0000b\u0007c\u001bd\ud800e\udc00f\ufffe<&>"\'\tok\u{1f600}';
    expect(escapeXml(name)).toBe('a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf\ufffd&lt;&amp;&gt;&quot;&#39;\tok\u{1f600}');
  });
});

describe('stack exports of a tree whose root holds time itself', () => {
  it('keep every sample: the root time goes under a frame of its own', () => {
    // Every frame of the "other" stack hidden: its 4 units are the root's own.
    const t = applyFrameFilters(
      parseFolded('main;work 6\nother 4\n').tree,
      { hide: ['other'], keep: [], presets: [] },
      re2
    ).tree;
    expect(t.self[0]).toBe(4);
    const input = { tree: t, title: 'x', sampleType: { type: 'cpu', unit: 'nanoseconds' } };
    expect(EXPORT_WRITERS.folded(input)).toBe(`${NO_FRAME} 4\nmain;work 6\n`);
    const pprof = decodePprof(EXPORT_WRITERS.pprof(input) as Uint8Array);
    expect(pprofToTree(pprof, { sampleType: 0 }).total[0]).toBe(10);
    const speedscope = JSON.parse(EXPORT_WRITERS.speedscope(input) as string);
    expect(speedscope.profiles[0].weights.reduce((a: number, b: number) => a + b, 0)).toBe(10);
  });
});
