import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { unansweredReply } from '../src/discord/render/unansweredReply.ts';
import type { SlashCommand } from '../src/discord/types.ts';

const DEFAULT_COUNT = 20;

export default {
	data: new SlashCommandBuilder()
		.setName('unanswered')
		.setDescription('Recent questions the documents could not answer (moderators)')
		.addIntegerOption((option) =>
			option
				.setName('count')
				.setDescription(`How many to show (default ${DEFAULT_COUNT})`)
				.setMinValue(1)
				.setMaxValue(100),
		)
		.setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
		.setContexts(InteractionContextType.Guild)
		.toJSON(),
	moderatorOnly: true,
	async execute(interaction, context) {
		const count = interaction.options.getInteger('count') ?? DEFAULT_COUNT;
		await interaction.deferReply({ flags: MessageFlags.Ephemeral });
		await interaction.editReply(unansweredReply(await context.unanswered.tail(count)));
	},
} satisfies SlashCommand;
