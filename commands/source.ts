import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { matchingDocuments } from '../src/core/documentNames.ts';
import {
	documentByChoice,
	sourceCard,
	sourceChoices,
	sourceNotFoundReply,
} from '../src/discord/render/sourceReply.ts';
import type { SlashCommand } from '../src/discord/types.ts';

export default {
	data: new SlashCommandBuilder()
		.setName('source')
		.setDescription("One document's card: metadata, passages, facts and how it was cleaned")
		.addStringOption((option) =>
			option
				.setName('name')
				.setDescription('Title, publisher, author or file name of the document')
				.setRequired(true)
				.setAutocomplete(true)
				.setMaxLength(200),
		)
		.toJSON(),
	async execute(interaction, context) {
		const name = interaction.options.getString('name', true);
		const documents = context.dossier.sources();
		const document = documentByChoice(documents, name) ?? context.dossier.findSource(name);
		if (document === undefined) {
			await interaction.reply({
				...sourceNotFoundReply(name, matchingDocuments(documents, name)),
				flags: MessageFlags.Ephemeral,
			});
			return;
		}
		await interaction.reply(sourceCard(document, context.dossier.factsOf(document.meta.id)));
	},
	async autocomplete(interaction, context) {
		await interaction.respond(sourceChoices(context.dossier.sources(), interaction.options.getFocused()));
	},
} satisfies SlashCommand;
