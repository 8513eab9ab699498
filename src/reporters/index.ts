import type { Format, Reporter, ReporterContext } from './reporter';
import { renderMessage } from '../i18n';
import { compactReporter } from './compact';
import { githubReporter } from './github';
import { jsonReporter } from './json';
import { sarifReporter } from './sarif';
import { stylishReporter } from './stylish';

export { FORMATS, type Format, type Output, type Reporter, type ReporterContext } from './reporter';

function reporterOf(format: Format, ctx: ReporterContext): Reporter {
  switch (format) {
    case 'json':
      return jsonReporter();
    case 'sarif':
      return sarifReporter(ctx);
    case 'github':
      return githubReporter();
    case 'compact':
      return compactReporter(ctx);
    default:
      return stylishReporter(ctx);
  }
}

/** A reporter for a format; every diagnostic's message is rendered here, in the context's locale, as it arrives. */
export function reporterFor(format: Format, ctx: ReporterContext): Reporter {
  const reporter = reporterOf(format, ctx);
  return {
    file(lint) {
      for (const d of lint.result.diagnostics) d.message = renderMessage(d, ctx.t);
      return reporter.file(lint);
    },
    end: (summary) => reporter.end(summary),
  };
}
