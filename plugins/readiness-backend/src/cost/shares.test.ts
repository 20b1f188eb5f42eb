import { UNOWNED_SHARE, rollUpTeams, splitShares } from './shares';

describe('splitShares', () => {
  it.each<
    [
      string,
      Array<[string | null, number]>,
      string | null,
      ReturnType<typeof splitShares>,
    ]
  >([
    [
      'one owner, no labels: not shared',
      [[null, 10]],
      'group:default/payments',
      undefined,
    ],
    [
      'pods labelled with the namespace owner, spelled differently: not shared',
      [
        [null, 10],
        ['payments', 5],
      ],
      'group:default/payments',
      undefined,
    ],
    [
      'zero-cost owners do not make a namespace shared',
      [
        [null, 10],
        ['search', 0],
      ],
      'payments',
      undefined,
    ],
    [
      'all spend labelled for another team: one share, so the team roll-up follows the pods',
      [['search', 10]],
      'payments',
      [{ owner: 'search', monthly: 10 }],
    ],
    [
      'no namespace owner: the unlabelled rest is unowned',
      [
        ['search', 7],
        [null, 3],
      ],
      null,
      [
        { owner: 'search', monthly: 7 },
        { owner: UNOWNED_SHARE, monthly: 3 },
      ],
    ],
  ])('%s', (_name, entries, owner, expected) => {
    expect(splitShares(new Map(entries), owner)).toEqual(expected);
  });
});

describe('rollUpTeams', () => {
  it('sums namespaces and shares per team, then rounds, and leaves unowned spend out', () => {
    // payments: 10.004 + 0.003 = 10.007 → 10.01 (rounding each first would give 10.00)
    expect(
      rollUpTeams(
        [
          { namespace: 'pay', owner: 'payments', monthly: 10.004 },
          {
            namespace: 'lab',
            owner: null,
            monthly: 5.003,
            shares: [
              { owner: 'group:default/payments', monthly: 0.003 },
              { owner: UNOWNED_SHARE, monthly: 5 },
            ],
          },
          { namespace: 'tmp', owner: null, monthly: 99 },
        ],
        'USD',
      ),
    ).toEqual([
      {
        name: 'payments',
        namespaces: ['lab', 'pay'],
        monthlyCost: 10.01,
        currency: 'USD',
      },
    ]);
  });
});
