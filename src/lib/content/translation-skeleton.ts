/**
 * The texts of a checklist in the shape of a translation file: what a translator starts from when adding a
 * language (`npm run translation:skeleton -- <language>`), and what tests use to build a complete
 * translation. `fill` turns each source text into the text to write (the identity gives the Dutch texts,
 * for a translator to overwrite).
 */
import type { Checklist } from './checklist-schema.ts';

type Fill = (text: string) => string;

export function translationSkeleton(checklist: Checklist, language: string, fill: Fill = (text) => text): Record<string, unknown> {
	const byId = <T extends { id: string }>(items: readonly T[], make: (item: T) => unknown) =>
		Object.fromEntries(items.map((item) => [item.id, make(item)]));
	const labelHint = (item: { label: string; hint?: string }) => ({ label: fill(item.label), ...(item.hint !== undefined ? { hint: fill(item.hint) } : {}) });
	const skeleton: Record<string, unknown> = {
		language,
		title: fill(checklist.title),
		intro: fill(checklist.intro),
		phases: byId(checklist.phases, labelHint),
		focusAreas: byId(checklist.focusAreas, (area) => fill(area.label)),
		special: { unknown: fill(checklist.special.unknown.label), notApplicable: fill(checklist.special.notApplicable.label) },
		scales: Object.fromEntries(Object.entries(checklist.scales).map(([id, scale]) => [id, byId(scale.options, labelHint)])),
		levels: byId(checklist.levels, (level) => ({ label: fill(level.label), description: fill(level.description) })),
		caps: byId(checklist.caps, (cap) => fill(cap.reason))
	};
	if (checklist.glossary) {
		skeleton.glossary = byId(checklist.glossary, (entry) => ({
			term: fill(entry.term),
			...(entry.forms ? { forms: entry.forms.map(fill) } : {}),
			definition: fill(entry.definition)
		}));
	}
	if (checklist.whatsNew) skeleton.whatsNew = Object.fromEntries(checklist.whatsNew.map((entry) => [entry.version, entry.items.map(fill)]));
	skeleton.themes = byId(checklist.themes, (theme) => ({
		title: fill(theme.title),
		why: fill(theme.why),
		questions: byId(theme.questions, (question) => ({
			text: fill(question.text),
			help: fill(question.help),
			...(question.textByPhase
				? { textByPhase: Object.fromEntries(Object.entries(question.textByPhase).map(([phase, text]) => [phase, fill(text)])) }
				: {}),
			actions: byId(question.actions, (action) => ({
				title: fill(action.title),
				why: fill(action.why),
				firstStep: fill(action.firstStep),
				owner: fill(action.owner)
			}))
		}))
	}));
	skeleton.figures = byId(checklist.figures, (figure) => ({
		...(/\p{L}/u.test(figure.value) ? { value: fill(figure.value) } : {}),
		label: fill(figure.label)
	}));
	const steps = (checklist.migrations ?? []).filter((step) => step.previous);
	if (steps.length > 0) {
		skeleton.migrations = Object.fromEntries(
			steps.map((step) => [
				step.to,
				Object.fromEntries(
					Object.entries(step.previous ?? {}).map(([id, previous]) => [
						id,
						{
							...(previous.text !== undefined ? { text: fill(previous.text) } : {}),
							...(previous.labels ? { labels: Object.fromEntries(Object.entries(previous.labels).map(([option, label]) => [option, fill(label)])) } : {})
						}
					])
				)
			])
		);
	}
	return skeleton;
}
