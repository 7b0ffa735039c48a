/**
 * What the UI tests do in the VS Code workbench, in the user's terms: open a file, run a command
 * from the palette, read the Problems panel, find the preview's webview, type in the editor.
 * The selectors are VS Code's (checked against code-server 4.139 / VS Code 1.139); they live here
 * only, so a workbench update means one file to fix.
 */
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { step } from './miniRunner';

export class Workbench {
  constructor(readonly page: Page) {}

  async waitUntilReady(): Promise<void> {
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    step('workbench ready, Explorer lists the workspace');
  }

  /** Opens a workspace file with Quick Open (Ctrl+P), as a user would. */
  async openFile(relativePath: string): Promise<void> {
    const name = relativePath.split('/').pop()!;
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 10_000 });
    await input.fill(relativePath);
    // Wait for the filtered list: until then the focused row is a recently opened file.
    await this.page
      .locator('.quick-input-list .monaco-list-row.focused', { hasText: name })
      .waitFor({ timeout: 10_000 });
    await this.page.keyboard.press('Enter');
    await this.page
      .locator('.editor-group-container.active .tabs-container .tab.active', { hasText: name })
      .waitFor({ timeout: 15_000 });
    await this.page.locator('.editor-group-container.active .monaco-editor .view-lines').waitFor({ timeout: 15_000 });
    step(`opened ${relativePath} with Quick Open`);
  }

  /** Runs a command by its title from the Command Palette (F1). */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 10_000 });
    await input.fill(`>${title}`);
    await this.page
      .locator('.quick-input-list .monaco-list-row.focused', { hasText: title })
      .waitFor({ timeout: 10_000 });
    await this.page.keyboard.press('Enter');
    step(`ran "${title}" from the Command Palette`);
  }

  /** The language shown in the status bar for the active editor (e.g. "Journey Map"). */
  languageStatus(): Locator {
    return this.page.locator('#status\\.editor\\.mode');
  }

  async showProblems(): Promise<void> {
    if (!(await this.page.locator('.markers-panel').isVisible())) await this.page.keyboard.press('Control+Shift+M');
    await this.page.locator('.markers-panel').waitFor({ timeout: 10_000 });
  }

  /** Shows only the Problems of files matching `text` (the panel's own filter box), so other open files' rows don't push them out of view. */
  async filterProblems(text: string): Promise<void> {
    await this.showProblems();
    const filter = this.page
      .locator('.markers-panel-container .viewpane-filter input, .panel .viewpane-filter input')
      .first();
    await filter.fill(text);
    // The filter applies after a debounce: wait until the list starts with the file's own group.
    await this.page
      .locator('.markers-panel .monaco-list-row')
      .first()
      .filter({ hasText: text })
      .waitFor({ timeout: 10_000 });
    step(`Problems filtered to "${text}"`);
  }

  /** The Problems panel's row for a finding: its code and its 1-based position, as VS Code prints them. */
  problemRow(code: string, line: number, column: number): Locator {
    return this.page
      .locator('.markers-panel .monaco-list-row', { hasText: `[Ln ${line}, Col ${column}]` })
      .filter({ hasText: code });
  }

  /** Focuses the active editor group's text editor. */
  async focusEditor(): Promise<void> {
    await this.page.keyboard.press('Control+1');
    await this.page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ timeout: 10_000 });
  }

  /** Puts the cursor at the end of a 1-based line with Go to Line (Ctrl+G). */
  async goToLineEnd(line: number): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 10_000 });
    await input.fill(`:${line}`);
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.press('End');
  }

  /**
   * The preview's document inside its webview: VS Code hosts each webview in
   * `iframe.webview.ready` (the host page) with our page in its `iframe#active-frame`.
   */
  previewFrame(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
  }

  /**
   * Text of the drawing on screen (the Map view's canvas or Mermaid's diagram) with all
   * whitespace removed, so label wrapping into lines doesn't matter. A label the canvas cuts
   * short keeps its whole text in a <title>, which is part of the text too.
   */
  async diagramText(): Promise<string> {
    const text = await this.previewFrame()
      .locator('#canvas:not([hidden]) svg.canvas-main, #diagram:not([hidden]) svg')
      .first()
      .textContent({ timeout: 5_000 });
    return compact(text ?? '');
  }

  async toggleSideBar(): Promise<void> {
    await this.page.keyboard.press('Control+B');
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
    step(`screenshot ${path}`);
  }
}

export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}
