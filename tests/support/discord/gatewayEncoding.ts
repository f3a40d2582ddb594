/**
 * How gateway payloads go on the wire. Discord sends JSON text frames unless the client asked for
 * compression: `?compress=zlib-stream` (one zlib stream for the whole connection, every payload ending in
 * a Z_SYNC_FLUSH marker `00 00 ff ff`) or `compress: true` in IDENTIFY (each payload deflated on its own).
 * discord.js asks for zlib-stream only when the optional `zlib-sync` package is installed.
 */
import zlib from 'node:zlib';

export type GatewayCompression = 'none' | 'zlib-stream' | 'payload';

export interface PayloadEncoder {
	encode(json: string): Promise<string | Buffer>;
	close(): void;
}

export function createEncoder(compression: GatewayCompression): PayloadEncoder {
	switch (compression) {
		case 'none':
			return { encode: async (json) => json, close: () => {} };
		case 'payload':
			return { encode: async (json) => zlib.deflateSync(json), close: () => {} };
		case 'zlib-stream':
			return zlibStreamEncoder();
	}
}

function zlibStreamEncoder(): PayloadEncoder {
	const deflate = zlib.createDeflate();
	// Payloads share one compression context, so they must be compressed strictly one after another.
	let previous: Promise<unknown> = Promise.resolve();
	const compress = (json: string) =>
		new Promise<Buffer>((resolve) => {
			const chunks: Buffer[] = [];
			const collect = (chunk: Buffer) => chunks.push(chunk);
			deflate.on('data', collect);
			deflate.write(json);
			deflate.flush(zlib.constants.Z_SYNC_FLUSH, () => {
				deflate.off('data', collect);
				resolve(Buffer.concat(chunks));
			});
		});
	return {
		encode(json) {
			const next = previous.then(() => compress(json));
			previous = next;
			return next;
		},
		close: () => deflate.close(),
	};
}
