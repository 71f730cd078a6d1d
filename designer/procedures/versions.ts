/** Which version of a procedure an action starts from. */
import type { DesignEntry } from './types.ts';

type Version = DesignEntry['versions'][number];

/** A new version is made from the live one. */
export const liveVersion = (p: DesignEntry): Version | undefined => p.versions.find((v) => v.live);

/** A copy is made from the live version, else from the latest one. */
export const copySource = (p: DesignEntry): Version | undefined => liveVersion(p) ?? p.versions.at(-1);
