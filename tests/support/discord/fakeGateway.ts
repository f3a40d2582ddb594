/**
 * The gateway (v10, JSON encoding) a discord.js client connects to after `GET /gateway/bot`:
 * HELLO → IDENTIFY → READY + GUILD_CREATE, heartbeats answered with HEARTBEAT_ACK, dispatches numbered
 * by a per-session sequence, RESUME replaying what a dropped connection missed, and REQUEST_GUILD_MEMBERS
 * answered with one GUILD_MEMBERS_CHUNK. Close codes follow Discord's (4001 unknown opcode, 4002 decode
 * error, 4003 not authenticated, 4004 authentication failed, 4005 already authenticated, 4012 bad version).
 */
import type { IncomingMessage, Server } from 'node:http';
import { GatewayOpcodes } from 'discord.js';
import { type WebSocket, WebSocketServer } from 'ws';
import { createEncoder, type GatewayCompression, type PayloadEncoder } from './gatewayEncoding.ts';
import { newToken } from './ids.ts';

export const GATEWAY_PATH = '/gateway';
/** How many dispatches a session keeps for replay on RESUME. */
const REPLAY_LIMIT = 1000;

export interface GatewayOptions {
	token: string;
	heartbeatIntervalMs: number;
	/** Intents the application may not use (privileged ones not switched on); IDENTIFY with them gets 4014. */
	disallowedIntents?: number;
	/** READY's `d`, given the new session's id. */
	readyPayload(sessionId: string): unknown;
	/** GUILD_CREATE's `d`, sent right after READY. */
	guildPayload(): unknown;
	/** The guild's members, for REQUEST_GUILD_MEMBERS. */
	members(): { user: { id: string; username: string } }[];
}

interface Payload {
	op: number;
	d: unknown;
	s: number | null;
	t: string | null;
}

/** What the client sent in IDENTIFY. */
export interface IdentifyData {
	token: string;
	intents: number;
	properties: Record<string, string>;
	compress?: boolean;
	shard?: [number, number];
	large_threshold?: number;
	presence?: unknown;
}

interface ResumeData {
	token: string;
	session_id: string;
	seq: number;
}

interface RequestMembersData {
	guild_id: string;
	user_ids?: string[];
	query?: string;
	nonce?: string;
}

/** A close code and reason the gateway ends a connection with. */
interface Refusal {
	code: number;
	reason: string;
}

/** Why a connection's URL cannot be served: wrong API version, encoding or compression. */
function connectionRefusal(params: URLSearchParams): Refusal | undefined {
	const compress = params.get('compress');
	if (params.get('v') !== '10') return { code: 4012, reason: 'Invalid API version' };
	if ((params.get('encoding') ?? 'json') !== 'json')
		return { code: 4002, reason: 'Only JSON encoding is supported' };
	if (compress !== null && compress !== 'zlib-stream')
		return { code: 4002, reason: `Unsupported compression ${compress}` };
	return undefined;
}

class Connection {
	session: Session | undefined;
	#encoder: PayloadEncoder;
	#sending: Promise<void> = Promise.resolve();

	constructor(
		readonly socket: WebSocket,
		compression: GatewayCompression,
	) {
		this.#encoder = createEncoder(compression);
	}

	compressEachPayload(): void {
		this.#encoder.close();
		this.#encoder = createEncoder('payload');
	}

	send(payload: Payload): void {
		const encoder = this.#encoder;
		const json = JSON.stringify(payload);
		this.#sending = this.#sending
			.then(() => encoder.encode(json))
			.then((data) => {
				if (this.socket.readyState === this.socket.OPEN) this.socket.send(data);
			});
	}

	close(code: number, reason: string): void {
		this.socket.close(code, reason);
		this.#encoder.close();
	}
}

interface Session {
	id: string;
	seq: number;
	intents: number;
	replay: Payload[];
	connection: Connection | undefined;
}

export class FakeGateway {
	/** Every IDENTIFY received, oldest first. */
	readonly identifies: IdentifyData[] = [];
	/** Every payload the clients sent, oldest first. */
	readonly received: { op: number; d: unknown }[] = [];
	/** How many RESUMEs succeeded. */
	resumes = 0;
	readonly #server: WebSocketServer;
	#session: Session | undefined;

	constructor(
		httpServer: Server,
		private readonly options: GatewayOptions,
	) {
		this.#server = new WebSocketServer({ server: httpServer, path: GATEWAY_PATH });
		this.#server.on('connection', (socket, request) => this.accept(socket, request));
	}

	/** The intents of the current session, or undefined before the client identified. */
	get intents(): number | undefined {
		return this.#session?.intents;
	}

	/** Whether a client identified and its session is still valid (it may be reconnecting). */
	get hasSession(): boolean {
		return this.#session !== undefined;
	}

	/**
	 * Sends a dispatch (opcode 0) to the session. `data` may be a function of the session's intents,
	 * returning undefined when the session should not get the event at all.
	 */
	dispatch(event: string, data: unknown | ((intents: number) => unknown)): void {
		const session = this.#session;
		if (!session) throw new Error(`fake gateway: cannot dispatch ${event}, no client has identified`);
		const d = typeof data === 'function' ? (data as (intents: number) => unknown)(session.intents) : data;
		if (d === undefined) return;
		this.sendDispatch(session, event, d);
	}

	/** Drops the connection as Discord does before asking a client to resume (close code 4000 by default). */
	disconnect(code = 4000): void {
		this.#session?.connection?.close(code, 'Dropped by the fake gateway');
	}

