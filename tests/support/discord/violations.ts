/**
 * What the fake Discord saw the bot do wrong. Each entry names the rule broken and the request that broke
 * it; `expectNoViolations` is the one-line assertion end-to-end tests finish with.
 */

export type ViolationKind =
	/** The body does not match Discord's OpenAPI description. */
	| 'spec'
	/** The body breaks a documented limit (content length, embed size, choices …). */
	| 'limit'
	/** The interaction was acknowledged after the 3-second deadline. */
	| 'deadline'
	/** A second initial response to one interaction. */
	| 'double-ack'
	/** A callback type that is not allowed for that kind of interaction. */
	| 'callback-type'
	/** A route the fake does not know, so real Discord's behaviour there is untested. */
	| 'unknown-route'
	/** The fake itself failed while handling a request. */
	| 'server-error';

export interface Violation {
	kind: ViolationKind;
	/** `METHOD /route/template`, e.g. `POST /channels/:channelId/messages`. */
	request: string;
	message: string;
}

export function formatViolations(violations: readonly Violation[]): string {
	return violations.map((v) => `- [${v.kind}] ${v.request}: ${v.message}`).join('\n');
}

/** Throws, listing every violation, unless the bot did nothing Discord would object to. */
export function expectNoViolations(discord: { readonly violations: readonly Violation[] }): void {
	if (discord.violations.length === 0) return;
	throw new Error(
		`fake Discord recorded ${discord.violations.length} violation(s):\n${formatViolations(discord.violations)}`,
	);
}
