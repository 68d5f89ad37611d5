import type { LinkRecord, NodeRecord } from '@atlas/schema';
import type { ImportIssue, Origin, ParsedImport, PendingLink, PendingNode, WriteMode } from './importTypes.ts';
import { indexProblems } from './indexedValues.ts';

/**
 * How a repeated id is treated: `strict` (the CSV bundle, contacts, JSON: a row that contradicts an
 * earlier one is an error naming both lines) or `fill` (OpenAlex, CORDIS: the same author or
 * organisation recurs in many rows; the first values win and later rows fill blanks).
 */
export type Policy = 'strict' | 'fill';

export interface RowScope {
  node(record: NodeRecord, options?: Pick<PendingNode, 'matchByName' | 'defaults' | 'firstWins'> & { mode?: WriteMode }): void;
  link(record: LinkRecord, options?: { optional?: boolean }): void;
  error(field: string | null, reason: string): void;
  warn(field: string | null, reason: string): void;
}

const same = (a: unknown, b: unknown) => a === b || (typeof a === 'object' && JSON.stringify(a) === JSON.stringify(b));
const linkKey = (link: LinkRecord) => `${link.type}|${link.from}|${link.to}`;
const where = (origin: Origin) => (origin.line === null ? origin.file : `line ${origin.line}${origin.file ? ` of ${origin.file}` : ''}`);

/** Compares a record with what is already collected under its key: the fields it would change, and whether it adds any. */
function compare(existing: Record<string, unknown>, incoming: Record<string, unknown>, byName: boolean, firstWins: readonly string[]) {
  const conflicts: string[] = [];
  let adds = false;
  for (const [field, value] of Object.entries(incoming)) {
    // A reference by name may spell the name another way ("open data", "Open Data"): the first spelling stays.
    if (value === undefined || field === 'source' || (byName && field === 'name')) continue;
    if (existing[field] === undefined) adds = true;
    else if (!same(existing[field], value) && !firstWins.includes(field)) conflicts.push(field);
  }
  return { conflicts, adds };
}

interface Staged {
  origin: Origin;
  nodes: PendingNode[];
  links: PendingLink[];
  errors: ImportIssue[];
}

/** Collects the records of every row of an import, row by row: a row is kept whole or not at all. */
export class RecordCollector {
  private readonly nodes = new Map<string, PendingNode>();
  private readonly links = new Map<string, PendingLink>();
  private readonly parsed: ParsedImport = { nodes: [], links: [], errors: [], warnings: [], rows: new Map(), rejectedRows: new Map(), duplicates: 0 };
  private staged: Staged = { origin: { file: '', line: null, kind: '' }, nodes: [], links: [], errors: [] };
  private rowsRead = 0;

  /** `onRows` hears every 1,000th row read, for a progress line on large files. */
  constructor(private readonly onRows?: (rows: number) => void) {}

  // One scope for every row (large files have hundreds of thousands): it writes into `staged`.
  private readonly scope: RowScope = {
    node: (record, options = {}) => this.staged.nodes.push({ record, origin: this.staged.origin, mode: options.mode ?? 'replace', ...options }),
    link: (record, options = {}) => this.staged.links.push({ record, origin: this.staged.origin, ...options }),
    error: (field, reason) => this.staged.errors.push({ ...this.staged.origin, field, reason }),
    warn: (field, reason) => this.parsed.warnings.push({ ...this.staged.origin, field, reason }),
  };

