import { ApplicationCommandType, ContextMenuCommandBuilder } from 'discord.js';
import { MAX_QUESTION_LENGTH } from '../src/core/answer/ask.ts';
import { deferThen } from '../src/discord/deferThen.ts';
import { renderClaimCheck } from '../src/discord/render/claimReply.ts';
import { summarizeIndex } from '../src/discord/render/indexFooter.ts';
import { truncateText } from '../src/discord/render/limits.ts';
import { notify, quiet } from '../src/discord/reply.ts';
import type { MessageCommand } from '../src/discord/types.ts';

/** Apps → Find sources: the message's text is taken as a claim, and the passages bearing on it are shown privately. */
export default {
	data: new ContextMenuCommandBuilder()
		.setName('Find sources')
		.setType(ApplicationCommandType.Message)
		.toJSON(),
	cooldown: true,

	async execute(interaction, context) {
		const claim = interaction.targetMessage.content.replace(/\s+/g, ' ').trim();
		if (claim === '') {
			await notify(
				interaction,
				'That message has no text to look up. Find sources reads what a message says, not its images, files or embeds.',
			);
			return;
		}
		await deferThen(interaction, { private: true }, async () => {
			// A long message is still a claim worth checking: its beginning is looked up rather than refused.
			const answer = context.dossier.ask(truncateText(claim, MAX_QUESTION_LENGTH));
			const reply = renderClaimCheck(claim, answer, {
				index: summarizeIndex(context.dossier.index.data),
				now: Date.now(),
			});
			await interaction.editReply(quiet(reply));
		});
	},
} satisfies MessageCommand;
