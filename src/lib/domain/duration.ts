/**
 * How long a scan takes. The start page states the minutes from the checklist (`minutes`); this
 * module also estimates them from the texts, so a content test can tell when a revision makes the
 * stated time untrue (and so the app has a sensible figure for a checklist that states none).
 *
 * The estimate: a fixed part for the profile page and reading the results, plus per question the
 * time to read the question and its answers, to choose, and (for half of the questions) to open and
 * read "Waarom vragen we dit?". The hints under the answers are read the first time a scale comes
 * up; after that the user knows them and reads only the labels.
 */
import type { Checklist, PhaseId } from '../content/checklist-schema.ts';
import type { ScanMode } from './scan.ts';
import { answerChoices, questionText, scopedQuestions } from './scope.ts';

/** Reading speed of a policy officer reading plain Dutch, in words per minute. */
export const WORDS_PER_MINUTE = 200;
/** Time to weigh the answers and choose one, per question. */
export const CHOOSE_SECONDS = 10;
/** Share of questions for which the user reads the help text. */
export const HELP_READ_SHARE = 0.5;
/** Profile page, task list and a first look at the results. */
export const FIXED_MINUTES = 3;

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Estimated minutes (unrounded) for a scan of this mode in this phase (and, for a werksessie, these themes). */
export function estimateMinutes(checklist: Checklist, mode: ScanMode, phase: PhaseId, themes?: readonly string[]): number {
	let seconds = FIXED_MINUTES * 60;
	const seenScales = new Set<string>();
	for (const { question } of scopedQuestions(checklist, mode, phase, themes)) {
		const choices = answerChoices(checklist, question);
		const firstTime = !seenScales.has(question.scale);
		seenScales.add(question.scale);
		const words =
			wordCount(questionText(question, phase)) +
			choices.reduce((sum, choice) => sum + wordCount(choice.label) + (firstTime ? wordCount(choice.hint ?? '') : 0), 0) +
			HELP_READ_SHARE * wordCount(question.help);
		seconds += (words / WORDS_PER_MINUTE) * 60 + CHOOSE_SECONDS;
	}
	return seconds / 60;
}

/**
 * The minutes shown for each kind of scan: the checklist's own figures, or (when it states none) the
 * estimate for the phase with the most questions, rounded to 5 minutes.
 */
export function scanMinutes(checklist: Checklist): { quick: number; full: number } {
	if (checklist.minutes) return checklist.minutes;
	const longest = (mode: ScanMode) =>
		Math.max(...checklist.phases.map((phase) => estimateMinutes(checklist, mode, phase.id)), FIXED_MINUTES);
	const roundTo5 = (minutes: number) => Math.max(5, Math.round(minutes / 5) * 5);
	return { quick: roundTo5(longest('quick')), full: roundTo5(longest('full')) };
}
