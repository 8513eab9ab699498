// Checks on glossary data beyond the schema: what makes a term base trustworthy.
// Each check reports at the exact file:line:column of the offending value.
import type { Problem } from '../errors';
import { chineseKey, foldToHans, toHant, ZH_SCRIPTS, type ZhScript } from '../text/script';
import { LemmaTable } from '../text/english';
import type { GlossaryFile } from './load';
import { formsOf, REGIONS, type FormRef, type GlossaryEntry } from './model';

interface Located {
  file: GlossaryFile;
  index: number;
  entry: GlossaryEntry;
}

function problem(
  at: Located,
  keyPath: (string | number)[],
  messageId: string,
  data: Record<string, string | number>,
): Problem {
  const where = at.file.locate(['entries', at.index, ...keyPath]);
  return { file: at.file.path, ...where, messageId, data };
}

/** The YAML path of a form inside its entry, for locating it. */
function formPath(entry: GlossaryEntry, ref: FormRef): (string | number)[] {
  if (ref.script === 'en') {
    if (ref.kind === 'preferred') return ['en', 'preferred'];
    if (ref.kind === 'variant') return ['en', 'variants', entry.en.variants.indexOf(ref.text)];
    return ['en', 'abbreviations', entry.en.abbreviations.indexOf(ref.text)];
  }
  const zh = entry[ref.script];
  if (ref.kind === 'preferred') return [ref.script, 'preferred'];
  if (ref.kind === 'variant') return [ref.script, 'variants', zh.variants.indexOf(ref.text)];
  return [ref.script, 'avoid', zh.avoid.findIndex((a) => a.text === ref.text), 'text'];
}

const accepted = (r: FormRef) => r.kind !== 'avoid';

/** True when converting the form to its own script leaves it unchanged. */
function inScriptAlready(text: string, script: ZhScript): boolean {
  const hans = foldToHans(text);
  return script === 'zh-Hans' ? hans === text : toHant(hans) === text;
}

function checkIdsAndOrder(all: Located[], problems: Problem[]): void {
  const seen = new Map<string, Located>();
  let previous: Located | undefined;
  for (const at of all) {
    const first = seen.get(at.entry.id);
    if (first) {
      problems.push(
        problem(at, ['id'], 'duplicateId', {
          id: at.entry.id,
          first: `${first.file.path}:${first.entry.definedAt.line}`,
        }),
      );
    } else seen.set(at.entry.id, at);
    if (previous && previous.file === at.file && previous.entry.id.localeCompare(at.entry.id, 'en') > 0) {
      problems.push(problem(at, ['id'], 'unsorted', { id: at.entry.id, previous: previous.entry.id }));
    }
    previous = at;
  }
}

function checkEntry(at: Located, problems: Problem[]): void {
  const { entry } = at;
  for (const script of ZH_SCRIPTS) {
    const refs = formsOf(entry, script);
    // Compared as written: an avoided wrong conversion (沖突) differs from the accepted form (衝突)
    // only in the script-specific character that the folded key would erase.
    const acceptedTexts = new Set(refs.filter(accepted).map((r) => r.text.normalize('NFC')));
    for (const ref of refs) {
      if (ref.kind !== 'avoid' && !inScriptAlready(ref.text, script)) {
        problems.push(problem(at, formPath(entry, ref), 'wrongScript', { form: ref.text, script }));
      }
      if (ref.kind === 'avoid' && acceptedTexts.has(ref.text.normalize('NFC'))) {
        problems.push(problem(at, formPath(entry, ref), 'acceptedAndAvoided', { form: ref.text, script }));
      }
    }
  }
  // zh-Hans and zh-Hant must name the same words unless the entry says why (regional usage).
  const keysOf = (script: ZhScript) =>
    new Set(formsOf(entry, script).filter(accepted).map((r) => chineseKey(r.text)));
  const hansKeys = keysOf('zh-Hans');
  const hantKeys = keysOf('zh-Hant');
  for (const [script, other, otherKeys] of [
    ['zh-Hant', 'zh-Hans', hansKeys],
    ['zh-Hans', 'zh-Hant', hantKeys],
  ] as const) {
    if (entry[script].regional || entry[other].regional || Object.keys(entry.regions).length) continue;
    for (const ref of formsOf(entry, script).filter(accepted)) {
      if (!otherKeys.has(chineseKey(ref.text))) {
        problems.push(problem(at, formPath(entry, ref), 'scriptMismatch', { form: ref.text, script, other }));
      }
    }
  }
  checkExamples(at, problems);
  checkRegions(at, problems);
}

