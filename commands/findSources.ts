// PLACEHOLDER: replaced by the real command.
import { ApplicationCommandType, ContextMenuCommandBuilder } from 'discord.js';
import type { MessageCommand } from '../src/discord/types.ts';

export default {
	data: new ContextMenuCommandBuilder().setName('Find sources').setType(ApplicationCommandType.Message).toJSON(),
	async execute(interaction) {
		await interaction.reply({ content: 'Not available yet.', allowedMentions: { parse: [] } });
	},
} satisfies MessageCommand;
