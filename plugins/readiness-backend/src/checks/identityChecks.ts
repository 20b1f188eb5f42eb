import { ClusterFacts } from '../collect/facts';
import {
  CLOUD_KEY_NAMES,
  bindingLabel,
  bindingRef,
  boundGroups,
  broadSubject,
  grantsEverything,
  isIdentityProviderGroup,
  isPersonalUser,
} from './identityChecks.helpers';
import { describeFinding, groupFindings, podWorkload } from './securityChecks.helpers';
import { CheckContext, CheckOutcome, nameList, needsAttestation, unreadable } from './types';

const BINDINGS = 'RoleBindings and ClusterRoleBindings';

function broadAdminGrants({ facts }: CheckContext): CheckOutcome {
  const id = 'identity-no-broad-admin-grants';
  if (!facts.bindings.ok) return unreadable(id, BINDINGS, facts.bindings);
  const wildcard = new Set(
    facts.clusterRoles.ok ? facts.clusterRoles.value.filter(r => r.wildcard).map(r => r.name) : [],
  );
  const offending = facts.bindings.value
    .filter(b => grantsEverything(b, wildcard))
    .map(b => ({ binding: b, subjects: b.subjects.map(s => broadSubject(s, b)).filter((s): s is string => !!s) }))
    .filter(o => o.subjects.length > 0);
  if (offending.length > 0) {
    return {
      id,
      status: 'fail',
      evidence: `${offending.length} binding(s) give ${offending.length > 1 ? 'cluster-admin or a wildcard role' : offending[0].binding.roleName} to a broad group or a default ServiceAccount: ${nameList(
        offending.map(o => `${bindingLabel(o.binding)} (${o.binding.roleName} to ${o.subjects.join('; ')})`),
      )}.`,
      objects: offending.map(o => bindingRef(o.binding)),
    };
  }
  // cluster-admin is known by name; any other wildcard role is only known from the ClusterRoles.
  if (!facts.clusterRoles.ok) {
    return {
      ...unreadable(id, 'ClusterRoles', facts.clusterRoles),
      evidence: `No binding gives cluster-admin to a broad group or a default ServiceAccount, but ClusterRoles could not be read, so other wildcard roles are unknown: ${facts.clusterRoles.reason}`,
    };
  }
  return {
    id,
    status: 'pass',
    evidence: `None of ${facts.bindings.value.length} binding(s) gives cluster-admin or a wildcard ClusterRole to system:authenticated, system:unauthenticated, system:serviceaccounts, system:anonymous or a default ServiceAccount.`,
    objects: [],
  };
}

