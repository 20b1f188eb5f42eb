import { InputError } from '@backstage/errors';

const NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9._-]{0,252}$/;

/** A path or query value used as a name, or a 400 that quotes it. */
export function checkName(what: string, value: string): string {
  if (!NAME_PATTERN.test(value)) {
    throw new InputError(
      `invalid ${what} "${value}": expected letters, digits, '.', '_' or '-'`,
    );
  }
  return value;
}
