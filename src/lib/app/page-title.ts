/**
 * The browser-tab title of every page. Each page has its own title, so a screen-reader user hears where
 * they are when a page opens, and tabs and history entries can be told apart (WCAG 2.4.2). The pattern is
 * GOV.UK's: what is on the page first, then the organisation of the scan, then the app's name, e.g.
 * "Vraag 3 van 14: Heeft uw organisatie … – Gemeente Voorbeeldstad – Kwartiermaker". While an error
 * summary shows errors the title starts with "Fout:", so a failed submit is heard at once.
 *
 * Pure: App.svelte passes the page, the scan and the catalogue of the current language, and sets
 * `document.title` from the result.
 */
import type { Checklist } from '../content/checklist-schema.ts';
import type { Scan } from '../domain/scan.ts';
import { questionText } from '../domain/scope.ts';
import type { Messages } from '../i18n/messages.ts';
import { questionPosition } from '../wizard/flow.ts';
import type { Route } from '../wizard/routes.ts';

/** The pages App.svelte tells apart. */
export type PageName =
	| 'home'
	| 'new'
	| 'not-found'
	| 'data'
	| 'receive'
	| 'workshop'
	| 'hand-in'
	| 'profile'
	| 'tasks'
	| 'question'
	| 'theme-check'
	| 'check'
	| 'results'
	| 'plan'
	| 'repeat'
	| 'progress'
	| 'delegation'
	| 'loading'
	/** The app could not start at all. */
	| 'failed';

export interface PageTitleInput {
	page: PageName;
	/** Null while the running app has not arrived yet (the first screen, see main.ts). */
	route: Route | null;
	checklist: Checklist | null;
	scan: Scan | null;
	/** The catalogue of the current language. */
	messages: Messages;
	/**
	 * False until the whole catalogue has loaded (the outcome and werksessie texts come after the first screen,
	 * see language.svelte.ts); until then those pages' titles have no subject of their own.
	 */
	allTexts: boolean;
	/** True while an error summary shows errors (page-errors.svelte.ts). */
	hasErrors: boolean;
}

/** Longer question texts are cut in the title, so the tab and the history list stay readable. */
export const MAX_QUESTION_IN_TITLE = 60;

const SEPARATOR = ' – ';

/** `text` cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function shorten(text: string, max: number = MAX_QUESTION_IN_TITLE): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= max) return clean;
	const cut = clean.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	// A word boundary in the last third; otherwise (one very long word) cut in the word.
	const end = space > max / 3 ? space : cut.length;
	return `${cut.slice(0, end).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** What the page is about: the first part of its title; null for pages titled by the app's name alone. */
function subject(input: PageTitleInput): string | null {
	const { page, route, checklist, scan, messages: t } = input;
	switch (page) {
		case 'new':
			return t.profile.titleNew;
		case 'profile':
			return t.profile.titleEdit;
		case 'tasks':
			return t.titles.tasks;
		case 'question': {
			if (route?.name !== 'question' || !scan || !checklist) return null;
			const position = questionPosition(checklist, scan, route.questionId);
			const question = checklist.themes.flatMap((theme) => theme.questions).find((q) => q.id === route.questionId);
			if (!position || !question) return null;
			const place = position.theme
				? t.titles.questionInTheme(position.question.index, position.question.total, position.theme.index, position.theme.total)
				: t.question.position(position.question.index, position.question.total);
			return `${place}: ${shorten(questionText(question, scan.profile.phase))}`;
		}
		case 'theme-check': {
			const theme = route?.name === 'theme-check' ? checklist?.themes.find((candidate) => candidate.id === route.themeId) : undefined;
			return theme ? t.check.themeTitle(theme.title) : t.check.allTitle;
		}
		case 'check':
			return t.check.allTitle;
		// These pages' texts load after the first screen (nl-outcome.ts): until then the title has no subject.
		case 'results':
			return input.allTexts ? t.results.title : null;
		case 'plan':
			return input.allTexts ? t.plan.title : null;
		case 'repeat':
			return input.allTexts ? t.progress.repeat.title : null;
		case 'progress':
			return input.allTexts ? t.progress.title : null;
		case 'hand-in':
			return input.allTexts ? t.workshopSetup.handIn.title : null;
		case 'not-found':
			return t.notFound.title;
		case 'failed':
			return t.startFailed.title;
		case 'data':
			return t.data.title;
		case 'receive':
			return t.receive.title;
		case 'workshop':
			return input.allTexts ? t.workshop.title : null;
		case 'delegation': {
			// Each delegation screen (hand-out, the colleague's part, sending back, merging) has its own title.
			if (!input.allTexts || !route) return null;
			const titles: Record<string, string> = t.delegation.titles;
			return Object.hasOwn(titles, route.name) ? (titles[route.name] ?? null) : null;
		}
		default:
			return null;
	}
}

/** The document title for a page. */
export function pageTitle(input: PageTitleInput): string {
	const t = input.messages;
	// Scan pages name the organisation; pages outside a scan (Uw gegevens, a werksessie) do not.
	const organisation = input.scan && isScanPage(input.page) ? input.scan.profile.organisation.trim() : '';
	const parts = [subject(input), organisation, t.appName].filter((part): part is string => Boolean(part));
	const title = input.page === 'home' ? `${t.appName}${SEPARATOR}${t.titleSuffix}` : parts.join(SEPARATOR);
	return input.hasErrors ? `${t.errorPrefix} ${title}` : title;
}

function isScanPage(page: PageName): boolean {
	return ['hand-in', 'profile', 'tasks', 'question', 'theme-check', 'check', 'results', 'plan', 'repeat', 'progress', 'delegation'].includes(page);
}
