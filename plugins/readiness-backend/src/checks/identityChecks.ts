import {
  BindingFact,
  PodFact,
  ServiceAccountFact,
  WorkloadFact,
} from '../collect/facts';
import {
  CLOUD_KEY_NAMES,
  attestable,
  auditHint,
  bindingLabel,
  bindingRef,
  boundGroups,
  broadSubject,
  grantsEverything,
  isIdentityProviderGroup,
  isPersonalUser,
  ssoHint,
  wildcardRoles,
} from './identityChecks.helpers';
import { EMPTY_STRINGS } from '../collect/intern';
import { podWorkloadRef } from './podWorkloads';
import {
  Finding,
  FindingGroups,
  describeFinding,
  failure,
} from './securityChecks.helpers';
import { CheckContext, CheckOutcome, nameList, unreadable } from './types';

const BINDINGS = 'RoleBindings and ClusterRoleBindings';

/** "name (role to a, b)": a binding and who it grants what. */
const grantLabel = (binding: BindingFact, who: string[], separator = ', ') =>
  `${bindingLabel(binding)} (${binding.roleName} to ${who.join(separator)})`;

function broadAdminGrants({ facts }: CheckContext): CheckOutcome {
  const id = 'identity-no-broad-admin-grants';
  if (!facts.bindings.ok) return unreadable(id, BINDINGS, facts.bindings);
  const wildcard = wildcardRoles(facts);
  const offending = facts.bindings.value
    .filter(b => grantsEverything(b, wildcard))
    .map(binding => ({
      binding,
      subjects: binding.subjects.flatMap(s => broadSubject(s, binding) ?? []),
    }))
    .filter(o => o.subjects.length > 0);
  if (offending.length > 0) {
    const role =
      offending.length > 1
        ? 'cluster-admin or a wildcard role'
        : offending[0].binding.roleName;
    return failure(
      id,
      `${offending.length} binding(s) give ${role} to a broad group or a default ServiceAccount`,
      offending.map(o => grantLabel(o.binding, o.subjects, '; ')),
      offending.map(o => bindingRef(o.binding)),
    );
  }
  // cluster-admin is known by name; any other wildcard role only from the ClusterRoles.
  if (!facts.clusterRoles.ok) {
    return {
      id,
      status: 'unknown',
      evidence: `No binding gives cluster-admin to a broad group or a default ServiceAccount, but ClusterRoles could not be read, so other wildcard roles are unknown: ${facts.clusterRoles.reason}`,
      objects: [],
    };
  }
  return {
    id,
    status: 'pass',
    evidence: `None of ${facts.bindings.value.length} binding(s) gives cluster-admin or a wildcard ClusterRole to system:authenticated, system:unauthenticated, system:serviceaccounts, system:anonymous or a default ServiceAccount.`,
    objects: [],
  };
}

/** What of a pod's env is a static cloud key, for evidence. */
function staticCloudKeyDetails(pod: PodFact): string[] {
  return pod.containers.flatMap(c => [
    ...c.cloudKeyEnvFromSecrets.map(key => `${key} from a Secret`),
    ...c.inlineSecretEnv
      .filter(key => CLOUD_KEY_NAMES.has(key))
      .map(key => `${key} inline`),
  ]);
}

/** Whether {@link staticCloudKeyDetails} finds anything, without building it. */
function usesStaticCloudKeys(pod: PodFact): boolean {
  return pod.containers.some(
    c =>
      c.cloudKeyEnvFromSecrets.length > 0 ||
      c.inlineSecretEnv.some(key => CLOUD_KEY_NAMES.has(key)),
  );
}

/** Every pod's static keys merged per workload; workloads without any left out. */
function staticCloudKeyFindings(
  pods: readonly PodFact[],
  workloads: readonly WorkloadFact[],
): Finding[] {
  const groups = new FindingGroups();
  for (const pod of pods) {
    groups.add(
      podWorkloadRef(pod, workloads),
      usesStaticCloudKeys(pod) ? staticCloudKeyDetails(pod) : EMPTY_STRINGS,
    );
  }
  return groups.findings().filter(f => f.details.length > 0);
}

