// How many SMS a text costs (3GPP TS 23.038). A text of GSM-7 characters only travels in 7-bit
// septets: 160 in one SMS, 153 per part once concatenated (the part header takes the rest); an
// extension-table character (€ [ ] { } ^ ~ | \ and form feed) takes two septets and never
// straddles two parts. Any other character (Arabic, Chinese, ş, ț, ç, á, ê, ’…) sends the whole
// text in UCS-2: 70 UTF-16 units in one SMS, 67 per part, a surrogate pair never split.

const GSM7_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM7_EXTENSION = new Set('\f^{}\\[~]|€');

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsSegmentCount {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
}

export const SMS_LIMITS = {
  'GSM-7': { single: 160, part: 153 },
  'UCS-2': { single: 70, part: 67 },
} as const;

export function smsEncoding(text: string): SmsEncoding {
  for (const char of text) {
    if (!GSM7_BASIC.has(char) && !GSM7_EXTENSION.has(char)) return 'UCS-2';
  }
  return 'GSM-7';
}

/** Each character's size in its encoding's units (an escape pair or a surrogate pair is one). */
function characterSizes(text: string, encoding: SmsEncoding): number[] {
  return [...text].map((char) =>
    encoding === 'GSM-7' ? (GSM7_EXTENSION.has(char) ? 2 : 1) : char.length,
  );
}

export function countSmsSegments(text: string): SmsSegmentCount {
  const encoding = smsEncoding(text);
  const sizes = characterSizes(text, encoding);
  const units = sizes.reduce((sum, size) => sum + size, 0);
  const { single, part } = SMS_LIMITS[encoding];
  if (units <= single) return { encoding, units, segments: units === 0 ? 0 : 1 };
  // Concatenated: fill each part without splitting a character's units across two parts.
  let segments = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > part) {
      segments += 1;
      used = 0;
    }
    used += size;
  }
  return { encoding, units, segments };
}