function checkExamples(at: Located, problems: Problem[]): void {
  const { entry } = at;
  const avoids = ZH_SCRIPTS.flatMap((s) => formsOf(entry, s).filter((r) => r.kind === 'avoid'));
  const pairs = entry.examples.flatMap((ex, i) => (ex.bad !== undefined ? [{ bad: ex.bad, good: ex.good, i }] : []));
  const oks = entry.examples.flatMap((ex) => (ex.ok !== undefined ? [ex.ok] : []));
  for (const ref of avoids) {
    if (!pairs.some((ex) => ex.bad.includes(ref.text))) {
      problems.push(problem(at, formPath(entry, ref), 'avoidWithoutExample', { form: ref.text }));
    }
    // A rendering wrong only in one sense shows where it is right, too.
    const avoid = entry[ref.script as ZhScript].avoid.find((a) => a.text === ref.text);
    if (avoid?.evidence && !oks.some((ok) => chineseKey(ok).includes(chineseKey(ref.text)))) {
      problems.push(problem(at, formPath(entry, ref), 'senseWithoutOk', { form: ref.text }));
    }
  }
  for (const ex of pairs) {
    const inBad = avoids.filter((r) => ex.bad.includes(r.text));
    if (inBad.length === 0) {
      problems.push(problem(at, ['examples', ex.i, 'bad'], 'exampleWithoutAvoid', { id: entry.id }));
    }
    const still = inBad.find((r) => ex.good.includes(r.text));
    if (still) problems.push(problem(at, ['examples', ex.i, 'good'], 'exampleStillBad', { form: still.text }));
  }
}

/** Regional words: each in its region's script and accepted by the entry; zh-Hant prefers Taiwan's. */
function checkRegions(at: Located, problems: Problem[]): void {
  const { entry } = at;
  for (const region of REGIONS) {
    const form = entry.regions[region];
    if (!form) continue;
    const script: ZhScript = region === 'zh-CN' ? 'zh-Hans' : 'zh-Hant';
    const acceptedKeys = new Set(formsOf(entry, script).filter(accepted).map((r) => chineseKey(r.text)));
    if (!inScriptAlready(form, script) || !acceptedKeys.has(chineseKey(form))) {
      problems.push(problem(at, ['regions', region], 'regionNotAccepted', { form, region, script }));
    }
  }
  // A Taiwan form exists, yet zh-Hant prefers the character conversion of the mainland word.
  const tw = entry.regions['zh-TW'];
  if (tw && entry['zh-Hant'].preferred !== tw) {
    problems.push(problem(at, ['zh-Hant', 'preferred'], 'hantNotTaiwan', { form: entry['zh-Hant'].preferred, taiwan: tw }));
  }
}

/** Forms claimed by more than one concept: fine only when each claimant says so. */
function checkShared(all: Located[], problems: Problem[]): void {
  const lemmas = new LemmaTable();
  for (const at of all) for (const r of formsOf(at.entry, 'en')) lemmas.add(r.text);
  const claims = new Map<string, { at: Located; ref: FormRef }[]>();
  for (const at of all) {
    const mine = new Set<string>();
    for (const script of ['en', ...ZH_SCRIPTS] as const) {
      for (const ref of formsOf(at.entry, script)) {
        const key = script === 'en' ? `en:${lemmas.key(ref.text)}` : `zh:${chineseKey(ref.text)}`;
        if (mine.has(key)) continue;
        mine.add(key);
        const list = claims.get(key) ?? [];
        list.push({ at, ref });
        claims.set(key, list);
      }
    }
  }
  for (const list of claims.values()) {
    const ids = new Set(list.map((c) => c.at.entry.id));
    if (ids.size < 2) continue;
    if (list.every((c) => c.ref.kind === 'avoid')) continue; // wrong for every claimant: no ambiguity
    for (const { at, ref } of list) {
      if (at.entry.ambiguity) continue;
      const others = [...ids].filter((id) => id !== at.entry.id).join(', ');
      problems.push(problem(at, formPath(at.entry, ref), 'sharedForm', { form: ref.text, others }));
    }
  }
}

/** All semantic problems of a set of glossary files loaded together. */
export function validateGlossaryFiles(files: GlossaryFile[]): Problem[] {
  const problems: Problem[] = [];
  const all: Located[] = files.flatMap((file) => file.entries.map((entry, index) => ({ file, index, entry })));
  checkIdsAndOrder(all, problems);
  for (const at of all) checkEntry(at, problems);
  checkShared(all, problems);
  return problems;
}
