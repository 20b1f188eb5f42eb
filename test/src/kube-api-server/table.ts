/**
 * Server-side printing (`meta.k8s.io/v1` Table), which kubectl asks for on
 * `get`. A few kinds get their real columns; everything else gets Name/Age,
 * as a CRD without printer columns does.
 */
import type { KubeObject, ResourceDefinition } from './types.ts';

type Cell = string | number;
type Column = {
  name: string;
  type: 'string' | 'integer';
  format?: string;
  priority?: number;
  cell: (o: Any, now: Date) => Cell;
};
// Snapshot objects are untyped JSON; the printers read them loosely.
type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** `duration.HumanDuration` from k8s.io/apimachinery, as printed in AGE columns. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  const days = Math.floor(hours / 24);
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${days}d` : `${days}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${days}d`;
  const years = Math.floor(days / 365);
  if (hours < 24 * 365 * 8) {
    const d = days % 365;
    return d === 0 ? `${years}y` : `${years}y${d}d`;
  }
  return `${years}y`;
}

const name: Column = {
  name: 'Name',
  type: 'string',
  format: 'name',
  cell: o => o.metadata?.name ?? '',
};
const age: Column = {
  name: 'Age',
  type: 'string',
  cell: (o, now) =>
    o.metadata?.creationTimestamp
      ? humanDuration(now.getTime() - Date.parse(o.metadata.creationTimestamp))
      : '<unknown>',
};

function podStatus(pod: Any): string {
  if (pod.metadata?.deletionTimestamp) return 'Terminating';
  for (const cs of pod.status?.containerStatuses ?? []) {
    const reason = cs.state?.waiting?.reason ?? cs.state?.terminated?.reason;
    if (reason && cs.ready !== true) return reason;
  }
  return pod.status?.reason ?? pod.status?.phase ?? 'Unknown';
}

function servicePorts(svc: Any): string {
  const ports = (svc.spec?.ports ?? []).map(
    (p: Any) =>
      `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'}`,
  );
  return ports.length ? ports.join(',') : '<none>';
}

function externalIp(svc: Any): string {
  const ingress = (svc.status?.loadBalancer?.ingress ?? []).map(
    (i: Any) => i.ip ?? i.hostname,
  );
  if (ingress.length) return ingress.join(',');
  if (svc.spec?.externalIPs?.length) return svc.spec.externalIPs.join(',');
  return svc.spec?.type === 'LoadBalancer' ? '<pending>' : '<none>';
}

const COLUMNS: Record<string, Column[]> = {
  '/pods': [
    name,
    {
      name: 'Ready',
      type: 'string',
      cell: o =>
        `${
          (o.status?.containerStatuses ?? []).filter((c: Any) => c.ready).length
        }/${(o.spec?.containers ?? []).length}`,
    },
    { name: 'Status', type: 'string', cell: podStatus },
    {
      name: 'Restarts',
      type: 'string',
      cell: o =>
        String(
          (o.status?.containerStatuses ?? []).reduce(
            (n: number, c: Any) => n + (c.restartCount ?? 0),
            0,
          ),
        ),
    },
    age,
    {
      name: 'IP',
      type: 'string',
      priority: 1,
      cell: o => o.status?.podIP ?? '<none>',
    },
    {
      name: 'Node',
      type: 'string',
      priority: 1,
      cell: o => o.spec?.nodeName ?? '<none>',
    },
  ],
  '/namespaces': [
    name,
    { name: 'Status', type: 'string', cell: o => o.status?.phase ?? 'Active' },
    age,
  ],
  '/nodes': [
    name,
    {
      name: 'Status',
      type: 'string',
      cell: o => {
        const ready = (o.status?.conditions ?? []).find(
          (c: Any) => c.type === 'Ready',
        );
        let state = ready ? 'NotReady' : 'Unknown';
        if (ready?.status === 'True') state = 'Ready';
        return o.spec?.unschedulable ? `${state},SchedulingDisabled` : state;
      },
    },
    {
      name: 'Roles',
      type: 'string',
      cell: o =>
        Object.keys(o.metadata?.labels ?? {})
          .filter(l => l.startsWith('node-role.kubernetes.io/'))
          .map(l => l.slice('node-role.kubernetes.io/'.length))
          .join(',') || '<none>',
    },
    age,
    {
      name: 'Version',
      type: 'string',
      cell: o => o.status?.nodeInfo?.kubeletVersion ?? '',
    },
  ],
  'apps/deployments': [
    name,
    {
      name: 'Ready',
      type: 'string',
      cell: o => `${o.status?.readyReplicas ?? 0}/${o.spec?.replicas ?? 1}`,
    },
    {
      name: 'Up-to-date',
      type: 'integer',
      cell: o => o.status?.updatedReplicas ?? 0,
    },
    {
      name: 'Available',
      type: 'integer',
      cell: o => o.status?.availableReplicas ?? 0,
    },
    age,
  ],
  '/services': [
    name,
    { name: 'Type', type: 'string', cell: o => o.spec?.type ?? 'ClusterIP' },
    {
      name: 'Cluster-IP',
      type: 'string',
      cell: o => o.spec?.clusterIP ?? '<none>',
    },
    { name: 'External-IP', type: 'string', cell: externalIp },
    { name: 'Port(s)', type: 'string', cell: servicePorts },
    age,
  ],
};

/** Whether an Accept header asks for a Table (kubectl get does). */
export function wantsTable(accept: string | undefined): boolean {
  return /as=Table/.test(accept ?? '');
}

/** Renders objects as a Table; `includeObject` follows the query parameter (default Metadata). */
export function toTable(
  def: ResourceDefinition,
  objects: KubeObject[],
  listMeta: Record<string, unknown>,
  includeObject: string | undefined,
  now: Date,
) {
  const columns = COLUMNS[`${def.group}/${def.plural}`] ?? [name, age];
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: listMeta,
    columnDefinitions: columns.map(c => ({
      name: c.name,
      type: c.type,
      format: c.format ?? '',
      description: '',
      priority: c.priority ?? 0,
    })),
    rows: objects.map(o => {
      const row: Record<string, unknown> = {
        cells: columns.map(c => c.cell(o, now)),
      };
      if (includeObject === 'Object') row.object = o;
      else if (includeObject !== 'None') {
        row.object = {
          kind: 'PartialObjectMetadata',
          apiVersion: 'meta.k8s.io/v1',
          metadata: o.metadata,
        };
      }
      return row;
    }),
  };
}
