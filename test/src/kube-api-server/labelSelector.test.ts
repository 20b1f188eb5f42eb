import { parseLabelSelector, SelectorError } from './labelSelector.ts';

const labels = { app: 'web', tier: 'frontend', version: '3' };

describe('parseLabelSelector', () => {
  it.each([
    ['', true],
    ['app=web', true],
    ['app==web', true],
    ['app=api', false],
    ['app!=api', true],
    ['missing!=x', true],
    ['app in (api, web)', true],
    ['app in (api)', false],
    ['app notin (api)', true],
    ['missing notin (api)', true],
    ['tier', true],
    ['!tier', false],
    ['!missing', true],
    ['version>2', true],
    ['version<3', false],
    ['app=web,tier in (frontend),!missing', true],
    ['app=web,tier=backend', false],
    ['example.com/team=x', false],
  ])('%s matches: %s', (selector, expected) => {
    expect(parseLabelSelector(selector)(labels)).toBe(expected);
  });

  it('treats objects without labels as having none', () => {
    expect(parseLabelSelector('!app')(undefined)).toBe(true);
    expect(parseLabelSelector('app!=web')(undefined)).toBe(true);
    expect(parseLabelSelector('app')(undefined)).toBe(false);
  });

  it.each([
    'app in web',
    'app in ()',
    'app=we b',
    'a,,b',
    '-bad=x',
    'version>x',
  ])('rejects %s', selector => {
    expect(() => parseLabelSelector(selector)).toThrow(SelectorError);
  });
});
