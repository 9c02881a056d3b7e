/**
 * csv-stringify options for a file Dutch Excel opens as it is: `;` between fields, since its list separator is
 * `;` where the comma is the decimal sign; so fractions get a decimal comma. A UTF-8 BOM (Excel reads é) and
 * CRLF line ends. A text starting with = + - @ would be run as a formula: it gets a leading apostrophe, which
 * Excel shows as text.
 */
export const EXCEL_CSV_OPTIONS = {
  delimiter: ';',
  bom: true,
  record_delimiter: 'windows' as const,
  cast: {
    number: (value: number) => (Number.isInteger(value) ? String(value) : String(value).replace('.', ',')),
    string: (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value),
  },
};
