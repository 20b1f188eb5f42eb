import { startKubeApiTestServer } from '../kube-api-server/server.ts';
import type { KubeObject } from '../kube-api-server/types.ts';
import { generateCluster } from './generateCluster.ts';

const CLUSTER_SCOPED = new Set([
  'Node',
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
]);

function byKind(objects: KubeObject[], kind: string): any[] {
  return objects.filter(o => o.kind === kind);
}

const key = (o: any) => `${o.metadata.namespace}/${o.metadata.name}`;

describe('generateCluster', () => {
  it.each([
    [10, undefined, 7],
    [1000, undefined, 50],
    [1000, 5, 5],
    [5000, 400, 400],
  ])(
    'makes exactly %i pods in the asked number of namespaces (%s → %i)',
    (pods, namespaces, expectedNamespaces) => {
      const { objects, counts } = generateCluster({ pods, namespaces });
      expect(byKind(objects, 'Pod')).toHaveLength(pods);
      expect(byKind(objects, 'Namespace')).toHaveLength(expectedNamespaces);
      expect(counts.Pod).toBe(pods);
      expect(counts.Node).toBe(Math.max(1, Math.ceil(pods / 60)));
    },
  );

  it('is deterministic for a seed and differs between seeds', () => {
    const a = JSON.stringify(generateCluster({ pods: 300, seed: 42 }));
    const b = JSON.stringify(generateCluster({ pods: 300, seed: 42 }));
    const c = JSON.stringify(generateCluster({ pods: 300, seed: 43 }));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('rejects sizes it cannot make', () => {
    expect(() => generateCluster({ pods: -1 })).toThrow(RangeError);
    expect(() => generateCluster({ pods: 1.5 })).toThrow(RangeError);
    expect(() => generateCluster({ pods: 100, namespaces: 4 })).toThrow(
      /namespaces must be an integer >= 5/,
    );
  });

  it('makes well-formed objects whose references resolve', () => {
    const { objects, info } = generateCluster({ pods: 2000, seed: 3 });
    expect(info).toMatchObject({
      serverVersion: expect.stringMatching(/^v1\./),
    });
    const namespaces = new Set(
      byKind(objects, 'Namespace').map(n => n.metadata.name),
    );
    const all = objects as any[];
    for (const o of all) {
      expect(o.apiVersion).toEqual(expect.any(String));
      expect(o.metadata.name).toMatch(/^[a-z0-9]([-a-z0-9.:]*[a-z0-9])?$/);
      // Cluster-scoped kinds have no namespace; every other lives in an existing one.
      expect([o.kind, namespaces.has(o.metadata.namespace)]).toEqual([
        o.kind,
        !CLUSTER_SCOPED.has(o.kind),
      ]);
    }
    // Unique uids, and unique names per kind and namespace (the server drops duplicates).
    expect(new Set(all.map(o => o.metadata.uid)).size).toBe(all.length);
    expect(
      new Set(
        all.map(o => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`),
      ).size,
    ).toBe(all.length);

    const replicaSets = new Map(
      byKind(objects, 'ReplicaSet').map(rs => [key(rs), rs]),
    );
    const deployments = new Map(
      byKind(objects, 'Deployment').map(d => [key(d), d]),
    );
    const nodes = new Set(byKind(objects, 'Node').map(n => n.metadata.name));
    const pods = byKind(objects, 'Pod');
    for (const pod of pods) {
      const [owner] = pod.metadata.ownerReferences;
      expect(owner.controller).toBe(true);
      expect(nodes.has(pod.spec.nodeName)).toBe(true);
      expect(pod.status.phase).toBe('Running');
      expect(pod.status.containerStatuses.map((s: any) => s.name)).toEqual(
        pod.spec.containers.map((c: any) => c.name),
      );
    }
    const replicaSetPods = pods.filter(
      p => p.metadata.ownerReferences[0].kind === 'ReplicaSet',
    );
    expect(replicaSetPods.length).toBeGreaterThan(pods.length / 2);
    for (const pod of replicaSetPods) {
      const [owner] = pod.metadata.ownerReferences;
      const rs = replicaSets.get(`${pod.metadata.namespace}/${owner.name}`);
      expect(rs.metadata.uid).toBe(owner.uid);
      const [rsOwner] = rs.metadata.ownerReferences;
      const deployment = deployments.get(
        `${pod.metadata.namespace}/${rsOwner.name}`,
      );
      expect(deployment.metadata.uid).toBe(rsOwner.uid);
      // The pod matches its Deployment's selector.
      expect(pod.metadata.labels).toMatchObject(
        deployment.spec.selector.matchLabels,
      );
    }

    const tenantPods = pods.filter(
      p => p.metadata.labels['app.kubernetes.io/part-of'] !== 'platform',
    );
    const share = (predicate: (pod: any) => boolean) =>
      tenantPods.filter(predicate).length / tenantPods.length;
    // A mix, like a real cluster: most pods set what the checks look for, some do not.
    const ratios = {
      kubernetesId: share(
        p => 'backstage.io/kubernetes-id' in p.metadata.labels,
      ),
      requests: share(p => Boolean(p.spec.containers[0].resources.requests)),
      liveness: share(p => Boolean(p.spec.containers[0].livenessProbe)),
      nonRoot: share(p => p.spec.containers[0].securityContext?.runAsNonRoot),
      privileged: share(p => p.spec.containers[0].securityContext?.privileged),
    };
    expect(ratios.kubernetesId).toBeGreaterThan(0.7);
    expect(ratios.kubernetesId).toBeLessThan(1);
    expect(ratios.requests).toBeGreaterThan(0.6);
    expect(ratios.requests).toBeLessThan(1);
    expect(ratios.liveness).toBeGreaterThan(0.4);
    expect(ratios.nonRoot).toBeGreaterThan(0.3);
    expect(ratios.privileged).toBeGreaterThan(0);
    expect(ratios.privileged).toBeLessThan(0.1);

    const tenantNamespaces = byKind(objects, 'Namespace').filter(
      n => n.metadata.labels.team && n.metadata.labels.team !== 'platform',
    );
    const quotaNamespaces = new Set(
      byKind(objects, 'ResourceQuota').map(q => q.metadata.namespace),
    );
    expect(tenantNamespaces.length).toBeGreaterThan(50);
    expect(quotaNamespaces.size).toBeGreaterThan(0);
    expect(quotaNamespaces.size).toBeLessThan(namespaces.size);
    expect(
      tenantNamespaces.some(
        n => n.metadata.labels['pod-security.kubernetes.io/enforce'],
      ),
    ).toBe(true);

    for (const hpa of byKind(objects, 'HorizontalPodAutoscaler')) {
      const target = hpa.spec.scaleTargetRef;
      expect(deployments.has(`${hpa.metadata.namespace}/${target.name}`)).toBe(
        true,
      );
    }
    for (const node of byKind(objects, 'Node')) {
      expect(node.status.allocatable).toMatchObject({
        cpu: expect.any(String),
        memory: expect.stringMatching(/Ki$/),
      });
    }
    for (const kind of [
      'Service',
      'ServiceAccount',
      'RoleBinding',
      'ClusterRoleBinding',
      'PodDisruptionBudget',
      'NetworkPolicy',
      'LimitRange',
      'Backup',
      'ServiceMonitor',
      'PersistentVolumeClaim',
    ]) {
      expect(byKind(objects, kind).length).toBeGreaterThan(0);
    }
    expect(
      byKind(objects, 'Backup').every(b => b.status.phase === 'Completed'),
    ).toBe(true);
  });

  it('is served by the Kubernetes API test server, CRDs included', async () => {
    const { objects, info } = generateCluster({ pods: 1200, seed: 5 });
    const server = await startKubeApiTestServer({ objects, info, tls: false });
    try {
      const get = async (path: string) => {
        const response = await fetch(`${server.url}${path}`, {
          headers: { Authorization: `Bearer ${server.token}` },
        });
        return response.json();
      };
      let count = 0;
      let pages = 0;
      let token = '';
      do {
        const page = await get(
          `/api/v1/pods?limit=500${token ? `&continue=${token}` : ''}`,
        );
        count += page.items.length;
        pages += 1;
        token = page.metadata.continue ?? '';
      } while (token);
      expect([count, pages]).toEqual([1200, 3]);
      const groups = await get('/apis');
      expect(groups.groups.map((g: any) => g.name)).toEqual(
        expect.arrayContaining(['velero.io', 'monitoring.coreos.com']),
      );
      const backups = await get('/apis/velero.io/v1/backups');
      expect(backups.items).toHaveLength(14);
    } finally {
      await server.close();
    }
  });
});
