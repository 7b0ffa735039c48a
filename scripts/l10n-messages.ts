// The extension's runtime messages: every `vscode.l10n.t('literal', …)` in the sources that
// run in the editor. VS Code's convention is that the English text is the key; the English
// bundle lists them and each l10n/bundle.l10n.<lang>.json translates them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const L10N_SOURCE_FOLDERS = ['src/extension', 'src/server', 'src/shared'];

export function sourceFiles(folder: string): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The literal first arguments of `l10n.t(...)` calls, unescaped. */
export function l10nMessages(text: string): string[] {
  const messages: string[] = [];
  for (const match of text.matchAll(/l10n\.t\(\s*(['"])((?:\\.|(?!\1)[^\\])*)\1/g)) {
    const body = match[2]!;
    messages.push(body.replace(/\\(.)/g, (_, char: string) => ({ n: '\n', t: '\t' })[char] ?? char));
  }
  return messages;
}

/** Every message of the given source folders, sorted and unique. */
export function collectL10nMessages(root: string, folders = L10N_SOURCE_FOLDERS): string[] {
  const messages = folders
    .flatMap((folder) => sourceFiles(join(root, folder)))
    .flatMap((file) => l10nMessages(readFileSync(file, 'utf8')));
  return [...new Set(messages)].sort();
}
