/**
 * Pure navigation rules of the scan: which page comes after and before a page.
 * The wizard machine calls these; views use them for Back links and task-list statuses.
 */
import type { Checklist, Question, Theme } from '../content/checklist-schema.ts';
import type { Scan } from '../domain/scan.ts';
import { questionsInScope, scopedQuestions } from '../domain/scope.ts';
import type { Route } from './routes.ts';

export type ThemeStatus = 'niet-begonnen' | 'bezig' | 'klaar';

/** True when the question has an answer (an option, "Weet ik niet" or "Niet van toepassing"). */
export function isAnswered(scan: Scan, questionId: string): boolean {
	const value = scan.answers[questionId]?.value;
	return value !== undefined && value !== null;
}

/** The themes that have at least one question in this scan. */
export function themesInScope(checklist: Checklist, scan: Scan): Theme[] {
	return checklist.themes.filter((theme) => questionsInScope(theme, scan.mode, scan.profile.phase, scan.themes).length > 0);
}

/**
 * Status of a theme in the task list. A theme is "klaar" when every question in scope has an
 * answer; a skipped question keeps it "bezig", so skipped questions stay visible as open.
 */
export function themeStatus(scan: Scan, theme: Theme): ThemeStatus {
	const questions = questionsInScope(theme, scan.mode, scan.profile.phase, scan.themes);
	const answered = questions.filter((q) => isAnswered(scan, q.id)).length;
	const touched = questions.some((q) => scan.answers[q.id] !== undefined);
	if (answered === questions.length && questions.length > 0) return 'klaar';
	return touched ? 'bezig' : 'niet-begonnen';
}

/** Answered and total questions in scope. */
export function scanProgress(checklist: Checklist, scan: Pick<Scan, 'mode' | 'profile' | 'answers' | 'themes'>): {
	answered: number;
	total: number;
} {
	const questions = scopedQuestions(checklist, scan.mode, scan.profile.phase, scan.themes);
	const answered = questions.filter(({ question }) => {
		const value = scan.answers[question.id]?.value;
		return value !== undefined && value !== null;
	}).length;
	return { answered, total: questions.length };
}

/** The theme that holds a question, if the question is in scope for this scan. */
export function themeOfQuestion(checklist: Checklist, scan: Scan, questionId: string): Theme | null {
	return (
		scopedQuestions(checklist, scan.mode, scan.profile.phase, scan.themes).find(({ question }) => question.id === questionId)
			?.theme ?? null
	);
}

/** Where "Begin" on a theme in the task list goes: its first open question, else its check page. */
export function themeEntryRoute(scan: Scan, theme: Theme): Route {
	const questions = questionsInScope(theme, scan.mode, scan.profile.phase, scan.themes);
	const firstOpen = questions.find((q) => !isAnswered(scan, q.id));
	if (firstOpen) return { name: 'question', scanId: scan.id, questionId: firstOpen.id, returnTo: null };
	return { name: 'theme-check', scanId: scan.id, themeId: theme.id };
}

/**
 * The questions a question page steps through. A full scan goes theme by theme (each theme ends
 * on its own check page); a quick scan has one question per theme, so it runs straight through
 * all of them and ends on the check page of the whole scan.
 */
function questionSequence(checklist: Checklist, scan: Scan, theme: Theme): Question[] {
	if (scan.mode === 'quick') return scopedQuestions(checklist, scan.mode, scan.profile.phase, scan.themes).map(({ question }) => question);
	return questionsInScope(theme, scan.mode, scan.profile.phase, scan.themes);
}

/**
 * The page after a question: back to the check page it came from, else the next question,
 * else the theme's check page (full scan) or the scan's check page (quick scan).
 */
export function routeAfterQuestion(
	checklist: Checklist,
	scan: Scan,
	questionId: string,
	returnTo: 'check' | 'theme' | null
): Route {
	const theme = themeOfQuestion(checklist, scan, questionId);
	if (!theme) return { name: 'tasks', scanId: scan.id };
	if (returnTo === 'check') return { name: 'check', scanId: scan.id };
	if (returnTo === 'theme') return { name: 'theme-check', scanId: scan.id, themeId: theme.id };
	const questions = questionSequence(checklist, scan, theme);
	const next = questions[questions.findIndex((q) => q.id === questionId) + 1];
	if (next) return { name: 'question', scanId: scan.id, questionId: next.id, returnTo: null };
	return scan.mode === 'quick'
		? { name: 'check', scanId: scan.id }
		: { name: 'theme-check', scanId: scan.id, themeId: theme.id };
}

