import { InputError } from '@backstage/errors';
import { checkDefinition } from '@readiness/plugin-readiness-common';
import { NewAttestation } from '../database/operations/createAttestation';
import { NewExemption } from '../database/operations/createExemption';
import { isIsoDay } from '../engine/isoDay';

/** What a declaration is checked against. */
export interface DeclarationLimits {
  now: Date;
  /** The clusters the plugin scans: a declaration for any other is most likely a typo. */
  clusters: readonly string[];
  attestationMaxAgeDays: number;
}

/** An exemption is a deliberate, temporary blind spot: at most a year, then decide again. */
export const EXEMPTION_MAX_DAYS = 365;

const DAY_MS = 86_400_000;
const NAMESPACE_PATTERN = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const KIND_PATTERN = /^[A-Z][A-Za-z0-9]{0,62}$/;
// RBAC object names may contain ':' (system:controller:...).
const OBJECT_NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9.:_-]{0,252}$/;
const MAX_REASON_LENGTH = 2000;

/** Validates `POST /attestations`; every error quotes the offending value. */
export function parseAttestationRequest(
  body: unknown,
  limits: DeclarationLimits,
): NewAttestation {
  const fields = objectWith(body, [
    'cluster',
    'check',
    'date',
    'evidence',
    'expires',
  ]);
  const check = required(fields, 'check');
  const definition = checkDefinition(check);
  if (!definition) throw new InputError(`unknown check ${quote(check)}`);
  if (!definition.attested) {
    throw new InputError(
      `check ${quote(
        check,
      )} cannot be attested: its verdict is observed from the cluster`,
    );
  }
  const cluster = knownCluster(required(fields, 'cluster'), limits, true);
  const today = dayOf(limits.now);
  const date = isoDay('date', required(fields, 'date'));
  if (date > today) {
    throw new InputError(`date ${quote(date)} is in the future`);
  }
  const evidence = httpsUrl(required(fields, 'evidence'));
  const latest = addDays(date, limits.attestationMaxAgeDays);
  const given = optional(fields, 'expires');
  const expires = given === undefined ? latest : isoDay('expires', given);
  if (expires <= date) {
    throw new InputError(
      `expires ${quote(expires)} must be after date ${quote(date)}`,
    );
  }
  if (expires > latest) {
    throw new InputError(
      `expires ${quote(expires)} is more than ${
        limits.attestationMaxAgeDays
      } days after date ${quote(date)}`,
    );
  }
  // The engine stops applying an attestation at the start of its expiry day.
  if (expires <= today) {
    throw new InputError(
      given === undefined
        ? `date ${quote(date)} is more than ${
            limits.attestationMaxAgeDays
          } days ago: the attestation would already have lapsed`
        : `expires ${quote(expires)} is not in the future`,
    );
  }
  return { cluster, check, date, evidence, expires };
}

/** Validates `POST /exemptions`; every error quotes the offending value. */
export function parseExemptionRequest(
  body: unknown,
  limits: DeclarationLimits,
): NewExemption {
  const fields = objectWith(body, [
    'cluster',
    'check',
    'namespace',
    'object',
    'reason',
    'expires',
  ]);
  const check = required(fields, 'check');
  if (!checkDefinition(check)) {
    throw new InputError(`unknown check ${quote(check)}`);
  }
  const clusterName = optional(fields, 'cluster');
  const cluster =
    clusterName === undefined ? null : knownCluster(clusterName, limits, false);
  const namespace = optional(fields, 'namespace') ?? null;
  if (namespace !== null && !NAMESPACE_PATTERN.test(namespace)) {
    throw new InputError(
      `invalid namespace ${quote(
        namespace,
      )}: expected a Kubernetes namespace name`,
    );
  }
  const object = fields.object === undefined ? null : objectRef(fields.object);
  const reason = required(fields, 'reason').trim();
  if (reason.length === 0 || reason.length > MAX_REASON_LENGTH) {
    throw new InputError(
      `invalid reason ${quote(
        fields.reason,
      )}: expected 1 to ${MAX_REASON_LENGTH} characters`,
    );
  }
  const expires = isoDay('expires', required(fields, 'expires'));
  const today = dayOf(limits.now);
  if (expires <= today) {
    throw new InputError(`expires ${quote(expires)} is not in the future`);
  }
  if (expires > addDays(today, EXEMPTION_MAX_DAYS)) {
    throw new InputError(
      `expires ${quote(
        expires,
      )} is more than ${EXEMPTION_MAX_DAYS} days away: exemptions are temporary`,
    );
  }
  return { cluster, check, namespace, object, reason, expires };
}

function quote(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

function objectWith(
  body: unknown,
  allowed: string[],
  what = 'body',
): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new InputError(`invalid ${what} ${quote(body)}: expected an object`);
  }
  for (const key of Object.keys(body)) {
    if (!allowed.includes(key)) {
      // `by` above all: the author comes from the credentials, never from the body.
      throw new InputError(
        `unexpected field ${quote(
          key,
        )} in ${what}: expected only ${allowed.join(', ')}`,
      );
    }
  }
  return Object.fromEntries(Object.entries(body));
}

function optional(
  fields: Record<string, unknown>,
  key: string,
): string | undefined {
  const value = fields[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw new InputError(`invalid ${key} ${quote(value)}: expected a string`);
  }
  return value;
}

function required(fields: Record<string, unknown>, key: string): string {
  const value = optional(fields, key);
  if (value === undefined) throw new InputError(`missing field "${key}"`);
  return value;
}

function knownCluster(
  name: string,
  limits: DeclarationLimits,
  allowAll: boolean,
): string {
  if ((allowAll && name === '*') || limits.clusters.includes(name)) {
    return name;
  }
  throw new InputError(
    `unknown cluster ${quote(name)}: expected a scanned cluster${
      allowAll ? " or '*'" : ''
    }`,
  );
}

function isoDay(key: string, value: string): string {
  if (!isIsoDay(value)) {
    throw new InputError(
      `invalid ${key} ${quote(value)}: expected a date like 2026-11-25`,
    );
  }
  return value;
}

function httpsUrl(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:') {
    throw new InputError(
      `invalid evidence ${quote(value)}: expected an https URL`,
    );
  }
  return value;
}

function objectRef(value: unknown): { kind: string; name: string } {
  const fields = objectWith(value, ['kind', 'name'], 'object');
  const kind = required(fields, 'kind');
  const name = required(fields, 'name');
  if (!KIND_PATTERN.test(kind)) {
    throw new InputError(
      `invalid object kind ${quote(kind)}: expected a Kubernetes kind`,
    );
  }
  if (!OBJECT_NAME_PATTERN.test(name)) {
    throw new InputError(
      `invalid object name ${quote(name)}: expected a Kubernetes object name`,
    );
  }
  return { kind, name };
}

function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  return dayOf(new Date(Date.parse(day) + days * DAY_MS));
}
