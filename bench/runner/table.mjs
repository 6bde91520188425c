// formatTable(rows, PROCS, results) renders the comparison as markdown.
// results.get(`${key}@${procs}`) is { goro, go }, each { value } or { error }.

export function formatTable(rows, procsList, results) {
  const lines = [];
  for (const row of rows) {
    for (const procs of procsList) {
      const { goro, go } = results.get(`${row.key}@${procs}`) ?? {};
      lines.push([`${row.label} (${row.unit})`, procs, formatCell(goro), formatCell(go), formatRatio(goro, go)]);
    }
  }
  return markdownTable(['benchmark', 'procs', 'goro', 'Go', 'goro/Go'], lines);
}

// markdownTable(header, rows) is a markdown table of cells (strings or
// numbers), the first column left-aligned and the others right-aligned.
export function markdownTable(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const rule = header.map((_, i) => (i === 0 ? '---' : '--:'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

// formatCell(result) is one figure of { value } or { error }, or 'not run'.
export function formatCell(result) {
  if (!result) return 'not run';
  if (result.error !== undefined) return result.error.replaceAll('|', '\\|');
  return formatNumber(result.value);
}

function formatRatio(goro, go) {
  if (goro?.value === undefined || go?.value === undefined || go.value === 0) return '—';
  return (goro.value / go.value).toFixed(2);
}

// formatNumber keeps about three significant digits, with thousands separators.
export function formatNumber(v) {
  if (Math.abs(v) >= 100) return Math.round(v).toLocaleString('en-US');
  if (Math.abs(v) >= 10) return v.toFixed(1);
  return v.toFixed(2);
}
