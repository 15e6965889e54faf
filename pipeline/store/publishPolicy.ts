import { translationStates, type TranslationState } from './storeTypes.ts';

/**
 * What a locale publishes: only `approved` text, `reviewed` (and approved) text, or everything a
 * person or machine translated (`machine`, labelled on the page). Anything else shows the source.
 */
export const publishPolicies = ['approved', 'reviewed', 'machine'] as const;
export type PublishPolicy = (typeof publishPolicies)[number];

/** Today's behaviour, and what a locale without a `publish` entry gets. */
export const defaultPublishPolicy: PublishPolicy = 'machine';

/** States of a sentence the site shows translated, weakest first: a page is as reviewed as its weakest shown sentence. */
export const shownStates = ['machine', 'translated', 'reviewed', 'approved'] as const satisfies readonly TranslationState[];
export type ShownState = (typeof shownStates)[number];

/** The states a policy publishes. `has` takes any state and narrows it: a published state is a `ShownState`. */
export interface PublishedStates {
  has(state: TranslationState): state is ShownState;
}

function publishing(states: readonly ShownState[]): PublishedStates {
  const set: ReadonlySet<TranslationState> = new Set(states);
  return { has: (state): state is ShownState => set.has(state) };
}

const published: Record<PublishPolicy, PublishedStates> = {
  approved: publishing(['approved']),
  reviewed: publishing(['reviewed', 'approved']),
  machine: publishing(['translated', 'reviewed', 'approved', 'machine']),
};

/** States whose current target the site shows under `policy`. */
export function publishedStates(policy: PublishPolicy = defaultPublishPolicy): PublishedStates {
  return published[policy];
}

/**
 * States a reviewer still has to act on under `policy`: what the site does not show yet, and
 * machine output, which is shown labelled but never counts as done.
 */
export function statesNeedingReview(policy: PublishPolicy = defaultPublishPolicy): readonly TranslationState[] {
  return translationStates.filter((state) => state === 'machine' || !published[policy].has(state));
}
