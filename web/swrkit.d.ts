/** The rule a name breaks, 'none' when it breaks none (docs/names.md, "Diagnostics"). */
export type NameError =
  | 'none'
  | 'empty'
  | 'too_long'
  | 'invalid_character'
  | 'invalid_start'
  | 'invalid_end'
  | 'adjacent_separators'
  | 'too_many_underscores'
  | 'reserved';

/** The outcome of a name check, with the exact diagnostics of the swrkit C++ library. */
export interface NameCheck {
  /** true when there is no problem: `error` is 'none'. */
  ok: boolean;
  /** The first rule broken, or 'none'. */
  error: NameError;
  /** Where, as an index into the string (UTF-16 code units): ready for setSelectionRange. A character that the
   *  maximum length cuts in two is the one pointed at. */
  position: number;
  /** Where, as an offset in the UTF-8 bytes (as SWR counts lengths). */
  byte: number;
  /** A sentence a form can show as it is. */
  message: string;
}

/** Checks a complete organization (namespace) name: 1-64 bytes.
 *  @throws {TypeError} when `text` is not a string (`undefined`, `null`, a number...). */
export function checkNamespace(text: string): NameCheck;
/** Checks a complete repository name: 1-128 bytes, '/' allowed.
 *  @throws {TypeError} when `text` is not a string. */
export function checkRepository(text: string): NameCheck;
/** As-you-type: ok while the text can still become a valid namespace.
 *  @throws {TypeError} when `text` is not a string. */
export function checkNamespacePrefix(text: string): NameCheck;
/** As-you-type: ok while the text can still become a valid repository name.
 *  @throws {TypeError} when `text` is not a string. */
export function checkRepositoryPrefix(text: string): NameCheck;
/** The nearest valid namespace to free text of any length, or '' when nothing usable is left.
 *  @throws {TypeError} when `text` is not a string. */
export function suggestNamespace(text: string): string;
/** The nearest valid repository name to free text of any length, or ''.
 *  @throws {TypeError} when `text` is not a string. */
export function suggestRepository(text: string): string;
/** The wire form of a repository name: '/' becomes '$'. Any length; a lone surrogate comes back as U+FFFD.
 *  @throws {TypeError} when `name` is not a string. */
export function escapeRepository(name: string): string;
/** The logical form of a wire repository name: '$' becomes '/'. Any length; a lone surrogate comes back as U+FFFD.
 *  @throws {TypeError} when `wire` is not a string. */
export function unescapeRepository(wire: string): string;
/** The category wire strings, in the API's order. */
export const categories: readonly string[];
