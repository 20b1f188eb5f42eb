import { ClusterSourceConfig, ReadinessConfig } from '../config';
import { KubernetesConnection } from '../kube/KubernetesConnection';
import { SnapshotReader } from '../kube/SnapshotReader';
import { ClusterReader } from '../kube/types';

/** A fresh reader for one scan of one configured cluster. */
export async function createReader(
  cluster: ClusterSourceConfig,
  limits: ReadinessConfig['kubernetes'],
): Promise<ClusterReader> {
  if (cluster.snapshot) {
    return new SnapshotReader(cluster.name, cluster.snapshot);
  }
  return KubernetesConnection.create({
    name: cluster.name,
    url: cluster.url,
    serviceAccountToken: cluster.serviceAccountToken,
    caData: cluster.caData,
    skipTLSVerify: cluster.skipTLSVerify,
    kubeconfig: cluster.kubeconfig,
    provider: cluster.provider,
    region: cluster.region,
    ...limits,
  });
}
