import type { Command } from '../src/discord/types.ts';
import about from './about.ts';
import ask from './ask.ts';
import findSources from './findSources.ts';
import reindex from './reindex.ts';
import search from './search.ts';
import source from './source.ts';
import sources from './sources.ts';
import timeline from './timeline.ts';
import unanswered from './unanswered.ts';
import upload from './upload.ts';

/** Every command the bot registers and serves, one file each in this folder. */
export const commands: readonly Command[] = [
	ask,
	search,
	timeline,
	sources,
	source,
	findSources,
	reindex,
	upload,
	about,
	unanswered,
];
