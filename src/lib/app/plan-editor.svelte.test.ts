import { describe, expect, test, vi } from 'vitest';
import { LIMITS } from '../domain/scan-limits.ts';
import type { ActionPlan, Scan } from '../domain/scan.ts';
import { ALL_QUESTION_IDS, fixtureChecklist, makeScan, topAnswers } from '../domain/test-fixtures.ts';
import { translate } from '../i18n/message-ref.ts';
import { enAll, nlAll } from '../i18n/whole-catalogues.ts';
import { PLAN_IDS, PlanEditor, type PlanEditorDeps } from './plan-editor.svelte.ts';

const NOW = '2026-03-01T10:00:00.000Z';

/** Low answers on three questions, the rest at the top: a plan of three proposals. */
function lowScan(): Scan {
	const scan = makeScan({ ...topAnswers(), 'a-plan': '0', 'd-alibi': 'soms', 'b-werving': '2' });
	return { ...scan, answers: { ...scan.answers, 'a-plan': { ...scan.answers['a-plan']!, note: 'Er is alleen een idee.' } } };
}

/** The editor around a scan held as state, the way the machine hands the page a new scan after every change. */
function setup(start: Scan = lowScan(), overrides: Partial<PlanEditorDeps> = {}) {
	let scan = $state.raw(start);
	const focused: string[] = [];
	const setPlan = vi.fn((plan: ActionPlan) => {
		scan = { ...scan, plan };
	});
	const editor = new PlanEditor({
		checklist: () => fixtureChecklist,
		scan: () => scan,
		setPlan,
		now: () => NOW,
		focus: async (id) => {
			focused.push(id);
		},
		...overrides
	});
	editor.ensurePlan();
	return { editor, setPlan, focused, scan: () => scan };
}

const words = (ref: Parameters<typeof translate>[1] | null | undefined) => (ref ? translate(nlAll, ref) : '');

describe('PlanEditor: the plan and what the page shows', () => {
	test('the first visit proposes a plan from the answers and stores it once', () => {
		const { editor, setPlan } = setup();
		expect(setPlan).toHaveBeenCalledTimes(1);
		expect(editor.plan?.actions.map((action) => action.id)).toEqual(['d-alibi-stoppen', 'a-plan-schrijven', 'b-werving-verbreden']);
		editor.ensurePlan();
		expect(setPlan).toHaveBeenCalledTimes(1);
	});

	test('every proposed action carries the answer and explanation that led to it', () => {
		const { editor } = setup();
		expect(editor.evidence.get('a-plan-schrijven')).toEqual([
			expect.objectContaining({ question: 'Is er een plan?', answer: 'Nee', note: 'Er is alleen een idee.', leadsToAction: true })
		]);
		expect(editor.evidence.get('d-alibi-stoppen')?.[0]?.answer).toBe('Soms');
	});

	test('an unfinished scan is marked as such; a finished one is not', () => {
		const open = setup(makeScan({ 'a-plan': '0' }));
		expect(open.editor.complete).toBe(false);
		const finished = setup();
		expect(Object.keys(finished.scan().answers).sort()).toEqual([...ALL_QUESTION_IDS].sort());
		expect(finished.editor.complete).toBe(true);
	});

	test('the overview link moves focus to the action’s details heading', async () => {
		const { editor, focused } = setup();
		await editor.goTo('b-werving-verbreden');
		expect(focused).toEqual([PLAN_IDS.action('b-werving-verbreden')]);
		await editor.goToOverview();
		expect(focused.at(-1)).toBe(PLAN_IDS.overview);
	});

	test('new proposals after a changed answer are offered, and added when the user asks', () => {
		const { editor, scan } = setup();
		expect(editor.newProposals).toEqual([]);
		// The machine hands the page a scan with a changed answer.
		const changed = { ...scan(), answers: { ...scan().answers, 'c-evaluatie': { value: '1', note: '', updatedAt: NOW } } };
		// A first visit after the change: the plan holds the proposal at once.
		const second = setup({ ...changed, plan: null });
		// A plan made before the change: the new proposal is offered, not added by itself.
		const withOldPlan = setup(changed);
		expect(second.editor.newProposals).toEqual([]);
		expect(withOldPlan.editor.newProposals.map((action) => action.id)).toEqual(['c-evaluatie-plannen']);
		withOldPlan.editor.addProposals();
		expect(withOldPlan.editor.plan?.actions.map((action) => action.id)).toContain('c-evaluatie-plannen');
		expect(withOldPlan.editor.newProposals).toEqual([]);
		expect(words(withOldPlan.editor.announcement)).toBe('1 actie toegevoegd.');
	});
});

