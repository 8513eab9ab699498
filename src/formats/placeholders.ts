// Placeholder syntaxes of translation files, as comparable tokens: what must survive translation.
// A format names the syntaxes its strings use (PO flags decide when present); ICU MessageFormat is
// parsed (@formatjs/icu-messageformat-parser) and compared by arguments and select keys, not text:
// Chinese needs only the plural category `other`, so plural categories are not compared.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

export type Syntax = 'printf' | 'python' | 'qt' | 'brace' | 'ruby' | 'icu' | 'apple';

const PATTERNS: Record<Exclude<Syntax, 'icu'>, RegExp> = {
  // %s %d %1$s %.2f %lld %@ (C, Java, Android, Apple); %% is a literal percent sign.
  printf: /%(?:\d+\$)?[-+ 0#']*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGaAcsp@]/g,
  apple: /%(?:\d+\$)?[-+ 0#']*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGaAcsp@]/g,
  // %(name)s (Python)
  python: /%\([^)\s]+\)[-+ 0#]*(?:\d+)?(?:\.\d+)?[diouxXeEfFgGcrsa]/g,
  // %1 %2 (Qt); %L1 localized numbers
  qt: /%L?\d{1,2}(?!\$)/g,
  // {0} {name} {0:N2} {name!r:>10} (.NET, Java MessageFormat without ICU types, Python str.format)
  brace: /\{[\p{L}\p{N}_.]*(?:![rsa])?(?:[:,][^{}]*)?\}/gu,
  // %{name} (Ruby, vue-i18n)
  ruby: /%\{[^{}\s]+\}/g,
};

function withoutEscapedPercent(value: string): string {
  return value.replace(/%%/g, '  ');
}

function icuTokens(elements: MessageFormatElement[], out: string[]): void {
  for (const e of elements) {
    switch (e.type) {
      case TYPE.argument:
        out.push(`{${e.value}}`);
        break;
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        out.push(`{${e.value}, ${TYPE[e.type]}}`);
        break;
      case TYPE.plural:
        out.push(`{${e.value}, ${e.pluralType === 'ordinal' ? 'selectordinal' : 'plural'}}`);
        // The arguments of the `other` branch: Chinese has that form only.
        icuTokens((e.options.other ?? Object.values(e.options)[0])?.value ?? [], out);
        break;
      case TYPE.select:
        out.push(`{${e.value}, select, ${Object.keys(e.options).sort().join('|')}}`);
        for (const key of Object.keys(e.options).sort()) icuTokens(e.options[key]!.value, out);
        break;
      case TYPE.tag:
        out.push(`<${e.value}>`);
        icuTokens(e.children, out);
        out.push(`</${e.value}>`);
        break;
      default:
        break;
    }
  }
}

function argsOf(elements: MessageFormatElement[]): string[] {
  const out: string[] = [];
  icuTokens(elements, out);
  return out;
}

/** ICU MessageFormat tokens, or undefined when the string is not valid ICU. */
export function icuPlaceholders(value: string): string[] | undefined {
  try {
    return argsOf(parse(value, { ignoreTag: true, requiresOtherClause: false }));
  } catch {
    return undefined;
  }
}

/** The placeholders of a string in the given syntaxes, in order of appearance. */
export function placeholdersOf(value: string, syntaxes: readonly Syntax[]): string[] {
  const found: { at: number; token: string }[] = [];
  let rest = withoutEscapedPercent(value);
  for (const syntax of syntaxes) {
    if (syntax === 'icu') {
      if (!value.includes('{')) continue;
      // Plain {0} / {name} are read as braces: ICU's apostrophe quoting ('{0}' is literal text)
      // applies only where a string really is ICU, which its plural/select arguments show.
      const tokens = /\{\s*[\p{L}\p{N}_]+\s*,\s*(?:plural|select|selectordinal)\s*,/u.test(value) ? icuPlaceholders(value) : undefined;
      if (tokens) found.push(...tokens.map((token) => ({ at: value.indexOf('{'), token })));
      else for (const m of value.matchAll(PATTERNS.brace)) found.push({ at: m.index!, token: m[0] });
      continue;
    }
    for (const m of rest.matchAll(PATTERNS[syntax])) {
      found.push({ at: m.index!, token: m[0] });
      // A token is counted once: blank it for the syntaxes after this one.
      rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index! + m[0].length);
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.token);
}

/** gettext format flags → syntaxes (`#, python-format`, `#, qt-format` …). */
export const PO_FLAG_SYNTAXES: Record<string, Syntax[]> = {
  'c-format': ['printf'],
  'objc-format': ['printf'],
  'sh-format': ['printf'],
  'php-format': ['printf'],
  'java-printf-format': ['printf'],
  'python-format': ['python', 'printf'],
  'python-brace-format': ['brace'],
  'qt-format': ['qt'],
  'qt-plural-format': ['qt'],
  'kde-format': ['qt'],
  'javascript-format': ['printf'],
  'java-format': ['icu'],
  'csharp-format': ['brace'],
  'ruby-format': ['ruby', 'printf'],
  'perl-brace-format': ['brace'],
};

/** The syntaxes a PO entry's flags declare, or undefined when it declares none. */
export function syntaxesOfFlags(flags: readonly string[]): Syntax[] | undefined {
  const found = flags.filter((f) => !f.startsWith('no-')).flatMap((f) => PO_FLAG_SYNTAXES[f] ?? []);
  return found.length ? [...new Set(found)] : undefined;
}
