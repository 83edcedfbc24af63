import type { leadImportsChannels } from '#contract';
import { AppError } from '../../errors';
import type { HandlerSlice } from '../../rpc/handlers';
import type { ScoringRepository } from '../../scoring/repository';
import { previewLeadsCsv, type ColumnTarget } from '../csv';
import type { ImportsRepository } from './repository';
import type { ImportRunner } from './runner';
import type { Uploads } from './uploads';

/** The lead as the preview shows it: only what the row gives, as text. */
function leadCells(lead: Record<string, unknown> | null): Record<string, string> | null {
  if (!lead) return null;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(lead)) {
    if (typeof value === 'string') out[key] = value;
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[`${key}.${k}`] = v;
    }
  }
  return out;
}

export function leadImportsHandlers(d: {
  uploads: Uploads;
  repo: ImportsRepository;
  runner: ImportRunner;
  scoring: ScoringRepository;
}): HandlerSlice<keyof typeof leadImportsChannels> {
  function requireImport(id: string) {
    const row = d.repo.get(id);
    if (!row) throw new AppError('not_found', 'This import does not exist.');
    return row;
  }

  return {
    'uploads:begin': ({ name, size }) => d.uploads.begin(name, size),
    'uploads:append': ({ uploadId, offset, data }) => ({ received: d.uploads.append(uploadId, offset, data) }),
    'uploads:discard': ({ uploadId }) => {
      d.uploads.discard(uploadId);
      return { uploadId };
    },

    'leads:importPreview': async ({ clientId, uploadId, encoding, separator, mapping, rows }) => {
      d.scoring.requireClient(clientId);
      const file = d.uploads.file(uploadId);
      const preview = await previewLeadsCsv(file.path, {
        encoding,
        separator,
        limit: rows,
        ...(mapping ? { mapping: mapping as ColumnTarget[] } : {}),
      });
      return {
        encoding: preview.encoding,
        bom: preview.bom,
        separator: preview.separator,
        separatorConfident: preview.separatorConfident,
        headers: preview.headers,
        mapping: preview.mapping.map((m) => ({ index: m.index, header: m.header, target: m.target })),
        warnings: preview.warnings,
        rows: preview.rows.map((r) => ({
          row: r.row,
          status: r.status,
          cells: r.cells,
          issues: r.issues,
          lead: leadCells(r.lead),
        })),
        size: file.size,
      };
    },

    'leads:importStart': (req) => {
      d.scoring.requireClient(req.clientId);
      return d.runner.start({ ...req, mapping: req.mapping as ColumnTarget[] });
    },

    'leads:importGet': ({ id }) => d.runner.view(id),

    'leads:importList': ({ clientId, limit }) => {
      d.scoring.requireClient(clientId);
      return d.repo.list(clientId, limit).map((row) => d.runner.view(row.id));
    },

    'leads:importIssues': ({ id, after, limit }) => {
      requireImport(id);
      const issues = d.repo.issues(id, after, limit + 1);
      if (issues.length <= limit) return { issues, nextAfter: null };
      // A page ends on a whole row, so the next one starts cleanly after it.
      let page = issues.slice(0, limit);
      const lastRow = page[page.length - 1]?.row ?? after;
      const whole = page.filter((i) => i.row !== lastRow);
      if (whole.length > 0 && issues[limit]?.row === lastRow) page = whole;
      return { issues: page, nextAfter: page[page.length - 1]?.row ?? null };
    },

    'leads:importCancel': ({ id }) => {
      requireImport(id);
      return d.runner.cancel(id);
    },
  };
}
