import type { FactDate, SourceMeta } from '../core/types.ts';

/** "Title · Publisher · 2023-03-01" — the parts a reader uses to judge a source, unknown ones left out. */
export function citationLabel(source: SourceMeta): string {
	return [source.title, source.publisher, source.date].filter(Boolean).join(' · ');
}

/** "2023-02-28 – 2023-03-02" for ranges, the date as precise as the source gave it otherwise. */
export function formatFactDate(date: FactDate): string {
	return date.end ? `${date.start} – ${date.end}` : date.start;
}
