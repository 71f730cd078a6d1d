/**
 * Vietnamese text without its marks ("Hà Nội" → "Ha Noi", "Đ" → "D"): for search that ignores diacritics and for
 * channels that accept only ASCII (gateway order info, bank transfer contents, legacy file names).
 */
export function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** What search compares: without diacritics and in lower case ("khai sinh" finds "Đăng ký khai sinh"). */
export const searchKey = (text: string): string => withoutDiacritics(text).toLowerCase();
