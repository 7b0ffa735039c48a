/**
 * Maps for tests: a complete, realistic map with no finding at all (every rule's "does not
 * trigger" case starts here), targeted edits of it, and the date tests pin. Smaller maps are
 * built with ./journeyBuilder.ts.
 */
import { strict as assert } from 'node:assert';

export const TODAY = '2026-11-23';

/** A realistic map with no gap at all: every rule's "does not trigger" case starts here. */
export const CLEAN_MAP = `journey: Parcel delivery for online shoppers
owner: CX team
reviewed: 2026-10-01
personas:
  - id: rina
    name: Rina, busy online shopper
stages:
  - id: awareness
    name: Awareness
    kind: awareness
    touchpoints:
      - id: ad
        name: Instagram ad
        channel: social
        digital: true
        automated: true
        owner: marketing
        emotion: 3
      - id: friend
        name: Friend recommends the shop
        channel: word-of-mouth
        digital: false
        automated: false
        owner: marketing
        emotion: 4
    metrics:
      - type: click-through-rate
        target: 2
        value: 2.5
  - id: purchase
    name: Purchase
    kind: purchase
    touchpoints:
      - id: checkout
        name: Checkout in the app
        channel: app
        digital: true
        automated: true
        owner: web team
        emotion: 3
        momentOfTruth: true
        evidence:
          - kind: interview
            count: 12
        painPoints:
          - id: hidden-fee
            description: Shipping fee appears only at the last step
        opportunities:
          - description: Show the shipping fee on the product page
            addresses: [hidden-fee]
            owner: product
      - id: call
        name: Call to confirm the order
        channel: phone
        digital: false
        automated: false
        owner: sales
        emotion: 4
    metrics:
      - type: nps
        target: 20
        responses: { promoters: 48, passives: 30, detractors: 22 }
  - id: delivery
    name: Delivery
    kind: retention
    touchpoints:
      - id: tracking
        name: Tracking notification
        channel: sms
        digital: true
        automated: true
        owner: logistics
        emotion: 4
      - id: courier
        name: Courier hands over the parcel
        channel: delivery
        digital: false
        automated: false
        owner: logistics
        emotion: 4
    metrics:
      - type: csat
        target: 80
        responses: { 5: 50, 4: 40, 3: 10 }
  - id: advocacy
    name: Advocacy
    kind: advocacy
    touchpoints:
      - id: review
        name: Leaves a review
        channel: marketplace
        digital: true
        automated: true
        owner: marketing
        emotion: 5
      - id: referral
        name: Refers a friend
        channel: word-of-mouth
        digital: false
        automated: false
        owner: marketing
        emotion: 5
    metrics:
      - type: conversion-rate
        target: 5
        value: 6
`;

/** Replaces the one occurrence of `from`; fails loudly when the fixture does not contain it exactly once. */
export function edit(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  assert.ok(first >= 0, `fixture does not contain ${JSON.stringify(from)}`);
  assert.equal(text.indexOf(from, first + 1), -1, `fixture contains ${JSON.stringify(from)} more than once`);
  return text.slice(0, first) + to + text.slice(first + from.length);
}
