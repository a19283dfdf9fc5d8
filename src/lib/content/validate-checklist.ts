/**
 * Build-time validation of a checklist YAML file.
 *
 * Used by the Vite plugin (so a broken checklist fails the build) and by `npm run check:content`.
 * It never ships to the browser: the YAML parser stays on the build machine.
 *
 * Every problem is reported with the file, line, column, field path and a Dutch message, so a
 * consultant editing the YAML can find it.
 */
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import * as v from 'valibot';
import { LIMITS } from '../domain/scan-limits.ts';
import { ChecklistSchema, type Checklist, type Question } from './checklist-schema.ts';

/** One problem found in a checklist file. */
export interface ContentError {
	file: string;
	line: number;
	column: number;
	/** Field path such as `themes[3].questions[1].sources[0]`. */
	field: string;
	message: string;
}

export interface ValidationResult {
	checklist: Checklist | null;
	errors: ContentError[];
}

export type PathKey = string | number;

/** Formats an error the way compilers do: `file:line:col field: message`. */
export function formatContentError(error: ContentError): string {
	return `${error.file}:${error.line}:${error.column} ${error.field || '(bestand)'}: ${error.message}`;
}

export function pathToField(path: readonly PathKey[]): string {
	return path
		.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`))
		.join('');
}

/**
 * Finds the source position of a path in the YAML document. If the exact node does not exist
 * (a missing field), it falls back to the closest parent that does.
 */
export function positionOf(
	doc: Document,
	lineCounter: LineCounter,
	path: readonly PathKey[]
): { line: number; column: number } {
	for (let length = path.length; length >= 0; length--) {
		const node = doc.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
		const offset = node?.range?.[0];
		if (offset !== undefined) {
			// A missing key inside a map: point at the map itself, which is where it belongs.
			const { line, col } = lineCounter.linePos(offset);
			return { line, column: col };
		}
	}
	return { line: 1, column: 1 };
}

/**
 * Points an "unknown key" issue at the key itself, not at the map that holds it.
 */
export function positionOfKey(
	doc: Document,
	lineCounter: LineCounter,
	mapPath: readonly PathKey[],
	key: string
): { line: number; column: number } | null {
	const map = mapPath.length === 0 ? doc.contents : doc.getIn(mapPath, true);
	if (!isMap(map)) return null;
	for (const pair of map.items) {
		const keyNode = pair.key as { value?: unknown; range?: [number, number, number] };
		if (keyNode?.value === key && keyNode.range) {
			const { line, col } = lineCounter.linePos(keyNode.range[0]);
			return { line, column: col };
		}
	}
	return null;
}

/** Parses and validates one checklist file. Pure: the caller reads the file. */
export function validateChecklistSource(source: string, file: string): ValidationResult {
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const errors: ContentError[] = [];

	for (const error of [...doc.errors]) {
		const { line, col } = lineCounter.linePos(error.pos[0]);
		errors.push({
			file,
			line,
			column: col,
			field: '',
			message: `YAML klopt niet: ${error.message.split('\n')[0]}`
		});
	}
	if (errors.length > 0) return { checklist: null, errors };

	const at = (path: readonly PathKey[], message: string): void => {
		errors.push({ file, ...positionOf(doc, lineCounter, path), field: pathToField(path), message });
	};

	const data: unknown = doc.toJS();
	const parsed = v.safeParse(ChecklistSchema, data, { abortPipeEarly: true });
	if (!parsed.success) {
		for (const issue of parsed.issues) {
			const path = (issue.path ?? []).map((item) => item.key as PathKey);
			const message = dutchMessage(issue, path);
			// strictObject reports an unknown key with the key as the last path item.
			if (issue.type === 'strict_object' && issue.expected === 'never' && path.length > 0) {
				const key = String(path[path.length - 1]);
				const position = positionOfKey(doc, lineCounter, path.slice(0, -1), key);
				if (position) {
					errors.push({ file, ...position, field: pathToField(path), message });
					continue;
				}
			}
			at(path, message);
		}
		return { checklist: null, errors: sortErrors(errors) };
	}

	checkReferences(parsed.output, at);
	if (errors.length > 0) return { checklist: null, errors: sortErrors(errors) };
	return { checklist: parsed.output, errors: [] };
}

/**
 * The message for a schema issue, always in Dutch. The schema gives Dutch messages where it can,
 * but valibot falls back to English ("Invalid key: Expected never but received …") for checks
 * without one, and a strictObject's message (about unknown fields) is also used when the value
 * is not a map at all.
 */
function dutchMessage(issue: v.BaseIssue<unknown>, path: readonly PathKey[]): string {
	if (issue.kind === 'schema' && issue.received === 'undefined') return 'ontbreekt (verplicht veld)';
	const isMapSchema = issue.type === 'strict_object' || issue.type === 'object' || issue.type === 'record';
	if (isMapSchema && issue.expected === 'Object') {
		if (path.length === 0 && issue.received === 'null') return 'het bestand is leeg (geen velden gevonden)';
		return `moet velden bevatten (naam: waarde), niet ${issue.received}`;
	}
	// valibot's own messages all start with "Invalid "; anything else came from the schema.
	if (!issue.message.startsWith('Invalid ')) return issue.message;
	const requirement = (issue as { requirement?: unknown }).requirement;
	switch (issue.type) {
		case 'strict_object':
			return issue.expected === 'never' ? `onbekend veld "${String(path[path.length - 1])}"` : `klopt niet (${issue.received})`;
		case 'array':
			return `moet een lijst zijn, niet ${issue.received}`;
		case 'string':
			return `moet tekst zijn, niet ${issue.received}`;
		case 'number':
			return `moet een getal zijn, niet ${issue.received}`;
		case 'boolean':
			return `moet true of false zijn, niet ${issue.received}`;
		case 'integer':
			return `moet een heel getal zijn, niet ${issue.received}`;
		case 'min_value':
			return `moet minstens ${String(requirement)} zijn, niet ${issue.received}`;
		case 'max_value':
			return `mag hoogstens ${String(requirement)} zijn, niet ${issue.received}`;
		default:
			return `klopt niet: verwacht ${issue.expected ?? 'iets anders'}, gevonden ${issue.received}`;
	}
}

export function sortErrors(errors: ContentError[]): ContentError[] {
	return errors.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Cross-field rules a schema cannot express. */
function checkReferences(
	checklist: Checklist,
	at: (path: readonly PathKey[], message: string) => void
): void {
	const sourceIds = new Set<string>();
	checklist.sources.forEach((source, index) => {
		if (sourceIds.has(source.id)) at(['sources', index, 'id'], `dubbele bron-id "${source.id}"`);
		sourceIds.add(source.id);
	});
	const checkSources = (ids: readonly string[], path: readonly PathKey[]): void => {
		ids.forEach((id, index) => {
			if (!sourceIds.has(id)) at([...path, index], `onbekende bron "${id}" (staat niet in sources)`);
		});
	};

	const phaseIds = new Set<string>();
	checklist.phases.forEach((phase, index) => {
		if (phaseIds.has(phase.id)) at(['phases', index, 'id'], `dubbele fase "${phase.id}"`);
		phaseIds.add(phase.id);
	});

	for (const [scaleId, scale] of Object.entries(checklist.scales)) {
		const optionIds = new Set<string>();
		const scores = new Set<number>();
		scale.options.forEach((option, index) => {
			if (optionIds.has(option.id)) at(['scales', scaleId, 'options', index, 'id'], `dubbel antwoord-id "${option.id}"`);
			if (scores.has(option.score)) at(['scales', scaleId, 'options', index, 'score'], `dubbele score ${option.score}`);
			optionIds.add(option.id);
			scores.add(option.score);
		});
		// A yes/partly/no scale has two or three answers; more would be a maturity scale.
		if (scale.kind === 'yesno' && scale.options.length > 3) {
			at(['scales', scaleId, 'options'], 'een yesno-schaal heeft twee of drie antwoorden (nee, eventueel deels, ja)');
		}
		// A count is read from few to many: the answers must go up in score in the order shown.
		if (scale.kind === 'count') {
			scale.options.forEach((option, index) => {
				const previous = scale.options[index - 1];
				if (previous && option.score <= previous.score) {
					at(['scales', scaleId, 'options', index, 'score'], 'een count-schaal loopt op: elk antwoord scoort hoger dan het vorige');
				}
			});
		}
	}

	// Levels: ascending thresholds, the first starting at 0.
	const levelIds = new Set<string>();
	checklist.levels.forEach((level, index) => {
		if (levelIds.has(level.id)) at(['levels', index, 'id'], `dubbel niveau-id "${level.id}"`);
		levelIds.add(level.id);
		if (index === 0 && level.minPercent !== 0) at(['levels', 0, 'minPercent'], 'het eerste niveau begint bij 0');
		const previous = checklist.levels[index - 1];
		if (previous && level.minPercent <= previous.minPercent) {
			at(['levels', index, 'minPercent'], 'niveaus moeten oplopen (hoger dan het vorige niveau)');
		}
	});

	const allIds = new Map<string, string>();
	const claimId = (id: string, what: string, path: readonly PathKey[]): void => {
		const earlier = allIds.get(id);
		if (earlier) at(path, `dubbele id "${id}" (ook gebruikt voor ${earlier})`);
		else allIds.set(id, what);
	};

	const questionsById = new Map<string, Checklist['themes'][number]['questions'][number]>();
	const weightByKind = { do: 0, extra: 0 };
	checklist.themes.forEach((theme, t) => {
		claimId(theme.id, `thema ${theme.id}`, ['themes', t, 'id']);
		checkSources(theme.sources, ['themes', t, 'sources']);
		if (theme.kind === 'dont') {
			if (theme.weight !== undefined) at(['themes', t, 'weight'], 'een dont-thema telt niet mee in het gemiddelde: laat weight weg');
		} else {
			weightByKind[theme.kind] += theme.weight ?? 1;
		}
		const quickCount = theme.questions.filter((q) => q.quick).length;
		if (quickCount !== 1) {
			at(['themes', t, 'questions'], `een thema heeft precies één vraag met quick: true (nu ${quickCount})`);
		}
		theme.questions.forEach((question, q) => {
			const qPath = ['themes', t, 'questions', q] as const;
			claimId(question.id, `vraag ${question.id}`, [...qPath, 'id']);
			questionsById.set(question.id, question);
			checkSources(question.sources, [...qPath, 'sources']);
			question.actions.forEach((action, a) => {
				claimId(action.id, `actie ${action.id}`, [...qPath, 'actions', a, 'id']);
				checkSources(action.sources, [...qPath, 'actions', a, 'sources']);
				// A proposed action goes into the user's plan, where the same limits hold as for the user's own texts.
				for (const field of ['title', 'why', 'firstStep', 'owner'] as const) {
					const max = LIMITS.action[field];
					if (action[field].length > max) {
						at([...qPath, 'actions', a, field], `is te lang voor het actieplan (${action[field].length} tekens, hoogstens ${max})`);
					}
				}
			});
			const scale = checklist.scales[question.scale];
			if (!scale) {
				at([...qPath, 'scale'], `onbekende schaal "${question.scale}" (kies uit ${Object.keys(checklist.scales).join(', ')})`);
				return;
			}
			if (theme.kind === 'dont' && scale.kind !== 'risk') {
				at([...qPath, 'scale'], 'een dont-thema gebruikt een schaal van soort risk');
			} else if (theme.kind !== 'dont' && scale.kind === 'risk') {
				at([...qPath, 'scale'], `een ${theme.kind}-thema gebruikt een schaal van soort maturity, yesno of count`);
			}
			if (question.quick && question.showIn) {
				at([...qPath, 'showIn'], 'een snelscan-vraag (quick) moet in elke fase zichtbaar zijn');
			}
			question.showIn?.forEach((phase, index) => {
				if (!phaseIds.has(phase)) at([...qPath, 'showIn', index], `onbekende fase "${phase}"`);
			});
			for (const phase of Object.keys(question.textByPhase ?? {})) {
				if (!phaseIds.has(phase)) at([...qPath, 'textByPhase', phase], `onbekende fase "${phase}"`);
			}

			const optionIds = new Set(scale.options.map((o) => o.id));
			const topScore = Math.max(...scale.options.map((o) => o.score));
			const covered = new Set<string>();
			question.actions.forEach((action, a) => {
				const aPath = [...qPath, 'actions', a] as const;
				action.for.forEach((optionId, index) => {
					if (!optionIds.has(optionId)) {
						at([...aPath, 'for', index], `onbekend antwoord "${optionId}" voor schaal ${question.scale}`);
					}
					covered.add(optionId);
				});
			});
			for (const option of scale.options) {
				if (option.score < topScore && !covered.has(option.id)) {
					at([...qPath, 'actions'], `ontbrekende actie voor antwoord "${option.id}" (${option.label})`);
				}
			}
		});
	});

	// The do's are the core advice; together the extra themes may not outweigh them.
	if (weightByKind.do > 0 && weightByKind.extra > weightByKind.do) {
		at(['themes'], `de extra thema’s wegen samen zwaarder (${weightByKind.extra}) dan de do-thema’s (${weightByKind.do}); verhoog de weight van de do-thema’s`);
	}

	checklist.caps.forEach((cap, index) => {
		claimId(cap.id, `begrenzing ${cap.id}`, ['caps', index, 'id']);
		if (!levelIds.has(cap.maxLevel)) at(['caps', index, 'maxLevel'], `onbekend niveau "${cap.maxLevel}"`);
		if ('question' in cap.when) {
			const question = questionsById.get(cap.when.question);
			if (!question) {
				at(['caps', index, 'when', 'question'], `onbekende vraag "${cap.when.question}"`);
			} else {
				const scale = checklist.scales[question.scale];
				if (scale && !scale.options.some((o) => o.id === (cap.when as { atMost: string }).atMost)) {
					at(['caps', index, 'when', 'atMost'], `onbekend antwoord "${cap.when.atMost}" voor schaal ${question.scale}`);
				}
				if (question.showIn) {
					at(['caps', index, 'when', 'question'], 'een begrenzing kan niet leunen op een vraag die in sommige fases verborgen is');
				}
			}
		}
	});

	checklist.figures.forEach((figure, index) => {
		claimId(figure.id, `cijfer ${figure.id}`, ['figures', index, 'id']);
		checkSources(figure.sources, ['figures', index, 'sources']);
	});

	checklist.focusAreas.forEach((area, index) => claimId(`focus:${area.id}`, `werkveld ${area.id}`, ['focusAreas', index, 'id']));

	// Glossary: every form of a term belongs to one term only, or the "Begrippen" box would be ambiguous.
	const formOwner = new Map<string, string>();
	checklist.glossary?.forEach((entry, index) => {
		claimId(`begrip:${entry.id}`, `begrip ${entry.id}`, ['glossary', index, 'id']);
		if (entry.sources) checkSources(entry.sources, ['glossary', index, 'sources']);
		[entry.term, ...(entry.forms ?? [])].forEach((form, formIndex) => {
			const key = form.toLowerCase();
			const owner = formOwner.get(key);
			const path = formIndex === 0 ? ['glossary', index, 'term'] : ['glossary', index, 'forms', formIndex - 1];
			if (owner && owner !== entry.id) at(path, `"${form}" hoort al bij begrip ${owner}`);
			formOwner.set(key, entry.id);
		});
	});

	// What's new: one entry per version, never for a version after this checklist.
	const told = new Set<string>();
	checklist.whatsNew?.forEach((entry, index) => {
		if (told.has(entry.version)) at(['whatsNew', index, 'version'], `dubbele versie "${entry.version}"`);
		told.add(entry.version);
		if (compareVersions(entry.version, checklist.version) > 0) {
			at(['whatsNew', index, 'version'], `versie ${entry.version} is nieuwer dan deze checklist (${checklist.version})`);
		}
	});

	checkMigrations(checklist, questionsById, at);
}

/** "1.2.3" → [1, 2, 3]; the schema has already checked the form. */
function versionParts(version: string): number[] {
	return version.split('.').map(Number);
}

function compareVersions(a: string, b: string): number {
	const [left, right] = [versionParts(a), versionParts(b)];
	for (let i = 0; i < 3; i++) {
		const difference = (left[i] ?? 0) - (right[i] ?? 0);
		if (difference !== 0) return Math.sign(difference);
	}
	return 0;
}

/**
 * The migrations: version steps in order, the last one ending at this file's version; within a step,
 * every old question used once and every new question filled once; and everything a step maps to
 * must exist. For the last step that means: in this file (questions, and the options of their scale).
 * For an earlier step the new question must still exist in this file, or a later step must map it on.
 */
function checkMigrations(
	checklist: Checklist,
	questionsById: ReadonlyMap<string, Question>,
	at: (path: readonly PathKey[], message: string) => void
): void {
	const migrations = checklist.migrations ?? [];
	if (migrations.length === 0) return;

	migrations.forEach((step, index) => {
		if (compareVersions(step.from, step.to) >= 0) at(['migrations', index, 'to'], `moet hoger zijn dan from (${step.from})`);
		const before = migrations[index - 1];
		if (before && compareVersions(step.from, before.to) < 0) {
			at(['migrations', index, 'from'], `de stappen moeten op volgorde staan en mogen niet overlappen (de vorige stap eindigt bij ${before.to})`);
		}
	});
	const lastIndex = migrations.length - 1;
	const last = migrations[lastIndex]!;
	if (last.to !== checklist.version) {
		at(['migrations', lastIndex, 'to'], `de laatste stap moet eindigen bij de versie van dit bestand (${checklist.version})`);
	}

	const optionsOf = (questionId: string): Set<string> | null => {
		const question = questionsById.get(questionId);
		const scale = question ? checklist.scales[question.scale] : undefined;
		return scale ? new Set(scale.options.map((option) => option.id)) : null;
	};

	migrations.forEach((step, s) => {
		const isLast = s === lastIndex;
		const mappedLater = new Set(
			migrations.slice(s + 1).flatMap((later) =>
				later.changes.flatMap((change) => (change.kind === 'merged' ? change.questions : [change.question]))
			)
		);
		const sources = new Set<string>();
		const targets = new Set<string>();
		const stepTargets = new Set(
			step.changes.flatMap((change) =>
				change.kind === 'renamed' ? [change.to] : change.kind === 'split' ? change.into.map((target) => target.question) : change.kind === 'merged' ? [change.into] : []
			)
		);

		const source = (id: string, path: readonly PathKey[], mayStillExist: boolean): void => {
			if (sources.has(id)) at(path, `vraag "${id}" staat al eerder in deze stap als oude vraag`);
			sources.add(id);
			if (isLast && !mayStillExist && questionsById.has(id) && !stepTargets.has(id)) {
				at(path, `vraag "${id}" bestaat nog in deze versie; haal hem weg of kies een andere soort wijziging`);
			}
		};
		const target = (id: string, path: readonly PathKey[]): void => {
			if (targets.has(id)) at(path, `vraag "${id}" krijgt in deze stap al een antwoord uit een andere wijziging`);
			targets.add(id);
			if (isLast ? !questionsById.has(id) : !questionsById.has(id) && !mappedLater.has(id)) {
				at(
					path,
					isLast
						? `onbekende vraag "${id}" (staat niet in deze versie)`
						: `vraag "${id}" staat niet in deze versie en wordt in geen latere stap omgezet`
				);
			}
		};
		const optionMap = (map: Readonly<Record<string, string>> | undefined, questionId: string, path: readonly PathKey[]): void => {
			// Only the last step can be checked: the options of an earlier version are not in this file.
			if (!map || !isLast) return;
			const options = optionsOf(questionId);
			if (!options) return;
			for (const [from, to] of Object.entries(map)) {
				if (!options.has(to)) at([...path, from], `onbekend antwoord "${to}" voor vraag ${questionId}`);
			}
		};

		step.changes.forEach((change, c) => {
			const path = ['migrations', s, 'changes', c] as const;
			switch (change.kind) {
				case 'renamed':
					source(change.question, [...path, 'question'], false);
					target(change.to, [...path, 'to']);
					optionMap(change.options, change.to, [...path, 'options']);
					break;
				case 'split':
					source(change.question, [...path, 'question'], false);
					change.into.forEach((into, i) => {
						target(into.question, [...path, 'into', i, 'question']);
						optionMap(into.options, into.question, [...path, 'into', i, 'options']);
					});
					break;
				case 'merged':
					change.questions.forEach((id, i) => source(id, [...path, 'questions', i], false));
					target(change.into, [...path, 'into']);
					optionMap(change.options, change.into, [...path, 'options']);
					break;
				case 'removed':
					source(change.question, [...path, 'question'], false);
					break;
				case 'options':
					source(change.question, [...path, 'question'], true);
					if (isLast && !questionsById.has(change.question)) {
						at([...path, 'question'], `onbekende vraag "${change.question}" (staat niet in deze versie)`);
					} else if (!isLast && !questionsById.has(change.question) && !mappedLater.has(change.question)) {
						at([...path, 'question'], `vraag "${change.question}" staat niet in deze versie en wordt in geen latere stap omgezet`);
					}
					optionMap(change.options, change.question, [...path, 'options']);
					break;
			}
		});
	});
}
