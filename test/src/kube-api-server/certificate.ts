import { generate } from 'selfsigned';

/** A serving key pair and the certificate clients must trust. */
export interface ServingCertificate {
  key: string;
  cert: string;
}

/**
 * Generates a fresh self-signed serving certificate for 127.0.0.1 and
 * localhost. It is its own CA (as kube-apiserver's self-signed certs are), so
 * the same PEM goes into `certificate-authority-data`. ECDSA keeps start-up
 * fast; both Node and kubectl (Go) verify it, and Go requires the IP SAN
 * rather than a common name.
 */
export async function generateServingCertificate(): Promise<ServingCertificate> {
  const notBeforeDate = new Date(Date.now() - 60_000);
  const notAfterDate = new Date(notBeforeDate.getTime() + 365 * 24 * 3600_000);
  const pems = await generate(
    [{ name: 'commonName', value: 'kube-apiserver' }],
    {
      keyType: 'ec',
      curve: 'P-256',
      algorithm: 'sha256',
      notBeforeDate,
      notAfterDate,
      extensions: [
        { name: 'basicConstraints', cA: true, critical: true },
        {
          name: 'keyUsage',
          digitalSignature: true,
          keyEncipherment: true,
          keyCertSign: true,
          critical: true,
        },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: [
            { type: 2, value: 'localhost' },
            { type: 2, value: 'kubernetes' },
            { type: 2, value: 'kubernetes.default.svc' },
            { type: 7, ip: '127.0.0.1' },
          ],
        },
      ],
    },
  );
  return { key: pems.private, cert: pems.cert };
}
