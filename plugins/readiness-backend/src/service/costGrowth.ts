import { monthOverMonthGrowth } from '../cost/growth';
import { teamMatcher } from './teamView';

type HistoryRow = {
  cluster: string;
  namespace: string;
  day: string;
  owner: string | null;
  monthly: number;
};

/** Enough history for a week now and the same week a calendar month ago. */
export function growthWindowStart(now: Date): string {
  return new Date(now.getTime() - 40 * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Month-over-month growth per `cluster/namespace` and of one team's whole spend (the sum of the
 * namespaces it owned each day), from the stored daily costs.
 */
export function costGrowth(
  rows: readonly HistoryRow[],
  teamRef: string,
  threshold: number,
): { namespaces: Map<string, number>; team: number | null } {
  const namespaces = new Map<string, number>();
  for (const g of monthOverMonthGrowth(
    rows.map(r => ({
      day: r.day,
      key: `${r.cluster}/${r.namespace}`,
      monthly: r.monthly,
    })),
    { threshold },
  )) {
    if (g.growth !== null) namespaces.set(g.key, g.growth);
  }
  const teamDays = new Map<string, number>();
  const isTeam = teamMatcher(teamRef);
  for (const r of rows) {
    if (isTeam(r.owner))
      teamDays.set(r.day, (teamDays.get(r.day) ?? 0) + r.monthly);
  }
  const [team] = monthOverMonthGrowth(
    [...teamDays].map(([day, monthly]) => ({ day, key: teamRef, monthly })),
    { threshold },
  );
  return { namespaces, team: team?.growth ?? null };
}
