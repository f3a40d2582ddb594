import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { readTimelineBounds } from '../src/core/timeline/timelineBounds.ts';
import { plainMarkdown } from '../src/discord/render/citedExcerpts.ts';
import { openPages, turnPage } from '../src/discord/render/pager.ts';
import { type TimelineView, timelineReply } from '../src/discord/render/timelineReply.ts';
import { quiet } from '../src/discord/reply.ts';
import type { SlashCommand } from '../src/discord/types.ts';
import { readerTimeline } from '../src/render/timelineFilter.ts';
import { timelineLookup } from '../src/render/timelineLookup.ts';

const data = new SlashCommandBuilder()
	.setName('timeline')
	.setDescription('Dated facts from the documents, with their sources and where sources disagree')
	.addStringOption((option) =>
		option.setName('topic').setDescription('Only facts that mention these words').setMaxLength(200),
	)
	.addStringOption((option) =>
		option
			.setName('from')
			.setDescription('Earliest date, e.g. 2015, March 2023 or 2023-03-01')
			.setMaxLength(100),
	)
	.addStringOption((option) =>
		option.setName('to').setDescription('Latest date, e.g. 2024, last year or 2023-03-31').setMaxLength(100),
	)
	.toJSON();

export default {
	data,
	async execute(interaction, context) {
		const topic = interaction.options.getString('topic')?.trim() || undefined;
		const bounds = readTimelineBounds(
			interaction.options.getString('from'),
			interaction.options.getString('to'),
		);
		if ('unreadable' in bounds) {
			await interaction.reply(
				quiet({
					content: `I could not read the date “${plainMarkdown(bounds.unreadable, 100)}”. Try 2023, March 2023, 2023-03-01 or last year.`,
					flags: MessageFlags.Ephemeral,
				}),
			);
			return;
		}
		const view: TimelineView = readerTimeline(context.dossier, bounds, topic);
		const key = openPages(context.sessions, data.name, interaction.user.id, view);
		await interaction.reply(
			timelineReply(view, 1, timelineLookup(context.dossier.index), { command: data.name, key }),
		);
	},
	async button(interaction, context, args) {
		await turnPage<TimelineView>(interaction, context.sessions, data.name, args, (view, page, key) =>
			timelineReply(view, page, timelineLookup(context.dossier.index), { command: data.name, key }),
		);
	},
} satisfies SlashCommand;
