import type { TextFunction } from '../core/l10n/text';
import type { PreviewChoice } from '../shared/previewProtocol';

/**
 * A drop-down of checkboxes in the toolbar (personas, lanes): a <details> whose summary says
 * what is selected. Labels are map text: set through textContent only.
 */
export class ChoiceMenu {
  private choices: readonly PreviewChoice[] = [];
  private readonly summary: HTMLElement;
  private readonly list: HTMLElement;

  constructor(
    private readonly root: HTMLDetailsElement,
    private readonly noun: string,
    private readonly t: TextFunction,
    /** Called with the ids now checked. */
    private readonly onChange: (checked: string[]) => void,
  ) {
    const summary = root.querySelector('summary');
    const list = root.querySelector('.choice-list');
    if (!summary || !(list instanceof HTMLElement)) throw new Error(`#${root.id} lacks its summary or list.`);
    this.summary = summary;
    this.list = list;
    list.addEventListener('change', () => this.onChange(this.checked()));
    root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && root.open) {
        root.open = false;
        this.summary.focus();
      }
    });
  }

  /** Shows `choices`, checking those in `checked` (null: all). Keeps the menu as is when nothing changed. */
  set(choices: readonly PreviewChoice[], checked: readonly string[] | null): void {
    const same =
      choices.length === this.choices.length &&
      choices.every(
        (choice, index) => choice.id === this.choices[index]?.id && choice.label === this.choices[index]?.label,
      );
    if (!same) {
      this.choices = choices;
      const items = choices.map((choice) => {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.value = choice.id;
        label.append(box, document.createTextNode(` ${choice.label}`));
        return label;
      });
      this.list.replaceChildren(...items);
    }
    for (const box of Array.from(this.list.querySelectorAll('input')))
      box.checked = checked === null || checked.includes(box.value);
    this.root.hidden = choices.length === 0;
    this.describe();
  }

  checked(): string[] {
    return Array.from(this.list.querySelectorAll('input'))
      .filter((box) => box.checked)
      .map((box) => box.value);
  }

  private describe(): void {
    const count = this.checked().length;
    const all = count === this.choices.length;
    const noun = this.noun;
    this.summary.textContent = all
      ? this.t('preview.filter.all', { noun })
      : count === 0
        ? this.t('preview.filter.none', { noun })
        : this.t('preview.filter.some', { noun, count, total: this.choices.length });
  }

  refreshSummary(): void {
    this.describe();
  }
}
