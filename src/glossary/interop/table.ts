// Term bases as tables: CSV and TSV (written here, read with csv-parse) and XLSX workbooks (read
// with exceljs, loaded only when a workbook is imported). One row per concept.
import { parse } from 'csv-parse/sync';
import { note, type Problem } from '../../errors';
import type { ZhScript } from '../../text/script';
import { emptyDraft, fromDraft, type Draft } from './draft';
import { byId, idFrom, type DomainEntries, type EntryData } from './raw';
import type { ImportResult } from './tbx-read';

type Column =
  | 'id'
  | 'en'
  | 'zh-Hans'
  | 'zh-Hant'
  | 'en variants'
  | 'abbreviations'
  | 'variants'
  | 'zh-Hans variants'
  | 'zh-Hant variants'
  | 'avoid'
  | 'zh-Hans avoid'
  | 'zh-Hant avoid'
  | 'domain'
  | 'note'
  | 'source';

/** The columns export writes, in order; import reads these names and the spellings below. */
export const COLUMNS: Column[] = [
  'id',
  'en',
  'zh-Hans',
  'zh-Hant',
  'en variants',
  'abbreviations',
  'zh-Hans variants',
  'zh-Hant variants',
  'zh-Hans avoid',
  'zh-Hant avoid',
  'domain',
  'note',
  'source',
];

/** Header spellings (compared without case, spaces, _ - ( ) and dots). */
const ALIASES: Record<string, Column> = {};
const alias = (column: Column, ...names: string[]) => {
  for (const n of [column, ...names]) ALIASES[headerKey(n)] = column;
};
function headerKey(s: string): string {
  return s.toLowerCase().replace(/[\s_\-().:：（）]+/g, '');
}
alias('id', 'concept id', 'term id');
alias('en', 'english', 'en-US', 'en-GB', 'english term', 'term', 'source term', '英文', '英语', '英語');
alias('zh-Hans', 'zh-CN', 'zh-SG', 'zh', 'chinese', 'simplified chinese', 'chinese simplified', 'chinese (simplified)', 'simplified', '简体中文', '简体', '簡體中文', '簡體', '中文');
alias('zh-Hant', 'zh-TW', 'zh-HK', 'zh-MO', 'traditional chinese', 'chinese traditional', 'traditional', '繁體中文', '繁体中文', '繁體', '繁体');
alias('en variants', 'english variants', 'en synonyms');
alias('abbreviations', 'abbreviation', 'abbr', 'acronym', 'acronyms', '缩写', '縮寫');
alias('variants', 'variant', 'synonyms', 'alternatives', 'chinese variants', '变体', '變體', '异名', '異名');
alias('zh-Hans variants', 'zh-CN variants', 'simplified variants');
alias('zh-Hant variants', 'zh-TW variants', 'traditional variants');
alias('avoid', 'avoided', 'do not use', 'deprecated', 'forbidden', 'wrong', '禁用', '避免');
alias('zh-Hans avoid', 'zh-CN avoid');
alias('zh-Hant avoid', 'zh-TW avoid');
alias('domain', 'subject', 'subject field', 'category', '领域', '領域');
alias('note', 'notes', 'comment', 'comments', 'remark', 'remarks', '备注', '備註', '说明', '說明');
alias('source', 'sources', 'reference', '来源', '來源');

/** A list cell: "|"-separated if it has a "|", else ";"-separated. */
export function splitList(cell: string): string[] {
  const parts = cell.includes('|') ? cell.split('|') : cell.split(/[;；]/);
  return parts.map((s) => s.trim()).filter(Boolean);
}

/** The inverse of splitList: items containing ";" are "|"-separated (one such item ends in " |"). */
function joinList(items: string[]): string {
  if (!items.some((s) => /[;；]/.test(s))) return items.join('; ');
  return items.length === 1 ? `${items[0]} |` : items.join(' | ');
}

