/**
 * A checklist in another language: the structure file (ids, scales, scores, conditions, sources, Dutch texts)
 * with the texts of a translation file laid over it.
 *
 * A translation file holds ONLY texts, keyed by the ids of the structure (see checklists/README.md), so a
 * translator can never change a score, a condition or an id by accident. This module is pure: it gets the
 * structure as parsed data and the translation as whatever the YAML parser gave, and returns the translated
 * checklist or the list of problems, each with the path of the field in the translation file. The caller
 * (validate-translation.ts) turns those paths into file:line positions.
 */
import { LIMITS } from '../domain/scan-limits.ts';
import type { Checklist } from './checklist-schema.ts';

export type TranslationLanguage = Exclude<Checklist['language'], 'nl'>;

/** A path in the translation file, such as ['themes', 'k1', 'questions', 'k1-wegbereider', 'help']. */
export type TranslationPath = readonly string[];

export interface TranslationIssue {
	path: TranslationPath;
	message: string;
}

export interface TranslationResult {
	checklist: Checklist | null;
	issues: TranslationIssue[];
}

/** "Engelse tekst ontbreekt": the checker speaks Dutch, like the rest of the content check. */
const LANGUAGE_ADJECTIVE: Record<TranslationLanguage, string> = { en: 'Engelse' };

/**
 * What the translation file must look like, derived from the structure: a map of keys to either a text
 * (`'text'`), an optional text (`'optional-text'`, used where the structure's own value is not language,
 * such as a figure's number), a list of texts of a given length (`{ list }`), a list of any length
 * (`{ anyList }`), or a nested template.
 */
type Template = { readonly [key: string]: TemplateNode };
type TemplateNode = 'text' | 'optional-text' | { list: number } | { anyList: true } | { map: Template; what: string };

const map = (what: string, entries: Template): TemplateNode => ({ map: entries, what });

/**
 * The template for a structure. `what` names what a key of that map is ("thema", "vraag"), so an unknown
 * key is reported as "onbekende vraag-id" rather than a vague "onbekend veld".
 */
function templateFor(structure: Checklist): Template {
	const byId = <T extends { id: string }>(items: readonly T[], node: (item: T) => TemplateNode): Template =>
		Object.fromEntries(items.map((item) => [item.id, node(item)]));
	const withOptional = (required: Template, optional: Record<string, boolean>): Template => ({
		...required,
		...Object.fromEntries(Object.entries(optional).filter(([, present]) => present).map(([key]) => [key, 'text' as const]))
	});

	const template: Record<string, TemplateNode> = {
		language: 'text',
		title: 'text',
		intro: 'text',
		phases: map('fase', byId(structure.phases, (phase) => map('veld', withOptional({ label: 'text' }, { hint: phase.hint !== undefined })))),
		focusAreas: map('werkveld', byId(structure.focusAreas, () => 'text')),
		special: map('veld', { unknown: 'text', notApplicable: 'text' }),
		scales: map(
			'schaal',
			Object.fromEntries(
				Object.entries(structure.scales).map(([scaleId, scale]) => [
					scaleId,
					map('antwoord', byId(scale.options, (option) => map('veld', withOptional({ label: 'text' }, { hint: option.hint !== undefined }))))
				])
			)
		),
		levels: map('niveau', byId(structure.levels, () => map('veld', { label: 'text', description: 'text' }))),
		caps: map('begrenzing', byId(structure.caps, () => 'text')),
		figures: map(
			'cijfer',
			// A number stays as it is; a figure written in words ("ruim 90") needs its words translated.
			byId(structure.figures, (figure) => map('veld', { label: 'text', value: /\p{L}/u.test(figure.value) ? 'text' : 'optional-text' }))
		)
	};
	template.themes = map(
		'thema',
		byId(structure.themes, (theme) =>
			map('veld', {
				title: 'text',
				why: 'text',
				questions: map(
					'vraag',
					byId(theme.questions, (question) =>
						map('veld', {
							text: 'text',
							help: 'text',
							...(question.textByPhase
								? { textByPhase: map('fase', Object.fromEntries(Object.keys(question.textByPhase).map((phase) => [phase, 'text' as const]))) }
								: {}),
							actions: map(
								'actie',
								byId(question.actions, () => map('veld', { title: 'text', why: 'text', firstStep: 'text', owner: 'text' }))
							)
						})
					)
				)
			})
		)
	);
	if (structure.glossary) {
		template.glossary = map('begrip', byId(structure.glossary, () => map('veld', { term: 'text', forms: { anyList: true }, definition: 'text' })));
	}
	if (structure.whatsNew) {
		template.whatsNew = map('versie', Object.fromEntries(structure.whatsNew.map((entry) => [entry.version, { list: entry.items.length }])));
	}
	const previousSteps = (structure.migrations ?? []).filter((step) => step.previous);
	if (previousSteps.length > 0) {
		template.migrations = map(
			'versie',
			Object.fromEntries(
				previousSteps.map((step) => [
					step.to,
					map(
						'vraag',
						Object.fromEntries(
							Object.entries(step.previous ?? {}).map(([questionId, previous]) => [
								questionId,
								map('veld', {
									...(previous.text !== undefined ? { text: 'text' as const } : {}),
									...(previous.labels ? { labels: map('antwoord', Object.fromEntries(Object.keys(previous.labels).map((id) => [id, 'text' as const]))) } : {})
								})
							])
						)
					)
				])
			)
		);
	}
	return template;
}

