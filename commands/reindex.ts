import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { ReindexInProgressError } from '../src/core/dossier.ts';
import type { BotContext } from '../src/discord/context.ts';
import {
	indexReportReply,
	reindexBusyReply,
	reindexFailedReply,
} from '../src/discord/render/indexReportReply.ts';
import type { ReplyPayload } from '../src/discord/render/pager.ts';
import type { SlashCommand } from '../src/discord/types.ts';

export default {
	data: new SlashCommandBuilder()
		.setName('reindex')
		.setDescription('Rebuild the index from the documents folder (moderators)')
		.setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
		.setContexts(InteractionContextType.Guild)
		.toJSON(),
	moderatorOnly: true,
	async execute(interaction, context) {
		await interaction.deferReply({ flags: MessageFlags.Ephemeral });
		await interaction.editReply(await reindexAndReport(context));
	},
} satisfies SlashCommand;

/**
 * Rebuilds the index and renders the outcome for a moderator: the report, "already running", or why it
 * failed (the previous index keeps serving then). `note` opens the reply (what an upload saved).
 */
export async function reindexAndReport(context: BotContext, note?: string): Promise<ReplyPayload> {
	try {
		const report = await context.dossier.reindex();
		context.logger.info(
			{
				documents: report.documents,
				changes: report.changes,
				skipped: report.skipped.length,
				durationMs: report.durationMs,
			},
			'reindexed',
		);
		return indexReportReply(report, note);
	} catch (error) {
		if (error instanceof ReindexInProgressError) return reindexBusyReply(note);
		context.logger.error({ err: error }, 'reindex failed; the previous index keeps serving');
		return reindexFailedReply(error instanceof Error ? error.message : String(error), note);
	}
}
