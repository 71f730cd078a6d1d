/** Uploading the files of a dossier's components, and downloading them. */
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { contentStore } from '../../attachments/content.ts';
import { contentDisposition } from '../../attachments/file-name.ts';
import { acceptUpload } from '../../attachments/upload.ts';
import { readableAttachment, serviceError } from '../../services/index.ts';
import { contextOf, type HttpDeps } from '../deps.ts';
import { message } from '../../../runtime/engine/messages/index.ts';

const tags = ['attachments'];
const MIB = 1024 * 1024;
/** The largest `maxSizeMB` a definition may set: the parser's own cap, behind each component's limit. */
const HARD_CAP_BYTES = 1024 * MIB;

const attachmentParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9-]+$' } },
} as const;

const attachmentSchema = {
  type: 'object',
  required: ['id', 'componentId', 'fileName', 'mediaType', 'size', 'sha256'],
  properties: {
    id: { type: 'string' },
    componentId: { type: 'string' },
    fileName: { type: 'string' },
    mediaType: { type: 'string', description: 'Read from the content, not from the name or the label.' },
    size: { type: 'integer', description: 'Bytes.' },
    sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
  },
} as const;

const uploadForm = {
  type: 'object',
  required: ['file'],
  anyOf: [{ required: ['componentId'] }, { required: ['resultId'] }],
  properties: {
    procedureCode: {
      type: 'string',
      description: 'For a dossier not yet submitted: the procedure (its live version gives the limits).',
    },
    dossierCode: { type: 'string', description: 'Or: add the file to this existing dossier.' },
    componentId: { type: 'string', description: 'The dossier component the file is for.' },
    resultId: {
      type: 'string',
      description:
        'Or, with dossierCode: the procedure’s result document the file is (a signed PDF, uploaded by an officer ' +
        'of a unit handling the dossier). It is not handed in with the dossier: issue_result names it in ' +
        'input.file and it becomes the e-result.',
    },
    file: {
      type: 'string',
      contentMediaType: 'application/octet-stream',
      description: 'The file; send it after the other fields.',
    },
  },
} as const;

export function attachmentRoutes(api: FastifyInstance, deps: HttpDeps, options: { dataDir: string }): void {
  const content = contentStore(deps.store, options.dataDir);
  // Spool files of uploads cut short by a crash; best effort, the server does not wait for it.
  void content.sweep(deps.clock()).catch(() => undefined);

  // Its own scope: the multipart parser applies to these routes only; everything else stays JSON-only.
  void api.register(async (scope) => {
    await scope.register(multipart, {
      limits: {
        fileSize: HARD_CAP_BYTES,
        files: 1,
        fields: 10,
        fieldSize: 1024,
        parts: 12,
        headerPairs: 100,
      },
    });

    // A refusal sent before the whole upload was read closes the connection: the rest of it is never read.
    scope.addHook('onSend', async (request, reply, payload) => {
      if (!request.raw.complete) reply.header('connection', 'close');
      return payload;
    });

    scope.post(
      '/attachments',
      {
        schema: {
          operationId: 'attachments.upload',
          summary: 'Tải lên tệp của thành phần hồ sơ / Upload a dossier component’s file',
          description:
            'multipart/form-data with componentId, procedureCode (or dossierCode), then file. The size limit ' +
            '(413) and the accepted types (415) are the component’s; the type is read from the content, and a ' +
            'name or label that says otherwise is refused (415 ATTACHMENT_MISLABELLED). Pass the returned id ' +
            'in `attachments` when submitting the dossier.',
          tags,
        },
        config: {
          openapi: {
            auth: 'session',
            requestBody: { content: { 'multipart/form-data': { schema: uploadForm } } },
            responses: { '201': { description: 'Stored', schema: attachmentSchema } },
            errors: { '404': 'No such procedure, dossier or component' },
          },
        },
      },
      async (request, reply) => {
        const { ctx } = await contextOf(deps, request, reply, { signedIn: true });
        if (!request.isMultipart()) {
          throw serviceError('UNSUPPORTED_MEDIA_TYPE', 415, message('http.unsupportedMediaType'));
        }
        const view = await acceptUpload(request.parts(), { store: deps.store, ctx, content });
        return reply.code(201).send(view);
      },
    );

    scope.get<{ Params: { id: string } }>(
      '/attachments/:id',
      {
        schema: {
          operationId: 'attachments.download',
          summary: 'Tải xuống tệp đính kèm / Download an attachment',
          description:
            'For the person who uploaded it, the dossier’s applicant, and officers of the units handling the ' +
            'dossier. ETag is the SHA-256 of the content.',
          tags,
          params: attachmentParams,
        },
        config: {
          openapi: {
            auth: 'session',
            responses: {
              '200': {
                description: 'The file, with the media type read from its content',
                content: {
                  'application/octet-stream': {
                    schema: { type: 'string', contentMediaType: 'application/octet-stream' },
                  },
                },
                headers: {
                  ETag: { schema: { type: 'string' }, description: 'The SHA-256 of the content, quoted.' },
                  'Content-Disposition': { schema: { type: 'string' } },
                },
              },
              '304': { description: 'Not modified (If-None-Match matched the ETag)' },
            },
            errors: { '404': 'No such attachment, or not yours to read' },
          },
        },
      },
      async (request, reply) => {
        const { ctx } = await contextOf(deps, request, reply, { signedIn: true });
        const row = await readableAttachment(deps.store, ctx, request.params.id);
        const etag = `"${row.sha256}"`;
        reply
          .header('etag', etag)
          .header('x-content-type-options', 'nosniff')
          // Never rendered by the browser as our page, whatever the file holds.
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('cache-control', 'private, no-store');
        const match = request.headers['if-none-match'];
        if (match !== undefined && match.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
          return reply.code(304).send();
        }
        const bytes = await content.read(row);
        // The row says the file exists: its absence is damage to the data directory, not the caller's fault.
        if (!bytes)
          throw new Error(`attachment ${row.id}: content missing (${row.storagePath ?? 'database'})`);
        reply
          .type(row.mediaType)
          .header('content-disposition', contentDisposition(row.fileName))
          .header('content-length', row.size);
        return reply.send('stream' in bytes ? bytes.stream : bytes.buffer);
      },
    );
  });
}