  /** Adds one row: `read` describes its records; an error in it, or a contradiction with an earlier row, rejects the row. */
  row(origin: Origin, policy: Policy, read: (row: RowScope) => void): boolean {
    this.parsed.rows.set(origin.kind, (this.parsed.rows.get(origin.kind) ?? 0) + 1);
    if (++this.rowsRead % 1000 === 0) this.onRows?.(this.rowsRead);
    const staged: Staged = (this.staged = { origin, nodes: [], links: [], errors: [] });
    read(this.scope);
    const { nodes, links, errors } = staged;
    const issue = (field: string | null, reason: string): ImportIssue => ({ ...origin, field, reason });
    // Checked here, on every format's records (ids made from long names too), not at the write, where one would fail them all.
    for (const { field, reason } of indexProblems(nodes.map((n) => n.record), links.map((l) => l.record))) errors.push(issue(field, reason));

    // What each record adds to what earlier rows said (undefined: nothing), and its contradictions.
    const adds: boolean[] = [];
    const check = (earlier: PendingNode | PendingLink | undefined, pending: PendingNode | PendingLink, what: () => string) => {
      if (!earlier) return adds.push(true);
      const byName = 'matchByName' in pending && Boolean(pending.matchByName && (earlier as PendingNode).matchByName);
      const firstWins = 'firstWins' in pending ? (pending.firstWins ?? []) : [];
      const result = compare(earlier.record as unknown as Record<string, unknown>, pending.record as unknown as Record<string, unknown>, byName, firstWins);
      adds.push(result.adds);
      if (policy !== 'strict') return;
      for (const field of result.conflicts) errors.push(issue(field, `${what()} has another ${field} on ${where(earlier.origin)}: make the rows agree or remove one`));
    };
    for (const pending of nodes) {
      const { record } = pending;
      const earlier = this.nodes.get(record.id);
      if (earlier && earlier.record.kind !== record.kind) {
        errors.push(issue('id', `"${record.id}" is already a ${earlier.record.kind} on ${where(earlier.origin)}: ids must be unique across kinds`));
        adds.push(false);
      } else check(earlier, pending, () => `"${record.id}"`);
    }
    for (const pending of links) check(this.links.get(linkKey(pending.record)), pending, () => `${pending.record.type} ${pending.record.from} -> ${pending.record.to}`);
    if (errors.length) {
      this.parsed.errors.push(...errors);
      this.reject(origin);
      return false;
    }
    if (!adds.some(Boolean)) this.parsed.duplicates += 1;
    nodes.forEach((node, i) => adds[i] && this.keep(this.nodes, node.record.id, node));
    links.forEach((link, i) => adds[nodes.length + i] && this.keep(this.links, linkKey(link.record), link));
    return true;
  }

  /** An error about a row that produced no records (a line that cannot be read at all). */
  rowError(origin: Origin, field: string | null, reason: string): void {
    this.parsed.rows.set(origin.kind, (this.parsed.rows.get(origin.kind) ?? 0) + 1);
    this.parsed.errors.push({ ...origin, field, reason });
    this.reject(origin);
  }

  /** An error about a whole file (unreadable, unknown columns): it counts no row. */
  fileError(file: string, reason: string, kind = 'file'): void {
    this.parsed.errors.push({ file, line: null, kind, field: null, reason });
  }

  warn(origin: Origin, field: string | null, reason: string): void {
    this.parsed.warnings.push({ ...origin, field, reason });
  }

  private reject(origin: Origin) {
    const rows = this.parsed.rejectedRows.get(origin.kind) ?? new Set<string>();
    rows.add(`${origin.file}:${origin.line ?? rows.size}`);
    this.parsed.rejectedRows.set(origin.kind, rows);
  }

  private keep<T extends PendingNode | PendingLink>(map: Map<string, T>, key: string, pending: T) {
    const earlier = map.get(key);
    if (!earlier) {
      map.set(key, pending);
      return;
    }
    // Earlier values win; later rows fill blanks. A full record outranks a reference by name.
    const record: Record<string, unknown> = { ...pending.record };
    for (const [field, value] of Object.entries(earlier.record)) if (value !== undefined) record[field] = value;
    const merged = { ...earlier, record } as T;
    if ('mode' in merged && 'mode' in pending) {
      const [a, b] = [merged as PendingNode, pending as PendingNode];
      a.mode = a.mode === 'replace' || b.mode === 'replace' ? 'replace' : 'merge';
      a.matchByName = Boolean(a.matchByName && b.matchByName);
      a.defaults = { ...b.defaults, ...a.defaults };
    }
    if ('optional' in merged) (merged as PendingLink).optional = Boolean((merged as PendingLink).optional && (pending as PendingLink).optional);
    map.set(key, merged);
  }

  result(): ParsedImport {
    return { ...this.parsed, nodes: [...this.nodes.values()], links: [...this.links.values()] };
  }
}
