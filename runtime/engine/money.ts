/**
 * Amounts of money as receipts and fee notices write them: in Vietnamese words ("Hai trăm nghìn đồng"), read by
 * read-vietnamese-number with the words of official documents (linh, tỷ).
 */
import { doReadNumber, ReadingConfig } from 'read-vietnamese-number';

const words = Object.assign(new ReadingConfig(), {
  unit: ['đồng'],
  units: [[], ['nghìn'], ['triệu'], ['tỷ']],
  oddText: 'linh',
});

/** A whole, non-negative number of đồng in words, capitalised as the first words of a sentence. */
export function amountInWords(vnd: number): string {
  if (!Number.isSafeInteger(vnd) || vnd < 0) throw new RangeError(`not a whole number of đồng: ${vnd}`);
  const text = doReadNumber(String(vnd), words);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
