/** loadChecklist: each language through the build's own path (the Vite plugin), the same ids in both. */
import { expect, test } from 'vitest';
import { loadChecklist } from './load-checklist.ts';

test('loads the Dutch and the English checklist, with the same themes and questions', async () => {
	const [dutch, english] = await Promise.all([loadChecklist('nl'), loadChecklist('en')]);
	expect(dutch.language).toBe('nl');
	expect(english.language).toBe('en');
	const ids = (checklist: typeof dutch) => checklist.themes.map((theme) => [theme.id, theme.questions.map((q) => q.id)]);
	expect(ids(english)).toEqual(ids(dutch));
	expect(english.special.unknown.label).not.toBe(dutch.special.unknown.label);
	expect(english.themes[0]!.title).not.toBe(dutch.themes[0]!.title);
});
