import { MessageFlags, type RepliableInteraction } from 'discord.js';

/**
 * Acknowledges at once (Discord shows "thinking…"), then does the work. Discord turns the next message
 * into the reply, public when the defer was: so if the work fails, a public placeholder is removed first,
 * and the apology the router sends reaches only the user instead of taking its place in the channel.
 */
export async function deferThen(
	interaction: RepliableInteraction,
	options: { private: boolean },
	work: () => Promise<void>,
): Promise<void> {
	await interaction.deferReply(options.private ? { flags: MessageFlags.Ephemeral } : {});
	try {
		await work();
	} catch (error) {
		if (!options.private && !interaction.replied) {
			// Best effort: if the placeholder cannot be removed, the apology replaces it in public instead.
			await interaction.deleteReply().catch(() => undefined);
		}
		throw error;
	}
}
