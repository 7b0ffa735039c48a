import * as vscode from 'vscode';
import { ruleLines } from './ruleLines';

/**
 * Links from a gap finding's code in the Problems panel to its rule in the packaged
 * docs/rules.md (the table generated from the rule catalogue). The file has no
 * per-rule headings, so the link selects the rule's table row (`#L<line>`, which VS
 * Code's opener turns into a selection).
 */
export class RuleDocLinks {
  private lines = new Map<string, number>();

  constructor(readonly documentUri: vscode.Uri) {}

  /** Reads the rule table once; until then (or if the file is missing) links open the top of the file. */
  async load(): Promise<void> {
    try {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(this.documentUri));
      this.lines = ruleLines(text);
    } catch {
      this.lines = new Map();
    }
  }

  linkFor(code: string): vscode.Uri {
    const line = this.lines.get(code);
    return line === undefined ? this.documentUri : this.documentUri.with({ fragment: `L${line}` });
  }
}
