/**
 * Label selectors in the string form `kubectl -l` and `labelSelector=` use:
 * equality (`a=b`, `a==b`, `a!=b`), sets (`a in (x,y)`, `a notin (x)`),
 * existence (`a`, `!a`) and numeric comparisons (`a>1`, `a<1`), comma-joined.
 */

/** A parse failure; the server answers it with a 400 carrying this message. */
export class SelectorError extends Error {}

type Labels = Record<string, string> | undefined;
type Requirement = (labels: Labels) => boolean;

const KEY =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;

function checkKey(key: string): string {
  if (!KEY.test(key) || key.length > 316) {
    throw new SelectorError(
      `unable to parse requirement: key: Invalid value: "${key}": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
    );
  }
  return key;
}

function checkValue(value: string): string {
  if (!VALUE.test(value) || value.length > 63) {
    throw new SelectorError(
      `unable to parse requirement: values[0]: Invalid value: "${value}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
    );
  }
  return value;
}

/** Splits on commas that are not inside a `( ... )` value set. */
function splitTopLevel(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of selector) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map(p => p.trim());
}

function parseRequirement(term: string): Requirement {
  let match = /^!\s*(\S+)$/.exec(term);
  if (match) {
    const key = checkKey(match[1]);
    return labels => !(labels && key in labels);
  }
  match = /^(\S+?)\s+(in|notin)\s*\((.*)\)$/.exec(term);
  if (match) {
    const key = checkKey(match[1]);
    const values = match[3].split(',').map(v => checkValue(v.trim()));
    if (match[3].trim() === '') {
      throw new SelectorError(
        `unable to parse requirement: values: Invalid value: []string{}: for 'in', 'notin' operators, values set can't be empty`,
      );
    }
    const set = new Set(values);
    return match[2] === 'in'
      ? labels => Boolean(labels && key in labels && set.has(labels[key]))
      : labels => !(labels && key in labels && set.has(labels[key]));
  }
  match = /^([^=!<>\s]+)\s*(==|=|!=|>|<)\s*(.*)$/.exec(term);
  if (match) {
    const key = checkKey(match[1]);
    const op = match[2];
    if (op === '>' || op === '<') {
      const bound = Number(match[3]);
      if (!/^-?\d+$/.test(match[3])) {
        throw new SelectorError(
          `unable to parse requirement: for 'Gt', 'Lt' operators, the value must be an integer`,
        );
      }
      return labels => {
        const raw = labels?.[key];
        if (raw === undefined || !/^-?\d+$/.test(raw)) return false;
        return op === '>' ? Number(raw) > bound : Number(raw) < bound;
      };
    }
    const value = checkValue(match[3]);
    return op === '!='
      ? labels => !(labels && key in labels && labels[key] === value)
      : labels => Boolean(labels && key in labels && labels[key] === value);
  }
  if (/^\S+$/.test(term)) {
    const key = checkKey(term);
    return labels => Boolean(labels && key in labels);
  }
  throw new SelectorError(
    `unable to parse requirement: found '${term}', expected: identifier`,
  );
}

/**
 * Parses a label selector into a predicate over an object's labels; an empty
 * selector matches everything. Throws {@link SelectorError} when malformed.
 */
export function parseLabelSelector(
  selector: string,
): (labels: Labels) => boolean {
  if (selector.trim() === '') return () => true;
  const requirements = splitTopLevel(selector).map(term => {
    if (term === '') {
      throw new SelectorError(
        `unable to parse requirement: found '', expected: identifier`,
      );
    }
    return parseRequirement(term);
  });
  return labels => requirements.every(r => r(labels));
}
