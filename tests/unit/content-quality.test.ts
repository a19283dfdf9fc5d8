/**
 * Content checks that go beyond the format (which `npm run check:content` checks): plain language,
 * one form of address, sources only from the content brief, the table that maps the seeds' advice to
 * questions, levels that agree with their descriptions, and the stated duration of the scans.
 *
 * When a check fails, the message names the question, action or source, so a content editor can
 * find it in checklists/kwartiermaken.yaml.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Checklist, Question } from '../../src/lib/content/checklist-schema.ts';
import { readability } from '../../src/lib/content/readability.ts';
import { validateChecklistSource } from '../../src/lib/content/validate-checklist.ts';
import { estimateMinutes } from '../../src/lib/domain/duration.ts';
import { glossaryForms, termsUsed } from '../../src/lib/domain/glossary.ts';

const FILE = 'checklists/kwartiermaken.yaml';
const { checklist: parsed, errors } = validateChecklistSource(readFileSync(FILE, 'utf8'), FILE);
if (!parsed) throw new Error(`The checklist has errors: ${errors.map((error) => error.message).join('; ')}`);
const checklist: Checklist = parsed;
const themes = checklist.themes;
const questions = themes.flatMap((theme) => theme.questions.map((question) => ({ theme, question })));
const actions = questions.flatMap(({ question }) => question.actions.map((action) => ({ question, action })));

/** The question and its help, as the readability rules measure them. */
function questionWithHelp(question: Question): string {
	const text = question.text.trim();
	return `${/[.!?]$/.test(text) ? text : `${text}.`} ${question.help}`;
}

describe('plain language (B1)', () => {
	const terms = glossaryForms(checklist);
	const figures = questions.map(({ question }) => ({ id: question.id, ...readability(questionWithHelp(question), terms) }));
	const MIN_SCORE = 60;
	const MIN_SHARE = 0.9;
	const MAX_SENTENCE = 15;

	test(`at least ${MIN_SHARE * 100}% of the questions (with help) score ${MIN_SCORE} or more on Flesch-Douma`, () => {
		const offenders = figures.filter((figure) => figure.score < MIN_SCORE).map((figure) => `${figure.id} (${figure.score.toFixed(1)})`);
		const share = (figures.length - offenders.length) / figures.length;
		expect(share, `too hard to read: ${offenders.join(', ')}`).toBeGreaterThanOrEqual(MIN_SHARE);
	});

	test(`sentences average at most ${MAX_SENTENCE} words`, () => {
		const words = figures.reduce((sum, figure) => sum + figure.words, 0);
		const sentences = figures.reduce((sum, figure) => sum + figure.sentences, 0);
		const longest = [...figures].sort((a, b) => b.meanSentenceLength - a.meanSentenceLength).slice(0, 3);
		expect(words / sentences, `longest: ${longest.map((figure) => `${figure.id} (${figure.meanSentenceLength.toFixed(1)})`).join(', ')}`).toBeLessThanOrEqual(MAX_SENTENCE);
	});

	test('every question text is one short sentence (at most 20 words)', () => {
		const long = questions
			.flatMap(({ question }) => [question.text, ...Object.values(question.textByPhase ?? {})].map((text) => ({ id: question.id, text })))
			.filter(({ text }) => text.split(/\s+/).length > 20);
		expect(long).toEqual([]);
	});
});

