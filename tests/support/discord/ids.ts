import { randomBytes } from 'node:crypto';
import { SnowflakeUtil } from 'discord.js';

/** A fresh snowflake: Discord's time-ordered id, so ids made later sort later, as the client assumes. */
export function newSnowflake(): string {
	return SnowflakeUtil.generate().toString();
}

/** An unguessable token, used for interaction tokens and session ids. */
export function newToken(bytes = 48): string {
	return randomBytes(bytes).toString('base64url');
}
