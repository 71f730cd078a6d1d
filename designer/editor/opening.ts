/**
 * The version being opened is asked for as its route is entered, beside the editor's code and the tab's, not
 * after them. The editor takes that answer once, as its first fetch; any later fetch asks the server again, so
 * the editor still opens on the server's latest (a cached copy would make the first save a conflict).
 */
import { trpcClient } from '../../runtime/web/api/client.ts';

type VersionAnswer = ReturnType<typeof trpcClient.designer.version.query>;

const opening = new Map<string, VersionAnswer>();

export function startOpening(id: string): void {
  const answer = trpcClient.designer.version.query({ id });
  // A page left before the editor shows never takes it: its failure is nobody's to report.
  answer.catch(() => undefined);
  opening.set(id, answer);
}

/** The answer asked for when the route was entered, the first time; a new request afterwards. */
export function openedVersion(id: string): VersionAnswer {
  const answer = opening.get(id);
  opening.delete(id);
  return answer ?? trpcClient.designer.version.query({ id });
}