/** Every text a user can see, with where it comes from. */
function userTexts(): { where: string; text: string }[] {
	const texts: { where: string; text: string }[] = [];
	const walk = (value: unknown, where: string): void => {
		if (typeof value === 'string') texts.push({ where, text: value });
		else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${where}[${index}]`));
		else if (value && typeof value === 'object') {
			for (const [key, item] of Object.entries(value)) {
				// Ids, addresses and other machine values are not read by users.
				if (['id', 'url', 'scale', 'kind', 'version', 'from', 'to', 'question', 'into', 'rule', 'horizon', 'maxLevel', 'atMost', 'language'].includes(key) && typeof item !== 'object') continue;
				// Lists of ids (sources, answer options, phases, merged questions).
				if (Array.isArray(item) && item.every((entry) => typeof entry === 'string') && ['sources', 'for', 'showIn', 'questions'].includes(key)) continue;
				walk(item, where ? `${where}.${key}` : key);
			}
		}
	};
	walk(checklist, '');
	return texts;
}

describe('one voice: "u" and "uw organisatie"', () => {
	test('the check reads every text a user sees', () => {
		const where = userTexts().map((entry) => entry.where);
		expect(where).toContain('themes[0].questions[0].help');
		expect(where).toContain('themes[0].questions[0].actions[0].firstStep');
		expect(where).toContain('scales.maturity.options[0].hint');
		expect(where).toContain('glossary[0].definition');
		expect(where).toContain('whatsNew[0].items[0]');
		expect(where).not.toContain('sources[0].url');
	});

	test('no "je", "jouw" or "jullie" anywhere in the content', () => {
		const informal = userTexts().filter(({ text }) => /(?<![\p{L}])(je|jij|jouw|jullie)(?![\p{L}])/iu.test(text));
		expect(informal.map(({ where }) => where)).toEqual([]);
	});

	test('no "je", "jouw" or "jullie" in the interface texts either', () => {
		const source = readFileSync('src/lib/i18n/nl.ts', 'utf8');
		const strings = source.match(/'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/g) ?? [];
		expect(strings.filter((text) => /(?<![\p{L}])(je|jij|jouw|jullie)(?![\p{L}])/iu.test(text))).toEqual([]);
	});

	test('no double negatives: statements answered yes or no contain no negation', () => {
		const negation = /(?<![\p{L}])(geen|niet|nooit|niemand|zonder)(?![\p{L}])/iu;
		const yesNo = questions.filter(({ question }) => ['risk', 'yesno'].includes(checklist.scales[question.scale]!.kind));
		expect(yesNo.length).toBeGreaterThan(5);
		const offenders = yesNo.flatMap(({ question }) =>
			[question.text, ...Object.values(question.textByPhase ?? {})].filter((text) => negation.test(text)).map((text) => `${question.id}: ${text}`)
		);
		expect(offenders).toEqual([]);
	});
});

describe('terms ("Begrippen")', () => {
	const REQUIRED = ['ervaringsdeskundige', 'ervaringswerker', 'ervaringskennis', 'kwartiermaken', 'wegbereider', 'intervisie'];

	test('the glossary explains the six core terms', () => {
		expect(checklist.glossary?.map((entry) => entry.term)).toEqual(expect.arrayContaining(REQUIRED));
	});

	test('every term is used by at least one question, so its explanation can be reached', () => {
		for (const entry of checklist.glossary ?? []) {
			const users = questions.filter(({ question }) => termsUsed({ glossary: [entry] }, [question.text, question.help]).length > 0);
			expect(users.length, entry.term).toBeGreaterThan(0);
		}
	});

	test('no other words for the same concepts', () => {
		const variants = /(?<![\p{L}])(ervaringsmedewerkers?|ervaringskundigen?|ED’s|kwartiermakerij)(?![\p{L}])/iu;
		expect(userTexts().filter(({ text }) => variants.test(text)).map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
	});
});

describe('sources', () => {
	const brief = JSON.parse(readFileSync('tests/fixtures/content/brief-sources.json', 'utf8')) as Record<
		string,
		{ urls: string[]; years: number[]; publishers: string[] }
	>;

	test('every source is one from the content brief, with only the details the brief gives', () => {
		for (const source of checklist.sources) {
			const allowed = brief[source.id];
			expect(allowed, `${source.id} is not a source of the content brief`).toBeDefined();
			if (source.url !== undefined) expect(allowed!.urls, `${source.id}: address`).toContain(source.url);
			if (source.year !== undefined) expect(allowed!.years, `${source.id}: year`).toContain(source.year);
			if (source.publisher !== undefined) expect(allowed!.publishers, `${source.id}: publisher`).toContain(source.publisher);
		}
	});

	test('every question and every action names at least one source, and every source is used', () => {
		for (const { question } of questions) expect(question.sources.length, question.id).toBeGreaterThan(0);
		for (const { action } of actions) expect(action.sources.length, action.id).toBeGreaterThan(0);
		const used = new Set([
			...themes.flatMap((theme) => theme.sources),
			...questions.flatMap(({ question }) => question.sources),
			...actions.flatMap(({ action }) => action.sources),
			...checklist.figures.flatMap((figure) => figure.sources),
			...(checklist.glossary ?? []).flatMap((entry) => entry.sources ?? [])
		]);
		expect(checklist.sources.map((source) => source.id).filter((id) => !used.has(id))).toEqual([]);
	});

	test('the 2018 figures say that the poll asked member organisations, not municipalities', () => {
		const poll = checklist.figures.filter((figure) => figure.id.startsWith('peiling-2018'));
		expect(poll.length).toBeGreaterThan(0);
		expect(poll[0]!.label).toMatch(/lidorganisaties van Sociaal Werk Nederland/);
		expect(poll[0]!.label).toMatch(/[Gg]emeenten zaten er niet bij/);
	});
});

describe('the table "Van bron naar vraag" in checklists/README.md', () => {
	const readme = readFileSync('checklists/README.md', 'utf8');
	const section = readme.slice(readme.indexOf('## Van bron naar vraag'));
	const rows = section
		.split('\n')
		.filter((line) => /^\| seed\d{3} \|/.test(line))
		.map((line) => {
			const cells = line.split('|').map((cell) => cell.trim());
			return { seed: cells[1]!, point: cells[2]!, ids: [...(cells[4] ?? '').matchAll(/`([a-z0-9-]+)`/g)].map((match) => match[1]!) };
		});

	test('has a row for every do and don’t of seed 003 and every recommendation of seed 001', () => {
		const points = rows.map((row) => `${row.seed} ${row.point}`);
		const expected = [
			...[1, 2, 3, 4, 5].map((n) => `seed003 do ${n}`),
			...[1, 2].map((n) => `seed003 don't ${n}`),
			...[1, 2, 3, 4, 5, 6].map((n) => `seed001 aanbeveling ${n}`)
		];
		expect(points).toEqual(expect.arrayContaining(expected));
	});

	test('every id in it is a theme or question of the checklist that names that seed as a source', () => {
		const byId = new Map<string, { sources: string[] }>([
			...themes.map((theme) => [theme.id, theme] as const),
			...questions.map(({ question }) => [question.id, question] as const)
		]);
		for (const row of rows) {
			expect(row.ids.length, `${row.seed} ${row.point}`).toBeGreaterThan(0);
			for (const id of row.ids) {
				const target = byId.get(id);
				expect(target, `${row.seed} ${row.point}: unknown id ${id}`).toBeDefined();
				expect(target!.sources, `${row.seed} ${row.point}: ${id} does not name ${row.seed}`).toContain(row.seed);
			}
		}
	});

	test('the do’s of seed 003 are each asked in the quick scan too', () => {
		for (const theme of themes.filter((entry) => entry.kind === 'do' || entry.kind === 'dont')) {
			const quick = theme.questions.find((question) => question.quick);
			expect(quick?.sources, theme.id).toContain('seed003');
		}
	});
});