function staticCloudKeys({ facts }: CheckContext): CheckOutcome {
  const id = 'identity-no-static-cloud-keys';
  if (!facts.pods.ok) return unreadable(id, 'Pods', facts.pods);
  const workloads = facts.workloads.ok ? facts.workloads.value : [];
  const pods = facts.pods.value;
  // Findings are merged per workload over every pod, in the order workloads first appear; but
  // most clusters have no static keys at all, and are told so without one object per pod.
  const findings = pods.some(usesStaticCloudKeys)
    ? staticCloudKeyFindings(pods, workloads)
    : [];
  if (findings.length > 0) {
    return failure(
      id,
      `${findings.length} workload(s) use static cloud keys instead of workload identity, so a leaked key works from anywhere until someone rotates it`,
      findings.map(describeFinding),
      findings.map(f => f.ref),
    );
  }
  const federated = facts.serviceAccounts.ok
    ? facts.serviceAccounts.value.filter(sa => sa.cloudIdentity)
    : [];
  const named = federated.map(
    sa => `${sa.namespace}/${sa.name} (${sa.cloudIdentity})`,
  );
  const identities =
    federated.length > 0
      ? ` ${
          federated.length
        } ServiceAccount(s) use workload identity: ${nameList(named)}.`
      : '';
  return {
    id,
    status: 'pass',
    evidence: `No pod takes cloud keys from a Secret or an inline env value.${identities}`,
    objects: [],
  };
}

function humansAsGroups({ facts }: CheckContext): CheckOutcome {
  const id = 'identity-humans-bound-as-groups';
  if (!facts.bindings.ok) return unreadable(id, BINDINGS, facts.bindings);
  const wildcard = wildcardRoles(facts);
  const isAdmin = (b: BindingFact) => Number(grantsEverything(b, wildcard));
  const offending = facts.bindings.value
    .map(binding => ({
      binding,
      users: binding.subjects.filter(isPersonalUser).map(s => s.name),
    }))
    .filter(o => o.users.length > 0)
    // The most dangerous first: personal cluster-admin is what the evidence must show.
    .sort((a, b) => isAdmin(b.binding) - isAdmin(a.binding));
  if (offending.length > 0) {
    const admins = offending.filter(o => isAdmin(o.binding)).length;
    const adminNote =
      admins > 0 ? ` (${admins} of them cluster-admin or a wildcard role)` : '';
    return failure(
      id,
      `${offending.length} binding(s) grant access to individually named Users${adminNote}, so a leaver's access is removed binding by binding instead of once at the identity provider`,
      offending.map(o => grantLabel(o.binding, o.users)),
      offending.map(o => bindingRef(o.binding)),
    );
  }
  const groups = boundGroups(facts.bindings.value);
  const idp = groups.filter(isIdentityProviderGroup);
  const fromIdp =
    idp.length > 0
      ? `, ${idp.length} of them from an identity provider: ${nameList(idp)}`
      : '';
  const through =
    groups.length > 0
      ? `; people get access through ${groups.length} group(s)${fromIdp}`
      : '';
  return {
    id,
    status: 'pass',
    evidence: `No binding names an individual User${through}.`,
    objects: [],
  };
}

function legacyTokens({ facts }: CheckContext): CheckOutcome {
  const id = 'identity-no-legacy-token-secrets';
  if (!facts.secrets.ok) return unreadable(id, 'Secrets', facts.secrets);
  const tokens = facts.secrets.value.filter(s => s.serviceAccountToken);
  if (tokens.length === 0) {
    return {
      id,
      status: 'pass',
      evidence: `No Secret holds a long-lived ServiceAccount token (${facts.secrets.value.length} read); pods get short-lived projected tokens.`,
      objects: [],
    };
  }
  return failure(
    id,
    `${tokens.length} Secret(s) hold a long-lived ServiceAccount token that never expires and acts for whoever holds a copy`,
    tokens.map(s => `${s.namespace}/${s.name} (for ${s.serviceAccountToken})`),
    tokens.map(s => ({ kind: 'Secret', namespace: s.namespace, name: s.name })),
  );
}

