import {
  AttestationItem,
  AuditEntry,
  DeclarationStatus,
  ExemptionItem,
} from '@readiness/plugin-readiness-common';
import { Attestation } from '../engine/attestations';
import { Exemption } from '../engine/exemptions';

/** A row of `readiness_attestations`. */
export interface DbAttestationRow {
  id: string;
  cluster: string;
  check_id: string;
  date: string;
  evidence_url: string;
  declared_by: string;
  expires_at: string;
  created_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
}

/** A row of `readiness_exemptions`. */
export interface DbExemptionRow {
  id: string;
  cluster: string | null;
  check_id: string;
  namespace: string | null;
  object_kind: string | null;
  object_name: string | null;
  reason: string;
  created_by: string;
  expires_at: string;
  created_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
}

/** A row of `readiness_audit`. */
export interface DbAuditRow {
  id: number;
  at: string;
  actor: string;
  action: AuditEntry['action'];
  kind: AuditEntry['kind'];
  item_id: string;
  details: string;
}

/**
 * The same rule the scoring engine applies: an item expiring on a day stops applying at the
 * start of that day (UTC).
 */
export function declarationStatus(
  row: { revoked_at: string | null; expires_at: string },
  now: Date,
): DeclarationStatus {
  if (row.revoked_at) return 'revoked';
  return Date.parse(row.expires_at) < now.getTime() ? 'expired' : 'live';
}

export function toAttestationItem(
  row: DbAttestationRow,
  now: Date,
): AttestationItem {
  return {
    id: row.id,
    cluster: row.cluster,
    check: row.check_id,
    date: row.date,
    evidence: row.evidence_url,
    by: row.declared_by,
    expires: row.expires_at,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    revokedBy: row.revoked_by,
    status: declarationStatus(row, now),
  };
}

export function toExemptionItem(row: DbExemptionRow, now: Date): ExemptionItem {
  return {
    id: row.id,
    cluster: row.cluster,
    check: row.check_id,
    namespace: row.namespace,
    object:
      row.object_kind && row.object_name
        ? { kind: row.object_kind, name: row.object_name }
        : null,
    reason: row.reason,
    by: row.created_by,
    expires: row.expires_at,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    revokedBy: row.revoked_by,
    status: declarationStatus(row, now),
  };
}

export function toAuditEntry(row: DbAuditRow): AuditEntry {
  return {
    id: Number(row.id),
    at: row.at,
    actor: row.actor,
    action: row.action,
    kind: row.kind,
    itemId: row.item_id,
    details: JSON.parse(row.details),
  };
}

/** A stored attestation in the shape the scoring engine takes. */
export function toEngineAttestation(row: DbAttestationRow): Attestation {
  return {
    check: row.check_id,
    cluster: row.cluster,
    date: row.date,
    by: row.declared_by,
    evidence: row.evidence_url,
    expires: row.expires_at,
  };
}

/** A stored exemption in the shape the scoring engine takes. */
export function toEngineExemption(row: DbExemptionRow): Exemption {
  return {
    check: row.check_id,
    ...(row.cluster ? { cluster: row.cluster } : {}),
    ...(row.namespace ? { namespace: row.namespace } : {}),
    ...(row.object_kind && row.object_name
      ? { object: { kind: row.object_kind, name: row.object_name } }
      : {}),
    reason: row.reason,
    by: row.created_by,
    expires: row.expires_at,
  };
}
