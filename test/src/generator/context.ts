import type { Random } from './random.ts';

/** A node pods can be scheduled on. */
export interface NodeSlot {
  name: string;
  ip: string;
  zone: string;
}

/** State shared by the builders while one cluster is generated. */
export interface GeneratorContext {
  rng: Random;
  /** The generated cluster's "now", in epoch milliseconds: every age is relative to it. */
  now: number;
  region: string;
  nodes: NodeSlot[];
  /** Round-robin position for scheduling pods. */
  nodeCursor: number;
  podIps: number;
  serviceIps: number;
  /** The cluster CA's PEM, as every namespace's kube-root-ca.crt ConfigMap holds it. */
  caPem: string;
}

/** RFC 3339 without fractional seconds, as metav1.Time serializes. */
export function timestamp(ctx: GeneratorContext, ageSeconds: number): string {
  return new Date(ctx.now - Math.round(ageSeconds) * 1000)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
}

/** The next node in round-robin order, from a random start. */
export function scheduleOn(ctx: GeneratorContext): NodeSlot {
  const node = ctx.nodes[ctx.nodeCursor % ctx.nodes.length];
  ctx.nodeCursor += 1;
  return node;
}

/** A fresh pod IP from 10.244.0.0/14. */
export function nextPodIp(ctx: GeneratorContext): string {
  const n = ctx.podIps++;
  return `10.${244 + ((n >> 16) & 3)}.${(n >> 8) & 255}.${n & 255 || 1}`;
}

/** A fresh ClusterIP from 172.20.0.0/16. */
export function nextServiceIp(ctx: GeneratorContext): string {
  const n = 10 + ctx.serviceIps++;
  return `172.20.${(n >> 8) & 255}.${n & 255}`;
}

/** A sha256 image digest reference, as containerStatuses[].imageID shows it. */
export function imageId(ctx: GeneratorContext, image: string): string {
  return `${image.replace(/:[^:/]+$/, '')}@sha256:${ctx.rng.hex(64)}`;
}
