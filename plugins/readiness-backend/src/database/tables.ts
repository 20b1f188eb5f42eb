/** A row of `readiness_cluster_state`. */
export interface DbClusterStateRow {
  cluster_name: string;
  report: string | null;
  /** JSON `ReportSummary` of `report`; null when there is no report (or not yet written). */
  summary: string | null;
  last_success_at: string | null;
  last_attempt_at: string | null;
  last_error: string | null;
}

/** A row of `readiness_score_history`. */
export interface DbScoreHistoryRow {
  cluster_name: string;
  day: string;
  total: number;
  pillars: string;
}

/** A row of `readiness_cost_history`. */
export interface DbCostHistoryRow {
  cluster_name: string;
  namespace: string;
  day: string;
  owner: string | null;
  monthly: number;
  currency: string;
}
