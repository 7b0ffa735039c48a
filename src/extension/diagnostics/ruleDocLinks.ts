import * as vscode from 'vscode';
import { findingDocLink } from '../../core/docLinks';

/**
 * Links from a finding's code in the Problems panel to where it is explained in the
 * packaged docs: docs/rules.md (gap rules, JM2xx) and docs/codes.md (JM0xx, JM1xx), both
 * generated with an anchor per code (the engine's findingDocLink names it), so nothing is
 * read at activation.
 */
export class RuleDocLinks {
  constructor(private readonly extensionUri: vscode.Uri) {}

  linkFor(code: string): vscode.Uri | undefined {
    const link = findingDocLink(code);
    return link && vscode.Uri.joinPath(this.extensionUri, 'docs', link.document).with({ fragment: link.anchor });
  }
}
