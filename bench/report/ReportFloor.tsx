// The report page's floor: the same app shell and the same GET /clusters through the real
// ReadinessClient, rendering only the first 100 cluster names as plain table rows and the
// pager's "1-100 of N" line the measurement waits for. What any Backstage page showing this
// data must pay (bundle, app boot, request, JSON) without the report's own components.
import { useApi } from '@backstage/core-plugin-api';
import type { ClusterSummary } from '@readiness/plugin-readiness-common';
import { useEffect, useState } from 'react';
import { readinessApiRef } from '../../plugins/readiness/src/api';

export function Floor() {
  const api = useApi(readinessApiRef);
  const [clusters, setClusters] = useState<ClusterSummary[]>();
  useEffect(() => {
    api.getClusters().then(setClusters);
  }, [api]);
  if (!clusters) return null;
  const page = clusters.slice(0, 100);
  return (
    <>
      <table>
        <tbody>
          {page.map(c => (
            <tr key={c.name}>
              <td>{c.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        1-{page.length} of {clusters.length}
      </p>
    </>
  );
}
