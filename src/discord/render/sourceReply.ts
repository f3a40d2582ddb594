import { createHash } from 'node:crypto';
import type { APIApplicationCommandOptionChoice, APIEmbed, APIEmbedField } from 'discord.js';
import type { IndexedDocument } from '../../core/corpusIndex.ts';
import { matchingDocuments } from '../../core/documentNames.ts';
import type { Fact, FurnitureReason } from '../../core/types.ts';
import { citationLabel, formatFactDate } from '../../render/citation.ts';
import { quiet } from '../reply.ts';
import { plainMarkdown, webHref } from './citedExcerpts.ts';
import { plural } from './indexFooter.ts';
import { DISCORD_LIMITS, fitLines, truncate, truncateText } from './limits.ts';
import type { ReplyPayload } from './pager.ts';

const MAX_FACTS_LISTED = 8;

/** One document's card: its metadata, what indexing made of it, how it was cleaned, and its first facts. */
export function sourceCard(document: IndexedDocument, facts: readonly Fact[]): ReplyPayload {
	const { meta, cleaning } = document;
	const details = [
		meta.publisher ? `**Publisher:** ${plainMarkdown(meta.publisher, 150)}` : '',
		meta.author ? `**Author:** ${plainMarkdown(meta.author, 150)}` : '',
		meta.date ? `**Date:** ${plainMarkdown(meta.date, 20)}` : '',
		`**File:** ${plainMarkdown(meta.path, 200)} (${document.format}, ${plural(document.characters, 'character')})`,
	].filter(Boolean);
	const kept =
		document.characters > 0 ? Math.round((cleaning.charactersKept / document.characters) * 100) : 0;
	const fields: APIEmbedField[] = [
		{ name: 'Passages', value: document.passages.toLocaleString('en-US'), inline: true },
		{ name: 'Dated facts', value: document.facts.toLocaleString('en-US'), inline: true },
		{
			name: 'Cleaning',
			value: truncate(
				`${plural(cleaning.linesRemoved, 'line')} of page furniture removed${reasonsText(cleaning.reasons)}; ` +
					`${cleaning.charactersKept.toLocaleString('en-US')} of ${document.characters.toLocaleString('en-US')} characters kept (${kept}%).`,
				DISCORD_LIMITS.fieldValue,
			),
		},
	];
	if (facts.length > 0) fields.push({ name: 'Facts', value: factList(document.meta.id, facts) });
	const embed: APIEmbed = {
		title: truncate(plainMarkdown(meta.title || meta.id, 200), DISCORD_LIMITS.embedTitle),
		description: details.join('\n'),
		fields,
		footer: { text: truncateText(meta.id, 200) },
	};
	const url = webUrl(meta.url);
	if (url !== undefined) embed.url = url;
	return quiet({ embeds: [embed], components: [] });
}

/** The private answer when no document matches what was typed, with the nearest names to try. */
export function sourceNotFoundReply(name: string, nearest: readonly IndexedDocument[]): ReplyPayload {
	const suggestions = nearest
		.slice(0, 5)
		.map((document) => `• ${plainMarkdown(citationLabel(document.meta), 150)}`);
	const content = [
		`No document matches “${plainMarkdown(name, 100)}”. Pick one from the list as you type, or see /sources.`,
		...(suggestions.length > 0 ? ['Did you mean:', ...suggestions] : []),
	].join('\n');
	return quiet({ content: truncate(content, DISCORD_LIMITS.content), embeds: [], components: [] });
}

/**
 * Autocomplete for a document name: the best 25 matches, named by title · publisher · date within 100
 * characters. A value is the document's id, or a short key for an id too long to be a choice's value;
 * `documentByChoice` resolves both.
 */
export function sourceChoices(
	documents: readonly IndexedDocument[],
	typed: string,
): Array<APIApplicationCommandOptionChoice<string>> {
	return matchingDocuments(documents, typed)
		.slice(0, DISCORD_LIMITS.choices)
		.map((document) => ({
			name: truncateText(
				citationLabel(document.meta).replace(/\s+/g, ' ') || document.meta.id,
				DISCORD_LIMITS.choiceName,
			),
			value: choiceValue(document.meta.id),
		}));
}

/** The document a choice's value (or a typed id) names exactly. */
export function documentByChoice(
	documents: readonly IndexedDocument[],
	value: string,
): IndexedDocument | undefined {
	return (
		documents.find((document) => document.meta.id === value) ??
		documents.find((document) => choiceValue(document.meta.id) === value)
	);
}

const LONG_ID_PREFIX = 'doc#';

function choiceValue(id: string): string {
	if (id.length <= DISCORD_LIMITS.choiceValue) return id;
	return `${LONG_ID_PREFIX}${createHash('sha256').update(id).digest('base64url').slice(0, 24)}`;
}

function reasonsText(reasons: Partial<Record<FurnitureReason, number>>): string {
	const counted = Object.entries(reasons)
		.filter(([, count]) => (count ?? 0) > 0)
		.sort(([, a], [, b]) => (b ?? 0) - (a ?? 0))
		.map(([reason, count]) => `${reason.replace(/-/g, ' ')} ${count}`);
	return counted.length > 0 ? ` (${counted.join(' · ')})` : '';
}

/** The document's facts in its own words, as many as fit one field. */
function factList(docId: string, facts: readonly Fact[]): string {
	const lines = facts.slice(0, MAX_FACTS_LISTED).map((fact) => {
		const said = fact.mentions.find((mention) => mention.docId === docId)?.text ?? fact.text;
		return `**${formatFactDate(fact.date)}** ${plainMarkdown(said, 110)}${fact.disagreements.length > 0 ? ' ⚠' : ''}`;
	});
	return fitLines(lines, DISCORD_LIMITS.fieldValue, (left) => `…and ${left} more in /timeline`, facts.length);
}

/** A link for the card's title: a well-formed http(s) URL of a length Discord takes. */
function webUrl(url: string | undefined): string | undefined {
	const href = webHref(url);
	return href !== undefined && href.length <= MAX_TITLE_URL ? href : undefined;
}

const MAX_TITLE_URL = 2000;
