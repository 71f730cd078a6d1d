/** "hh:mm dd/MM/yyyy" of an ISO instant in Vietnam time, as slips print it; an em dash when there is none. */
export function slipTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return `${iso.slice(11, 16)} ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
