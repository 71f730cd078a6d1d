/** A file's size as people read it: "850 KB", "2,4 MB" (Vietnamese decimal comma). */
export const MIB = 1024 * 1024;

export const fileSize = (bytes: number): string =>
  bytes >= MIB
    ? `${(bytes / MIB).toFixed(1).replace('.', ',')} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
