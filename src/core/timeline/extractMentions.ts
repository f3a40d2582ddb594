import type { DatePrecision, FactDate, FactMention, Sentence } from '../types.ts';
import { anaphoricDate, mayReferBack } from './anaphoricDates.ts';
import { mayStateDate } from './datePrefilter.ts';
import { readIsoDate } from './factDate.ts';
import { type DateReference, readDates } from './readDates.ts';

export interface DatedDocument {
	id: string;
	text: string;
	/** Publication date, ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; relative dates resolve against it. */
	published?: string;
}

/**
 * One mention per distinct date each sentence states, with the sentence's offsets. Relative dates
 * ("On Wednesday", "last week", "two years ago") resolve against the publication date and are skipped
 * when it is unknown or too coarse to resolve them, as are month-day dates without a year. A sentence that
 * states no date but refers back ("The same month, …") takes the date the document stated last.
 */
export function extractMentions(doc: DatedDocument, sentences: readonly Sentence[]): FactMention[] {
	const reference = doc.published === undefined ? undefined : publicationReference(doc.published, doc.id);
	const mentions: FactMention[] = [];
	// The date the document stated last, for "the same month" and its like.
	let earlier: FactDate | undefined;
	for (const sentence of sentences) {
		const maySay = mayStateDate(sentence.text);
		if (!maySay && !mayReferBack(sentence.text)) continue;
		const stated = maySay ? readDates(sentence.text, reference) : [];
		const readings = stated.length > 0 ? stated : [anaphoricDate(sentence.text, earlier) ?? []].flat();
		earlier = readings[0]?.date ?? earlier;
		const seen = new Set<string>();
		for (const { date, text } of readings) {
			const key = `${date.start}/${date.end ?? ''}`;
			if (seen.has(key)) continue;
			seen.add(key);
			mentions.push({
				docId: doc.id,
				start: sentence.start,
				end: sentence.end,
				text: sentence.text,
				dateText: text,
				date,
			});
		}
	}
	return mentions;
}

// A representative day for a publication date known only to the month or year: the middle of it.
const MIDDLE_DAY: Record<DatePrecision, (year: number, month: number, day: number) => Date> = {
	year: (year) => new Date(year, 6, 1, 12),
	month: (year, month) => new Date(year, month - 1, 15, 12),
	day: (year, month, day) => new Date(year, month - 1, day, 12),
};

function publicationReference(published: string, docId: string): DateReference {
	const date = readIsoDate(published);
	if (date === null) {
		throw new Error(
			`extractMentions: the publication date "${published}" of ${docId} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`,
		);
	}
	const [year = 0, month = 1, day = 1] = date.start.split('-').map(Number);
	return { instant: MIDDLE_DAY[date.precision](year, month, day), precision: date.precision };
}