/** Fields that are optional in the translation as a whole (the structure may have none of them). */
const OPTIONAL_IN_TRANSLATION = new Set(['forms']);

function describe(value: unknown): string {
	if (value === null) return 'niets (null)';
	if (Array.isArray(value)) return 'een lijst';
	if (typeof value === 'object') return 'velden';
	return typeof value === 'string' ? 'tekst' : typeof value === 'number' ? `het getal ${value}` : String(value);
}

/** Checks a translation against the template; collects every problem rather than stopping at the first. */
function checkAgainst(template: Template, translation: unknown, path: string[], language: TranslationLanguage, issues: TranslationIssue[]): void {
	const missing = `${LANGUAGE_ADJECTIVE[language]} tekst ontbreekt`;
	const record = translation && typeof translation === 'object' && !Array.isArray(translation) ? (translation as Record<string, unknown>) : null;
	if (!record) {
		issues.push({ path, message: `moet velden bevatten (naam: waarde), niet ${describe(translation)}` });
		return;
	}
	for (const [key, node] of Object.entries(template)) {
		const value = Object.hasOwn(record, key) ? record[key] : undefined;
		const here = [...path, key];
		if (node === 'text' || node === 'optional-text') {
			if (value === undefined || value === null) {
				if (node === 'text') issues.push({ path: here, message: missing });
			} else if (typeof value !== 'string') issues.push({ path: here, message: `moet tekst zijn, niet ${describe(value)}` });
			else if (value.trim() === '') issues.push({ path: here, message: `mag niet leeg zijn (${missing})` });
		} else if ('list' in node || 'anyList' in node) {
			if (value === undefined || value === null) {
				if (!OPTIONAL_IN_TRANSLATION.has(key)) issues.push({ path: here, message: missing });
			} else if (!Array.isArray(value)) issues.push({ path: here, message: `moet een lijst met teksten zijn, niet ${describe(value)}` });
			else {
				value.forEach((item, index) => {
					if (typeof item !== 'string' || item.trim() === '') {
						issues.push({ path: [...here, String(index)], message: typeof item === 'string' ? 'mag niet leeg zijn' : `moet tekst zijn, niet ${describe(item)}` });
					}
				});
				if ('list' in node && value.length !== node.list) {
					issues.push({ path: here, message: `moet ${node.list} teksten bevatten, net als het origineel (nu ${value.length})` });
				}
			}
		} else if (value === undefined || value === null) {
			// A whole block is missing: name every text in it, so the translator sees the full list.
			checkAgainst(node.map, {}, here, language, issues);
		} else {
			checkAgainst(node.map, value, here, language, issues);
		}
	}
	for (const key of Object.keys(record)) {
		if (Object.hasOwn(template, key)) continue;
		const what = whatOf(template);
		issues.push({
			path: [...path, key],
			message: what === 'veld' ? `onbekend veld "${key}"` : `onbekende ${what}-id "${key}" (staat niet in de structuur)`
		});
	}
}

/** The kind of key a template map holds; set by the parent (`map(what, …)`), read back through this table. */
const WHAT = new WeakMap<Template, string>();
function whatOf(template: Template): string {
	return WHAT.get(template) ?? 'veld';
}

/** Walks the template once to remember, per map, what its keys are. */
function rememberWhat(node: TemplateNode): void {
	if (typeof node === 'object' && 'map' in node) {
		WHAT.set(node.map, node.what);
		Object.values(node.map).forEach(rememberWhat);
	}
}

// The translation has been checked against the template before it is read, so its shape is known here.
type Tree = Record<string, any>;

