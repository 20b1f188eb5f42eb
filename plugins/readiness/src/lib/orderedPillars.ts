import { PILLARS, PillarResult } from '@readiness/plugin-readiness-common';

/** The per-pillar fields the HTTP API returns for a cluster. */
export type PillarScore = Pick<
  PillarResult,
  'id' | 'title' | 'score' | 'coverage'
>;

/**
 * All nine pillars in rubric order. A pillar missing from the response is shown as not
 * assessed, so the nine rows never silently shrink.
 */
export function orderedPillars(pillars: readonly PillarScore[]): PillarScore[] {
  const byId = new Map(pillars.map(pillar => [pillar.id, pillar]));
  return PILLARS.map(
    definition =>
      byId.get(definition.id) ?? {
        id: definition.id,
        title: definition.title,
        score: null,
        coverage: 0,
      },
  );
}
