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

/** The rule a tag breaks, 'none' when it breaks none (docs/references.md, "Tags"). */
export type TagError = 'none' | 'empty' | 'too_long' | 'invalid_character' | 'invalid_start';

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

/** The outcome of a tag check: a name check with a tag's rules and messages. */
export interface TagCheck extends Omit<NameCheck, 'error'> {
  /** The first rule broken, or 'none'. */
  error: TagError;
}

/** The problem an image reference has (docs/references.md, "References"): a name rule its path breaks, or a rule
 *  of its registry, its tag or its digest. */
export type ImageReferenceError =
  | Exclude<NameError, 'none' | 'reserved'>
  | 'invalid_host'
  | 'incomplete'
  | 'unsupported_algorithm'
  | 'invalid_length';
/** The part of an image reference that a problem is in: `image_path` is the path (the repository name). */
export type ImageReferenceField = 'registry' | 'image_path' | 'tag' | 'digest';
/** The problem an SWR image reference has (docs/references.md, "SWR references"): its registry is not an SWR
 *  region's, its organization or repository breaks a name rule, or its tag or digest a rule of theirs. */
export type SwrImageReferenceError =
  | Exclude<NameError, 'none'>
  | 'unknown_registry'
  | 'incomplete'
  | 'unsupported_algorithm'
  | 'invalid_length';
/** The part of an SWR image reference that a problem is in: `namespace` is the organization. */
export type SwrImageReferenceField = 'registry' | 'namespace' | 'repository' | 'tag' | 'digest';

/** A reference that does not parse: its first problem from the left, with the exact diagnostics of the C++
 *  library. */
export interface ReferenceProblem<Field extends string, Error extends string> {
  ok: false;
  /** The part the problem is in. */
  field: Field;
  /** The rule broken. */
  error: Error;
  /** Where, as an index into the whole string (UTF-16 code units): ready for setSelectionRange. A character that a
   *  maximum length cuts in two is the one pointed at. */
  position: number;
  /** Where, as an offset in the UTF-8 bytes of the whole string. */
  byte: number;
  /** A sentence a form can show as it is. */
  message: string;
}

/** The parts of an image reference, `[registry/]path[:tag][@digest]`; a part that is absent is ''. */
export interface ImageReferenceParts {
  ok: true;
  /** The registry with its port, if any: 'localhost:5000', '[2001:db8::1]:5000', or ''. */
  registry: string;
  /** The repository path: 'team/app'. */
  path: string;
  /** 'v1.2', or ''. */
  tag: string;
  /** 'sha256:…', or ''. */
  digest: string;
}
export type ImageReference = ImageReferenceParts | ReferenceProblem<ImageReferenceField, ImageReferenceError>;

/** The parts of an image reference in SWR, `swr.<region>.myhuaweicloud.com/<organization>/<repository>[:tag][@digest]`;
 *  the tag and the digest are '' when absent. */
export interface SwrImageReferenceParts {
  ok: true;
  /** The SWR registry of the region: 'swr.cn-north-4.myhuaweicloud.com'. */
  registry: string;
  /** The region id: 'cn-north-4'. */
  region: string;
  /** The organization: 'my-org'. */
  namespace: string;
  /** The repository, '/' allowed: 'team/app'. */
  repository: string;
  /** 'v1.2', or ''. */
  tag: string;
  /** 'sha256:…', or ''. */
  digest: string;
}
export type SwrImageReference =
  | SwrImageReferenceParts
  | ReferenceProblem<SwrImageReferenceField, SwrImageReferenceError>;

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
/** Checks a complete tag: 1-128 bytes of letters (uppercase too), digits, '_', '.' and '-', not starting with '.'
 *  or '-'.
 *  @throws {TypeError} when `text` is not a string. */
export function checkTag(text: string): TagCheck;
/** As-you-type: ok while the text can still become a valid tag (at most 128 bytes without a violation; '' is ok).
 *  @throws {TypeError} when `text` is not a string. */
export function checkTagPrefix(text: string): TagCheck;
/** Parses an image reference as Docker does, `[registry/]path[:tag][@digest]`, of any length.
 *  @throws {TypeError} when `text` is not a string. */
export function parseImageReference(text: string): ImageReference;
/** Parses a reference to an image in SWR: the registry of a known region, an organization and a repository under
 *  SWR's name rules, an optional tag and digest; of any length.
 *  @throws {TypeError} when `text` is not a string. */
export function parseSwrImageReference(text: string): SwrImageReference;
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
