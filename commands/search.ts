import { SlashCommandBuilder } from 'discord.js';
import { MAX_QUESTION_LENGTH } from '../src/core/answer/ask.ts';
import { deferThen } from '../src/discord/deferThen.ts';
import { turnPage } from '../src/discord/render/pager.ts';
import { quiet } from '../src/discord/reply.ts';
import { firstSearchPage, laterSearchPage, type SearchState } from '../src/discord/searchResults.ts';
import type { SlashCommand } from '../src/discord/types.ts';

export default {
	data: new SlashCommandBuilder()
		.setName('search')
		.setDescription('Find passages in the documents by keywords, best first')
		.addStringOption((option) =>
			option
				.setName('query')
				.setDescription('Words to look for; "a phrase" in quotes as written, -word to leave a word out')
				.setRequired(true)
				.setMaxLength(MAX_QUESTION_LENGTH),
		)
		.toJSON(),
	cooldown: true,

	async execute(interaction, context) {
		const query = interaction.options.getString('query', true);
		await deferThen(interaction, { private: false }, async () => {
			await interaction.editReply(
				quiet(firstSearchPage(context, query, `Search: ${query}`, interaction.user.id)),
			);
		});
	},

	/** ◀ ▶, for the person who searched only (see the pager). */
	async button(interaction, context, args) {
		await turnPage<SearchState>(interaction, context.sessions, 'search', args, (state, page, key) =>
			quiet(laterSearchPage(context, state, key, page)),
		);
	},
} satisfies SlashCommand;
