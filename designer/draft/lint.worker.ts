/** The engine's lint, off the page's thread (designer/draft/lint.ts). */
import { lint } from '../../runtime/engine/index.ts';
import type { LintRequest } from './lint.ts';

self.onmessage = (event: MessageEvent<LintRequest>) => {
  self.postMessage({ id: event.data.id, problems: lint(event.data.definition) });
};
