import type { Journey, Stage } from '../../generated/journey';
import { defineRule, type GapReport, type RuleContext } from '../rule';
import { yamlScalar } from '../yamlEdits';

type StageKind = NonNullable<Stage['kind']>;

/** Shared by the missing-retention and missing-advocacy rules: report when no stage has `kind`, offer a stub stage at the end. */
function checkMissingStage(kind: StageKind, title: string) {
  return ({ journey }: RuleContext): GapReport<'missing' | 'addStage'>[] => {
    if (journey.stages.some((stage) => stage.kind === kind)) return [];
    const id = unusedStageId(journey, kind);
    return [
      {
        messageId: 'missing',
        path: ['stages'],
        part: 'key',
        fixes: [
          {
            messageId: 'addStage',
            preferred: true,
            edit: (edits) =>
              edits.appendToSequence(['stages'], journey.stages, [
                `id: ${yamlScalar(id)}`,
                `name: ${yamlScalar(title)}`,
                `kind: ${kind}`,
              ]),
          },
        ],
      },
    ];
  };
}

function unusedStageId(journey: Journey, base: string): string {
  const taken = new Set(journey.stages.map((stage) => stage.id));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** A map with a stage of this kind, and one without (its `stages:` key marked). */
function stageExamples(code: string, kind: StageKind, name: string) {
  return {
    valid: [
      `journey: Parcel delivery
stages:
  - id: purchase
    name: Purchase
  - id: ${kind}
    name: ${name}
    kind: ${kind}
`,
    ],
    invalid: [
      `journey: Parcel delivery
stages: # ✗ ${code}
  - id: purchase
    name: Purchase
`,
    ],
  };
}

export const missingRetentionStage = defineRule({
  meta: {
    code: 'JM207',
    name: 'missing-retention-stage',
    defaultSeverity: 'warning',
    description: 'No retention (post-purchase) stage.',
    rationale:
      'Retention is one of the two stages most often forgotten: satisfaction forms after the purchase — delivery, use, support — and a map that stops at the sale misses it.',
    options: [],
    messages: {
      missing:
        'No stage is marked `kind: retention`: the journey stops at the sale and misses where satisfaction forms (delivery, use, support). If a stage already covers it, add `kind: retention` to it; otherwise add a Retention stage.',
      addStage: 'Add a Retention stage at the end',
    },
    fixable: true,
    tags: [],
    examples: stageExamples('JM207', 'retention', 'Delivery'),
  },
  check: checkMissingStage('retention', 'Retention'),
});

export const missingAdvocacyStage = defineRule({
  meta: {
    code: 'JM208',
    name: 'missing-advocacy-stage',
    defaultSeverity: 'warning',
    description: 'No advocacy (loyalty) stage.',
    rationale:
      'Advocacy — repeat purchase, referral, recommendation — is the other stage most often forgotten, and the one that turns customers into growth.',
    options: [],
    messages: {
      missing:
        'No stage is marked `kind: advocacy`: the map does not show how customers come back, refer or recommend. If a stage already covers it, add `kind: advocacy` to it; otherwise add an Advocacy stage.',
      addStage: 'Add an Advocacy stage at the end',
    },
    fixable: true,
    tags: [],
    examples: stageExamples('JM208', 'advocacy', 'Recommends the shop'),
  },
  check: checkMissingStage('advocacy', 'Advocacy'),
});
