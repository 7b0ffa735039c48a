import * as assert from 'node:assert/strict';
import {
  CANVAS_THEMES,
  contrastRatio,
  personaColours,
  personaStyle,
  THEME_COLOURS,
  type ColorToken,
} from '../../../src/core/canvas/index';

/** Text colour → the backgrounds it is drawn on (cards, lanes, headers, chips). */
const TEXT_ON: Readonly<Partial<Record<ColorToken, readonly ColorToken[]>>> = {
  text: ['background', 'card', 'laneBand', 'laneBandAlt', 'momentFill', 'dangerFill'],
  muted: ['background', 'card', 'laneBand', 'laneBandAlt', 'momentFill', 'dangerFill'],
  laneName: ['laneBand', 'laneBandAlt'],
  headerText: ['headerFill'],
  onAccent: ['accent'],
  headerMuted: ['headerFill'],
  momentStroke: ['momentFill'],
  danger: ['card', 'dangerFill'],
  warning: ['card', 'momentFill'],
  success: ['card'],
  gapText: ['gap'],
  background: ['danger', 'warning', 'info', 'success'],
};

describe('canvas palette', () => {
  for (const theme of CANVAS_THEMES) {
    it(`text meets WCAG AA (4.5:1) in the ${theme} theme`, () => {
      const colours = THEME_COLOURS[theme];
      const failures: string[] = [];
      for (const [text, backgrounds] of Object.entries(TEXT_ON) as [ColorToken, ColorToken[]][])
        for (const background of backgrounds) {
          const ratio = contrastRatio(colours[text], colours[background]);
          if (ratio < 4.5) failures.push(`${text} on ${background}: ${ratio.toFixed(2)}`);
        }
      assert.deepEqual(failures, []);
    });

    it(`persona curves keep 3:1 against the lanes in the ${theme} theme`, () => {
      const colours = THEME_COLOURS[theme];
      for (const colour of personaColours(theme))
        for (const background of [colours.laneBand, colours.laneBandAlt, colours.card])
          assert.ok(contrastRatio(colour, background) >= 3, `${colour} on ${background}`);
    });
  }

  it('gives each of eight personas its own colour and marker, and keeps them by position', () => {
    const styles = Array.from({ length: 8 }, (_, index) => personaStyle(index));
    assert.equal(new Set(styles.map((style) => style.color)).size, 8);
    assert.equal(new Set(styles.map((style) => style.marker)).size, 8);
    assert.deepEqual(personaStyle(3), personaStyle(3));
    // Beyond eight, a dash pattern tells repeated colours apart.
    assert.ok(personaStyle(8).dash);
  });
});
