/** Embed colours: blue for an answer or results, grey when nothing answered. */
export const COLOR = { answered: 0x2f80ed, unanswered: 0x8a94a6 } as const;