describe('PlanEditor: editing and adding', () => {
	test('editing fills the form with the action and focuses the form heading', async () => {
		const { editor, focused } = setup();
		const action = editor.plan!.actions[1]!;
		await editor.startEdit({ ...action, deadline: '2027-03-31' });
		expect(editor.editing).toBe(action.id);
		expect(editor.draft.title).toBe(action.title);
		expect(editor.deadlineParts).toEqual({ day: '31', month: '3', year: '2027' });
		expect(focused.at(-1)).toBe(PLAN_IDS.formHeading);
	});

	test('saving an edit stores the trimmed fields and the typed deadline, then focuses the action', async () => {
		const { editor, focused, setPlan } = setup();
		const action = editor.plan!.actions[0]!;
		await editor.startEdit(action);
		editor.draft.owner = '  Teamleider Wmo ';
		editor.draft.status = 'bezig';
		editor.deadlineParts = { day: '31', month: '3', year: '2027' };
		expect(await editor.save()).toBe(true);
		expect(setPlan).toHaveBeenCalledTimes(2);
		expect(editor.plan!.actions[0]).toMatchObject({ owner: 'Teamleider Wmo', status: 'bezig', deadline: '2027-03-31', updatedAt: NOW });
		expect(editor.editing).toBeNull();
		expect(focused.at(-1)).toBe(PLAN_IDS.action(action.id));
		expect(words(editor.announcement)).toBe('De actie is opgeslagen.');
	});

	test('a deadline that cannot be read is an error and nothing is saved', async () => {
		const { editor, setPlan } = setup();
		await editor.startEdit(editor.plan!.actions[0]!);
		editor.deadlineParts = { day: '31', month: '', year: '' };
		expect(await editor.save()).toBe(false);
		expect(setPlan).toHaveBeenCalledTimes(1);
		expect(words(editor.errors.deadline)).toBe('De deadline moet een maand bevatten');
		expect(editor.deadlineMarked).toEqual(['month', 'year']);
		expect(editor.errorList).toEqual([{ href: '#action-deadline-month', message: { key: 'plan.errors.deadlineNoMonth' } }]);
		expect(editor.editing).not.toBeNull();
		// A day that does not exist marks all three boxes.
		editor.deadlineParts = { day: '30', month: '2', year: '2027' };
		await editor.save();
		expect(words(editor.errors.deadline)).toBe('De deadline moet een echte datum zijn');
	});

	test('every save with errors raises the attempt, so the error summary takes focus again', async () => {
		const { editor } = setup();
		await editor.startAdd();
		await editor.save();
		await editor.save();
		expect(editor.attempt).toBe(2);
	});

	test('the add form without a title: the error names the field as its label does, in both languages', async () => {
		const { editor, setPlan, focused } = setup();
		await editor.startAdd();
		expect(editor.adding).toBe(true);
		expect(focused.at(-1)).toBe(PLAN_IDS.formHeading);
		expect(await editor.save()).toBe(false);
		expect(setPlan).toHaveBeenCalledTimes(1);
		expect(editor.errorList.map((error) => error.href)).toEqual(['#action-title']);
		for (const messages of [nlAll, enAll]) {
			const error = translate(messages, editor.errors.title!);
			expect(error.toLowerCase()).toContain(messages.plan.fields.title.toLowerCase());
		}
		expect(words(editor.errors.title)).toBe('Vul de titel van de actie in');
	});

	test('errors are listed in the order of the form', async () => {
		const { editor } = setup();
		await editor.startAdd();
		editor.draft.firstStep = 'x'.repeat(LIMITS.action.firstStep + 1);
		editor.deadlineParts = { day: '', month: '13', year: '2027' };
		await editor.save();
		expect(editor.errorList.map((error) => error.href)).toEqual(['#action-title', '#action-deadline-day', '#action-firstStep']);
	});

	test('an added action goes to the end of the plan and gets the focus', async () => {
		const { editor, focused } = setup();
		await editor.startAdd();
		editor.draft.title = '  Wethouder informeren ';
		expect(await editor.save()).toBe(true);
		const last = editor.plan!.actions.at(-1)!;
		expect(last).toMatchObject({ id: 'eigen-1', title: 'Wethouder informeren', priority: 'custom' });
		expect(editor.adding).toBe(false);
		expect(focused.at(-1)).toBe(PLAN_IDS.action('eigen-1'));
		expect(words(editor.announcement)).toBe('De actie is toegevoegd.');
		expect(editor.evidence.has('eigen-1')).toBe(false);
	});

	test('“Eigen actie toevoegen” from the top while the form is open keeps what was typed', async () => {
		const { editor } = setup();
		await editor.startAdd();
		editor.draft.title = 'Half getypt';
		await editor.startAdd();
		expect(editor.draft.title).toBe('Half getypt');
	});

	test('cancel closes the form without saving and focuses where the form was opened', async () => {
		const { editor, focused, setPlan } = setup();
		const action = editor.plan!.actions[2]!;
		await editor.startEdit(action);
		editor.draft.title = 'Iets anders';
		await editor.cancel();
		expect(editor.editing).toBeNull();
		expect(editor.plan!.actions[2]!.title).toBe(action.title);
		expect(setPlan).toHaveBeenCalledTimes(1);
		expect(focused.at(-1)).toBe(PLAN_IDS.action(action.id));
		await editor.startAdd();
		await editor.cancel();
		expect(focused.at(-1)).toBe(PLAN_IDS.addButton);
	});

	test('a plan at its size limit refuses another own action', async () => {
		const { editor, scan } = setup();
		const full: ActionPlan = {
			...scan().plan!,
			actions: Array.from({ length: LIMITS.planActions }, (_, index) => ({ ...scan().plan!.actions[0]!, id: `eigen-${index + 1}` }))
		};
		const limited = setup({ ...scan(), plan: full });
		await limited.editor.startAdd();
		limited.editor.draft.title = 'Nog een';
		expect(await limited.editor.save()).toBe(false);
		expect(words(limited.editor.errors.title)).toBe(`Het actieplan heeft al ${LIMITS.planActions} acties. Haal eerst een actie weg.`);
	});
});

