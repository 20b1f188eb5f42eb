import { DailyCost, monthOverMonthGrowth } from './growth';

/** Rows for `key` on each day from `from` for `days` days, at `monthly` (or per-day values). */
function days(key: string, from: string, values: number[]): DailyCost[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return values.map((monthly, i) => ({
    key,
    day: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
    monthly,
  }));
}
const week = (value: number) => Array(7).fill(value);

describe('monthOverMonthGrowth', () => {
  it.each<[string, DailyCost[], object]>([
    [
      // (120 − 100) / 100 = 0.2 → flagged: the threshold is inclusive
      'exactly +20% is flagged',
      [
        ...days('payments', '2026-10-19', week(100)),
        ...days('payments', '2026-11-19', week(120)),
      ],
      { current: 120, previous: 100, growth: 0.2, flagged: true },
    ],
    [
      // 1.2 − 1 is 0.19999999999999996 in binary; still +20%
      'binary noise does not hide +20%',
      [
        ...days('tiny', '2026-10-19', week(1)),
        ...days('tiny', '2026-11-19', week(1.2)),
      ],
      { current: 1.2, previous: 1, growth: 0.2, flagged: true },
    ],
    [
      // (119 − 100) / 100 = 0.19
      '+19% is not',
      [
        ...days('search', '2026-10-19', week(100)),
        ...days('search', '2026-11-19', week(119)),
      ],
      { current: 119, previous: 100, growth: 0.19, flagged: false },
    ],
    [
      // means, not single days: previous (7 × 100) / 7 = 100; current (6 × 100 + 400) / 7 =
      // 1000 / 7 = 142.857…; growth 0.428571… → flagged
      'the mean of the week is compared, so one spike counts a seventh',
      [
        ...days('ml', '2026-10-19', week(100)),
        ...days('ml', '2026-11-19', [100, 100, 100, 100, 100, 100, 400]),
      ],
      { current: 142.86, previous: 100, growth: 0.428571428571, flagged: true },
    ],
    [
      // shrinking spend is never flagged: (50 − 100) / 100 = −0.5
      'a fall is not flagged',
      [
        ...days('web', '2026-10-19', week(100)),
        ...days('web', '2026-11-19', week(50)),
      ],
      { current: 50, previous: 100, growth: -0.5, flagged: false },
    ],
    [
      'spend from nothing is flagged without a ratio',
      [
        ...days('new', '2026-10-19', week(0)),
        ...days('new', '2026-11-19', week(30)),
      ],
      {
        current: 30,
        previous: 0,
        growth: null,
        flagged: true,
        reason: 'new spend: none a month earlier',
      },
    ],
    [
      // 3 days a month ago is below the 4 of 7 needed
      'too little history says so',
      [
        ...days('young', '2026-10-23', [100, 100, 100]),
        ...days('young', '2026-11-19', week(200)),
      ],
      {
        current: 200,
        previous: null,
        growth: null,
        flagged: false,
        reason: 'not enough history',
      },
    ],
  ])('%s', (_name, rows, expected) => {
    const [result] = monthOverMonthGrowth(rows);
    expect(result).toEqual({ key: rows[0].key, ...expected });
  });

  it('compares 25–31 March with 25–28 February when the month is shorter', () => {
    const rows = [
      // 25, 26, 27, 28 Feb at 100; then 25–31 Mar at 150. (150 − 100) / 100 = 0.5
      ...days('q1', '2027-02-25', [100, 100, 100, 100]),
      ...days('q1', '2027-03-01', Array(24).fill(999)).filter(
        r => r.day < '2027-03-25',
      ),
      ...days('q1', '2027-03-25', week(150)),
    ];
    expect(monthOverMonthGrowth(rows)).toEqual([
      { key: 'q1', current: 150, previous: 100, growth: 0.5, flagged: true },
    ]);
  });

  it('takes a custom threshold and date, keeps the last row per day, and sorts by key', () => {
    const rows = [
      ...days('b', '2026-10-01', week(100)),
      ...days('b', '2026-11-01', week(110)),
      ...days('a', '2026-10-01', week(100)),
      ...days('a', '2026-11-01', week(104)),
      { key: 'a', day: '2026-11-07', monthly: 104 }, // re-run of the same day: no change
      ...days('a', '2026-11-20', week(1000)), // after asOf: ignored
    ];
    const result = monthOverMonthGrowth(rows, {
      asOf: '2026-11-07',
      threshold: 0.05,
    });
    expect(result.map(r => [r.key, r.growth, r.flagged])).toEqual([
      ['a', 0.04, false],
      ['b', 0.1, true],
    ]);
  });

  it('returns nothing for no rows', () => {
    expect(monthOverMonthGrowth([])).toEqual([]);
  });
});
