import fs from 'node:fs/promises';
import path from 'node:path';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import { RunbookDocument } from '@readiness/plugin-readiness-common';

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Serves the runbooks shipped with the plugin (`docs/runbooks/<check-id>.md` in this repository,
 * `runbooks/` in the published package) or from a configured folder.
 */
export class RunbookLibrary {
  readonly #directory: Promise<string | undefined>;

  static create(configured?: string): RunbookLibrary {
    const packageDir = resolvePackagePath(
      '@readiness/plugin-readiness-backend',
    );
    const candidates = configured
      ? [path.resolve(configured)]
      : [
          path.join(packageDir, 'runbooks'),
          path.resolve(packageDir, '../../docs/runbooks'),
        ];
    return new RunbookLibrary(candidates);
  }

  private constructor(candidates: string[]) {
    this.#directory = (async () => {
      for (const candidate of candidates) {
        const stat = await fs.stat(candidate).catch(() => undefined);
        if (stat?.isDirectory()) return candidate;
      }
      return undefined;
    })();
  }

  async get(id: string): Promise<RunbookDocument> {
    if (!ID_PATTERN.test(id)) {
      throw new InputError(
        `invalid check id "${id}": expected lowercase words joined by '-'`,
      );
    }
    const directory = await this.#directory;
    if (!directory) throw new NotFoundError('no runbook folder is available');
    let markdown: string;
    try {
      // The index is README.md on disk (so code hosts render it) and `readme` in links.
      const file = id === 'readme' ? 'README.md' : `${id}.md`;
      markdown = await fs.readFile(path.join(directory, file), 'utf8');
    } catch {
      throw new NotFoundError(`no runbook for check "${id}"`);
    }
    const title = /^#\s+(.+)$/m.exec(markdown)?.[1]?.trim() ?? id;
    return { id, title, markdown };
  }
}
