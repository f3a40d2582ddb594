import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { Dossier } from '../core/dossier.ts';
import { readTimelineBounds } from '../core/timeline/timelineBounds.ts';
import {
	renderAnswer,
	renderIndexReport,
	renderSearch,
	renderSourceCard,
	renderSources,
	renderTimelineView,
} from '../render/textReplies.ts';
import { timelineLookup } from '../render/timelineLookup.ts';
import { answerJson, factJson } from './json.ts';

const USAGE = `Usage: npm run --silent cli -- <command> [--json] …
  index                                   rebuild the index and report
  ask "question" ["question" …]           cited answers (one JSON object per line with --json)
  search TERMS [--page N]                 ranked passages
  timeline [--query T] [--from D] [--to D]
  sources                                 the indexed documents
  source NAME                             one document's card
Corpus: DATA_DIR (default data/), snapshot: INDEX_DIR (default .cache/dossier).`;

async function main(argv: string[]): Promise<number> {
	// JSON goes to stdout and nothing else does: errors go to stderr.
	const config = loadConfig();
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			json: { type: 'boolean', default: false },
			query: { type: 'string' },
			from: { type: 'string' },
			to: { type: 'string' },
			page: { type: 'string' },
			help: { type: 'boolean', short: 'h' },
		},
	});
	const [command, ...args] = positionals;
	if (values.help || command === undefined) {
		process.stdout.write(`${USAGE}\n`);
		return command === undefined && !values.help ? 2 : 0;
	}
	const print = (json: unknown, text: string) =>
		process.stdout.write(`${values.json ? JSON.stringify(json) : text}\n`);
	const dossier = await Dossier.open({
		dataDir: config.DATA_DIR,
		indexDir: config.INDEX_DIR,
	});
	const index = () => dossier.index;
	switch (command) {
		case 'index': {
			// Opening already rebuilt when the documents changed since the last index; otherwise rebuild now.
			const report = dossier.openReport.loadedFromSnapshot ? await dossier.reindex() : dossier.openReport;
			print(report, renderIndexReport(report));
			return 0;
		}
		case 'ask':
			if (args.length === 0) throw new UsageError('ask needs at least one question');
			for (const question of args) {
				const answer = dossier.ask(question);
				print(answerJson(index(), answer), `${question}\n\n${renderAnswer(answer)}\n`);
			}
			return 0;
		case 'search': {
			const page = dossier.search(args.join(' '), Number(values.page ?? 1) || 1);
			print(page, renderSearch(page));
			return 0;
		}
		case 'timeline': {
			const bounds = readTimelineBounds(values.from, values.to);
			if ('unreadable' in bounds) {
				throw new UsageError(
					`could not read the date "${bounds.unreadable}" (try 2023, March 2023 or 2023-03-01)`,
				);
			}
			const facts = dossier.timeline({ ...bounds, ...(values.query ? { query: values.query } : {}) });
			print(
				{ facts: facts.map((fact) => factJson(index(), fact)) },
				renderTimelineView(
					facts,
					{ ...bounds, ...(values.query ? { topic: values.query } : {}) },
					timelineLookup(index()),
				),
			);
			return 0;
		}
		case 'sources':
			print({ sources: dossier.sources() }, renderSources(dossier.sources()));
			return 0;
		case 'source': {
			const document = dossier.findSource(args.join(' '));
			if (document === undefined) throw new UsageError(`no single document matches "${args.join(' ')}"`);
			const facts = dossier.factsOf(document.meta.id);
			print(
				{ ...document, facts: facts.map((fact) => factJson(index(), fact)) },
				renderSourceCard(document, facts, timelineLookup(index())),
			);
			return 0;
		}
		default:
			throw new UsageError(`unknown command "${command}"`);
	}
}

class UsageError extends Error {
	override name = 'UsageError';
}

// `… | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(0);
	throw error;
});

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		const expected = error instanceof UsageError || error instanceof ConfigError;
		process.stderr.write(
			`dossier: ${error instanceof Error && expected ? error.message : String(error instanceof Error ? error.stack : error)}\n`,
		);
		process.exitCode = expected ? 2 : 1;
	},
);
