// The two TBX versions termlint writes and reads, and the data categories it uses (TBX-Basic).
// The mapping is documented in README.md ("Import and export").

export type TbxVersion = 2 | 3;

/** Element names of each version: TBX v2 (ISO 30042:2008, martif) and v3 (ISO 30042:2019, tbx). */
export const DIALECT = {
  2: { root: 'martif', header: 'martifHeader', entry: 'termEntry', lang: 'langSet', term: 'tig' },
  3: { root: 'tbx', header: 'tbxHeader', entry: 'conceptEntry', lang: 'langSec', term: 'termSec' },
} as const;

export const TBX3_NAMESPACE = 'urn:iso:std:iso:30042:ed-2';

export const STATUS = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
  superseded: 'supersededTerm-admn-sts',
} as const;

/** A `<note>` whose text starts with this carries termlint's fields TBX has no category for, as JSON. */
export const PAYLOAD_PREFIX = 'termlint:';

/** termType values read as abbreviations of the English term. */
export const ABBREVIATION_TYPES = new Set(['abbreviation', 'acronym', 'initialism', 'shortForm', 'short form', 'clippedTerm']);

/** Words in the header of a TBX termlint wrote (sourceDesc): its concepts are read back exactly. */
export const EXPORT_MARK = 'Exported by termlint';

/** A note read as termlint's payload: the prefix, then a JSON object. */
export function isPayload(note: string): boolean {
  return /^\s*termlint:\s*\{/.test(note);
}
