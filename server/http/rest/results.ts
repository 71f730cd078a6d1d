/**
 * The e-result as a file: its download for the applicant and the handling officers, and the public check of a copy
 * sent as the file itself (hashed as it streams in, never kept).
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { contentStore } from '../../attachments/content.ts';
import { contentDisposition } from '../../attachments/file-name.ts';
import { tooManyLookups } from '../../auth/errors.ts';
import { CodeInput } from '../../contracts/common.ts';
import { CheckAnswer, TokenInput } from '../../contracts/results.ts';
import { checkResult, RESULT_FILE_LIMITS, resultFile, serviceError } from '../../services/index.ts';
import { contextOf, type HttpDeps } from '../deps.ts';
import { throttled } from '../lookup.ts';
import { message } from '../../../runtime/engine/messages/index.ts';

const MIB = 1024 * 1024;
/** No copy of a result can be larger than a result file may be. */
const MAX_COPY_BYTES = RESULT_FILE_LIMITS.maxSizeMB * MIB;
const COPY_TYPES = ['application/pdf', 'application/octet-stream'];

const tooLargeCopy = () =>
  serviceError(
    'FILE_TOO_LARGE',
    413,
    message('http.fileTooLarge', { maxSizeMB: RESULT_FILE_LIMITS.maxSizeMB }),
  );

const fileMissing = () => serviceError('VERIFY_FILE_MISSING', 415, message('http.verifyFileMissing'));

export function resultRoutes(api: FastifyInstance, deps: HttpDeps, options: { dataDir: string }): void {
  const content = contentStore(deps.store, options.dataDir);

  api.get<{ Params: { code: string } }>(
    '/dossiers/:code/result',
    {
      schema: {
        operationId: 'results.download',
        summary: 'Tải kết quả điện tử / Download the e-result',
        description:
          'The file issued as the dossier’s result, for its applicant and the officers of the units handling it. ' +
          'ETag is its SHA-256, which GET /verify/{token} shows.',
        tags: ['results'],
        params: CodeInput,
      },
      config: {
        openapi: {
          auth: 'session',
          responses: {
            '200': {
              description: 'The e-result',
              content: {
                'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } },
              },
            },
          },
          errors: {
            '403': 'FORBIDDEN: neither the applicant nor an officer of a handling unit',
            '404': 'DOSSIER_NOT_FOUND, RESULT_NOT_ISSUED',
          },
        },
      },
    },
    async (request, reply) => {
      const { ctx } = await contextOf(deps, request, reply, { signedIn: true });
      const file = await resultFile(deps.store, ctx, { code: request.params.code });
      const bytes = await content.read(file);
      // The row says the file exists: its absence is damage to the data directory, not the caller's fault.
      if (!bytes) throw new Error(`result ${file.id}: content missing (${file.storagePath ?? 'database'})`);
      return reply
        .type(file.mediaType)
        .header('etag', `"${file.sha256}"`)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, no-store')
        .header('content-disposition', contentDisposition(file.fileName))
        .header('content-length', file.size)
        .send('stream' in bytes ? bytes.stream : bytes.buffer);
    },
  );

  // Its own scope: only this route reads a raw file body; everything else stays JSON-only.
  void api.register(async (scope) => {
    scope.addContentTypeParser(COPY_TYPES, { bodyLimit: MAX_COPY_BYTES }, (_request, payload, done) => {
      const hash = createHash('sha256');
      let size = 0;
      let refused = false;
      payload.on('data', (chunk: Buffer) => {
        if (refused) return;
        size += chunk.length;
        if (size <= MAX_COPY_BYTES) return void hash.update(chunk);
        refused = true;
        done(tooLargeCopy());
      });
      payload.on('end', () => refused || done(null, hash.digest('hex')));
      payload.on('error', (error) => refused || done(error));
    });
    // A refusal sent before the whole file was read closes the connection: the rest of it is never read.
    scope.addHook('onSend', async (request, reply, body) => {
      if (!request.raw.complete) reply.header('connection', 'close');
      return body;
    });
    // The throttle answers before a byte of the file is read.
    scope.addHook('preParsing', async (request) => {
      const wait = await deps.lookups.check(request.ip);
      if (wait > 0) throw tooManyLookups(wait);
    });

    scope.post<{ Params: { token: string }; Body: string }>(
      '/verify/:token/file',
      {
        schema: {
          operationId: 'results.checkFile',
          summary: 'Đối chiếu tệp kết quả / Check a copy of an e-result, sent as the file',
          description:
            'The file as the request body (application/pdf or application/octet-stream): whether it is the very ' +
            'file issued under the token. It is hashed as it arrives and not kept. Throttled like GET /verify/{token}.',
          tags: ['results'],
          params: TokenInput,
        },
        config: {
          openapi: {
            auth: 'public',
            requestBody: {
              content: Object.fromEntries(
                COPY_TYPES.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }]),
              ),
            },
            responses: { '200': { description: 'Whether the copy matches', schema: CheckAnswer } },
            errors: {
              '404': 'RESULT_NOT_FOUND',
              '413': 'FILE_TOO_LARGE',
              '429': 'TOO_MANY_LOOKUPS: wait Retry-After seconds',
            },
          },
        },
      },
      async (request, reply) => {
        const { token } = request.params;
        const sha256 = request.body;
        if (typeof sha256 !== 'string') throw fileMissing();
        return throttled(deps, request, reply, (ctx) => checkResult(deps.store, ctx, { token, sha256 }), {
          code: 'RESULT_NOT_FOUND',
          action: 'result.verify_miss',
          target: token,
        });
      },
    );
  });
}
