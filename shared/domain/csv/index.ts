export { decodeText, TextDecodeError, type DecodedText, type TextEncodingName } from './decode-text';
export { readCsv, headerKey, detectDelimiter, unwrapLinkedInLines, type CsvRow, type CsvTable, type CsvDelimiter, type ReadCsvOptions } from './read-csv';
export { makeIssue, type IssueContext } from './issue';
