/**
 * Where the editor looks for a map's `.journeymaprc.json`, the way `journey-map check`
 * looks for it: the nearest one walking up from the map's folder, but never above the
 * workspace folder (outside it the editor may not read, and on a virtual file system
 * there is nothing to read). Pure, on URI paths (`/a/b/c`), so it works for any scheme.
 */
export const CONFIG_FILE_NAME = '.journeymaprc.json';
export const IGNORE_FILE_NAME = '.journeymapignore';

/**
 * The folders to look in, nearest first: the map's folder, then each parent up to and
 * including `rootPath`. A map outside `rootPath` gets its own folder only.
 */
export function foldersUpTo(mapPath: string, rootPath: string): string[] {
  // The file-system root '/' is the empty path here, so that `${folder}/${name}` is always right.
  const root = rootPath === '/' ? '' : trimSlash(rootPath);
  let folder = trimSlash(mapPath.slice(0, Math.max(mapPath.lastIndexOf('/'), 0)));
  const inside = folder === root || folder.startsWith(`${root}/`);
  if (!inside) return [folder];
  const folders = [folder];
  while (folder !== root && folder.includes('/')) {
    folder = folder.slice(0, folder.lastIndexOf('/'));
    folders.push(folder);
  }
  return folders;
}

function trimSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}
