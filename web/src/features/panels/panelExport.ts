import { SECTOR_LABELS } from '@atlas/schema';
import { formatScore } from '../../evidence/evidenceSummary.ts';
import type { PanelBalance, PanelCandidate, UnmetConstraint } from './panel.queries.ts';
import { counted } from './panelBalance.ts';

/** What an export holds: the panel as the organiser has arranged it. */
export interface PanelExport {
  title: string;
  members: readonly PanelCandidate[];
  balance: PanelBalance;
  unmet: readonly UnmetConstraint[];
}

const sectorName = (m: PanelCandidate) => (m.sector ? SECTOR_LABELS[m.sector] : '');
const score = (value: number) => String(Math.round(value * 100) / 100);

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
 * Text that a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The panel as CSV: a header row, then one row per member (name, sector, institution, country, score, why). CRLF lines. */
export function panelToCsv({ members }: PanelExport): string {
  const rows = [
    ['name', 'sector', 'institution', 'country', 'score', 'why'],
    ...members.map((m) => [m.person.label, sectorName(m), m.institution?.label ?? '', m.country ?? '', score(m.score), m.why]),
  ];
  return rows.map((row, i) => row.map((value, j) => (i > 0 && j === 4 ? value : csvField(value))).join(',')).join('\r\n') + '\r\n';
}

/** A Markdown table cell: pipes escaped, line breaks folded. */
export function mdCell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** The balance in words: "Public administration 1 · Academia and research 2". */
export function balanceLines(balance: PanelBalance): string[] {
  const sectors = balance.bySector.filter((s) => s.count > 0).map((s) => `${SECTOR_LABELS[s.sector]} ${s.count}`).join(' · ');
  const countries = balance.byCountry.map((c) => `${c.country} ${c.count}`).join(' · ');
  return [
    `Size: ${balance.size}`,
    `Sectors: ${sectors || 'none'}`,
    `Countries: ${countries || 'unknown'}`,
    `Institutions: ${balance.institutions}`,
    `New faces: ${balance.newFaces} of ${balance.size}`,
    `Total score: ${formatScore(balance.score)}${counted(balance) ? ` (counts ${counted(balance)} after preferring new faces)` : ''}`,
  ];
}

/** The panel as Markdown: a title, a table of the members, the balance, and any constraint not met. */
export function panelToMarkdown({ title, members, balance, unmet }: PanelExport): string {
  const lines = [
    `# ${mdCell(title)}`,
    '',
    '| # | Name | Sector | Institution | Country | Score | Why |',
    '|---:|---|---|---|---|---:|---|',
    ...members.map(
      (m, i) =>
        `| ${i + 1} | ${[m.person.label, sectorName(m), m.institution?.label ?? '', m.country ?? ''].map(mdCell).join(' | ')} | ${score(m.score)} | ${mdCell(m.why)} |`,
    ),
    '',
    '## Balance',
    '',
    ...balanceLines(balance).map((line) => `- ${line}`),
  ];
  if (unmet.length > 0) lines.push('', '## Constraints not met', '', ...unmet.map((u) => `- ${mdCell(u.message)}`));
  return lines.join('\n') + '\n';
}

/** "panel-data-governance": a file name from the title. */
export function exportFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'panel';
}
