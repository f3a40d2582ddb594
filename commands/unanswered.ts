// PLACEHOLDER: replaced by the real command.
import { SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/discord/types.ts';

export default {
	data: new SlashCommandBuilder().setName('unanswered').setDescription('unanswered').toJSON(),
	async execute(interaction) {
		await interaction.reply({ content: 'Not available yet.', allowedMentions: { parse: [] } });
	},
} satisfies SlashCommand;
