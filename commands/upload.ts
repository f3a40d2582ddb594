import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { addDocument } from '../src/core/load/addDocument.ts';
import { MAX_DOCUMENT_BYTES } from '../src/core/load/readCorpus.ts';
import { plainMarkdown } from '../src/discord/render/citedExcerpts.ts';
import { quiet } from '../src/discord/reply.ts';
import type { SlashCommand } from '../src/discord/types.ts';
import { reindexAndReport } from './reindex.ts';

/** A stalled download must not hold the interaction (and the moderator) for ever. */
const DOWNLOAD_TIMEOUT_MS = 30_000;

export default {
	data: new SlashCommandBuilder()
		.setName('upload')
		.setDescription('Add a .txt, .md or .html document to the corpus and reindex (moderators)')
		.addAttachmentOption((option) =>
			option.setName('file').setDescription('The document: .txt, .md or .html, UTF-8 text').setRequired(true),
		)
		.setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
		.setContexts(InteractionContextType.Guild)
		.toJSON(),
	moderatorOnly: true,
	async execute(interaction, context) {
		const file = interaction.options.getAttachment('file', true);
		const refuse = (reason: string) => quiet({ content: `Not added: ${reason} Nothing was changed.` });
		// Checked before downloading anything: Discord states the size, and a huge file is refused either way.
		if (file.size > MAX_DOCUMENT_BYTES) {
			await interaction.reply({
				...refuse(
					`“${plainMarkdown(file.name, 100)}” is ${megabytes(file.size)}; a document can be at most ${megabytes(MAX_DOCUMENT_BYTES)}.`,
				),
				flags: MessageFlags.Ephemeral,
			});
			return;
		}
		await interaction.deferReply({ flags: MessageFlags.Ephemeral });
		const bytes = await download(file.url, MAX_DOCUMENT_BYTES);
		if (!(bytes instanceof Uint8Array)) {
			await interaction.editReply(refuse(bytes.reason));
			return;
		}
		const added = await addDocument(context.config.DATA_DIR, file.name, bytes);
		if (!added.ok) {
			context.logger.info({ file: file.name, reason: added.reason }, 'upload refused');
			await interaction.editReply(refuse(plainMarkdown(added.reason, 300)));
			return;
		}
		context.logger.info(
			{ file: file.name, savedAs: added.id, bytes: bytes.byteLength, replaced: added.replaced },
			'document uploaded',
		);
		// The saved name is reduced to letters, digits, dot, dash and underscore, so it is safe in a code span.
		const note = `${added.replaced ? 'Replaced' : 'Added'} \`${added.id}\` in the documents folder.`;
		await interaction.editReply(await reindexAndReport(context, note));
	},
} satisfies SlashCommand;

/** The file's bytes, never more than `maxBytes` of them: a server that lied about the size is cut off. */
async function download(url: string, maxBytes: number): Promise<Uint8Array | { reason: string }> {
	try {
		const response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
		if (!response.ok || response.body === null) {
			return { reason: `downloading the file failed (HTTP ${response.status}).` };
		}
		const chunks: Uint8Array[] = [];
		let size = 0;
		const reader = response.body.getReader();
		for (let read = await reader.read(); !read.done; read = await reader.read()) {
			size += read.value.byteLength;
			if (size > maxBytes) {
				await reader.cancel();
				return { reason: `the file is larger than ${megabytes(maxBytes)}, the most a document can be.` };
			}
			chunks.push(read.value);
		}
		return Buffer.concat(chunks);
	} catch (error) {
		return {
			reason: `I could not download the file (${plainMarkdown(String((error as Error).message), 200)}).`,
		};
	}
}

function megabytes(bytes: number): string {
	return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
