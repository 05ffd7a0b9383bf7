import { decodeFilters, encodeFilters, migrateHideFrames, optionFilters } from './frameFilterState';
import { readOptions } from './options';
import { readViewState, viewStateQuery } from './viewState';

describe('frame filters in options and the URL', () => {
  it('reads one pattern per line from the options, and only known presets', () => {
    expect(
      optionFilters({ frameHide: ' /^runtime\\./ \n\nmain\n', frameKeep: '', framePresets: ['go', 'bogus' as never] })
    ).toEqual({ hide: ['/^runtime\\./', 'main'], keep: [], presets: ['go'] });
  });

  it('round-trips filters through one URL key, a name with a line break or backslash included', () => {
    const f = { hide: ['a\nh:/.*/', 'c:\\new'], keep: ['/^app\\./i'], presets: ['nodejs' as const] };
    const q = viewStateQuery({ zoomPath: [], search: '', filters: f }, 4);
    const params = new URLSearchParams(Object.entries(q).filter(([, v]) => v !== undefined) as Array<[string, string]>);
    expect(readViewState(params, 4).filters).toEqual(f);
    // "No filters" differs from "the options' filters": it has its own value.
    expect(decodeFilters(encodeFilters({ hide: [], keep: [], presets: [] }))).toEqual({
      hide: [],
      keep: [],
      presets: [],
    });
    expect(readViewState(new URLSearchParams(''), 4).filters).toBeUndefined();
  });

  it('migrates the old single hide-frames regex into a /regex/ filter', () => {
    expect(migrateHideFrames({ hideFrames: '^runtime\\.', view: 'table' })).toEqual({
      frameHide: '/^runtime\\./',
      view: 'table',
    });
    expect(migrateHideFrames({ hideFrames: '', frameHide: 'x' })).toEqual({ frameHide: 'x' });
    expect(migrateHideFrames({ hideFrames: 'a', frameHide: 'x' })).toEqual({ frameHide: 'x\n/a/' });
    expect(readOptions({ hideFrames: 'gc' } as never).frameHide).toBe('/gc/');
  });
});
