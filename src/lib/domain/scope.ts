/**
 * Which questions a scan asks, and how they are worded, given its mode and phase, and (for a
 * werksessie that chose some themes) its themes. The rules come from the content (`quick`, `showIn`,
 * `textByPhase`), never from code. `themes` undefined means every theme, so a scan without
 * `themes` behaves exactly as before themes existed.
 */
import type { Checklist, PhaseId, Question, Scale, ScaleOption, Theme } from '../content/checklist-schema.ts';
import type { ScanMode } from './scan.ts';
import { NOT_APPLICABLE, UNKNOWN } from './scan.ts';

/** True when the question belongs in a scan with this mode and phase. */
export function isInScope(question: Question, mode: ScanMode, phase: PhaseId): boolean {
	if (mode === 'quick' && !question.quick) return false;
	return !question.showIn || question.showIn.includes(phase);
}

/** True when the theme is asked: every theme when `themes` is undefined, else only the listed ones. */
export function isThemeInScope(theme: Theme, themes?: readonly string[]): boolean {
	return themes === undefined || themes.includes(theme.id);
}

/** The questions of one theme that this scan asks, in content order (none when the theme is not chosen). */
export function questionsInScope(
	theme: Theme,
	mode: ScanMode,
	phase: PhaseId,
	themes?: readonly string[]
): Question[] {
	if (!isThemeInScope(theme, themes)) return [];
	return theme.questions.filter((question) => isInScope(question, mode, phase));
}

/** Every question the scan asks, with its theme, in content order. */
export function scopedQuestions(
	checklist: Checklist,
	mode: ScanMode,
	phase: PhaseId,
	themes?: readonly string[]
): { theme: Theme; question: Question }[] {
	return checklist.themes.flatMap((theme) =>
		questionsInScope(theme, mode, phase, themes).map((question) => ({ theme, question }))
	);
}

/** The question text for this phase. */
export function questionText(question: Question, phase: PhaseId): string {
	return question.textByPhase?.[phase] ?? question.text;
}

/** The scale of a question. Throws only on content the validator would have rejected. */
export function scaleOf(checklist: Checklist, question: Question): Scale {
	const scale = checklist.scales[question.scale];
	if (!scale) throw new Error(`Unknown scale ${question.scale} for ${question.id}`);
	return scale;
}

/** Highest score on a scale. */
export function topScore(scale: Scale): number {
	return Math.max(...scale.options.map((option) => option.score));
}

/** The answer choices shown for a question, in order, including the special answers it allows. */
export function answerChoices(
	checklist: Checklist,
	question: Question
): { value: string; label: string; hint?: string }[] {
	const scale = scaleOf(checklist, question);
	const choices: { value: string; label: string; hint?: string }[] = scale.options.map((option: ScaleOption) => ({
		value: option.id,
		label: option.label,
		...(option.hint ? { hint: option.hint } : {})
	}));
	if (scale.unknown) choices.push({ value: UNKNOWN, label: checklist.special.unknown.label });
	if (question.notApplicable ?? scale.notApplicable) {
		choices.push({ value: NOT_APPLICABLE, label: checklist.special.notApplicable.label });
	}
	return choices;
}

/** The label of an answer value for this question, or null if the value is not valid for it. */
export function answerLabel(checklist: Checklist, question: Question, value: string): string | null {
	return answerChoices(checklist, question).find((choice) => choice.value === value)?.label ?? null;
}
