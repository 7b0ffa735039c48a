/**
 * The command line's own words (src/cli): usage errors, their hints and the status lines it
 * prints on stderr. Merged into en.ts; cli.id.ts translates every key. The English text is
 * exactly what the CLI printed before it was keyed (the CLI goldens and test/cli must not change).
 */
export const cliEn = {
  'cli.unknownOption': 'Unknown option {option}',
  'cli.unknownCommand': 'Unknown command "{command}"',
  'cli.hint.commands': 'Commands: check, render, export, diff, lsp. Run `journey-map --help` for more.',
  'cli.hint.commandHelp': 'Run `journey-map {command} --help` for the options.',
  'cli.option.needsValue': 'Option {option} needs a value',
  'cli.option.invalid': 'Invalid value for {option}: "{value}" (expected {expected})',
  'cli.option.expected.wholeNumber': 'a whole number, 0 or more',
  'cli.option.expected.date': 'a date like 2026-10-01',

  'cli.file.notRegular': '{path}: {reason}; a journey map is a file',
  'cli.file.notRegularReason': 'not a regular file',
  'cli.file.noSpace': '{path}: no space left on the device',
  'cli.file.readOnly': '{path}: the file system is read-only',
  'cli.file.exists': '{path}: already exists',
  'cli.file.notFound': '{path}: no such file or folder',
  'cli.file.permission': '{path}: permission denied',
  'cli.file.isFolder': '{path}: is a folder, not a file',
  'cli.file.notFolder': '{path}: a part of this path is not a folder',
  'cli.file.loop': '{path}: a symbolic link that points back to itself (a link loop), so it leads to no file',
  'cli.file.other': '{path}: {reason}',
  'cli.file.danglingLink': '{path}: a symbolic link to a file that does not exist',
  'cli.files.noMatch': '{path}: no files match this pattern',
  'cli.files.folderNamedLikeMap':
    '{path}: is a folder, not a journey map (to check the maps inside, name a folder without the map ending)',
  'cli.files.noMaps': '{path}: no journey maps (*.journey.yaml, *.journey.yml) in this folder',
  'cli.files.noMapsIgnored':
    '{path}: no journey maps (*.journey.yaml, *.journey.yml) in this folder (or all are ignored by {ignoreFile})',

  'cli.config.cannotRead': 'Cannot read the configuration file {problem}',
  'cli.config.notJson': '{path}: not valid JSON ({reason})',
  'cli.config.notObject': '{path}: expected an object like { "rules": { "stale-review": "off" } }',
  'cli.config.invalidRules': '{path}: invalid rule configuration:\n{problems}',

  'cli.check.nameMaps': 'Name the maps to check: files, folders or globs (e.g. `journey-map check .`).',
  'cli.check.stdinAlone': '`-` (standard input) is checked on its own: name no other paths with it.',
  'cli.stdinFilename': '--stdin-filename names standard input: use it with `{command} -`.',
  'cli.render.nameMap': 'Name the map to render (or `-` for standard input).',
  'cli.render.oneMap': 'render takes one map; to draw several, use `journey-map export <folder>`.',
  'cli.render.binary': 'A {kind} is binary: write it to a file with -o <file.{format}> (or redirect standard output).',
  'cli.render.pagedPng': 'A paged PNG is one file per page: name them with -o <file.png>.',
  'cli.export.nameMaps': 'Name the folders or maps to export.',
  'cli.export.noFormat': '--format needs at least one of svg, png, markdown, mermaid',
  'cli.export.notStdout': 'export writes one file per map and format: -o needs a folder, not `-` (standard output).',
  'cli.export.hint.renderOne': 'To print one map, use `journey-map render <map> -o -`.',
  'cli.diff.needsTwo': 'diff needs two maps: <old-file> <new-file>, or --git <revision> <file>.',
  'cli.diff.needsOne': 'diff --git <revision> needs one map.',

  'cli.wrote': 'journey-map: wrote {path}',
  'cli.warning': 'journey-map: warning: {path}: {message}',
  'cli.export.summary': 'journey-map: wrote {files} from {maps}{problems}',
  'cli.export.files': { one: '{count} file', other: '{count} files' },
  'cli.export.maps': { one: '{count} map', other: '{count} maps' },
  'cli.export.notDrawn': '{count} could not be drawn',
  'cli.export.notRead': '{count} could not be read',
  'cli.export.notWritten': '{count} could not be written',
} as const;
