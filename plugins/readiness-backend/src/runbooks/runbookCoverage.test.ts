import fs from 'node:fs';
import path from 'node:path';
import { CHECKS } from '@readiness/plugin-readiness-common';

const directory = path.resolve(__dirname, '../../../../docs/runbooks');

describe('runbooks', () => {
  const files = fs
    .readdirSync(directory)
    .filter(f => f.endsWith('.md') && f !== 'README.md');

  it.each(CHECKS.map(c => [c.id, c.title, c.level] as const))(
    '%s has a runbook titled after the check',
    (id, title, level) => {
      const markdown = fs.readFileSync(
        path.join(directory, `${id}.md`),
        'utf8',
      );
      expect(markdown.split('\n')[0]).toBe(`# ${title}`);
      expect(markdown).toContain(`Check id: \`${id}\``);
      expect(markdown).toContain(`Level ${level}`);
      for (const section of [
        '## What the finding means',
        '## Why it matters',
        '## How to fix it',
        '## How to verify',
      ]) {
        expect(markdown).toContain(section);
      }
    },
  );

  it('has no runbook for a check that does not exist', () => {
    const ids = new Set(CHECKS.map(c => c.id));
    expect(
      files.map(f => f.replace(/\.md$/, '')).filter(id => !ids.has(id)),
    ).toEqual([]);
  });

  it('lists every runbook in the index', () => {
    const index = fs.readFileSync(path.join(directory, 'README.md'), 'utf8');
    expect(
      CHECKS.filter(c => !index.includes(`${c.id}.md`)).map(c => c.id),
    ).toEqual([]);
  });
});
