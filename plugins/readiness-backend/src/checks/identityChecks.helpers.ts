import { ObjectRef } from '@readiness/plugin-readiness-common';
import { BindingFact, ClusterFacts } from '../collect/facts';
import { CheckOutcome, nameList, needsAttestation } from './types';

type Subject = BindingFact['subjects'][number];

/**
 * Env var names that carry a cloud provider's long-lived credentials. The pod mapper flags them
 * when they come from a Secret; this list also catches them written inline.
 */
export const CLOUD_KEY_NAMES: ReadonlySet<string> = new Set([
  'AWS_SECRET_ACCESS_KEY',
  'AWS_ACCESS_KEY_ID',
  'AWS_SESSION_TOKEN',
  'GOOGLE_APPLICATION_CREDENTIALS',
  'GOOGLE_CREDENTIALS',
  'AZURE_CLIENT_SECRET',
  'AZURE_CLIENT_CERTIFICATE_PATH',
]);

/** Users the control plane and managed providers bind for themselves: not people. */
const PLATFORM_USER_PREFIXES = ['system:', 'eks:'];
const PLATFORM_USERS: ReadonlySet<string> = new Set([
  'kubelet',
  'kube-apiserver-kubelet-client',
]);

/** Whether a binding grants everything: cluster-admin, or a ClusterRole with `*` on `*`. */
export function grantsEverything(
  binding: BindingFact,
  wildcard: ReadonlySet<string>,
): boolean {
  return (
    binding.roleKind === 'ClusterRole' &&
    (binding.roleName === 'cluster-admin' || wildcard.has(binding.roleName))
  );
}

/**
 * Describes a subject that stands for "everyone" or "whoever": the authenticated and
 * unauthenticated groups, all ServiceAccounts, the anonymous user, and `default` ServiceAccounts
 * (every pod that names no ServiceAccount runs as one). Null for a specific identity.
 */
export function broadSubject(
  subject: Subject,
  binding: BindingFact,
): string | null {
  const { kind, name } = subject;
  if (kind === 'Group') {
    if (name === 'system:authenticated')
      return `Group ${name}, everyone who can sign in`;
    if (name === 'system:unauthenticated')
      return `Group ${name}, anyone without credentials`;
    if (name === 'system:serviceaccounts')
      return `Group ${name}, every ServiceAccount`;
    if (name.startsWith('system:serviceaccounts:')) {
      return `Group ${name}, every ServiceAccount in ${name.slice(
        'system:serviceaccounts:'.length,
      )}`;
    }
  }
  if (kind === 'User' && name === 'system:anonymous')
    return `User ${name}, anyone without credentials`;
  if (kind === 'ServiceAccount' && name === 'default') {
    return `ServiceAccount ${
      subject.namespace ?? binding.namespace ?? '?'
    }/default, every pod that names no ServiceAccount`;
  }
  return null;
}

/** A User subject that is a person (or a personal credential), not a platform component. */
export function isPersonalUser(subject: Subject): boolean {
  return (
    subject.kind === 'User' &&
    !PLATFORM_USER_PREFIXES.some(p => subject.name.startsWith(p)) &&
    !PLATFORM_USERS.has(subject.name)
  );
}

/**
 * A group name as identity providers hand them over: with a claim prefix (`oidc:`, `okta:`),
 * as an email address (Google Groups) or as an object id (Entra ID).
 */
export function isIdentityProviderGroup(name: string): boolean {
  // kubeadm's own group is what the shared admin.conf signs in as, not an identity provider's.
  if (name.startsWith('system:') || name.startsWith('kubeadm:')) return false;
  return (
    /^[A-Za-z0-9_.-]+:/.test(name) ||
    name.includes('@') ||
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(name)
  );
}

export function bindingRef(binding: BindingFact): ObjectRef {
  return binding.namespace
    ? { kind: 'RoleBinding', namespace: binding.namespace, name: binding.name }
    : { kind: 'ClusterRoleBinding', name: binding.name };
}

export function bindingLabel(binding: BindingFact): string {
  return binding.namespace
    ? `${binding.namespace}/${binding.name}`
    : binding.name;
}

/** Groups named in bindings that are not the API server's own `system:` groups. */
export function boundGroups(bindings: readonly BindingFact[]): string[] {
  const groups = bindings.flatMap(b =>
    b.subjects
      .filter(s => s.kind === 'Group' && !s.name.startsWith('system:'))
      .map(s => s.name),
  );
  return [...new Set(groups)].sort();
}

/** Names of ClusterRoles that grant `*` on `*`; empty when ClusterRoles could not be read. */
export function wildcardRoles(facts: ClusterFacts): ReadonlySet<string> {
  return new Set(
    facts.clusterRoles.ok
      ? facts.clusterRoles.value.filter(r => r.wildcard).map(r => r.name)
      : [],
  );
}

/** An attestable check's unknown outcome, led by what the scan did see that bears on it. */
export function attestable(
  id: string,
  what: string,
  hint: string,
): CheckOutcome {
  const outcome = needsAttestation(id, what);
  return hint
    ? { ...outcome, evidence: `${hint} ${outcome.evidence}` }
    : outcome;
}

/** What the bindings say about SSO: identity-provider groups are a sign of it. */
export function ssoHint(facts: ClusterFacts): string {
  if (!facts.bindings.ok) return '';
  const idp = boundGroups(facts.bindings.value).filter(isIdentityProviderGroup);
  return idp.length > 0
    ? `Bindings name ${idp.length} identity-provider group(s) (${nameList(
        idp,
      )}), a sign that people sign in through SSO.`
    : '';
}

/** Credentials that act for whoever holds them break the audit trail. */
export function auditHint(facts: ClusterFacts): string {
  if (!facts.secrets.ok) return '';
  const tokens = facts.secrets.value.filter(s => s.serviceAccountToken);
  return tokens.length > 0
    ? `Long-lived token Secrets (${nameList(
        tokens.map(s => `${s.namespace}/${s.name}`),
      )}) act for whoever holds a copy, so their actions cannot be traced to a person.`
    : '';
}