describe('scores and levels', () => {
	test('the five do themes each weigh at least as much as any extra theme', () => {
		const weight = (kind: string) => themes.filter((theme) => theme.kind === kind).map((theme) => theme.weight ?? 1);
		expect(weight('do')).toHaveLength(5);
		expect(Math.min(...weight('do'))).toBeGreaterThanOrEqual(Math.max(...weight('extra')));
	});

	test('each level starts at a step of the maturity scale and its description says what that step says', () => {
		const scale = checklist.scales['maturity']!;
		const top = Math.max(...scale.options.map((option) => option.score));
		// The words of the scale step that each level's description must echo.
		const echo: Record<string, string> = { '0': 'er nog niet', '1': 'in voorbereiding of gebeurt af en toe', '2': 'deels geregeld', '3': 'op papier en gebeurt ook echt' };
		expect(checklist.levels).toHaveLength(4);
		checklist.levels.forEach((level, index) => {
			const step = scale.options[index]!;
			expect(level.minPercent, level.id).toBe((step.score / top) * 100);
			expect(level.description.toLowerCase(), level.id).toContain(echo[step.id]);
		});
	});

	test('the scoring rules are in the content', () => {
		expect(checklist.scoring).toEqual({ strengthPercent: 75, uncertainUnknownPercent: 30 });
		expect(checklist.caps.some((cap) => 'unknownRisk' in cap.when)).toBe(true);
	});
});

