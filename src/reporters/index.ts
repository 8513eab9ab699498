import type { Format, Reporter, ReporterContext } from './reporter';
import { githubReporter } from './github';
import { jsonReporter } from './json';
import { sarifReporter } from './sarif';
import { stylishReporter } from './stylish';

export { FORMATS, type Format, type Reporter, type ReporterContext } from './reporter';

export function reporterFor(format: Format, ctx: ReporterContext): Reporter {
  switch (format) {
    case 'json':
      return jsonReporter();
    case 'sarif':
      return sarifReporter(ctx);
    case 'github':
      return githubReporter();
    default:
      return stylishReporter(ctx);
  }
}