function staticCloudKeys({ facts }: CheckContext): CheckOutcome {
  const id = 'identity-no-static-cloud-keys';
  if (!facts.pods.ok) return unreadable(id, 'Pods', facts.pods);
  const workloads = facts.workloads.ok ? facts.workloads.value : [];
  const findings = groupFindings(
    facts.pods.value
      .map(pod => ({
        ref: podWorkload(pod, workloads),
        details: pod.containers.flatMap(c => [
          ...c.cloudKeyEnvFromSecrets.map(k => `${k} from a Secret`),
          ...c.inlineSecretEnv.filter(k => CLOUD_KEY_NAMES.has(k)).map(k => `${k} inline`),
        ]),
      }))
      .filter(f => f.details.length > 0),
  );
  if (findings.length > 0) {
    return {
      id,
      status: 'fail',
      evidence: `${findings.length} workload(s) use static cloud keys instead of workload identity, so a leaked key works from anywhere until someone rotates it: ${nameList(findings.map(describeFinding))}.`,
      objects: findings.map(f => f.ref),
    };
  }
  const federated = facts.serviceAccounts.ok ? facts.serviceAccounts.value.filter(sa => sa.cloudIdentity) : [];
  const identities =
    federated.length > 0
      ? ` ${federated.length} ServiceAccount(s) use workload identity: ${nameList(federated.map(sa => `${sa.namespace}/${sa.name} (${sa.cloudIdentity})`))}.`
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
  const wildcard = new Set(
    facts.clusterRoles.ok ? facts.clusterRoles.value.filter(r => r.wildcard).map(r => r.name) : [],
  );
  const offending = facts.bindings.value
    .map(b => ({ binding: b, users: b.subjects.filter(isPersonalUser).map(s => s.name) }))
    .filter(o => o.users.length > 0)
    // The most dangerous first: personal cluster-admin is what the evidence must show.
    .sort((a, b) => Number(grantsEverything(b.binding, wildcard)) - Number(grantsEverything(a.binding, wildcard)));
  if (offending.length > 0) {
    const admins = offending.filter(o => grantsEverything(o.binding, wildcard)).length;
    return {
      id,
      status: 'fail',
      evidence: `${offending.length} binding(s) grant access to individually named Users${admins > 0 ? ` (${admins} of them cluster-admin or a wildcard role)` : ''}, so a leaver's access is removed binding by binding instead of once at the identity provider: ${nameList(
        offending.map(o => `${bindingLabel(o.binding)} (${o.binding.roleName} to ${o.users.join(', ')})`),
      )}.`,
      objects: offending.map(o => bindingRef(o.binding)),
    };
  }
  const groups = boundGroups(facts.bindings.value);
  const idp = groups.filter(isIdentityProviderGroup);
  const fromIdp = idp.length > 0 ? `, ${idp.length} of them from an identity provider: ${nameList(idp)}` : '';
  return {
    id,
    status: 'pass',
    evidence: `No binding names an individual User; people get access through ${groups.length} group(s)${fromIdp}.`,
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
  return {
    id,
    status: 'fail',
    evidence: `${tokens.length} Secret(s) hold a long-lived ServiceAccount token that never expires and acts for whoever holds a copy: ${nameList(
      tokens.map(s => `${s.namespace}/${s.name} (for ${s.serviceAccountToken})`),
    )}.`,
    objects: tokens.map(s => ({ kind: 'Secret', namespace: s.namespace, name: s.name })),
  };
}

function defaultServiceAccountTokens({ facts, namespaces }: CheckContext): CheckOutcome {
  const id = 'identity-default-sa-token-not-mounted';
  for (const [what, known] of [
    ['Namespaces', facts.namespaces],
    ['Pods', facts.pods],
    ['Workloads', facts.workloads],
    ['ServiceAccounts', facts.serviceAccounts],
  ] as const) {
    if (!known.ok) return unreadable(id, what, known);
  }
  const pods = facts.pods.ok ? facts.pods.value : [];
  const accounts = facts.serviceAccounts.ok ? facts.serviceAccounts.value : [];
  const workload = namespaces.filter(ns => ns.workload).map(ns => ns.name);
  if (workload.length === 0) {
    return { id, status: 'not-applicable', evidence: 'No workload namespaces were found.', objects: [] };
  }
  const offending = workload.flatMap(ns => {
    const account = accounts.find(sa => sa.namespace === ns && sa.name === 'default');
    const disabled = account?.automountServiceAccountToken === false;
    // A pod's own setting wins over its ServiceAccount's; unset on both means mounted.
    const mounted = pods.filter(
      p =>
        p.namespace === ns &&
        p.serviceAccount === 'default' &&
        (p.automountServiceAccountToken ?? account?.automountServiceAccountToken ?? true),
    );
    const details = [
      ...(account && !disabled ? ['automount not disabled'] : []),
      ...(mounted.length > 0 ? [`token in ${mounted.length} pod(s)`] : []),
    ];
    return details.length > 0 ? [{ ns, details }] : [];
  });
  if (offending.length === 0) {
    const found = accounts.filter(sa => sa.name === 'default' && workload.includes(sa.namespace)).length;
    return {
      id,
      status: 'pass',
      evidence: `No default ServiceAccount in the ${workload.length} workload namespaces mounts an API token into pods (${found} found, each with automountServiceAccountToken: false).`,
      objects: [],
    };
  }
  return {
    id,
    status: 'fail',
    evidence: `In ${offending.length} of ${workload.length} workload namespaces the default ServiceAccount hands an API token to every pod that names no ServiceAccount: ${nameList(
      offending.map(o => `${o.ns} (${o.details.join(', ')})`),
    )}.`,
    objects: offending.map(o => ({ kind: 'ServiceAccount', namespace: o.ns, name: 'default' })),
  };
}

/** An attestable check's unknown outcome, led by what the scan did see that bears on it. */
function attestable(id: string, what: string, hint: string): CheckOutcome {
  const outcome = needsAttestation(id, what);
  return hint ? { ...outcome, evidence: `${hint} ${outcome.evidence}` } : outcome;
}

function ssoHint(facts: ClusterFacts): string {
  if (!facts.bindings.ok) return '';
  const idp = boundGroups(facts.bindings.value).filter(isIdentityProviderGroup);
  return idp.length > 0
    ? `Bindings name ${idp.length} identity-provider group(s) (${nameList(idp)}), a sign that people sign in through SSO.`
    : '';
}

function auditHint(facts: ClusterFacts): string {
  if (!facts.secrets.ok) return '';
  const tokens = facts.secrets.value.filter(s => s.serviceAccountToken);
  return tokens.length > 0
    ? `Long-lived token Secrets (${nameList(tokens.map(s => `${s.namespace}/${s.name}`))}) act for whoever holds a copy, so their actions cannot be traced to a person.`
    : '';
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
    attestable('identity-sso-attested', 'Whether the API server authenticates people through OIDC / SSO', ssoHint(facts)),
    attestable('identity-rbac-review-attested', 'Whether RBAC is reviewed every quarter', ''),
    attestable('identity-audit-trail-attested', 'Whether every change is auditable back to a person', auditHint(facts)),
  ];
}
