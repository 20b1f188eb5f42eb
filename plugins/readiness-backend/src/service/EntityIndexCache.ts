import {
  ReadinessStore,
  StoredClusterSummary,
} from '../database/ReadinessStore';
import { ClusterEntityIndex, indexReport } from './entityView';

/** One cluster as the entity route sees it: the indexed report and the current scan state. */
export interface IndexedCluster {
  state: StoredClusterSummary;
  index: ClusterEntityIndex;
}

/**
 * The entity indexes of the stored reports, kept between requests. Each request reads only the
 * small state rows; a report is read and indexed again only when a scan (by this replica or
 * another) has stored a newer one, so a service card costs map lookups instead of parsing every
 * cluster's report. The scan state (freshness, last error) always comes from the fresh rows.
 */
export class EntityIndexCache {
  readonly #store: ReadinessStore;
  readonly #entries = new Map<
    string,
    { scannedAt: string; index: Promise<ClusterEntityIndex | undefined> }
  >();

  constructor(store: ReadinessStore) {
    this.#store = store;
  }

  /** Every cluster with a stored report, in name order. */
  async clusters(): Promise<IndexedCluster[]> {
    const states = await this.#store.getClusterSummaries();
    const present = new Set(states.map(s => s.name));
    for (const name of this.#entries.keys()) {
      if (!present.has(name)) this.#entries.delete(name);
    }
    const indexed = await Promise.all(
      states.map(async state => {
        const scannedAt = state.summary?.scannedAt;
        if (!scannedAt) return undefined;
        let entry = this.#entries.get(state.name);
        if (entry?.scannedAt !== scannedAt) {
          // Concurrent requests share one read of the new report.
          entry = { scannedAt, index: this.#load(state.name) };
          this.#entries.set(state.name, entry);
        }
        const index = await entry.index;
        return index ? { state, index } : undefined;
      }),
    );
    return indexed.filter(<T>(v: T | undefined): v is T => v !== undefined);
  }

  async #load(name: string): Promise<ClusterEntityIndex | undefined> {
    try {
      const stored = await this.#store.getCluster(name);
      return stored?.report ? indexReport(stored.report) : undefined;
    } catch (error) {
      // Not cached: the next request tries again.
      this.#entries.delete(name);
      throw error;
    }
  }
}
