import { Composer, isAlias, isMap, isSeq, Parser, type Document, type Node } from 'yaml';
import type { Finding } from '../findings';
import { codeFinding, codeFix, term } from '../codeFinding';
import { PositionMapper } from '../text/positions';
import { SyntaxCode } from './codes';
import { findComments } from './comments';
import { MAX_ALIAS_COUNT, MAX_ENTRIES, MAX_FLOW_DEPTH, MAX_SYNTAX_FINDINGS, MAX_TEXT_LENGTH } from './limits';
import { createParsedJourney, type ParsedJourney } from './parsedJourney';
import { duplicateKeyFindings, syntaxFindings } from './syntaxFindings';
import { readTabs } from './tabRepair';
import { walkNodes } from './walkNodes';

export interface ParseResult {
  readonly parsed: ParsedJourney;
  /** Syntax and limit findings (JM0xx). */
  readonly findings: Finding[];
  /**
   * True when the text is too broken for schema validation to say anything useful: not read at
   * all, not a mapping, or with YAML syntax errors (after which yaml's recovered tree is a guess,
   * and checking it against the schema would only add confusing findings). A duplicate key alone
   * leaves the tree sound.
   */
  readonly unreadable: boolean;
}

/** C0 control characters other than tab, line feed and carriage return: YAML forbids them. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/;

const EMPTY_FILE_TEMPLATE =
  'journey: My customer journey\nstages:\n  - id: awareness\n    name: Awareness\n    kind: awareness\n';

/** Parses one journey map with source ranges; never throws for any input text. */
export function parseJourney(text: string): ParseResult {
  const positions = new PositionMapper(text);
  const bare = (findings: Finding[], document?: Document.Parsed, value?: unknown): ParseResult => ({
    parsed: createParsedJourney({
      text,
      value,
      document,
      positions,
      findComments: () => (document ? findComments(text, positions) : []),
    }),
    findings,
    unreadable: value === undefined,
  });

  if (text.length > MAX_TEXT_LENGTH) {
    const size = (text.length / (1024 * 1024)).toFixed(1);
    return bare([
      codeFinding(
        'JM003.tooLarge',
        { size, limit: MAX_TEXT_LENGTH / (1024 * 1024) },
        { range: positions.lineRange(1) },
      ),
    ]);
  }

  const entries = countEntries(text, MAX_ENTRIES);
  if (entries > MAX_ENTRIES) {
    return bare([codeFinding('JM003.tooManyEntries', { limit: MAX_ENTRIES }, { range: positions.lineRange(1) })]);
  }

  const control = CONTROL_CHARACTER.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return bare([
      codeFinding('JM008.control', { character: code }, { range: positions.rangeAt(control.index, control.index + 1) }),
    ]);
  }

  const tooDeep = flowDepthExceeded(text, MAX_FLOW_DEPTH);
  if (tooDeep >= 0) {
    return bare([
      codeFinding('JM009.brackets', { limit: MAX_FLOW_DEPTH }, { range: positions.rangeAt(tooDeep, tooDeep + 1) }),
    ]);
  }

  const parser = new Parser();
  // logLevel 'error': yaml would otherwise print warnings (e.g. about collection keys) to the console.
  // uniqueKeys off: yaml's check compares each key with every earlier one (20,000 keys: 20 s);
  // duplicateKeyFindings does the same check in one walk.
  const composer = new Composer({ uniqueKeys: false, prettyErrors: false, keepSourceTokens: false, logLevel: 'error' });
  // yaml breaks lines only at \n and \r\n; VS Code and PositionMapper also at a lone \r (old Mac
  // files, mixed endings). Turning a lone \r into \n keeps every offset and makes both agree.
  const readable = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  const documents = Array.from(composer.compose(parser.parse(readable), true, readable.length));
  const document = documents[0];
  if (!document) return bare([]);

  const tabs = document.errors.length > 0 ? readTabs(readable) : undefined;
  const findings = syntaxFindings(document, text, positions, tabs);
  findings.push(...duplicateKeyFindings(document, positions, MAX_SYNTAX_FINDINGS, tabs));
  const second = documents[1];
  if (second) {
    const start = second.range[0];
    findings.push(
      codeFinding(
        'JM006.multiple',
        { count: documents.length },
        { range: positions.restOfLine(Math.max(0, text.lastIndexOf('---', start + 3))) },
      ),
    );
  }

  if (document.contents === null) {
    findings.push(
      codeFinding(
        'JM005.empty',
        {},
        {
          range: positions.rangeAt(0, 0),
          fixes: [
            codeFix('JM005.insertSkeleton', {}, [
              {
                range: positions.rangeAt(text.length, text.length),
                newText: (text === '' || /[\r\n]$/.test(text) ? '' : '\n') + EMPTY_FILE_TEMPLATE,
              },
            ]),
          ],
        },
      ),
    );
    return bare(findings, document);
  }

  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    findings.push(conversionFailure(error, document, positions));
    return bare(findings, document);
  }

  const contents = document.contents as Node;
  if (!isMap(contents)) {
    const what = term(isSeq(contents) ? 'term.topLevel.list' : 'term.topLevel.single');
    const start = contents.range?.[0] ?? 0;
    findings.push(codeFinding('JM012.notAMapping', { what }, { range: positions.restOfLine(start) }));
    return { ...bare(findings, document, value), unreadable: true };
  }
  const syntaxBroken = findings.some(
    (finding) => finding.severity === 'error' && finding.code !== SyntaxCode.duplicateKey,
  );
  return { ...bare(findings, document, value), unreadable: syntaxBroken };
}

/**
 * Non-blank lines plus commas, counted until `limit` is passed: a bound on the number of YAML nodes
 * that costs one pass over the text, far less than parsing it.
 */
function countEntries(text: string, limit: number): number {
  let entries = 0;
  let lineHasContent = false;
  for (let i = 0; i < text.length && entries <= limit; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 /* \n */ || ch === 13 /* \r */) {
      lineHasContent = false;
    } else if (ch === 44 /* , */) {
      entries++;
    } else if (!lineHasContent && ch !== 32 && ch !== 9) {
      lineHasContent = true;
      entries++;
    }
  }
  return entries;
}

/**
 * Offset of the bracket where `[`/`{` nesting first exceeds `limit`, or -1. Deliberately simple
 * (quotes and comments are not tracked): a real map never has a hundred unclosed brackets.
 */
function flowDepthExceeded(text: string, limit: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 91 /* [ */ || ch === 123 /* { */) {
      if (++depth > limit) return i;
    } else if ((ch === 93 /* ] */ || ch === 125) /* } */ && depth > 0) {
      depth--;
    }
  }
  return -1;
}

/** toJS throws instead of reporting: an alias bomb (ReferenceError) or a stack overflow on absurd nesting. */
function conversionFailure(error: unknown, document: Document.Parsed, positions: PositionMapper): Finding {
  if (error instanceof ReferenceError) {
    let alias: [number, number] = [0, 0];
    walkNodes(document, (node) => {
      if (!isAlias(node)) return false;
      alias = [node.range?.[0] ?? 0, node.range?.[1] ?? 0];
      return true;
    });
    return codeFinding('JM004.aliasBomb', { limit: MAX_ALIAS_COUNT }, { range: positions.rangeAt(alias[0], alias[1]) });
  }
  return codeFinding('JM009.unreadable', {}, { range: positions.lineRange(1) });
}
