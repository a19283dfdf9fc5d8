/**
 * A small hand-made checklist and scan builders for the domain tests.
 *
 * The fixture follows the same rules as the real content (it is checked with the real validator
 * in `scoring.test.ts`), but is tiny and stable, so tests do not break when the real checklist
 * text changes.
 *
 * Layout:
 * - theme `a` (do):     a-wegbereider (quick), a-plan (named in cap geen-plan),
 *                        a-budget (showIn eerste+structureel, notApplicable, textByPhase)
 * - theme `b` (do):     b-werving (quick), b-begeleiding, b-scholing (showIn structureel)
 * - theme `c` (extra):  c-netwerk (quick, notApplicable), c-ervaring, c-evaluatie
 * - theme `d` (dont):   d-alibi (quick), d-onbetaald, d-overvragen
 * - scales: maturity '0'..'4' (score 0..4), risk 'ja' 0, 'soms' 1, 'nee' 2
 * - levels: verkennen 0, beginnen 40, verankeren 75
 * - caps: geen-plan (a-plan at most '1' → verkennen), actief-risico (any risk flag → beginnen)
 */
import type { Action, Checklist, Horizon, PhaseId } from '../content/checklist-schema.ts';
import type { Answer, Scan, ScanMode } from './scan.ts';
import { SCAN_SCHEMA_VERSION } from './scan.ts';

const MATURITY_BELOW_TOP = ['0', '1', '2', '3'];

function action(id: string, forIds: string[], horizon: Horizon, owner = 'Beleidsmedewerker'): Action {
	return {
		id,
		for: forIds,
		title: `Titel ${id}`,
		why: `Waarom ${id}`,
		firstStep: `Eerste stap ${id}`,
		owner,
		horizon,
		sources: ['s1']
	};
}

export const fixtureChecklist: Checklist = {
	id: 'test-checklist',
	version: '1.0.0',
	language: 'nl',
	title: 'Testscan',
	intro: 'Een kleine scan voor tests.',
	phases: [
		{ id: 'orienterend', label: 'Oriënterend' },
		{ id: 'eerste', label: 'Eerste ervaringswerkers' },
		{ id: 'structureel', label: 'Structureel' }
	],
	focusAreas: [{ id: 'armoede', label: 'Armoede' }],
	special: {
		unknown: { label: 'Weet ik niet' },
		notApplicable: { label: 'Niet van toepassing' }
	},
	scales: {
		maturity: {
			kind: 'maturity',
			unknown: true,
			notApplicable: false,
			options: [
				{ id: '0', score: 0, label: 'Nee' },
				{ id: '1', score: 1, label: 'Een beetje' },
				{ id: '2', score: 2, label: 'Deels' },
				{ id: '3', score: 3, label: 'Grotendeels' },
				{ id: '4', score: 4, label: 'Ja, helemaal' }
			]
		},
		risk: {
			kind: 'risk',
			unknown: true,
			notApplicable: false,
			options: [
				{ id: 'ja', score: 0, label: 'Ja' },
				{ id: 'soms', score: 1, label: 'Soms' },
				{ id: 'nee', score: 2, label: 'Nee' }
			]
		}
	},
	levels: [
		{ id: 'verkennen', label: 'Verkennen', minPercent: 0, description: 'U begint.' },
		{ id: 'beginnen', label: 'Beginnen', minPercent: 40, description: 'U bent op weg.' },
		{ id: 'verankeren', label: 'Verankeren', minPercent: 75, description: 'Het is geregeld.' }
	],
	caps: [
		{
			id: 'geen-plan',
			when: { question: 'a-plan', atMost: '1' },
			maxLevel: 'verkennen',
			reason: 'Er is nog geen plan.'
		},
		{ id: 'actief-risico', when: { riskFlag: true }, maxLevel: 'beginnen', reason: 'Er is een risico.' }
	],
	themes: [
		{
			id: 'a',
			kind: 'do',
			title: 'Draagvlak en plan',
			why: 'Zonder draagvlak lukt het niet.',
			sources: ['s1'],
			questions: [
				{
					id: 'a-wegbereider',
					text: 'Is er een wegbereider?',
					help: 'Hulp.',
					scale: 'maturity',
					quick: true,
					sources: ['s1'],
					actions: [
						action('a-wegbereider-aanstellen', ['0', '1'], '0-3', 'Manager sociaal domein'),
						action('a-wegbereider-versterken', ['2', '3'], '3-12')
					]
				},
				{
					id: 'a-plan',
					text: 'Is er een plan?',
					help: 'Hulp.',
					scale: 'maturity',
					sources: ['s1'],
					actions: [
						action('a-plan-schrijven', ['0', '1', '2'], '0-3'),
						action('a-plan-bijstellen', ['3'], 'later')
					]
				},
				{
					id: 'a-budget',
					text: 'Is er budget?',
					textByPhase: { eerste: 'Is er geld voor de eerste ervaringswerkers?' },
					help: 'Hulp.',
					scale: 'maturity',
					notApplicable: true,
					showIn: ['eerste', 'structureel'],
					sources: ['s1'],
					actions: [action('a-budget-regelen', MATURITY_BELOW_TOP, '3-12')]
				}
			]
		},
		{
			id: 'b',
			kind: 'do',
			title: 'Werving en begeleiding',
			why: 'Goede begeleiding houdt mensen aan boord.',
			sources: ['s1'],
			questions: [
				{
					id: 'b-werving',
					text: 'Werft u open?',
					help: 'Hulp.',
					scale: 'maturity',
					quick: true,
					sources: ['s1'],
					actions: [
						action('b-werving-starten', ['0', '1'], '3-12'),
						action('b-werving-verbreden', ['2', '3'], 'later')
					]
				},
				{
					id: 'b-begeleiding',
					text: 'Is er intervisie?',
					help: 'Hulp.',
					scale: 'maturity',
					sources: ['s1'],
					actions: [action('b-begeleiding-intervisie', MATURITY_BELOW_TOP, '0-3')]
				},
				{
					id: 'b-scholing',
					text: 'Is er scholing?',
					help: 'Hulp.',
					scale: 'maturity',
					showIn: ['structureel'],
					sources: ['s1'],
					actions: [action('b-scholing-aanbieden', MATURITY_BELOW_TOP, '3-12')]
				}
			]
		},
		{
			id: 'c',
			kind: 'extra',
			title: 'Samenwerking',
			why: 'Samen kom je verder.',
			sources: ['s1'],
			questions: [
				{
					id: 'c-netwerk',
					text: 'Is er een netwerk?',
					help: 'Hulp.',
					scale: 'maturity',
					quick: true,
					notApplicable: true,
					sources: ['s1'],
					actions: [action('c-netwerk-opbouwen', MATURITY_BELOW_TOP, '3-12')]
				},
				{
					id: 'c-ervaring',
					text: 'Deelt u ervaringen?',
					help: 'Hulp.',
					scale: 'maturity',
					sources: ['s1'],
					actions: [action('c-ervaring-delen', MATURITY_BELOW_TOP, 'later')]
				},
				{
					id: 'c-evaluatie',
					text: 'Evalueert u samen?',
					help: 'Hulp.',
					scale: 'maturity',
					sources: ['s1'],
					actions: [action('c-evaluatie-plannen', MATURITY_BELOW_TOP, '0-3')]
				}
			]
		},
		{
			id: 'd',
			kind: 'dont',
			title: 'Valkuilen',
			why: 'Dit gaat vaak mis.',
			sources: ['s1'],
			questions: [
				{
					id: 'd-alibi',
					text: 'Is de ervaringswerker een alibi?',
					help: 'Hulp.',
					scale: 'risk',
					quick: true,
					sources: ['s1'],
					actions: [action('d-alibi-stoppen', ['ja', 'soms'], '0-3')]
				},
				{
					id: 'd-onbetaald',
					text: 'Werkt de ervaringswerker onbetaald?',
					help: 'Hulp.',
					scale: 'risk',
					sources: ['s1'],
					actions: [
						action('d-onbetaald-betalen', ['ja'], '0-3'),
						action('d-onbetaald-afspraken', ['soms'], '3-12')
					]
				},
				{
					id: 'd-overvragen',
					text: 'Vraagt u te veel?',
					help: 'Hulp.',
					scale: 'risk',
					sources: ['s1'],
					actions: [action('d-overvragen-grenzen', ['ja', 'soms'], '3-12')]
				}
			]
		}
	],
	figures: [],
	sources: [{ id: 's1', title: 'Bron', publisher: 'Uitgever', year: 2024, url: 'https://example.org/bron' }]
};