describe('PlanEditor: order and removing', () => {
	test('moving keeps the focus on the same button and says where the action went', async () => {
		const { editor, focused } = setup();
		const second = editor.plan!.actions[1]!;
		await editor.move(second, 'up');
		expect(editor.plan!.actions[0]!.id).toBe(second.id);
		expect(focused.at(-1)).toBe(PLAN_IDS.move('up', second.id));
		expect(words(editor.announcement)).toBe(`‘${second.title}’ staat nu een plek hoger.`);
	});

	test('removing asks first, then focuses the next action (or the one before, or the heading)', async () => {
		const { editor, focused } = setup();
		const [first, second, third] = editor.plan!.actions;
		editor.askRemove(first!.id);
		expect(editor.confirmingRemove).toBe(first!.id);
		editor.cancelRemove();
		expect(editor.confirmingRemove).toBeNull();
		await editor.remove(first!);
		expect(focused.at(-1)).toBe(PLAN_IDS.action(second!.id));
		await editor.remove(third!);
		expect(focused.at(-1)).toBe(PLAN_IDS.action(second!.id));
		await editor.remove(second!);
		expect(focused.at(-1)).toBe(PLAN_IDS.heading);
		expect(editor.plan!.actions).toEqual([]);
		expect(words(editor.announcement)).toBe(`‘${second!.title}’ is uit het plan gehaald.`);
	});
});