	close(): Promise<void> {
		for (const socket of this.#server.clients) socket.terminate();
		return new Promise((resolve) => this.#server.close(() => resolve()));
	}

	private accept(socket: WebSocket, request: IncomingMessage): void {
		const params = new URL(request.url ?? '/', 'ws://localhost').searchParams;
		const compress = params.get('compress');
		const connection = new Connection(socket, compress === 'zlib-stream' ? 'zlib-stream' : 'none');
		socket.on('close', (code) => this.onClose(connection, code));
		socket.on('message', (raw) => this.onMessage(connection, raw.toString()));
		const refusal = connectionRefusal(params);
		if (refusal) {
			connection.close(refusal.code, refusal.reason);
			return;
		}
		connection.send({
			op: GatewayOpcodes.Hello,
			d: { heartbeat_interval: this.options.heartbeatIntervalMs },
			s: null,
			t: null,
		});
	}

	private onClose(connection: Connection, code: number): void {
		const session = connection.session;
		if (!session || session.connection !== connection) return;
		session.connection = undefined;
		// A clean close ends the session for good; anything else leaves it resumable, as on Discord.
		if ((code === 1000 || code === 1001) && this.#session === session) this.#session = undefined;
	}

	private onMessage(connection: Connection, text: string): void {
		let payload: { op?: unknown; d?: unknown };
		try {
			payload = JSON.parse(text) as { op?: unknown; d?: unknown };
		} catch {
			connection.close(4002, 'Decode error');
			return;
		}
		const op = Number(payload.op);
		this.received.push({ op, d: payload.d });
		if (
			!connection.session &&
			op !== GatewayOpcodes.Heartbeat &&
			op !== GatewayOpcodes.Identify &&
			op !== GatewayOpcodes.Resume
		) {
			connection.close(4003, 'Not authenticated');
			return;
		}
		switch (op) {
			case GatewayOpcodes.Heartbeat:
				connection.send({ op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
				break;
			case GatewayOpcodes.Identify:
				this.identify(connection, payload.d as IdentifyData);
				break;
			case GatewayOpcodes.Resume:
				this.resume(connection, payload.d as ResumeData);
				break;
			case GatewayOpcodes.RequestGuildMembers:
				this.sendMembers(connection, payload.d as RequestMembersData);
				break;
			case GatewayOpcodes.PresenceUpdate:
			case GatewayOpcodes.VoiceStateUpdate:
				break;
			default:
				connection.close(4001, 'Unknown opcode');
		}
	}

	private identify(connection: Connection, data: IdentifyData): void {
		const refusal = this.identifyRefusal(connection, data);
		if (refusal) {
			connection.close(refusal.code, refusal.reason);
			return;
		}
		this.identifies.push(data);
		if (data.compress === true) connection.compressEachPayload();
		const session: Session = {
			id: newToken(16),
			seq: 0,
			intents: Number(data.intents),
			replay: [],
			connection,
		};
		connection.session = session;
		this.#session = session;
		this.sendDispatch(session, 'READY', this.options.readyPayload(session.id));
		this.sendDispatch(session, 'GUILD_CREATE', this.options.guildPayload());
	}

	private identifyRefusal(connection: Connection, data: IdentifyData): Refusal | undefined {
		if (connection.session) return { code: 4005, reason: 'Already authenticated' };
		if (data?.token !== this.options.token) return { code: 4004, reason: 'Authentication failed' };
		if (data.shard && (data.shard[0] !== 0 || data.shard[1] !== 1))
			return { code: 4010, reason: 'Invalid shard' };
		if (Number(data.intents) & (this.options.disallowedIntents ?? 0))
			return { code: 4014, reason: 'Disallowed intent(s)' };
		return undefined;
	}

	private resume(connection: Connection, data: ResumeData): void {
		const session = this.#session;
		if (!session || session.id !== data?.session_id || data.token !== this.options.token) {
			// d: false — the session cannot be resumed; the client must identify again.
			connection.send({ op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
			return;
		}
		session.connection?.close(4000, 'Session resumed elsewhere');
		session.connection = connection;
		connection.session = session;
		for (const missed of session.replay.filter((payload) => (payload.s ?? 0) > data.seq))
			connection.send(missed);
		this.resumes += 1;
		this.sendDispatch(session, 'RESUMED', {});
	}

	private sendMembers(connection: Connection, data: RequestMembersData): void {
		const wanted = data.user_ids ? new Set(data.user_ids) : undefined;
		const query = data.query?.toLowerCase() ?? '';
		const members = this.options
			.members()
			.filter((member) =>
				wanted ? wanted.has(member.user.id) : member.user.username.toLowerCase().startsWith(query),
			);
		const chunk = {
			guild_id: data.guild_id,
			members,
			chunk_index: 0,
			chunk_count: 1,
			not_found: wanted ? [...wanted].filter((id) => !members.some((m) => m.user.id === id)) : [],
			...(data.nonce === undefined ? {} : { nonce: data.nonce }),
		};
		if (connection.session) this.sendDispatch(connection.session, 'GUILD_MEMBERS_CHUNK', chunk);
	}

	private sendDispatch(session: Session, event: string, d: unknown): void {
		session.seq += 1;
		const payload: Payload = { op: GatewayOpcodes.Dispatch, t: event, s: session.seq, d };
		session.replay.push(payload);
		if (session.replay.length > REPLAY_LIMIT) session.replay.shift();
		session.connection?.send(payload);
	}
}
