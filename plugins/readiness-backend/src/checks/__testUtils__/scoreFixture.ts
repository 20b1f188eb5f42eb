import path from 'node:path';
import {
  CheckResult,
  CheckStatus,
  ClusterReport,
  PillarId,
  PillarResult,
} from '@readiness/plugin-readiness-common';
import { collectFacts } from '../../collect/collectFacts';
import { DEFAULT_CHECK_SETTINGS } from '../../config';
import { ScoringOptions, scoreCluster } from '../../engine/scoreCluster';
import { SnapshotReader } from '../../kube/SnapshotReader';
import { ClusterReader, ListOutcome, ServerInfo } from '../../kube/types';

/** When the pillar tests scan: ages (of backups, drills, certificates) are judged as of then. */
export const SCANNED_AT = new Date('2026-11-25T12:00:00Z');

/** The path of a snapshot in `checks/__fixtures__`. */
export const fixturePath = (name: string) =>
  path.join(__dirname, '..', '__fixtures__', name);

/** A snapshot in `checks/__fixtures__`, read as the cluster `test`. */
export const fixtureReader = (name: string) =>
  new SnapshotReader('test', fixturePath(name));

/** The default check settings, with runbook links under `/readiness/runbooks/`. */
export const DEFAULT_OPTIONS: ScoringOptions = {
  settings: DEFAULT_CHECK_SETTINGS,
  runbookUrl: (id: string) => `/readiness/runbooks/${id}`,
};

/** The defaults, except that only kube-system counts as a system namespace. */
export const KUBE_SYSTEM_ONLY_OPTIONS: ScoringOptions = {
  ...DEFAULT_OPTIONS,
  settings: {
    ...DEFAULT_CHECK_SETTINGS,
    systemNamespaces: new Set(['kube-system']),
  },
};

/** Collects the facts at {@link SCANNED_AT} and scores them with `base`, overridden by `extra`. */
export async function scoreReader(
  reader: ClusterReader,
  extra: Partial<ScoringOptions> = {},
  base: ScoringOptions = DEFAULT_OPTIONS,
): Promise<ClusterReport> {
  const { facts } = await collectFacts(reader, SCANNED_AT);
  return scoreCluster(facts, { ...base, ...extra });
}

export const pillarOf = (
  report: ClusterReport,
  pillarId: PillarId,
): PillarResult => report.pillars.find(p => p.id === pillarId)!;

export const checkIn = (pillar: PillarResult, checkId: string): CheckResult =>
  pillar.checks.find(c => c.id === checkId)!;

/** A check of any pillar: check ids are unique across pillars. */
export const checkOf = (report: ClusterReport, checkId: string): CheckResult =>
  report.pillars.flatMap(p => p.checks).find(c => c.id === checkId)!;

/** Each check of the pillar, by id, with its status. */
export const statusesIn = (pillar: PillarResult): Record<string, CheckStatus> =>
  Object.fromEntries(pillar.checks.map(c => [c.id, c.status]));

export const statusesOf = (report: ClusterReport, pillarId: PillarId) =>
  statusesIn(pillarOf(report, pillarId));

/** What a live API server answers when RBAC does not allow listing `plural`. */
export const forbiddenOutcome = (plural: string): ListOutcome => ({
  ok: false,
  errorType: 'forbidden',
  statusCode: 403,
  reason: `${plural}: HTTP 403: ${plural} is forbidden`,
});

/**
 * The snapshot as a live server would serve it: what /version and discovery say overridden by
 * `info`, and the resources named in `answers` (by plural) answered with the given outcome.
 */
export function servedAs(
  reader: SnapshotReader,
  {
    info,
    answers = {},
  }: {
    info?: Partial<ServerInfo>;
    answers?: Record<string, ListOutcome>;
  },
): ClusterReader {
  return {
    get name() {
      return reader.name;
    },
    // The snapshot declares provider and region once it has been read.
    get declared() {
      return reader.declared;
    },
    serverInfo: async () => {
      const real = await reader.serverInfo();
      return real.ok ? { ok: true, info: { ...real.info, ...info } } : real;
    },
    list: async (resource, options) =>
      Object.hasOwn(answers, resource.plural)
        ? answers[resource.plural]
        : reader.list(resource, options),
  };
}

/** The snapshot with one resource forbidden (none for null), as a live API server would answer. */
export const forbidding = (
  reader: SnapshotReader,
  plural: string | null,
  info?: Partial<ServerInfo>,
): ClusterReader =>
  servedAs(reader, {
    info,
    answers: plural === null ? {} : { [plural]: forbiddenOutcome(plural) },
  });