/** Lays the (already checked) texts over a deep copy of the structure. */
function overlay(structure: Checklist, t: Tree, language: TranslationLanguage): Checklist {
	const copy = structuredClone(structure) as Checklist;
	copy.language = language;
	copy.title = t.title;
	copy.intro = t.intro;
	for (const phase of copy.phases) {
		phase.label = t.phases[phase.id].label;
		if (phase.hint !== undefined) phase.hint = t.phases[phase.id].hint;
	}
	for (const area of copy.focusAreas) area.label = t.focusAreas[area.id];
	copy.special.unknown.label = t.special.unknown;
	copy.special.notApplicable.label = t.special.notApplicable;
	for (const [scaleId, scale] of Object.entries(copy.scales)) {
		for (const option of scale.options) {
			option.label = t.scales[scaleId][option.id].label;
			if (option.hint !== undefined) option.hint = t.scales[scaleId][option.id].hint;
		}
	}
	for (const level of copy.levels) Object.assign(level, { label: t.levels[level.id].label, description: t.levels[level.id].description });
	for (const cap of copy.caps) cap.reason = t.caps[cap.id];
	for (const entry of copy.glossary ?? []) {
		const text = t.glossary[entry.id];
		entry.term = text.term;
		entry.definition = text.definition;
		// The forms are how the term is found in this language's texts; Dutch forms mean nothing in English.
		if (text.forms) entry.forms = [...text.forms];
		else delete entry.forms;
	}
	for (const entry of copy.whatsNew ?? []) entry.items = [...t.whatsNew[entry.version]];
	for (const theme of copy.themes) {
		const tt = t.themes[theme.id];
		theme.title = tt.title;
		theme.why = tt.why;
		for (const question of theme.questions) {
			const tq = tt.questions[question.id];
			question.text = tq.text;
			question.help = tq.help;
			if (question.textByPhase) question.textByPhase = { ...tq.textByPhase };
			for (const action of question.actions) {
				const ta = tq.actions[action.id];
				Object.assign(action, { title: ta.title, why: ta.why, firstStep: ta.firstStep, owner: ta.owner });
			}
		}
	}
	for (const figure of copy.figures) {
		figure.label = t.figures[figure.id].label;
		if (typeof t.figures[figure.id].value === 'string') figure.value = t.figures[figure.id].value;
	}
	for (const step of copy.migrations ?? []) {
		for (const [questionId, previous] of Object.entries(step.previous ?? {})) {
			const tp = t.migrations[step.to][questionId];
			if (previous.text !== undefined) previous.text = tp.text;
			if (previous.labels) previous.labels = { ...tp.labels };
		}
	}
	return copy;
}

/** Trims every string, as the structure's schema does with its texts. */
function trimmed(value: unknown): unknown {
	if (typeof value === 'string') return value.trim();
	if (Array.isArray(value)) return value.map(trimmed);
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trimmed(v)]));
	return value;
}

/**
 * Lays a translation over a structure. Returns the translated checklist, or `null` with every problem:
 * a text that is missing, empty or not text; an id that does not exist in the structure; a wrong language;
 * a proposed action too long for the action plan; a glossary form used by two terms.
 */
export function translateChecklist(structure: Checklist, translation: unknown, language: TranslationLanguage): TranslationResult {
	const template = templateFor(structure);
	Object.values(template).forEach(rememberWhat);
	const issues: TranslationIssue[] = [];
	checkAgainst(template, translation, [], language, issues);
	const t = (translation && typeof translation === 'object' ? trimmed(translation) : {}) as Tree;
	if (typeof t.language === 'string' && t.language !== language) {
		issues.push({ path: ['language'], message: `moet ${language} zijn (de taal van dit bestand)` });
	}
	if (issues.length > 0) return { checklist: null, issues };

	const checklist = overlay(structure, t, language);

	// The same rules as for the structure, where a translation can break them.
	for (const theme of checklist.themes) {
		for (const question of theme.questions) {
			for (const action of question.actions) {
				for (const field of ['title', 'why', 'firstStep', 'owner'] as const) {
					const max = LIMITS.action[field];
					if (action[field].length > max) {
						issues.push({
							path: ['themes', theme.id, 'questions', question.id, 'actions', action.id, field],
							message: `is te lang voor het actieplan (${action[field].length} tekens, hoogstens ${max})`
						});
					}
				}
			}
		}
	}
	const formOwner = new Map<string, string>();
	for (const entry of checklist.glossary ?? []) {
		[entry.term, ...(entry.forms ?? [])].forEach((form, index) => {
			const key = form.toLowerCase();
			const owner = formOwner.get(key);
			if (owner && owner !== entry.id) {
				issues.push({
					path: index === 0 ? ['glossary', entry.id, 'term'] : ['glossary', entry.id, 'forms', String(index - 1)],
					message: `"${form}" hoort al bij begrip ${owner}`
				});
			}
			formOwner.set(key, entry.id);
		});
	}
	return issues.length > 0 ? { checklist: null, issues } : { checklist, issues: [] };
}
