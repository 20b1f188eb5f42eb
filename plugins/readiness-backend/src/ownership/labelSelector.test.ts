import { parseLabelSelector } from './labelSelector';

describe('parseLabelSelector', () => {
  const labels = {
    app: 'web',
    tier: 'frontend',
    'app.kubernetes.io/part-of': 'shop',
  };

  it.each<[string, boolean | null]>([
    ['app=web', true],
    ['app==web', true],
    ['app=api', false],
    ['app!=api', true],
    ['missing!=x', true],
    ['app=web,tier=frontend', true],
    ['app=web, tier=backend', false],
    ['tier in (frontend, backend)', true],
    ['tier notin (frontend)', false],
    ['missing notin (a)', true],
    ['app.kubernetes.io/part-of in (shop),app', true],
    ['app', true],
    ['!app', false],
    ['!canary', true],
    ['', null],
    ['   ', null],
    ['app in web', null],
    ['app=web=x', null],
  ])('%s → %s', (selector, expected) => {
    const parsed = parseLabelSelector(selector);
    expect(parsed === null ? null : parsed.matches(labels)).toBe(expected);
  });
});
