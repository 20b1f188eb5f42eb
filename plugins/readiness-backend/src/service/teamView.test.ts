import { teamMatcher, teamOwnerValues } from './teamView';

describe('teamOwnerValues', () => {
  it.each([
    [
      'group:default/payments',
      ['group:default/payments', 'payments', 'group:payments'],
    ],
    // Short forms name a Group of the default namespace only.
    ['group:platform/payments', ['group:platform/payments']],
    [
      'group:default/Payments',
      ['group:default/payments', 'payments', 'group:payments'],
    ],
  ])('%s is also spelled %j', (teamRef, values) => {
    expect(teamOwnerValues(teamRef)).toEqual(values);
  });
});

describe('teamMatcher', () => {
  it.each([
    ['payments', 'group:default/payments', true],
    ['Payments', 'group:default/payments', true],
    ['group:payments', 'group:default/payments', true],
    ['GROUP:DEFAULT/PAYMENTS', 'group:default/payments', true],
    ['payments', 'group:platform/payments', false],
    ['group:platform/payments', 'group:platform/payments', true],
    ['payments-team', 'group:default/payments', false],
    [null, 'group:default/payments', false],
    ['', 'group:default/payments', false],
  ])('%j names %s: %s', (owner, teamRef, expected) => {
    expect(teamMatcher(teamRef)(owner)).toBe(expected);
  });
});
