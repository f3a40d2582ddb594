/**
 * The question with one typo in its longest word (six letters or more): each inner letter left out, and each
 * two inner letters swapped, the slips a typist makes most ("Beijng", "Lukahsenko"). The first and last
 * letters stay, as they mostly do in real typos.
 */
export function withTypos(question: string): string[] {
	const [longest] = (question.match(/\p{L}{6,}/gu) ?? []).sort((a, b) => b.length - a.length);
	if (longest === undefined) return [];
	const variants = new Set<string>();
	for (let i = 1; i < longest.length - 1; i++) {
		variants.add(longest.slice(0, i) + longest.slice(i + 1));
		if (i < longest.length - 2)
			variants.add(longest.slice(0, i) + longest.charAt(i + 1) + longest.charAt(i) + longest.slice(i + 2));
	}
	variants.delete(longest);
	return [...variants].map((variant) => question.replace(longest, variant));
}