describe('questions that assume ervaringswerkers are employed', () => {
	// In phase "orienterend" nobody is employed yet: these are hidden or worded for that phase.
	const ASSUME_EMPLOYED = ['k2-mandaat', 'k5-weerstand', 'e4-leidinggevenden', 'k3-intervisie', 'k3-werkdruk', 'e1-inschaling', 'e2-gedeelde-taal', 'e4-veranderd', 'e6-welzijn', 'k2-grenzen', 'x2-zonder-taken', 'x2-collegas', 'x2-projectgeld', 'k3-aantal', 'k5-evaluatie'];
	test.each(ASSUME_EMPLOYED)('%s is hidden or reworded for organisations that are still orienting', (id) => {
		const question = questions.find((entry) => entry.question.id === id)!.question;
		const hidden = question.showIn !== undefined && !question.showIn.includes('orienterend');
		expect(hidden || question.textByPhase?.orienterend !== undefined).toBe(true);
	});
});

describe('actions', () => {
	test('an owner can take the first step: the step never sends the owner to themselves', () => {
		for (const { action } of actions) {
			expect(action.firstStep.toLowerCase(), action.id).not.toContain(action.owner.toLowerCase());
		}
	});

	test('no action is owned by a role that may not exist yet or does not do such steps', () => {
		// A wegbereider may be missing (that is a question of the scan); a wethouder decides, staff prepare.
		expect(actions.filter(({ action }) => ['Wegbereider', 'Wethouder'].includes(action.owner)).map(({ action }) => action.id)).toEqual([]);
	});

	test('the actions of the missing topics name concrete places to get help', () => {
		const help = actions.find(({ action }) => action.id === 'k1-wegbereider-hulp')!.action;
		expect(help.firstStep).toMatch(/Ervaringskennisplein/);
		expect(help.firstStep).toMatch(/Vliegende Brigade/);
		expect(actions.find(({ action }) => action.id === 'k3-netwerk-faciliteren')!.action.firstStep).toMatch(/Ervaringskennisplein|leernetwerk/);
	});
});

describe('the missing topics of the review are asked', () => {
	test.each([
		['open staan voor ander beleid en andere werkwijzen', 'k1-andere-uitkomsten'],
		['het contract', 'k2-contract'],
		['de grenzen van de rol', 'k2-grenzen'],
		['werkdruk', 'k3-werkdruk'],
		['het eigen verhaal en privacy, ook als de ervaringswerker cliënt is', 'e6-eigen-verhaal'],
		['de gemeente als opdrachtgever (subsidie en inkoop)', 'e7-opdrachtgever'],
		['steun van wethouder of bestuur', 'e7-bestuur']
	])('%s (%s), with actions', (_topic, id) => {
		const question = questions.find((entry) => entry.question.id === id)?.question;
		expect(question).toBeDefined();
		expect(question!.actions.length).toBeGreaterThan(0);
	});
});

describe('duration', () => {
	test.each(checklist.phases.map((phase) => phase.id))('the stated minutes are within 20%% of the estimate (phase %s)', (phase) => {
		for (const mode of ['quick', 'full'] as const) {
			const estimate = estimateMinutes(checklist, mode, phase);
			const stated = checklist.minutes![mode];
			expect(Math.abs(stated - estimate) / estimate, `${mode}: stated ${stated}, estimated ${estimate.toFixed(1)}`).toBeLessThanOrEqual(0.2);
		}
	});
});
