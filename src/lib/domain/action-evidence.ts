/**
 * Why an action is in the plan: the answers, and the user's explanations, that led to it.
 *
 * A proposed action comes from one question of the checklist (see `proposeActions` in action-plan.ts):
 * the question's action is proposed when the answer is one of the options in the action's `for` list.
 * The plan shows that answer and the explanation typed with it ("Toelichting") under "Waarom deze actie",
 * so the question page's promise that the explanation goes into the action plan is kept.
 *
 * The evidence is read from the current answers every time, not stored with the action: when an answer or
 * its explanation changes later, the plan shows the new one. When the answer has since improved so that
 * it would no longer propose the action, the entry says so (`leadsToAction: false`) instead of hiding it,
 * because the user still has the action in the plan and should see why it no longer follows.
 */
import type { Checklist, Question, Theme } from '../content/checklist-schema.ts';
import type { PlanAction, Scan } from './scan.ts';
import { answerLabel, questionText } from './scope.ts';

/** One answer that led to an action. */
export interface ActionEvidence {
	themeId: string;
	questionId: string;
	/** The question as the user saw it (phase applied). */
	question: string;
	/** The label of the answer given, or null when the question is not answered (any more). */
	answer: string | null;
	/** The user's explanation with the answer, trimmed; '' when there is none. */
	note: string;
	/** True when this answer is one the action is proposed for; false when the answer changed since. */
	leadsToAction: boolean;
}

interface Source {
	theme: Theme;
	question: Question;
	/** The option ids the action is proposed for. */
	for: readonly string[];
}

/** Every place in the checklist an action id is proposed from, in content order. */
function sourcesByActionId(checklist: Checklist): Map<string, Source[]> {
	const sources = new Map<string, Source[]>();
	for (const theme of checklist.themes) {
		for (const question of theme.questions) {
			for (const action of question.actions) {
				const list = sources.get(action.id) ?? [];
				list.push({ theme, question, for: action.for });
				sources.set(action.id, list);
			}
		}
	}
	return sources;
}

function evidenceOf(checklist: Checklist, scan: Scan, source: Source): ActionEvidence {
	const answer = scan.answers[source.question.id];
	const value = answer?.value ?? null;
	return {
		themeId: source.theme.id,
		questionId: source.question.id,
		question: questionText(source.question, scan.profile.phase),
		answer: value === null ? null : answerLabel(checklist, source.question, value),
		note: answer?.note.trim() ?? '',
		leadsToAction: value !== null && source.for.includes(value)
	};
}

/**
 * The evidence per action id, for every action of the plan that was proposed from the checklist. An
 * action of the user's own (no `sourceActionId`) has no entry: no answer led to it.
 *
 * Where an action came from is its `questionId` (set when it was proposed). Content that repeats an
 * action id under several questions is invalid, but when it happens the action's own question is the
 * one shown; an action without a known question shows every question that holds it.
 */
export function actionEvidence(
	checklist: Checklist,
	scan: Scan,
	actions: readonly PlanAction[]
): Map<string, ActionEvidence[]> {
	const sources = sourcesByActionId(checklist);
	const result = new Map<string, ActionEvidence[]>();
	for (const action of actions) {
		if (!action.sourceActionId) continue;
		const all = sources.get(action.sourceActionId) ?? [];
		const own = all.filter((source) => source.question.id === action.questionId);
		const chosen = own.length > 0 ? own.slice(0, 1) : all;
		if (chosen.length === 0) continue;
		result.set(
			action.id,
			chosen.map((source) => evidenceOf(checklist, scan, source))
		);
	}
	return result;
}
