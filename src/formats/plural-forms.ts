// The gettext Plural-Forms header: `nplurals=N; plural=EXPR;`, EXPR a C expression over n. Parsed
// by a small precedence parser and evaluated on an AST (never with eval): a header from an
// untrusted file can neither run code nor ask for a hundred million plural forms.
import { note, type NoteValue } from '../errors';

/** Real languages have at most six plural forms (Arabic). */
export const MAX_NPLURALS = 6;
/** Longer than any real plural expression; keeps the parser's recursion shallow. */
const MAX_EXPRESSION = 500;

type Ast = { n: true } | { k: number } | { op: string; a: Ast; b?: Ast; c?: Ast };

const TOKEN = /\s*(?:(\d+)|(n)\b|(\|\||&&|==|!=|<=|>=|[-+*/%<>!?:()]))/y;

class Parser {
  private tokens: string[] = [];
  private i = 0;

  constructor(text: string) {
    TOKEN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while (TOKEN.lastIndex < text.length && (m = TOKEN.exec(text))) this.tokens.push(m[0].trim());
    if (text.slice(TOKEN.lastIndex).trim()) throw new Error(`unexpected "${text.slice(TOKEN.lastIndex).trim().slice(0, 10)}"`);
  }

  parse(): Ast {
    const e = this.ternary();
    if (this.i < this.tokens.length) throw new Error(`unexpected "${this.tokens[this.i]}"`);
    return e;
  }

  private peek = () => this.tokens[this.i];

  private expect(t: string): void {
    if (this.tokens[this.i++] !== t) throw new Error(`expected "${t}"`);
  }

  private ternary(): Ast {
    const cond = this.binary(0);
    if (this.peek() !== '?') return cond;
    this.i++;
    const a = this.ternary();
    this.expect(':');
    return { op: '?', a: cond, b: a, c: this.ternary() };
  }

  private static LEVELS = [['||'], ['&&'], ['==', '!='], ['<', '>', '<=', '>='], ['+', '-'], ['*', '/', '%']];

  private binary(level: number): Ast {
    if (level === Parser.LEVELS.length) return this.unary();
    let left = this.binary(level + 1);
    while (Parser.LEVELS[level]!.includes(this.peek() ?? '')) {
      const op = this.tokens[this.i++]!;
      left = { op, a: left, b: this.binary(level + 1) };
    }
    return left;
  }

  private unary(): Ast {
    const t = this.tokens[this.i++];
    if (t === '!' || t === '-') return { op: `u${t}`, a: this.unary() };
    if (t === '(') {
      const e = this.ternary();
      this.expect(')');
      return e;
    }
    if (t === 'n') return { n: true };
    if (t !== undefined && /^\d+$/.test(t)) return { k: Number(t) };
    throw new Error(t === undefined ? 'the expression ends early' : `unexpected "${t}"`);
  }
}

function evaluate(e: Ast, n: number): number {
  if ('n' in e) return n;
  if ('k' in e) return e.k;
  const a = evaluate(e.a, n);
  if (e.op === '?') return evaluate(a ? e.b! : e.c!, n);
  if (e.op === 'u!') return a ? 0 : 1;
  if (e.op === 'u-') return -a;
  if (e.op === '||') return a || evaluate(e.b!, n) ? 1 : 0;
  if (e.op === '&&') return a && evaluate(e.b!, n) ? 1 : 0;
  const b = evaluate(e.b!, n);
  switch (e.op) {
    case '==': return a === b ? 1 : 0;
    case '!=': return a !== b ? 1 : 0;
    case '<': return a < b ? 1 : 0;
    case '>': return a > b ? 1 : 0;
    case '<=': return a <= b ? 1 : 0;
    case '>=': return a >= b ? 1 : 0;
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    default:
      if (b === 0) throw new Error(`division by zero for n = ${n}`);
      return e.op === '/' ? Math.trunc(a / b) : a % b;
  }
}

export type PluralForms = { ok: true; nplurals: number; plural: (n: number) => number } | { ok: false; detail: NoteValue };

/** Reads a Plural-Forms header value; what is wrong with it, said plainly. */
export function parsePluralForms(header: string): PluralForms {
  const np = /(?:^|;)\s*nplurals\s*=\s*([^;]*)/.exec(header);
  const pl = /(?:^|;)\s*plural\s*=\s*([^;]*)/.exec(header);
  if (!np) return { ok: false, detail: note('parse.pluralNoNplurals') };
  const nplurals = /^\d+$/.test(np[1]!.trim()) ? Number(np[1]!.trim()) : NaN;
  if (!(nplurals >= 1 && nplurals <= MAX_NPLURALS)) {
    return { ok: false, detail: note('parse.pluralNplurals', { max: MAX_NPLURALS, value: np[1]!.trim().slice(0, 20) }) };
  }
  if (!pl || !pl[1]!.trim()) return { ok: false, detail: note('parse.pluralNoExpression') };
  const expression = pl[1]!.trim();
  if (expression.length > MAX_EXPRESSION) return { ok: false, detail: note('parse.pluralTooLong', { max: MAX_EXPRESSION }) };
  let ast: Ast;
  try {
    ast = new Parser(expression).parse();
    // Every n gives a form that exists (the rules of real languages settle well before 1000).
    for (let n = 0; n <= 1000; n++) {
      const form = evaluate(ast, n);
      if (form < 0 || form >= nplurals) return { ok: false, detail: note('parse.pluralOutOfRange', { form, n, nplurals }) };
    }
  } catch (err) {
    return { ok: false, detail: note('parse.pluralInvalid', { expression: expression.slice(0, 60), detail: (err as Error).message }) };
  }
  return { ok: true, nplurals, plural: (n) => evaluate(ast, n) };
}
