/** Uploaded files as the operations show them (the upload route itself is multipart: http/rest/attachments.ts). */
import { Type } from './common.ts';

export const AttachmentFile = Type.Object({
  id: Type.String(),
  componentId: Type.String({ description: 'The dossier component the file stands for' }),
  fileName: Type.String(),
  mediaType: Type.String({ description: 'Read from the content, not from the name or the label' }),
  size: Type.Integer({ description: 'Bytes' }),
  sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
});
