import { parseFolded } from '../formats/folded';
import { nodeColors, packageOf } from './colors';

describe('packageOf', () => {
  it.each([
    ['github.com/x/y/pkg.(*T).Method', 'github.com/x/y/pkg'],
    ['net/http.(*conn).serve', 'net/http'],
    ['runtime.mallocgc', 'runtime'],
    ['java/io/UnixFileSystem.delete0', 'java/io'],
    ['com.acme.db.Pool.get', 'com.acme.db'],
    ['std::vec::Vec<T>::push', 'std::vec'],
    ['/app/util.py:parse', '/app/util.py'],
    ['busyWork', 'busyWork'],
    ['0x463784', '0x463784'],
  ])('reads the package of %s as %s', (name, pkg) => {
    expect(packageOf(name)).toBe(pkg);
  });
});

describe('nodeColors', () => {
  const tree = parseFolded('runtime.mallocgc 1\nruntime.gcBgMarkWorker 1\nmain.work 98\n').tree;
  const id = (name: string) =>
    Array.from({ length: tree.count }, (_, i) => i).find((i) => tree.names[tree.nameId[i]] === name)!;

  it('gives frames of one package one colour in the package scheme, and different ones by name', () => {
    const byPkg = nodeColors(tree, 'package', false);
    expect(byPkg(id('runtime.mallocgc'))).toBe(byPkg(id('runtime.gcBgMarkWorker')));
    const byName = nodeColors(tree, 'name', false);
    expect(byName(id('runtime.mallocgc'))).not.toBe(byName(id('runtime.gcBgMarkWorker')));
  });

  it('colours hot nodes differently from cold ones in the value scheme, and equal shares alike', () => {
    const byValue = nodeColors(tree, 'value', true);
    expect(byValue(id('main.work'))).not.toBe(byValue(id('runtime.mallocgc')));
    expect(byValue(id('runtime.mallocgc'))).toBe(byValue(id('runtime.gcBgMarkWorker')));
  });
});
