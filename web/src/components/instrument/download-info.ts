const TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPG',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.ms-powerpoint': 'PowerPoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
};

/** The file type as people name it ("PDF", "Word"); unknown types by their extension. */
export function fileType(mimeType: string, bestandsnaam: string): string {
  return TYPES[mimeType] ?? (bestandsnaam.split('.').pop() ?? mimeType).toUpperCase();
}

const UNITS = ['bytes', 'kB', 'MB', 'GB'];

/** A size in bytes as Dutch readers write it: "840 bytes", "12 kB", "1,2 MB" (1 kB = 1024 bytes, as file managers show). */
export function fileSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${value.toLocaleString('nl-NL', { maximumFractionDigits: digits })} ${UNITS[unit]}`;
}
