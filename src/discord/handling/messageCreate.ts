// PLACEHOLDER: replaced by the thread follow-up handler.
import type { Message } from 'discord.js';
import type { BotContext } from '../context.ts';
import type { InFlight } from './interactionCreate.ts';

export function createMessageHandler(_context: BotContext, _inFlight: InFlight) {
	return (_message: Message): void => {};
}
