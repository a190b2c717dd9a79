import { describe, expect, it } from 'vitest';
import { compareVersions, parseVersion, satisfies } from '../../src/overlay/semver.js';
import { parseSpecifier } from '../../src/overlay/specifier.js';

describe('satisfies', () => {
  it.each([
    ['1.1.0', '^1.0.0', true],
    ['2.0.0', '^1.0.0', false],
    ['2.0.0-beta.1', '^1.0.0', false],
    ['0.2.5', '^0.2.0', true],
    ['0.3.0', '^0.2.0', false],
    ['0.0.4', '^0.0.3', false],
    ['1.2.9', '~1.2.3', true],
    ['1.3.0', '~1.2.3', false],
    ['1.9.9', '1.x', true],
    ['1.4.0', '>=1.2.0 <1.5.0', true],
    ['1.5.0', '>=1.2.0 <1.5.0', false],
    ['3.0.0', '^1.0.0 || ^3.0.0', true],
    ['1.2.3', '1.2.3', true],
    ['1.2.4', '1.2.3', false],
    ['1.5.0', '1.0.0 - 1.5.0', true],
    ['7.0.0', '*', true],
    ['1.0.0-rc.2', '^1.0.0-rc.1', true],
    ['1.0.1-rc.1', '^1.0.0-rc.1', false],
  ])('%s satisfies %s: %s', (v, r, expected) => {
    expect(satisfies(v, r)).toBe(expected);
  });

  it('refuses garbage instead of guessing', () => {
    expect(satisfies('1.0', '^1.0.0')).toBe(false);
    expect(satisfies('1.0.0', '^one')).toBe(false);
  });

  it('orders prereleases before releases', () => {
    expect(compareVersions(parseVersion('1.0.0-alpha')!, parseVersion('1.0.0')!)).toBeLessThan(0);
    expect(compareVersions(parseVersion('1.0.0-alpha.2')!, parseVersion('1.0.0-alpha.10')!)).toBeLessThan(0);
  });
});

describe('parseSpecifier', () => {
  it('reads scoped packages with ranges, and relative files', () => {
    expect(parseSpecifier('@kehoach/template-province@^1.0.0')).toEqual({ kind: 'package', name: '@kehoach/template-province', range: '^1.0.0', text: '@kehoach/template-province@^1.0.0' });
    expect(parseSpecifier('kehoach-quang-ngai')).toMatchObject({ kind: 'package', name: 'kehoach-quang-ngai', range: '*' });
    expect(parseSpecifier('../mau/tinh.template.yaml')).toMatchObject({ kind: 'path', path: '../mau/tinh.template.yaml' });
    expect(parseSpecifier('Mẫu tỉnh')).toBeUndefined();
  });
});
