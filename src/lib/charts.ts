/**
 * Build-time SVG charts: no client JavaScript, readable by screen readers (role="img",
 * title and description), and always shown beside a table with the same numbers.
 * Colours meet 3:1 against white and white labels on them meet 4.5:1.
 */

import { escapeXml as esc } from './xml.ts';

export interface Series {
  key: string;
  label: string;
  color: string;
}

export interface StackedRow {
  label: string;
  values: Record<string, number>;
}


/** Horizontal stacked bars, one row per category, segments per series, with a legend. */
export function stackedBarChart(opts: { id: string; title: string; description: string; rows: StackedRow[]; series: Series[] }): string {
  // Wide enough for the longest category name at 14 px (about 7.6 px a character).
  const labelWidth = Math.max(170, Math.ceil(16 + 7.6 * Math.max(0, ...opts.rows.map((r) => r.label.length))));
  const barWidth = 440;
  const rowHeight = 34;
  const top = 8;
  const legendTop = top + opts.rows.length * rowHeight + 14;
  const legendRows = Math.ceil(opts.series.length / 3);
  const height = legendTop + legendRows * 24 + 4;
  const width = labelWidth + barWidth + 10;
  const max = Math.max(1, ...opts.rows.map((r) => opts.series.reduce((n, s) => n + (r.values[s.key] ?? 0), 0)));
  const scale = barWidth / max;
  const parts: string[] = [];
  opts.rows.forEach((row, i) => {
    const y = top + i * rowHeight;
    parts.push(`<text x="${labelWidth - 8}" y="${y + 19}" text-anchor="end">${esc(row.label)}</text>`);
    let x = labelWidth;
    for (const s of opts.series) {
      const v = row.values[s.key] ?? 0;
      if (!v) continue;
      const w = v * scale;
      parts.push(`<rect x="${x.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowHeight - 10}" fill="${s.color}" stroke="#fff" stroke-width="1"/>`);
      if (w >= 18) parts.push(`<text x="${(x + w / 2).toFixed(1)}" y="${y + 21}" text-anchor="middle" fill="#fff" font-weight="700">${v}</text>`);
      x += w;
    }
  });
  opts.series.forEach((s, i) => {
    const x = (i % 3) * 210 + 10;
    const y = legendTop + Math.floor(i / 3) * 24;
    parts.push(`<rect x="${x}" y="${y}" width="16" height="16" fill="${s.color}"/><text x="${x + 22}" y="${y + 13}">${esc(s.label)}</text>`);
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="${opts.id}-t ${opts.id}-d" font-size="14" font-family="system-ui, sans-serif" fill="#1b1b1b">` +
    `<title id="${opts.id}-t">${esc(opts.title)}</title><desc id="${opts.id}-d">${esc(opts.description)}</desc>` +
    parts.join('') +
    '</svg>'
  );
}