/** "form: reason" (or "form：reason", or only the form). */
function avoidItem(item: string, script?: ZhScript): Draft['avoid'][number] {
  const m = /^([^:：]+)[:：](.*)$/s.exec(item);
  const text = (m ? m[1]! : item).trim();
  const reason = m ? m[2]!.trim() : undefined;
  return { text, ...(reason ? { reason } : {}), ...(script ? { script } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Writing

function rowOf(e: EntryData): Record<Column, string> {
  const avoid = (s: ZhScript) => joinList(e[s].avoid.map((a) => `${a.text}: ${a.reason}`));
  return {
    id: e.id,
    en: e.en.preferred,
    'zh-Hans': e['zh-Hans'].preferred,
    'zh-Hant': e['zh-Hant'].preferred,
    'en variants': joinList(e.en.variants),
    abbreviations: joinList(e.en.abbreviations),
    variants: '',
    'zh-Hans variants': joinList(e['zh-Hans'].variants),
    'zh-Hant variants': joinList(e['zh-Hant'].variants),
    avoid: '',
    'zh-Hans avoid': avoid('zh-Hans'),
    'zh-Hant avoid': avoid('zh-Hant'),
    domain: e.domain,
    note: e.notes ?? '',
    source: joinList(e.sources),
  };
}

function csvCell(s: string): string {
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The glossary as CSV (RFC 4180) or TSV (no quoting; tabs and line breaks in a cell become spaces). */
export function writeTable(domains: DomainEntries[], delimiter: ',' | '\t'): string {
  const cell = delimiter === ',' ? csvCell : (s: string) => s.replace(/[\t\r\n]+/g, ' ');
  const rows = domains.flatMap((d) => [...d.entries].sort(byId)).map(rowOf);
  return [COLUMNS.map(cell).join(delimiter), ...rows.map((r) => COLUMNS.map((c) => cell(r[c])).join(delimiter))].join('\r\n') + '\r\n';
}

/** The glossary as a Markdown table (for reading, not for import). */
export function writeMarkdown(domains: DomainEntries[]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
  const head = ['English', 'zh-Hans', 'zh-Hant', 'variants', 'avoid', 'domain'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const e of domains.flatMap((d) => [...d.entries].sort(byId))) {
    const variants = [...e.en.variants, ...e.en.abbreviations, ...e['zh-Hans'].variants, ...e['zh-Hant'].variants];
    const avoid = [...e['zh-Hans'].avoid, ...e['zh-Hant'].avoid].map((a) => `~~${a.text}~~`);
    lines.push(`| ${[e.en.preferred, e['zh-Hans'].preferred, e['zh-Hant'].preferred, variants.join(', '), avoid.join(', '), e.domain].map(cell).join(' | ')} |`);
  }
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// Reading

/** A row as read: its cells and the line (or spreadsheet row) it starts on. */
export interface TableRow {
  cells: string[];
  line: number;
}

/** Entries from rows whose first row is the header. */
export function readRows(rows: TableRow[], file: string): ImportResult {
  const problems: Problem[] = [];
  const entries: EntryData[] = [];
  const lines: number[] = [];
  const [header, ...body] = rows;
  const columns = (header?.cells ?? []).map((h) => ALIASES[headerKey(h)]);
  const where = header ? header.line : 1;
  if (!columns.includes('en')) {
    problems.push({ file, line: where, column: 1, messageId: 'importNoEnColumn', data: { header: (header?.cells ?? []).join(', ') } });
    return { entries, lines, problems };
  }
  if (!columns.some((c) => c === 'zh-Hans' || c === 'zh-Hant')) {
    problems.push({ file, line: where, column: 1, messageId: 'importNoZhColumn', data: { header: (header?.cells ?? []).join(', ') } });
    return { entries, lines, problems };
  }
  const base = file.replace(/^.*[\\/]/, '');
  for (const row of body) {
    if (row.cells.every((c) => !c.trim())) continue;
    const d = emptyDraft(`${base} row ${row.line}`);
    row.cells.forEach((raw, i) => {
      const column = columns[i];
      const cell = raw.trim();
      if (!column || !cell) return;
      switch (column) {
        case 'id': d.id = idFrom(cell); break;
        case 'en': d.en.unshift(cell); break;
        case 'zh-Hans': case 'zh-Hant': d[column].unshift(cell); break;
        case 'en variants': d.en.push(...splitList(cell)); break;
        case 'abbreviations': d.abbreviations.push(...splitList(cell)); break;
        case 'variants': d.zh.push(...splitList(cell)); break;
        case 'zh-Hans variants': d['zh-Hans'].push(...splitList(cell)); break;
        case 'zh-Hant variants': d['zh-Hant'].push(...splitList(cell)); break;
        case 'avoid': d.avoid.push(...splitList(cell).map((s) => avoidItem(s))); break;
        case 'zh-Hans avoid': d.avoid.push(...splitList(cell).map((s) => avoidItem(s, 'zh-Hans'))); break;
        case 'zh-Hant avoid': d.avoid.push(...splitList(cell).map((s) => avoidItem(s, 'zh-Hant'))); break;
        case 'domain': d.domain = idFrom(cell); break;
        case 'note': d.notes = { en: cell }; break;
        case 'source': d.sources.push(...splitList(cell)); break;
      }
    });
    if (!d.en.length) problems.push({ file, line: row.line, column: 1, messageId: 'importNoEnglish', data: {} });
    else if (!d['zh-Hans'].length && !d['zh-Hant'].length && !d.zh.length) problems.push({ file, line: row.line, column: 1, messageId: 'importNoChinese', data: {} });
    else {
      entries.push(fromDraft(d));
      lines.push(row.line);
    }
  }
  return { entries, lines, problems };
}

/** CSV or TSV text (a BOM is skipped). */
export function readDelimited(text: string, file: string, delimiter: ',' | '\t'): ImportResult {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, bom: true, info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (err) {
    const e = err as Error & { lines?: number };
    return { entries: [], problems: [{ file, line: e.lines ?? 1, column: 1, messageId: 'importTable', data: { detail: e.message } }] };
  }
  const rows = records.map(({ record, info }) => ({
    cells: record,
    line: info.lines - record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0),
  }));
  return readRows(rows, file);
}

/** The first worksheet of an XLSX workbook. exceljs is loaded here only. */
export async function readXlsx(bytes: Buffer, file: string): Promise<ImportResult> {
  // Required here, not imported at the top: only an XLSX import pays for loading exceljs.
  const ExcelJS = require('exceljs') as typeof import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    return { entries: [], problems: [{ file, line: 1, column: 1, messageId: 'importTable', data: { detail: (err as Error).message } }] };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { entries: [], problems: [{ file, line: 1, column: 1, messageId: 'importTable', data: { detail: note('import.noWorksheet') } }] };
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(row.getCell(c).text ?? '');
    rows.push({ cells, line });
  });
  return readRows(rows, file);
}
