import type { ButtonInteraction } from 'discord.js';
import { SESSION_TTL_MS } from './context.ts';
import { notify, quiet } from './reply.ts';

/** A click on a button whose state is gone: the buttons come off the message and the user learns why. */
export async function expireButtons(interaction: ButtonInteraction, command: string): Promise<void> {
	await interaction.update(quiet({ components: [] }));
	await notify(
		interaction,
		`These buttons have expired (they last ${SESSION_TTL_MS / 60_000} minutes). Run ${command} again for fresh ones.`,
	);
}
