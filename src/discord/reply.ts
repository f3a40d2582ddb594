import {
	type InteractionReplyOptions,
	MessageFlags,
	type MessageMentionOptions,
	type RepliableInteraction,
} from 'discord.js';

/** No message of ours may ping: text comes from documents and users. Every payload goes through `quiet`. */
export const NO_MENTIONS: MessageMentionOptions = { parse: [] };

export function quiet<T extends object>(payload: T): T & { allowedMentions: MessageMentionOptions } {
	return { ...payload, allowedMentions: NO_MENTIONS };
}

/**
 * A private notice (refusal, cooldown, apology), whatever state the interaction is in: a reply when
 * nothing was sent yet, a follow-up once it was deferred or answered.
 */
export async function notify(interaction: RepliableInteraction, content: string): Promise<void> {
	const payload: InteractionReplyOptions = quiet({ content, flags: MessageFlags.Ephemeral });
	if (interaction.deferred || interaction.replied) await interaction.followUp(payload);
	else await interaction.reply(payload);
}
