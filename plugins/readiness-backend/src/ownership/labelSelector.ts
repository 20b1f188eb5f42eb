/**
 * The string form of a Kubernetes label selector, as Backstage's
 * `backstage.io/kubernetes-label-selector` annotation holds it: `app=web,tier!=db`,
 * `env in (prod,staging)`, `env notin (dev)`, `canary`, `!canary`.
 */

type Requirement =
  | { op: 'eq' | 'neq'; key: string; value: string }
  | { op: 'in' | 'notin'; key: string; values: string[] }
  | { op: 'exists' | 'absent'; key: string };

/** A parsed selector; `matches` is false for every object when the selector selects nothing. */
export interface LabelSelector {
  matches(labels: Record<string, string>): boolean;
}

const KEY = String.raw`[A-Za-z0-9](?:[A-Za-z0-9_./-]*[A-Za-z0-9])?`;
const VALUE = String.raw`(?:[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?`;
const SET = new RegExp(String.raw`^(${KEY})\s+(in|notin)\s+\(\s*([^)]*)\)$`);
const EQUALITY = new RegExp(String.raw`^(${KEY})\s*(==|=|!=)\s*(${VALUE})$`);
const EXISTS = new RegExp(String.raw`^(!?)\s*(${KEY})$`);

/** Splits on commas outside parentheses: `env in (a,b),tier=web` is two requirements. */
function splitRequirements(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of selector) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current.trim());
  return parts;
}

function parseRequirement(text: string): Requirement | null {
  const set = SET.exec(text);
  if (set) {
    const values = set[3]
      .split(',')
      .map(v => v.trim())
      .filter(Boolean);
    return { op: set[2] as 'in' | 'notin', key: set[1], values };
  }
  const equality = EQUALITY.exec(text);
  if (equality) {
    return {
      op: equality[2] === '!=' ? 'neq' : 'eq',
      key: equality[1],
      value: equality[3],
    };
  }
  const exists = EXISTS.exec(text);
  if (exists) return { op: exists[1] ? 'absent' : 'exists', key: exists[2] };
  return null;
}

function satisfies(r: Requirement, labels: Record<string, string>): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, r.key);
  switch (r.op) {
    case 'eq':
      return has && labels[r.key] === r.value;
    case 'neq':
      return !has || labels[r.key] !== r.value;
    case 'in':
      return has && r.values.includes(labels[r.key]);
    case 'notin':
      return !has || !r.values.includes(labels[r.key]);
    case 'exists':
      return has;
    default:
      return !has;
  }
}

/**
 * Parses a selector; null when it is malformed or empty. An empty selector would select every
 * object in the cluster, which as an ownership claim is always a mistake, so it is refused.
 */
export function parseLabelSelector(selector: string): LabelSelector | null {
  if (!selector.trim()) return null;
  const requirements: Requirement[] = [];
  for (const part of splitRequirements(selector)) {
    const requirement = parseRequirement(part);
    if (!requirement) return null;
    requirements.push(requirement);
  }
  return { matches: labels => requirements.every(r => satisfies(r, labels)) };
}
