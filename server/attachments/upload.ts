/**
 * One upload, from the multipart parts to the stored row: the form fields (which must come before the file) say
 * which component it is for; the component's limits are applied while the file streams in; the content is put in
 * its final place, and only then is the row written.
 */
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { Multipart } from '@fastify/multipart';
import {
  planUpload,
  recordAttachment,
  type AttachmentView,
  type UploadPlan,
} from '../services/attachments.ts';
import type { ServiceContext } from '../services/index.ts';
import type { Store } from '../store/index.ts';
import type { ContentStore } from './content.ts';
import { serviceError } from '../errors.ts';
import { mislabelled, tooLarge, typeNotAccepted } from './errors.ts';
import { cleanFileName } from './file-name.ts';
import { contradiction } from './labels.ts';
import { fromParser } from './multipart.ts';
import { receive, type Received } from './receive.ts';
import type { SniffedType } from './sniff.ts';
import { message } from '../../runtime/engine/messages/index.ts';

const FIELD_PATTERNS: Record<string, RegExp> = {
  procedureCode: /^[A-Za-z0-9._-]{1,64}$/,
  dossierCode: /^[A-Za-z0-9._-]{1,64}$/,
  componentId: /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/,
  resultId: /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/,
};

type Fields = Partial<Record<'procedureCode' | 'dossierCode' | 'componentId' | 'resultId', string>>;

function badField(name: string) {
  return serviceError('VALIDATION_FAILED', 400, message('attachments.validationFailed', { name }), {
    path: `/body/${name}`,
  });
}

function readField(fields: Fields, part: Extract<Multipart, { type: 'field' }>): void {
  const pattern = FIELD_PATTERNS[part.fieldname];
  if (!pattern) return; // Unknown fields are ignored, as HTML forms add their own (a submit button's name).
  if (typeof part.value !== 'string' || part.valueTruncated || !pattern.test(part.value)) {
    throw badField(part.fieldname);
  }
  fields[part.fieldname as keyof Fields] = part.value;
}

const fileMissing = () =>
  serviceError('ATTACHMENT_FILE_MISSING', 400, message('attachments.attachmentFileMissing'), {
    path: '/body/file',
  });

/** Extensions of the sniffed types, for a file sent without a name (every type has one: the type says so). */
const EXTENSION: Record<SniffedType, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/tiff': 'tif',
  'image/vnd.dwg': 'dwg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/zip': 'zip',
};

export async function acceptUpload(
  parts: AsyncIterable<Multipart>,
  env: { store: Store; ctx: ServiceContext; content: ContentStore },
): Promise<AttachmentView> {
  const { store, ctx, content } = env;
  const fields: Fields = {};
  let received: (Received & { fileName: string }) | undefined;
  let plan: UploadPlan | undefined;
  try {
    for await (const part of fromParser(parts)) {
      if (part.type === 'field') {
        if (!received) readField(fields, part);
        continue;
      }
      if (part.fieldname !== 'file' || received) {
        part.file.destroy();
        throw serviceError('ATTACHMENT_ONE_FILE', 400, message('attachments.attachmentOneFile'), {
          path: '/body/file',
        });
      }
      if (
        (fields.componentId ?? fields.resultId) === undefined ||
        (fields.procedureCode ?? fields.dossierCode) === undefined
      ) {
        part.file.destroy();
        throw serviceError('ATTACHMENT_FIELDS_FIRST', 400, message('attachments.attachmentFieldsFirst'), {
          path: '/body/componentId',
        });
      }
      try {
        plan = await planUpload(store, ctx, fields);
      } catch (error) {
        part.file.destroy();
        throw error;
      }
      const { component, maxBytes } = plan;
      const declared = { contentType: part.mimetype, fileName: part.filename ?? '' };
      const file = await receive(fromParser<Buffer>(part.file), {
        maxBytes,
        tmpDir: content.tmpDir,
        durable: content.durable,
        tooLarge: () => tooLarge(maxBytes, component.id),
        truncated: () => part.file.truncated,
        inspect(sniffed) {
          if (sniffed === undefined) throw typeNotAccepted(undefined, component.acceptedTypes, component.id);
          const wrong = contradiction(sniffed, declared);
          if (wrong) throw mislabelled(sniffed, wrong);
          if (!component.acceptedTypes.includes(sniffed))
            throw typeNotAccepted(sniffed, component.acceptedTypes, component.id);
          return sniffed;
        },
      });
      received = {
        ...file,
        fileName: cleanFileName(part.filename, `tep-dinh-kem.${EXTENSION[file.mediaType]}`),
      };
    }
    if (!received || !plan) {
      throw fileMissing();
    }
    const where = await content.keep(received);
    return await recordAttachment(store, ctx, plan, {
      id: randomUUID(),
      fileName: received.fileName,
      mediaType: received.mediaType,
      size: received.size,
      sha256: received.sha256,
      ...where,
    });
  } finally {
    // Gone already once kept as a file; otherwise (refused, kept in PostgreSQL) the spool is not needed.
    if (received) await rm(received.tmpPath, { force: true });
  }
}
