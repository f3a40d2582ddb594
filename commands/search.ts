import { SlashCommandBuilder } from 'discord.js';
import { MAX_QUESTION_LENGTH } from '../src/core/answer/ask.ts';
import { sessionOf } from '../src/discord/buttonSessions.ts';
import { deferThen } from '../src/discord/deferThen.ts';
import { expireButtons } from '../src/discord/expiredButtons.ts';
import { notify, quiet } from '../src/discord/reply.ts';
import { firstSearchPage, laterSearchPage } from '../src/discord/searchResults.ts';
import type { SlashCommand } from '../src/discord/types.ts';

export default {
	data: new SlashCommandBuilder()
		.setName('search')
		.setDescription('Find passages in the documents by keywords, best first')
		.addStringOption((option) =>
			option
				.setName('query')
				.setDescription('Words to look for')
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

	/** ◀ ▶: `search:page:<session key>:<page>`, for the person who searched only. */
	async button(interaction, context, [, key, target]) {
		const session = sessionOf(context.sessions, key, 'search');
		if (session === undefined || key === undefined) {
			await expireButtons(interaction, '/search');
			return;
		}
		if (session.ownerId !== interaction.user.id) {
			await notify(
				interaction,
				'Only the person who searched can page through these results. Run /search to get your own.',
			);
			return;
		}
		await interaction.update(quiet(laterSearchPage(context, session, key, Number(target))));
	},
} satisfies SlashCommand;
