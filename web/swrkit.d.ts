/** The outcome of a name check, with the exact diagnostics of the swrkit C++ library. */
export interface NameCheck {
  /** true when there is no problem. */
  ok: boolean;
  /** The rule broken: 'none', 'empty', 'too_long', 'invalid_character', 'invalid_start', 'invalid_end',
   *  'adjacent_separators', 'too_many_underscores' or 'reserved'. */
  error: string;
  /** Where, as an index into the string (UTF-16 code units): ready for setSelectionRange. */
  position: number;
  /** Where, as an offset in the UTF-8 bytes (as SWR counts lengths). */
  byte: number;
  /** A sentence a form can show as it is. */
  message: string;
}

/** Checks a complete organization (namespace) name: 1-64 bytes. */
export function checkNamespace(text: string): NameCheck;
/** Checks a complete repository name: 1-128 bytes, '/' allowed. */
export function checkRepository(text: string): NameCheck;
/** As-you-type: ok while the text can still become a valid namespace. */
export function checkNamespacePrefix(text: string): NameCheck;
/** As-you-type: ok while the text can still become a valid repository name. */
export function checkRepositoryPrefix(text: string): NameCheck;
/** The nearest valid namespace to free text, or '' when nothing usable is left. */
export function suggestNamespace(text: string): string;
/** The nearest valid repository name to free text, or ''. */
export function suggestRepository(text: string): string;
/** The wire form of a repository name: '/' becomes '$'. */
export function escapeRepository(name: string): string;
/** The logical form of a wire repository name: '$' becomes '/'. */
export function unescapeRepository(wire: string): string;
/** The category wire strings, in the API's order. */
export const categories: readonly string[];
