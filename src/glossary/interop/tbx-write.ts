// Glossary → TBX (v2 TBX-Basic, or v3 TBX-Basic in the DCA style), written with XMLBuilder.
import { XMLBuilder } from 'fast-xml-parser';
import { ZH_SCRIPTS } from '../../text/script';
import { REGIONS, type Region } from '../model';
import type { DomainEntries, EntryData } from './raw';
import { byId } from './raw';
import { DIALECT, isPayload, PAYLOAD_PREFIX, STATUS, TBX3_NAMESPACE, type TbxVersion } from './tbx-dialect';

type Node = Record<string, unknown>;

// Escaped here rather than by the builder, which would also escape quotes in text (the JSON notes).
const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const text = (value: string): Node => ({ '#text': escape(value) });
const el = (name: string, attrs: Record<string, string>, content: Node[]): Node => ({
  [name]: content,
  ...(Object.keys(attrs).length ? { ':@': Object.fromEntries(Object.entries(attrs).map(([k, v]) => [`@_${k}`, escape(v).replace(/"/g, '&quot;')])) } : {}),
});
const leaf = (name: string, attrs: Record<string, string>, value: string) => el(name, attrs, [text(value)]);
const note = (value: string) => leaf('note', {}, value);
const payload = (data: Record<string, unknown>) => note(`${PAYLOAD_PREFIX} ${JSON.stringify(data)}`);
const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

interface TermOut {
  text: string;
  status: string;
  type?: string;
  regions?: Region[];
  notes?: Node[];
}

function termNode(version: TbxVersion, t: TermOut): Node {
  return el(DIALECT[version].term, {}, [
    leaf('term', {}, t.text),
    leaf('termNote', { type: 'administrativeStatus' }, t.status),
    ...(t.type ? [leaf('termNote', { type: 'termType' }, t.type)] : []),
    ...(t.regions ?? []).map((r) => leaf('termNote', { type: 'geographicalUsage' }, r)),
    ...(t.notes ?? []),
  ]);
}

function conceptNode(version: TbxVersion, e: EntryData): Node {
  const d = DIALECT[version];
  // Each regional word rides on the accepted term it names (geographicalUsage); any other stays in the payload.
  const unplaced: Partial<Record<Region, string>> = {};
  const regionsOf = new Map<string, Region[]>();
  for (const region of REGIONS) {
    const form = e.regions[region];
    if (!form) continue;
    const z = e[region === 'zh-CN' ? 'zh-Hans' : 'zh-Hant'];
    const key = `${region === 'zh-CN' ? 'zh-Hans' : 'zh-Hant'}:${form}`;
    if (z.preferred === form || z.variants.includes(form)) regionsOf.set(key, [...(regionsOf.get(key) ?? []), region]);
    else unplaced[region] = form;
  }
  const regional = defined({ 'zh-Hans': e['zh-Hans'].regional, 'zh-Hant': e['zh-Hant'].regional });
  const notesInPayload = e.notes !== undefined && isPayload(e.notes);
  const extra = defined({
    notes: notesInPayload ? e.notes : undefined,
    keepEnglish: e.keepEnglish || undefined,
    everyday: e.everyday || undefined,
    interchangeable: e.interchangeable || undefined,
    context: e.context.length ? e.context : undefined,
    ambiguity: e.ambiguity,
    examples: e.examples.length ? e.examples : undefined,
    regional: Object.keys(regional).length ? regional : undefined,
    regions: Object.keys(unplaced).length ? unplaced : undefined,
  });
  const en = e.en;
  const langs: Node[] = [
    el(d.lang, { 'xml:lang': 'en' }, [
      termNode(version, { text: en.preferred, status: STATUS.preferred }),
      ...en.variants.map((v) => termNode(version, { text: v, status: STATUS.admitted })),
      ...en.abbreviations.map((v) => termNode(version, { text: v, status: STATUS.admitted, type: 'abbreviation' })),
    ]),
  ];
  for (const script of ZH_SCRIPTS) {
    const z = e[script];
    const localNote = e.notesL10n?.[script];
    // A region names one form: it rides on the first term with that text.
    const accepted = (form: string, status: string) => {
      const key = `${script}:${form}`;
      const regions = regionsOf.get(key);
      regionsOf.delete(key);
      return termNode(version, { text: form, status, regions });
    };
    langs.push(
      el(d.lang, { 'xml:lang': script }, [
        ...(localNote ? [note(localNote)] : []),
        accepted(z.preferred, STATUS.preferred),
        ...z.variants.map((v) => accepted(v, STATUS.admitted)),
        ...z.avoid.map((a) => {
          const more = defined({
            reasons: a.reasons['zh-Hans'] || a.reasons['zh-Hant'] || isPayload(a.reason) ? a.reasons : undefined,
            replace: a.replace,
            evidence: a.evidence,
            domainEvidence: a.domainEvidence,
          });
          return termNode(version, {
            text: a.text,
            status: STATUS.deprecated,
            notes: [...(isPayload(a.reason) ? [] : [note(a.reason)]), ...(Object.keys(more).length ? [payload(more)] : [])],
          });
        }),
      ]),
    );
  }
  return el(d.entry, { id: e.id }, [
    ...(e.domain ? [leaf('descrip', { type: 'subjectField' }, e.domain)] : []),
    ...e.sources.map((s) => leaf('admin', { type: 'source' }, s)),
    ...(e.notes && !notesInPayload ? [note(e.notes)] : []),
    ...(Object.keys(extra).length ? [payload(extra)] : []),
    ...langs,
  ]);
}

/** The glossary as a TBX document; entries sorted by domain, then id. */
export function writeTbx(domains: DomainEntries[], version: TbxVersion, description: string): string {
  const d = DIALECT[version];
  const entries = domains.flatMap((x) => [...x.entries].sort(byId));
  const header =
    version === 2
      ? el(d.header, {}, [
          el('fileDesc', {}, [el('sourceDesc', {}, [leaf('p', {}, description)])]),
          el('encodingDesc', {}, [leaf('p', { type: 'XCSURI' }, 'TBXBasicXCSV02.xcs')]),
        ])
      : el(d.header, {}, [el('fileDesc', {}, [el('sourceDesc', {}, [leaf('p', {}, description)])])]);
  const rootAttrs: Record<string, string> =
    version === 2
      ? { type: 'TBX-Basic', 'xml:lang': 'en' }
      : { type: 'TBX-Basic', style: 'dca', 'xml:lang': 'en', xmlns: TBX3_NAMESPACE };
  const doc = [
    el('?xml', { version: '1.0', encoding: 'UTF-8' }, [text('')]),
    ...(version === 3
      ? [
          el(
            '?xml-model',
            {
              href: 'https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng',
              type: 'application/xml',
              schematypens: 'http://relaxng.org/ns/structure/1.0',
            },
            [text('')],
          ),
        ]
      : []),
    el(d.root, rootAttrs, [header, el('text', {}, [el('body', {}, entries.map((e) => conceptNode(version, e)))])]),
  ];
  const builder = new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, format: true, indentBy: '  ', suppressEmptyNode: true, processEntities: false });
  return (builder.build(doc) as string).replace(/^\s+/, '');
}
