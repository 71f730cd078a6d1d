/**
 * The idempotency key of an application, kept for the browser tab: a reload after a submission whose answer was
 * lost sends the same key, and the server answers with the dossier already filed instead of filing another.
 */
const storageKey = (procedureCode: string) => `motcua.apply.${procedureCode}`;

export function submissionKey(procedureCode: string): string {
  try {
    const kept = sessionStorage.getItem(storageKey(procedureCode));
    if (kept) return kept;
    const made = crypto.randomUUID();
    sessionStorage.setItem(storageKey(procedureCode), made);
    return made;
  } catch {
    // Storage refused (private mode, policies): the key still holds for this page.
    return crypto.randomUUID();
  }
}

/** Filed: the next application for the procedure is a new one. */
export function forgetSubmissionKey(procedureCode: string): void {
  try {
    sessionStorage.removeItem(storageKey(procedureCode));
  } catch {
    // Nothing was kept.
  }
}
