// A few assertions with messages that show what the page held instead.
function fail(message) {
  throw new Error(message);
}

export function expect(actual) {
  const shown = String(actual).slice(0, 400);
  return {
    toContain(expected) {
      if (!String(actual).includes(expected))
        fail(`expected to find "${expected}" in: ${shown}`);
    },
    toMatch(pattern) {
      if (!pattern.test(String(actual)))
        fail(`expected ${pattern} to match: ${shown}`);
    },
    toBe(expected) {
      if (actual !== expected)
        fail(
          `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
        );
    },
  };
}
