import * as vscode from 'vscode';
import { ruleLines } from './ruleLines';

/**
 * Links from a finding's code in the Problems panel to where it is explained in the
 * packaged docs: docs/rules.md (gap rules, JM2xx) and docs/codes.md (JM0xx, JM1xx), both
 * tables generated from the engine's catalogues. They have no per-code headings, so the
 * link selects the code's table row (`#L<line>`, which VS Code's opener turns into a
 * selection).
 */
export class RuleDocLinks {
  private rows = new Map<string, { uri: vscode.Uri; line: number }>();

  constructor(private readonly documents: readonly vscode.Uri[]) {}

  /** Reads the tables once; a missing file only means its codes stay plain text. */
  async load(): Promise<void> {
    const rows = new Map<string, { uri: vscode.Uri; line: number }>();
    for (const uri of this.documents) {
      try {
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        for (const [code, line] of ruleLines(text)) if (!rows.has(code)) rows.set(code, { uri, line });
      } catch {
        // Not packaged: no links into it.
      }
    }
    this.rows = rows;
  }

  linkFor(code: string): vscode.Uri | undefined {
    const row = this.rows.get(code);
    return row ? row.uri.with({ fragment: `L${row.line}` }) : undefined;
  }
}
