import { describe, expect, it } from 'vitest';
import { findDateline, findOriginLine, findTitleLine } from '../src/core/load/statedMetadata.ts';

describe('stated metadata', () => {
	it('GIVEN a date in any of the ways pages write it THEN its first place in the text is found, verbatim', () => {
		const found = (text: string, iso = '2023-03-02') => findDateline(text, iso)?.text;
		expect(found('Source: CGTN | 2023-03-02\nBody')).toBe('2023-03-02');
		expect(found('Journal, Eastern edition. 02 Mar 2023: A.9.')).toBe('02 Mar 2023');
		expect(found('By Jane DoeMarch 2, 2023Updated: March 3, 2023')).toBe('March 2, 2023');
		expect(found('Posted Mar. 2, 2023 and 2 March 2023')).toBe('Mar. 2, 2023');
		expect(findDateline('x 2 March 2023', '2023-03-02')).toEqual({ start: 2, end: 14, text: '2 March 2023' });
		// Another day, another year, or a date the metadata gives only to the month, is none.
		expect(found('March 20, 2023; March 2, 20234')).toBeUndefined();
		expect(found('2023-03-02', '2023-03')).toBeUndefined();
		expect(found('March 2', undefined)).toBeUndefined();
	});

	it('GIVEN a title THEN the line holding it is found from the title on', () => {
		const text = 'Menu\n1. World News: Xi Welcomes Lukashenko  \r\nBy A. Writer';
		const line = findTitleLine(text, 'World News: Xi Welcomes Lukashenko');
		expect(line?.text).toBe('World News: Xi Welcomes Lukashenko');
		expect(text.slice(line?.start, line?.end)).toBe(line?.text);
		expect(findTitleLine(text, 'Another title')).toBeUndefined();
	});

	it('GIVEN a republished piece THEN the line saying where it first appeared is found, verbatim', () => {
		const text = 'Last paragraph.\n\n  Originally published by CGTN.  \nShare. Twitter';
		const line = findOriginLine(text);
		expect(line?.text).toBe('Originally published by CGTN.');
		expect(text.slice(line?.start, line?.end)).toBe(line?.text);
		expect(findOriginLine('This article first appeared in The Diplomat.')?.text).toBe(
			'This article first appeared in The Diplomat.',
		);
		// Not a sentence inside a paragraph that happens to say it.
		expect(findOriginLine('The paper, originally published by CGTN, says so.')).toBeUndefined();
		const later = 'The paper, originally published by CGTN, says so.\nOriginally published by CGTN.';
		expect(findOriginLine(later)?.start).toBe(later.lastIndexOf('Originally'));
	});
});
