/** How a dossier component's file rules read: "PDF, JPEG, PNG" from the media types it accepts. */
export const typeNames = (acceptedTypes: readonly string[]): string =>
  acceptedTypes.map((type) => type.split('/')[1]?.toUpperCase() ?? type).join(', ');
