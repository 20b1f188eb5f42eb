import { stringify } from 'yaml';

/** What a kubeconfig needs from a running server. */
export interface KubeconfigTarget {
  url: string;
  caData: string;
  token: string;
}

/**
 * A kubeconfig for the server, usable by kubectl and by
 * `KubeConfig.loadFromString` alike.
 */
export function kubeconfigFor(
  target: KubeconfigTarget,
  name = 'readiness-test',
): string {
  const cluster: Record<string, string | boolean> = { server: target.url };
  if (target.caData) cluster['certificate-authority-data'] = target.caData;
  // client-node refuses plain http:// unless verification is off; kubectl ignores it there.
  else cluster['insecure-skip-tls-verify'] = true;
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name, cluster }],
    users: [{ name, user: target.token ? { token: target.token } : {} }],
    contexts: [{ name, context: { cluster: name, user: name } }],
    'current-context': name,
    preferences: {},
  });
}
