/**
 * Sending one file of a dossier component to the server (POST /api/v1/attachments) with its progress. XHR, not
 * fetch: fetch does not report how much of a request body has gone.
 */
import type { Localized } from '../../../engine/index.ts';

/** A file the server has stored for the application: its id goes with the submission. */
export interface UploadedFile {
  id: string;
  componentId: string;
  fileName: string;
  mediaType: string;
  size: number;
}

/** Why an upload did not end stored: the server's refusal (its code and words), or no answer at all. */
export class UploadFailed extends Error {
  constructor(
    readonly code: string,
    readonly words?: Localized,
  ) {
    super(code);
  }
}

const refusal = (status: number, body: string): UploadFailed => {
  try {
    const error = (JSON.parse(body) as { error?: { code?: string; message?: Localized } }).error;
    if (error?.code && error.message?.vi) return new UploadFailed(error.code, error.message);
  } catch {
    // Not the product's error body (a proxy's page): said below by its status.
  }
  return new UploadFailed(status === 0 ? 'NETWORK' : `HTTP_${status}`);
};

export type UploadTarget = { procedureCode: string } | { dossierCode: string };

export function uploadFile(
  file: File,
  target: UploadTarget & { componentId: string },
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<UploadedFile> {
  const form = new FormData();
  // The fields before the file: the server reads the limits from them before the file's bytes arrive.
  if ('procedureCode' in target) form.append('procedureCode', target.procedureCode);
  else form.append('dossierCode', target.dossierCode);
  form.append('componentId', target.componentId);
  form.append('file', file, file.name);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/v1/attachments');
    request.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    request.onload = () => {
      if (request.status === 201) resolve(JSON.parse(request.responseText) as UploadedFile);
      else reject(refusal(request.status, request.responseText));
    };
    request.onerror = () => reject(refusal(0, ''));
    request.onabort = () => reject(new UploadFailed('ABORTED'));
    signal?.addEventListener('abort', () => request.abort());
    request.send(form);
  });
}
