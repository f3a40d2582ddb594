import { SlashCommandBuilder } from 'discord.js';
import type { IndexedDocument } from '../src/core/corpusIndex.ts';
import { openPages, turnPage } from '../src/discord/render/pager.ts';
import { sourcesReply } from '../src/discord/render/sourcesReply.ts';
import type { SlashCommand } from '../src/discord/types.ts';

const data = new SlashCommandBuilder()
	.setName('sources')
	.setDescription('The documents the answers come from: title, publisher, date, passages and facts')
	.toJSON();

export default {
	data,
	async execute(interaction, context) {
		const documents = context.dossier.sources();
		const key = openPages(context.sessions, data.name, interaction.user.id, documents);
		await interaction.reply(sourcesReply(documents, 1, { command: data.name, key }));
	},
	async button(interaction, context, args) {
		await turnPage<readonly IndexedDocument[]>(
			interaction,
			context.sessions,
			data.name,
			args,
			(documents, page, key) => sourcesReply(documents, page, { command: data.name, key }),
		);
	},
} satisfies SlashCommand;
