import { CertificateFact, ClusterFacts } from '../collect/facts';
import {
  CheckOutcome,
  CheckSettings,
  clusterUnreadableReason,
  nameList,
  unreadable,
} from './types';

// cert-manager Certificates: the first failure in the rubric's "order things fail".

const DAY_MS = 86_400_000;

const CERT_MANAGER_ABSENT =
  'cert-manager is not installed (the cert-manager.io API group is not served), so nothing renews certificates or tracks when they expire';

const certRef = (c: CertificateFact) => ({
  kind: 'Certificate',
  namespace: c.namespace,
  name: c.name,
});

/** Level 1: cert-manager is installed and holds Certificates. */
export function certificatesTracked(facts: ClusterFacts): CheckOutcome {
  const id = 'upgrades-certificates-tracked';
  const certs = facts.certificates;
  if (!certs.ok) return unreadable(id, 'cert-manager Certificates', certs);
  if (certs.installed === false) {
    return {
      id,
      status: 'fail',
      evidence: `${CERT_MANAGER_ABSENT}.`,
      objects: [],
    };
  }
  if (certs.value.length === 0) {
    return {
      id,
      status: 'fail',
      evidence:
        'No cert-manager Certificate was found, so no certificate the cluster serves is renewed or tracked by it.',
      objects: [],
    };
  }
  const namespaces = new Set(certs.value.map(c => c.namespace));
  return {
    id,
    status: 'pass',
    evidence: `cert-manager tracks ${certs.value.length} Certificate(s) in ${namespaces.size} namespace(s).`,
    objects: [],
  };
}

/** Level 2: no Certificate expires within the configured windows, or was never issued. */
export function certificatesExpiry(
  facts: ClusterFacts,
  now: Date,
  settings: CheckSettings,
): CheckOutcome {
  const id = 'upgrades-certificates-not-expiring';
  const certs = facts.certificates;
  if (!certs.ok) return unreadable(id, 'cert-manager Certificates', certs);
  if (certs.installed === false) {
    return {
      id,
      status: 'fail',
      evidence: `${CERT_MANAGER_ABSENT}.`,
      objects: [],
    };
  }
  if (certs.value.length === 0) {
    return {
      id,
      status: 'not-applicable',
      evidence: 'No cert-manager Certificates exist to check.',
      objects: [],
    };
  }
  const expiring: string[] = [];
  const unissued: CertificateFact[] = [];
  const soon: string[] = [];
  const failing: CertificateFact[] = [];
  const warning: CertificateFact[] = [];
  let nearest: { cert: CertificateFact; days: number } | undefined;
  for (const cert of certs.value) {
    const name = `${cert.namespace}/${cert.name}`;
    const notAfter = cert.notAfter ? Date.parse(cert.notAfter) : NaN;
    if (Number.isNaN(notAfter)) {
      unissued.push(cert);
      continue;
    }
    const days = Math.floor((notAfter - now.getTime()) / DAY_MS);
    if (!nearest || days < nearest.days) nearest = { cert, days };
    if (days < settings.certificateFailDays) {
      expiring.push(
        days < 0
          ? `${name} (expired ${-days} days ago)`
          : `${name} (expires in ${days} days)`,
      );
      failing.push(cert);
    } else if (days < settings.certificateWarnDays) {
      soon.push(`${name} (expires in ${days} days)`);
      warning.push(cert);
    } else if (cert.ready === false) {
      soon.push(`${name} (not Ready: its renewal may be failing)`);
      warning.push(cert);
    }
  }
  if (failing.length > 0 || unissued.length > 0) {
    const parts = [
      failing.length > 0 &&
        `${failing.length} of ${
          certs.value.length
        } Certificates expire within ${
          settings.certificateFailDays
        } days: ${nameList(expiring)}`,
      unissued.length > 0 &&
        `${
          unissued.length
        } Certificate(s) have never been issued (no status.notAfter): ${nameList(
          unissued.map(c => `${c.namespace}/${c.name}`),
        )}`,
    ].filter(Boolean);
    return {
      id,
      status: 'fail',
      evidence: `${parts.join('; ')}.`,
      objects: [...failing, ...unissued].map(certRef),
    };
  }
  if (warning.length > 0) {
    return {
      id,
      status: 'warn',
      evidence: `${warning.length} of ${
        certs.value.length
      } Certificates need attention before they fall inside ${
        settings.certificateFailDays
      } days: ${nameList(soon)}.`,
      objects: warning.map(certRef),
    };
  }
  return {
    id,
    status: 'pass',
    evidence: `All ${certs.value.length} Certificates are valid for at least ${
      settings.certificateWarnDays
    } more days; the nearest expiry is ${nearest!.cert.namespace}/${
      nearest!.cert.name
    } in ${nearest!.days} days.`,
    objects: [],
  };
}

/**
 * Level 1: the API server's own certificate, read from the TLS handshake. When it expires every
 * client, kubelets included, stops talking to the cluster at once.
 */
export function apiServerCertificate(
  facts: ClusterFacts,
  now: Date,
  settings: CheckSettings,
): CheckOutcome {
  const id = 'upgrades-api-server-certificate';
  const cert = facts.server.servingCertificate;
  if (!cert) {
    const down = clusterUnreadableReason(facts);
    return {
      id,
      status: 'unknown',
      evidence: down
        ? `The API server's serving certificate was not observed: the cluster could not be read: ${down}`
        : "The API server's serving certificate was not observed (plain HTTP, or a snapshot captured without it).",
      objects: [],
    };
  }
  const days = Math.floor((Date.parse(cert.notAfter) - now.getTime()) / DAY_MS);
  const who = cert.subject ? ` (${cert.subject})` : '';
  if (days < 0) {
    return {
      id,
      status: 'fail',
      evidence: `The API server certificate${who} expired ${-days} day(s) ago, on ${cert.notAfter.slice(
        0,
        10,
      )}.`,
      objects: [],
    };
  }
  if (days < settings.certificateFailDays) {
    return {
      id,
      status: 'fail',
      evidence: `The API server certificate${who} expires in ${days} day(s), on ${cert.notAfter.slice(
        0,
        10,
      )}: rotate it now.`,
      objects: [],
    };
  }
  if (days < settings.certificateWarnDays) {
    return {
      id,
      status: 'warn',
      evidence: `The API server certificate${who} expires in ${days} day(s), on ${cert.notAfter.slice(
        0,
        10,
      )}.`,
      objects: [],
    };
  }
  return {
    id,
    status: 'pass',
    evidence: `The API server certificate${who} is valid for ${days} more day(s), until ${cert.notAfter.slice(
      0,
      10,
    )}.`,
    objects: [],
  };
}
