import { PILLARS } from '@readiness/plugin-readiness-common';
import { orderedPillars } from './orderedPillars';

describe('orderedPillars', () => {
  it('returns the nine pillars in rubric order, unassessed when missing', () => {
    const result = orderedPillars([
      { id: 'security', title: 'Security hardening', score: 2, coverage: 1 },
      { id: 'identity', title: 'Identity & access', score: 1, coverage: 0.5 },
    ]);

    expect(result.map(p => p.id)).toEqual(PILLARS.map(p => p.id));
    expect(result[0]).toEqual({
      id: 'identity',
      title: 'Identity & access',
      score: 1,
      coverage: 0.5,
    });
    expect(result.find(p => p.id === 'backup')).toEqual({
      id: 'backup',
      title: 'Backup & DR',
      score: null,
      coverage: 0,
    });
  });
});
