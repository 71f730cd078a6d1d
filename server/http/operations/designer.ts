/**
 * The procedure lifecycle: the designer's drafts (create, save, submit), the approver's review (approve, reject),
 * publishing and retiring, reading versions (one, all of a procedure, a diff, a bundle to download), and the
 * review's comments on a version's elements.
 */
import { CodeInput } from '../../contracts/common.ts';
import {
  ApproveInput,
  Bundle,
  DesignListInput,
  DesignList,
  DiffInput,
  ExportedBundle,
  NewDraftInput,
  RejectInput,
  SaveDraftInput,
  SavedDraft,
  VersionDiff,
  VersionInfo,
  VersionInput,
  VersionList,
  VersionWithDefinition,
} from '../../contracts/procedures.ts';
import { NewReviewComment, ReviewComment, ReviewComments } from '../../contracts/review-comments.ts';
import {
  addReviewComment,
  approveVersion,
  diffVersions,
  exportFile,
  getVersion,
  listDesigns,
  listReviewComments,
  listVersions,
  newDraft,
  publishVersion,
  rejectVersion,
  retireProcedure,
  saveDraft,
  submitForApproval,
} from '../../services/index.ts';

import { mutation, query } from './operation.ts';

const tags = ['procedure lifecycle'];

const notFound = { '404': 'VERSION_NOT_FOUND' };
const review = {
  ...notFound,
  '403': 'FORBIDDEN (not an approver) or APPROVER_IS_AUTHOR: the approver cannot be the author',
  '409': 'VERSION_STATE_CONFLICT: not submitted',
};

