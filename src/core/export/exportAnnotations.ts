import { toClaimReviewJson } from './claimReview';
import { toCsv } from './csv';
import { toMarkdown } from './markdown';
import type { ExportFormat, ExportInput } from './model';
import { toW3cJson } from './w3c';

/** The file contents for one export format. */
export function exportAnnotations(format: ExportFormat, input: ExportInput): string {
  switch (format) {
    case 'csv':
      return toCsv(input);
    case 'markdown':
      return toMarkdown(input);
    case 'w3c':
      return toW3cJson(input);
    case 'claimreview':
      return toClaimReviewJson(input);
  }
}

/** The usual file extension for each format, for default output names. */
export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  csv: '.csv',
  markdown: '.md',
  w3c: '.jsonld',
  claimreview: '.claimreview.jsonld',
};
