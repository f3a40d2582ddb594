/** Finding components in a message's component tree (action rows, sections with accessories …). */
import { ComponentType } from 'discord.js';

interface ComponentNode {
	type?: number;
	custom_id?: string;
	disabled?: boolean;
	components?: ComponentNode[];
	accessory?: ComponentNode;
}

function children(component: ComponentNode): ComponentNode[] {
	return [...(component.components ?? []), ...(component.accessory ? [component.accessory] : [])];
}

export function findButton(components: readonly unknown[], customId: string): ComponentNode | undefined {
	for (const component of components as ComponentNode[]) {
		if (component.type === ComponentType.Button && component.custom_id === customId) return component;
		const nested = findButton(children(component), customId);
		if (nested) return nested;
	}
	return undefined;
}

export function collectCustomIds(components: readonly unknown[]): string[] {
	return (components as ComponentNode[]).flatMap((component) => [
		...(component.custom_id ? [component.custom_id] : []),
		...collectCustomIds(children(component)),
	]);
}
