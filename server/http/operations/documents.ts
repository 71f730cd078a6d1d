/** The citizen's personal data store (vault): documents handed in with earlier dossiers, reused in a new one. */
import { AttachmentFile } from '../../contracts/attachments.ts';
import { MyDocuments, ReuseInput } from '../../contracts/documents.ts';
import { PageInput } from '../../contracts/dossiers.ts';
import { myDocuments, reuseDocument } from '../../services/documents.ts';
import { mutation, query } from './operation.ts';

const tags = ['attachments'];

export const documents = {
  mine: query({
    summary: 'Kho dữ liệu của tôi: giấy tờ đã nộp / My documents handed in with earlier dossiers',
    description:
      'The files the caller handed in with the dossiers they applied for, newest first: each with its dossier, ' +
      'procedure and the component it stood for. Reuse one with POST /attachments/{id}/reuse.',
    tags,
    access: 'session',
    input: PageInput,
    output: MyDocuments,
    rest: { method: 'GET', path: '/me/documents' },
    errors: { '403': 'FORBIDDEN: the personal data store is for citizens' },
    run: ({ deps, ctx }, input) => myDocuments(deps.store, ctx, input),
  }),

  reuse: mutation({
    summary: 'Dùng lại giấy tờ đã nộp / Reuse a document handed in before',
    description:
      'A document of the caller’s earlier dossier becomes a new upload of theirs for a component of a live ' +
      'procedure, without sending the file again: pass the returned id in `attachments` when submitting the ' +
      'dossier or saving its draft. The file must fit the component as an upload would (415, 413).',
    tags,
    access: 'session',
    input: ReuseInput,
    output: AttachmentFile,
    rest: { method: 'POST', path: '/attachments/:id/reuse', status: 201 },
    errors: {
      '403': 'FORBIDDEN: only documents of the caller’s own dossiers, by a citizen',
      '404': 'ATTACHMENT_NOT_FOUND, PROCEDURE_NOT_FOUND, PROCEDURE_NOT_LIVE',
      '413': 'ATTACHMENT_TOO_LARGE: over the component’s limit',
      '415': 'ATTACHMENT_TYPE_NOT_ACCEPTED: a type the component does not take',
      '422': 'COMPONENT_UNKNOWN',
    },
    run: ({ deps, ctx }, input) => reuseDocument(deps.store, ctx, input),
  }),
};
