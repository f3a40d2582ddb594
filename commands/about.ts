import { SlashCommandBuilder } from 'discord.js';
import { aboutReply } from '../src/discord/render/aboutReply.ts';
import type { SlashCommand } from '../src/discord/types.ts';

export default {
	data: new SlashCommandBuilder()
		.setName('about')
		.setDescription('What this bot is, how fresh its index is, and how long it has been up')
		.toJSON(),
	async execute(interaction, context) {
		const { data } = context.dossier.index;
		await interaction.reply(
			aboutReply({
				builtAt: data.builtAt,
				documents: data.documents.length,
				passages: data.passages.length,
				facts: data.facts.length,
				reindexing: context.dossier.isReindexing,
				startedAt: context.startedAt,
				now: new Date(),
			}),
		);
	},
} satisfies SlashCommand;
