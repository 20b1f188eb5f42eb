import type { ReadinessApi } from '@readiness/plugin-readiness-common';

/**
 * A `ReadinessApi` whose every method is a `jest.fn`, with the given implementations. Methods a
 * test does not expect to be called reject, so an unexpected request fails loudly instead of
 * leaving a component loading forever.
 */
export function mockReadinessApi(
  overrides: Partial<ReadinessApi> = {},
): jest.Mocked<ReadinessApi> {
  const unexpected = (method: string) =>
    jest.fn(async () => {
      throw new Error(`unexpected call to ReadinessApi.${method}`);
    });
  return {
    getClusters: jest.fn(overrides.getClusters ?? unexpected('getClusters')),
    getCluster: jest.fn(overrides.getCluster ?? unexpected('getCluster')),
    getEntityReadiness: jest.fn(
      overrides.getEntityReadiness ?? unexpected('getEntityReadiness'),
    ),
    refreshCluster: jest.fn(
      overrides.refreshCluster ?? unexpected('refreshCluster'),
    ),
    getClusterHistory: jest.fn(
      overrides.getClusterHistory ?? unexpected('getClusterHistory'),
    ),
    getTeamReadiness: jest.fn(
      overrides.getTeamReadiness ?? unexpected('getTeamReadiness'),
    ),
    getRunbook: jest.fn(overrides.getRunbook ?? unexpected('getRunbook')),
    getReport: jest.fn(overrides.getReport ?? unexpected('getReport')),
    getReportCsv: jest.fn(overrides.getReportCsv ?? unexpected('getReportCsv')),
  };
}
