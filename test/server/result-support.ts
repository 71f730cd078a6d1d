/**
 * A birth registration brought to its result through the API, as the officers would: submitted online by congdan,
 * accepted and paid at the counter (motcua), appraised (chuyenvien) and approved (lanhdao); the leader may then
 * upload the signed result file and issue it.
 */
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { BIRTH } from '../support/examples.ts';
import { multipart } from './attachments-support.ts';
import { submitOnline } from './online-submission.ts';

type Jar = (login: string) => Promise<string>;

export async function act(
  app: FastifyInstance,
  cookie: string,
  code: string,
  body: { action: string; revision: number; input?: object },
) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/dossiers/${code}/actions`,
    headers: { cookie },
    payload: body,
  });
}

/** The dossier's code and revision, waiting for the leader to issue its result. */
export async function awaitingResult(
  app: FastifyInstance,
  jar: Jar,
): Promise<{ code: string; revision: number }> {
  const submitted = await submitOnline(app, await jar('congdan'), 'birth-registration', BIRTH);
  expect(submitted.statusCode, submitted.body).toBe(201);
  const { code, fees } = submitted.json<{ code: string; fees: { total: number } }>();
  const steps: [string, string, object?][] = [
    ['motcua', 'accept'],
    ['motcua', 'pay', { amount: fees.total, method: 'counter', reference: 'BL-KQ' }],
    ['chuyenvien', 'complete'],
    ['lanhdao', 'approve'],
  ];
  let revision = 1;
  for (const [login, action, input] of steps) {
    const res = await act(app, await jar(login), code, { action, revision, ...(input && { input }) });
    expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
    revision = res.json<{ revision: number }>().revision;
  }
  return { code, revision };
}

/** Uploads `bytes` as the result file of the dossier (POST /attachments with resultId). */
export function uploadResult(app: FastifyInstance, cookie: string, code: string, bytes: Buffer) {
  const { payload, contentType } = multipart(
    { dossierCode: code, resultId: 'birth_extract' },
    { name: 'trich-luc-khai-sinh.pdf', type: 'application/pdf', bytes },
  );
  return app.inject({
    method: 'POST',
    url: '/api/v1/attachments',
    payload,
    headers: { cookie, 'content-type': contentType },
  });
}