function defaultServiceAccountTokens({
  facts,
  namespaces,
}: CheckContext): CheckOutcome {
  const id = 'identity-default-sa-token-not-mounted';
  if (!facts.namespaces.ok)
    return unreadable(id, 'Namespaces', facts.namespaces);
  if (!facts.pods.ok) return unreadable(id, 'Pods', facts.pods);
  // Which namespaces run workloads is only known when controllers could be listed too.
  if (!facts.workloads.ok) return unreadable(id, 'Workloads', facts.workloads);
  if (!facts.serviceAccounts.ok)
    return unreadable(id, 'ServiceAccounts', facts.serviceAccounts);
  const pods = facts.pods.value;
  const defaults = facts.serviceAccounts.value.filter(
    sa => sa.name === 'default',
  );
  const workload = namespaces.filter(ns => ns.workload).map(ns => ns.name);
  if (workload.length === 0) {
    return {
      id,
      status: 'not-applicable',
      evidence: 'No workload namespaces were found.',
      objects: [],
    };
  }
  // Grouped once: per-namespace scans of every pod were quadratic (5,000 x 100,000).
  const defaultByNamespace = new Map<string, ServiceAccountFact>();
  for (const sa of defaults) {
    if (!defaultByNamespace.has(sa.namespace))
      defaultByNamespace.set(sa.namespace, sa);
  }
  const defaultPods = new Map<string, PodFact[]>();
  for (const p of pods) {
    if (p.serviceAccount !== 'default') continue;
    const list = defaultPods.get(p.namespace);
    if (list) list.push(p);
    else defaultPods.set(p.namespace, [p]);
  }
  const offending = workload.flatMap(ns => {
    const account = defaultByNamespace.get(ns);
    const accountMounts = account?.automountServiceAccountToken ?? true;
    // A pod's own setting wins over its ServiceAccount's; unset on both means mounted.
    const mounted = (defaultPods.get(ns) ?? []).filter(
      p => p.automountServiceAccountToken ?? accountMounts,
    );
    const details = [
      ...(account && accountMounts ? ['automount not disabled'] : []),
      ...(mounted.length > 0 ? [`token in ${mounted.length} pod(s)`] : []),
    ];
    return details.length > 0 ? [{ ns, details }] : [];
  });
  if (offending.length > 0) {
    return failure(
      id,
      `In ${offending.length} of ${workload.length} workload namespaces the default ServiceAccount hands an API token to every pod that names no ServiceAccount`,
      offending.map(o => `${o.ns} (${o.details.join(', ')})`),
      offending.map(o => ({
        kind: 'ServiceAccount',
        namespace: o.ns,
        name: 'default',
      })),
    );
  }
  const workloadSet = new Set(workload);
  const found = defaults.filter(sa => workloadSet.has(sa.namespace)).length;
  return {
    id,
    status: 'pass',
    evidence: `No default ServiceAccount in the ${workload.length} workload namespaces mounts an API token into pods (${found} found, each with automountServiceAccountToken: false).`,
    objects: [],
  };
}

/** Pillar 1, identity & access: who may do what, and whether it leads back to a person. */
export function evaluateIdentity(context: CheckContext): CheckOutcome[] {
  const { facts } = context;
  return [
    broadAdminGrants(context),
    staticCloudKeys(context),
    humansAsGroups(context),
    legacyTokens(context),
    defaultServiceAccountTokens(context),
    attestable(
      'identity-sso-attested',
      'People signing in to the API server through OIDC / SSO',
      ssoHint(facts),
    ),
    attestable(
      'identity-rbac-review-attested',
      'A quarterly review of RBAC roles and bindings',
      '',
    ),
    attestable(
      'identity-audit-trail-attested',
      'An API audit trail that ties every change to a person',
      auditHint(facts),
    ),
  ];
}
