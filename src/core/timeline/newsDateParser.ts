import * as chrono from 'chrono-node';
import { dayRangeParsers } from './dayRangeParser.ts';
import { weekdayRefiner } from './weekdayRefiner.ts';
import { weekRefiner } from './weekRefiner.ts';
import { wordLikeNamesRefiner } from './wordLikeNamesRefiner.ts';
import { yearParsers } from './yearParser.ts';

/*
 * chrono's casual English configuration, trimmed to what dates events in news prose, plus our parsers
 * and refiners. Built once: chrono caches each parser's pattern, and building costs more than a parse.
 */

// Parsers whose readings are no event dates: times of day ("4 Mins Read", "at 10 am", "this morning"),
// spans measured from a moment the text names elsewhere ("two days later", "within a week"), and
// durations ("the past 10 years").
const UNWANTED_PARSERS = new Set([
	'ENTimeExpressionParser',
	'ENCasualTimeParser',
	'ENTimeUnitLaterFormatParser',
	'ENTimeUnitWithinFormatParser',
	'ENTimeUnitCasualRelativeFormatParser',
]);

// "two years ago" is measured from the publication date, but "two years before/earlier" from an event
// the text names elsewhere; the parser reads all three, and its pattern is the costliest of all, so it
// only runs on texts that say "ago" (and its before/earlier readings are dropped by the caller).
const AGO_PARSER = 'ENTimeUnitAgoFormatParser';
const SAYS_AGO = /\bago\b/i;
const NEVER = /(?!)/;

function onlyWhenAgo(parser: chrono.Parser): chrono.Parser {
	return {
		pattern: (context) => (SAYS_AGO.test(context.text) ? parser.pattern(context) : NEVER),
		extract: (context, match) => parser.extract(context, match),
	};
}

function buildNewsDateParser(): chrono.Chrono {
	const casual = chrono.en.configuration.createCasualConfiguration();
	const parsers = casual.parsers
		.filter((parser) => !UNWANTED_PARSERS.has(parser.constructor.name))
		.map((parser) => (parser.constructor.name === AGO_PARSER ? onlyWhenAgo(parser) : parser));
	return new chrono.Chrono({
		parsers: [...parsers, ...yearParsers, ...dayRangeParsers],
		refiners: [...casual.refiners, wordLikeNamesRefiner, weekdayRefiner, weekRefiner],
	});
}

export const newsDateParser: chrono.Chrono = buildNewsDateParser();
