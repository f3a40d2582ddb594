// `discord-api-spec/zod` ships JavaScript only (its "types" entry points at the .js file), so TypeScript
// needs to be told what the fake server imports from it. Only the request-body schemas in use are listed.
declare module 'discord-api-spec/zod' {
	import type { ZodMiniType } from 'zod/mini';

	export const ApplicationCommandAutocompleteCallbackRequestSchema: ZodMiniType;
	export const ApplicationCommandCreateRequestSchema: ZodMiniType;
	export const ApplicationCommandUpdateRequestSchema: ZodMiniType;
	export const CreateForumThreadRequestSchema: ZodMiniType;
	export const CreateMessageInteractionCallbackRequestSchema: ZodMiniType;
	export const CreateTextThreadWithMessageRequestSchema: ZodMiniType;
	export const CreateTextThreadWithoutMessageRequestSchema: ZodMiniType;
	export const IncomingWebhookRequestPartialSchema: ZodMiniType;
	export const IncomingWebhookUpdateRequestPartialSchema: ZodMiniType;
	export const LaunchActivityInteractionCallbackRequestSchema: ZodMiniType;
	export const MessageCreateRequestSchema: ZodMiniType;
	export const MessageEditRequestPartialSchema: ZodMiniType;
	export const ModalInteractionCallbackRequestSchema: ZodMiniType;
	export const PongInteractionCallbackRequestSchema: ZodMiniType;
	export const UpdateMessageInteractionCallbackRequestSchema: ZodMiniType;
}
