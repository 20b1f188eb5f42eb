import { costGrowth } from './costGrowth';

function days(from: string, count: number): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) =>
    new Date(start + i * 86_400_000).toISOString().slice(0, 10),
  );
}

describe('costGrowth', () => {
  // 2026-10-15 … 2026-11-24: the last week against the same week of October.
  const all = days('2026-10-15', 41);
  const rows = all.flatMap(day => {
    const late = day >= '2026-11-18';
    return [
      // Grew 30%: flagged at the default 20% threshold.
      {
        cluster: 'prod',
        namespace: 'payments',
        day,
        owner: 'group:default/payments',
        monthly: late ? 130 : 100,
      },
      // Flat.
      {
        cluster: 'prod',
        namespace: 'fraud',
        day,
        owner: 'payments',
        monthly: 50,
      },
      // Someone else's.
      {
        cluster: 'prod',
        namespace: 'search',
        day,
        owner: 'search',
        monthly: late ? 10 : 40,
      },
    ];
  });

  it('computes growth per namespace and for the team as a whole', () => {
    const growth = costGrowth(rows, 'group:default/payments', 0.2);
    expect(growth.namespaces.get('prod/payments')).toBeCloseTo(0.3);
    expect(growth.namespaces.get('prod/fraud')).toBeCloseTo(0);
    expect(growth.namespaces.get('prod/search')).toBeCloseTo(-0.75);
    // (130 + 50) / (100 + 50) - 1: both owner spellings count as the team.
    expect(growth.team).toBeCloseTo(0.2);
  });

  it('has no growth without a month of history', () => {
    const recent = rows.filter(r => r.day >= '2026-11-10');
    const growth = costGrowth(recent, 'group:default/payments', 0.2);
    expect(growth.team).toBeNull();
    expect(growth.namespaces.size).toBe(0);
  });
});
