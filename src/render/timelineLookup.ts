import type { CorpusIndex } from '../core/corpusIndex.ts';
import type { Fact, SourceMeta } from '../core/types.ts';

/** Where a timeline finds a mention's source and a disagreeing fact; ids the index no longer knows are left out. */
export interface TimelineLookup {
	source(docId: string): SourceMeta | undefined;
	fact(id: string): Fact | undefined;
}

export function timelineLookup(index: CorpusIndex): TimelineLookup {
	return {
		source: (docId) => index.documentById.get(docId)?.meta,
		fact: (id) => index.factById.get(id),
	};
}
