import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { KubeStatus } from './status.ts';

/** A complete response, before it is written. */
export type Reply = {
  status: number;
  body: string;
  headers: Record<string, string>;
};

/** A JSON body; Tables pass their own content type. */
export const json = (
  status: number,
  body: unknown,
  contentType = 'application/json',
): Reply => ({
  status,
  body: JSON.stringify(body),
  headers: { 'Content-Type': contentType },
});
/** A Status body with its code. */
export const statusReply = (status: KubeStatus) => json(status.code, status);
/** Plain text, as Go's `http.Error` writes it. */
export const text = (
  status: number,
  body: string,
  extra: Record<string, string> = {},
): Reply => ({
  status,
  body,
  headers: {
    'Content-Type': 'text/plain; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  },
});

/**
 * Writes a reply with the headers kube-apiserver always sends. `truncate`
 * promises the full body, delivers half, then drops the connection.
 */
export function send(
  res: ServerResponse,
  reply: Reply,
  truncate = false,
): void {
  const headers = {
    'Audit-Id': randomUUID(),
    'Cache-Control': 'no-cache, private',
    ...reply.headers,
    'Content-Length': String(Buffer.byteLength(reply.body)),
  };
  res.writeHead(reply.status, headers);
  if (!truncate) {
    res.end(reply.body);
    return;
  }
  const half = Buffer.from(reply.body).subarray(
    0,
    Math.floor(Buffer.byteLength(reply.body) / 2),
  );
  res.write(half, () => res.socket?.destroy());
}
