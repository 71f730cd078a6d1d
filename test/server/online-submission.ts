/**
 * An online submission as a citizen makes it: one uploaded file for every component of the procedure (so it is
 * complete whatever its required-components rule says), then the dossier with those attachments.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { example, type Submission } from '../support/examples.ts';
import { multipart, SAMPLES } from './attachments-support.ts';

export async function submitOnline(
  app: FastifyInstance,
  cookie: string,
  exampleName: string,
  submission: Submission,
): Promise<LightMyRequestResponse> {
  const attachments: string[] = [];
  for (const component of example(exampleName).components ?? []) {
    const { payload, contentType } = multipart(
      { componentId: component.id, procedureCode: submission.procedureCode },
      { name: `${component.id}.pdf`, type: 'application/pdf', bytes: SAMPLES.pdf },
    );
    const uploaded = await app.inject({
      method: 'POST',
      url: '/api/v1/attachments',
      payload,
      headers: { cookie, 'content-type': contentType },
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    attachments.push(uploaded.json().id as string);
  }
  return app.inject({
    method: 'POST',
    url: '/api/v1/dossiers',
    payload: { ...submission, attachments },
    headers: { cookie },
  });
}
