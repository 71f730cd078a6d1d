/**
 * Names of the banks whose NAPAS BIN a province's collecting account is most likely to use (the BIN list is
 * NAPAS's, public); any other BIN is shown as the number itself.
 */
const BANKS: Record<string, string> = {
  '970405': 'Agribank',
  '970415': 'VietinBank',
  '970418': 'BIDV',
  '970436': 'Vietcombank',
  '970422': 'MB',
  '970407': 'Techcombank',
  '970416': 'ACB',
  '970432': 'VPBank',
  '970423': 'TPBank',
  '970403': 'Sacombank',
};

export const bankName = (bin: string): string => BANKS[bin] ?? bin;
