import type { Socket } from 'node:net';
import { TLSSocket } from 'node:tls';

/** The API server's serving certificate, as the TLS handshake presented it. */
export interface ServingCertificate {
  notAfter: string;
  subject: string;
  issuer: string;
}

/**
 * Reads the peer certificate of a TLS connection. Expired API server certificates are the
 * rubric's first outage ("silent, catastrophic, easy to miss"), and the handshake is the one
 * place a scanner can see them without access to the control plane's disks.
 */
export function servingCertificate(
  socket: Socket | null | undefined,
): ServingCertificate | undefined {
  if (!(socket instanceof TLSSocket)) return undefined;
  const certificate = socket.getPeerX509Certificate();
  if (!certificate) return undefined;
  return {
    notAfter: new Date(certificate.validTo).toISOString(),
    subject: certificate.subject.replace(/\n/g, ', '),
    issuer: certificate.issuer.replace(/\n/g, ', '),
  };
}
