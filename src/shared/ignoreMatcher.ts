/**
 * `.journeymapignore` patterns (gitignore syntax) as a matcher on paths relative to the
 * file's folder, `/`-separated. The editor's workspace check uses it on workspace-relative
 * paths, the way `journey-map check` uses the same file. Pure (the `ignore` package is plain JS).
 */
import ignore from 'ignore';

export type IgnoreMatcher = (relativePath: string, isFolder?: boolean) => boolean;

export function ignoreMatcher(text: string): IgnoreMatcher {
  const rules = ignore().add(text.replace(/^\uFEFF/, ''));
  return (relativePath, isFolder = false) => {
    const path = relativePath.replace(/^\/+/, '');
    // Paths outside the file's folder are not its business (ignore() would throw on "../").
    if (path === '' || path.startsWith('../')) return false;
    return rules.ignores(isFolder ? `${path}/` : path);
  };
}