/** Where a page's Back link goes. Mirrors the forward flow, so it matches the browser's Back. */
export function backRoute(checklist: Checklist, scan: Scan, route: Route): Route {
	switch (route.name) {
		case 'question': {
			if (route.returnTo === 'check') return { name: 'check', scanId: scan.id };
			const theme = themeOfQuestion(checklist, scan, route.questionId);
			if (!theme) return { name: 'tasks', scanId: scan.id };
			if (route.returnTo === 'theme') return { name: 'theme-check', scanId: scan.id, themeId: theme.id };
			const questions = questionSequence(checklist, scan, theme);
			const previous = questions[questions.findIndex((q) => q.id === route.questionId) - 1];
			return previous
				? { name: 'question', scanId: scan.id, questionId: previous.id, returnTo: null }
				: { name: 'tasks', scanId: scan.id };
		}
		case 'theme-check': {
			const theme = checklist.themes.find((t) => t.id === route.themeId);
			const questions = theme ? questionsInScope(theme, scan.mode, scan.profile.phase, scan.themes) : [];
			const last = questions[questions.length - 1];
			return last
				? { name: 'question', scanId: scan.id, questionId: last.id, returnTo: null }
				: { name: 'tasks', scanId: scan.id };
		}
		case 'check': {
			// A quick scan reaches its check page from the last question, so Back returns there.
			const last = scan.mode === 'quick' ? scopedQuestions(checklist, scan.mode, scan.profile.phase, scan.themes).at(-1) : undefined;
			return last
				? { name: 'question', scanId: scan.id, questionId: last.question.id, returnTo: null }
				: { name: 'tasks', scanId: scan.id };
		}
		case 'profile':
			return { name: 'tasks', scanId: scan.id };
		case 'results':
			return { name: 'check', scanId: scan.id };
		case 'plan':
			return { name: 'results', scanId: scan.id };
		default:
			return { name: 'home' };
	}
}

/** True when the route points at something that exists in this scan. */
export function routeExists(checklist: Checklist, scan: Scan, route: Route): boolean {
	if (route.name === 'question') return themeOfQuestion(checklist, scan, route.questionId) !== null;
	if (route.name === 'theme-check') return themesInScope(checklist, scan).some((t) => t.id === route.themeId);
	return true;
}

/** A 1-based place in a list and the list's length: "3 of 14". */
export interface Place {
	index: number;
	total: number;
}

/**
 * Where a question stands, for the caption above it ("Vraag 3 van 14") and the page title.
 * `question` counts within the run of questions the page steps through: the whole scan in a quick scan
 * (one question per theme), the theme in a full scan. `theme` is the theme's place among the themes this
 * scan asks (full scan only; in a quick scan the question count already says it). Both follow the scan's
 * scope: mode, phase and chosen themes (a werksessie scan). Null when the question is not in this scan.
 */
export function questionPosition(
	checklist: Checklist,
	scan: Scan,
	questionId: string
): { question: Place; theme: Place | null } | null {
	const theme = themeOfQuestion(checklist, scan, questionId);
	if (!theme) return null;
	const questions = questionSequence(checklist, scan, theme);
	const question = { index: questions.findIndex((q) => q.id === questionId) + 1, total: questions.length };
	if (scan.mode === 'quick') return { question, theme: null };
	const themes = themesInScope(checklist, scan);
	return { question, theme: { index: themes.findIndex((t) => t.id === theme.id) + 1, total: themes.length } };
}

/**
 * Where a theme's check page leads on to: "Volgende thema" goes to the next theme this scan asks (its first
 * open question, else its check page, as "Begin" in the task list does); after the last theme (or for a
 * theme not in this scan) to the check page of the whole scan. `theme` is the next theme, null for the
 * whole check.
 */
export function routeAfterThemeCheck(
	checklist: Checklist,
	scan: Scan,
	themeId: string
): { route: Route; theme: Theme | null } {
	const themes = themesInScope(checklist, scan);
	const index = themes.findIndex((t) => t.id === themeId);
	const next = index >= 0 ? themes[index + 1] : undefined;
	if (next) return { route: themeEntryRoute(scan, next), theme: next };
	return { route: { name: 'check', scanId: scan.id }, theme: null };
}