export const designer = {
  procedures: query({
    summary: 'Mọi thủ tục và các phiên bản / Every procedure with its versions',
    description:
      'Live or not, searched like the catalogue (case and diacritics ignored), each with its versions and their ' +
      'states; `status` keeps those with a version in that state. Designers, approvers, system admins and auditors.',
    tags,
    access: 'session',
    input: DesignListInput,
    output: DesignList,
    rest: { method: 'GET', path: '/designer/procedures' },
    run: ({ deps, ctx }, input) => listDesigns(deps.store, ctx, input),
  }),

  createDraft: mutation({
    summary: 'Tạo bản nháp thủ tục / Create a procedure draft',
    description:
      'From scratch ({definition} or {scratch}), as a copy of a version ({fromVersion}) or by importing a bundle ' +
      '({bundle}). Designers and system admins. A malformed bundle is a 422 and nothing is stored.',
    tags,
    access: 'session',
    input: NewDraftInput,
    output: VersionInfo,
    rest: { method: 'POST', path: '/procedures/drafts', status: 201 },
    errors: {
      ...notFound,
      '409': 'PROCEDURE_EXISTS, VERSION_CONFLICT',
      '422': 'BUNDLE_INVALID, BUNDLE_VERSION_UNSUPPORTED: the bundle itself is malformed',
    },
    run: ({ deps, ctx }, input) => newDraft(deps.store, ctx, input),
  }),

  saveDraft: mutation({
    summary: 'Lưu bản nháp / Save a draft',
    description:
      'Replaces the definition of a draft (or of a rejected version, which becomes a draft again). The draft may ' +
      'have lint problems: they come back with the answer and are kept.',
    tags,
    access: 'session',
    input: SaveDraftInput,
    output: SavedDraft,
    rest: { method: 'PUT', path: '/procedure-versions/:id' },
    errors: {
      ...notFound,
      '409': 'VERSION_STATE_CONFLICT: no longer editable; DRAFT_CONFLICT: saved elsewhere since baseHash',
      '422': 'PROCEDURE_CODE_CHANGED: a draft keeps its procedure code',
    },
    run: ({ deps, ctx }, input) =>
      saveDraft(deps.store, ctx, {
        versionId: input.id,
        definition: input.definition,
        baseHash: input.baseHash,
      }),
  }),

  submit: mutation({
    summary: 'Trình duyệt bản nháp / Submit a draft for approval',
    description: 'Refused while the draft has lint errors (422 DRAFT_HAS_ERRORS, details: the errors).',
    tags,
    access: 'session',
    input: VersionInput,
    output: VersionInfo,
    rest: { method: 'POST', path: '/procedure-versions/:id/submit' },
    errors: {
      ...notFound,
      '409': 'VERSION_STATE_CONFLICT: not a draft',
      '422': 'DRAFT_HAS_ERRORS: details lists the lint errors',
    },
    run: ({ deps, ctx }, input) => submitForApproval(deps.store, ctx, { versionId: input.id }),
  }),

  approve: mutation({
    summary: 'Phê duyệt phiên bản / Approve a version',
    description:
      'By an approver who is not its author. The comment, if any, is kept; the body may be left out.',
    tags,
    access: 'session',
    input: ApproveInput,
    output: VersionInfo,
    rest: { method: 'POST', path: '/procedure-versions/:id/approve' },
    errors: review,
    run: ({ deps, ctx }, input) =>
      approveVersion(deps.store, ctx, { versionId: input.id, comment: input.comment }),
  }),

  reject: mutation({
    summary: 'Trả lại phiên bản / Reject a version',
    description: 'By an approver who is not its author, with the reasons; the designer edits it again.',
    tags,
    access: 'session',
    input: RejectInput,
    output: VersionInfo,
    rest: { method: 'POST', path: '/procedure-versions/:id/reject' },
    errors: review,
    run: ({ deps, ctx }, input) =>
      rejectVersion(deps.store, ctx, { versionId: input.id, comment: input.comment }),
  }),

  publish: mutation({
    summary: 'Công bố phiên bản / Publish a version',
    description:
      'An approved version becomes the live one at once, without a restart: new dossiers use it, running dossiers ' +
      'stay on their own version.',
    tags,
    access: 'session',
    input: VersionInput,
    output: VersionInfo,
    rest: { method: 'POST', path: '/procedure-versions/:id/publish' },
    errors: { ...notFound, '409': 'VERSION_STATE_CONFLICT: not approved' },
    run: ({ deps, ctx }, input) => publishVersion(deps.store, ctx, { versionId: input.id }),
  }),

  retire: mutation({
    summary: 'Bãi bỏ thủ tục / Retire a procedure',
    description:
      'Retires the live version: the procedure takes no new dossiers until another version is published; running ' +
      'dossiers carry on.',
    tags,
    access: 'session',
    input: CodeInput,
    output: VersionInfo,
    rest: { method: 'POST', path: '/procedures/:code/retire' },
    errors: { '404': 'PROCEDURE_NOT_FOUND', '409': 'PROCEDURE_NOT_LIVE: nothing to retire' },
    run: ({ deps, ctx }, input) => retireProcedure(deps.store, ctx, input.code),
  }),

  versions: query({
    summary: 'Các phiên bản của thủ tục / Versions of a procedure',
    description: 'Oldest first. Designers, approvers, system admins and auditors.',
    tags,
    access: 'session',
    input: CodeInput,
    output: VersionList,
    rest: { method: 'GET', path: '/procedures/:code/versions' },
    errors: { '404': 'PROCEDURE_NOT_FOUND' },
    run: async ({ deps, ctx }, input) => ({
      code: input.code,
      items: await listVersions(deps.store, ctx, input),
    }),
  }),

  version: query({
    summary: 'Một phiên bản thủ tục / A procedure version',
    description:
      'Published and retired versions are public record; other versions only for those who configure procedures.',
    tags,
    access: 'public',
    input: VersionInput,
    output: VersionWithDefinition,
    rest: { method: 'GET', path: '/procedure-versions/:id' },
    errors: notFound,
    run: ({ deps, ctx }, input) => getVersion(deps.store, ctx, { versionId: input.id }),
  }),

  diff: query({
    summary: 'So sánh hai phiên bản / Compare two versions',
    description: 'What changed from `id` to `otherId`: nodes, edges, form fields, components, fees, time.',
    tags,
    access: 'public',
    input: DiffInput,
    output: VersionDiff,
    rest: { method: 'GET', path: '/procedure-versions/:id/diff/:otherId' },
    errors: notFound,
    run: ({ deps, ctx }, input) => diffVersions(deps.store, ctx, { from: input.id, to: input.otherId }),
  }),

  export: query({
    summary: 'Xuất gói thủ tục / Export a version as a bundle',
    description:
      'A JSON file to import elsewhere with POST /procedures/drafts {bundle}; over REST it comes as a download ' +
      '(attachment; filename="<code>-v<version>.motcua.json").',
    tags,
    access: 'public',
    input: VersionInput,
    output: ExportedBundle,
    rest: {
      method: 'GET',
      path: '/procedure-versions/:id/export',
      download: { schema: Bundle, file: (out) => ({ name: out.filename, content: out.bundle }) },
    },
    errors: notFound,
    run: ({ deps, ctx }, input) => exportFile(deps.store, ctx, input.id),
  }),

  comments: query({
    summary: 'Góp ý khi duyệt phiên bản / Review comments on a version',
    description:
      'Oldest first, each on an element of the version (a step, transition, form field, component, fee, the ' +
      'processing time, or the whole version), with its author. Designers and approvers.',
    tags,
    access: 'session',
    input: VersionInput,
    output: ReviewComments,
    rest: { method: 'GET', path: '/procedure-versions/:id/comments' },
    errors: { ...notFound, '403': 'FORBIDDEN: not a designer or approver' },
    run: async ({ deps, ctx }, input) => ({
      items: await listReviewComments(deps.store, ctx, { versionId: input.id }),
    }),
  }),

  comment: mutation({
    summary: 'Góp ý về một phần tử / Comment on an element',
    description:
      'An approver comments while the version is submitted; its author replies on an element an approver has ' +
      'commented on, until the version is approved. The element must be in the version or in the published one ' +
      '(a removed step). Audited.',
    tags,
    access: 'session',
    input: NewReviewComment,
    output: ReviewComment,
    rest: { method: 'POST', path: '/procedure-versions/:id/comments', status: 201 },
    errors: {
      ...notFound,
      '403': 'FORBIDDEN: neither an approver nor the version’s author',
      '409': 'REVIEW_CLOSED: not in review; REVIEW_NOTHING_TO_REPLY: the author replies to comments only',
      '422': 'REVIEW_TARGET_UNKNOWN: no such element in the version or the published one',
    },
    run: ({ deps, ctx }, input) =>
      addReviewComment(deps.store, ctx, { versionId: input.id, target: input.target, body: input.body }),
  }),
};