/** Every question id of the fixture, in content order. */
export const ALL_QUESTION_IDS = fixtureChecklist.themes.flatMap((theme) => theme.questions.map((q) => q.id));

/** The best answer for every fixture question: '4' for maturity, 'nee' for risk. */
export function topAnswers(): Record<string, string> {
	return Object.fromEntries(
		fixtureChecklist.themes.flatMap((theme) =>
			theme.questions.map((question) => [question.id, theme.kind === 'dont' ? 'nee' : '4'])
		)
	);
}

/** The same maturity answer for every maturity question, 'nee' for every risk question. */
export function uniformAnswers(maturity: string): Record<string, string> {
	return Object.fromEntries(
		Object.entries(topAnswers()).map(([id, value]) => [id, value === 'nee' ? 'nee' : maturity])
	);
}

/**
 * Builds a scan. A `null` answer value is stored as a skipped answer; a missing key means the
 * question was never reached. Defaults: full scan, phase structureel (every question visible).
 */
export function makeScan(
	answers: Record<string, string | null>,
	options: { mode?: ScanMode; phase?: PhaseId } = {}
): Scan {
	const stored: Record<string, Answer> = {};
	for (const [questionId, value] of Object.entries(answers)) {
		stored[questionId] = { value, note: '', updatedAt: '2025-01-01T00:00:00.000Z' };
	}
	return {
		id: 'scan-1',
		schemaVersion: SCAN_SCHEMA_VERSION,
		checklistId: fixtureChecklist.id,
		checklistVersion: fixtureChecklist.version,
		mode: options.mode ?? 'full',
		profile: {
			organisation: 'Gemeente Test',
			filledInBy: 'Tester',
			role: 'Beleidsmedewerker',
			phase: options.phase ?? 'structureel',
			focusAreas: []
		},
		answers: stored,
		plan: null,
		createdAt: '2025-01-01T00:00:00.000Z',
		updatedAt: '2025-01-01T00:00:00.000Z',
		demo: false
	};
}

/** A copy of the fixture that a test may change freely. */
export function cloneChecklist(): Checklist {
	return structuredClone(fixtureChecklist);
}

/** Freezes a value and everything inside it, so an accidental mutation throws in a test. */
export function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const inner of Object.values(value)) deepFreeze(inner);
	}
	return value;
}
