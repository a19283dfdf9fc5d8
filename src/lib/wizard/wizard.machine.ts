/**
 * The wizard: one XState machine that owns navigation through Mijn scans, the profile, the task
 * list, the question pages, the check pages, results and the action plan.
 *
 * It holds plain data only. Side effects (storage) come in through `WizardDeps`, so tests run the
 * same machine against an in-memory repository. Only the current route is persisted (as the
 * scan's resume point); answers are stored apart, so a changed machine can never cost answers.
 */
import { assertEvent, assign, fromPromise, setup, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import type { Checklist } from '../content/checklist-schema.ts';
import { messageOfError, type MessageRef } from '../i18n/message-ref.ts';
import type { ActionPlan, Answer, Scan, ScanMode, ScanProfile } from '../domain/scan.ts';
import type { Workshop } from '../workshop/workshop-schema.ts';
import { isAnswered, routeAfterQuestion, routeExists } from './flow.ts';
import { isScanRoute, type Route } from './routes.ts';

/** Raise when states are renamed: a stored resume point from an older machine is then ignored. */
export const MACHINE_VERSION = 1;

/** One row in Mijn scans. */
export interface ScanListItem {
	id: string;
	organisation: string;
	mode: ScanMode;
	profile: ScanProfile;
	/** The themes a werksessie scan is limited to; absent for an ordinary scan. */
	themes?: string[];
	/** True for a colleague's part of someone else's scan (themes handed out to them). */
	delegated?: true;
	updatedAt: string;
	createdAt: string;
	answeredCount: number;
	demo: boolean;
	/** Hash of the page the user was last on in this scan, for "Doorgaan". */
	resumeHash: string | null;
}

/** The side effects the machine needs. The app passes real storage; tests pass fakes. */
export interface WizardDeps {
	listScans(): Promise<ScanListItem[]>;
	/** Loads a scan; null when it does not exist. */
	loadScan(scanId: string): Promise<Scan | null>;
	createScan(profile: ScanProfile, mode: ScanMode): Promise<Scan>;
	saveProfile(scanId: string, profile: ScanProfile, mode: ScanMode): Promise<Scan>;
	renameScan(scanId: string, organisation: string): Promise<void>;
	duplicateScan(scanId: string): Promise<void>;
	deleteScan(scanId: string): Promise<void>;
	/**
	 * Stores scans (and werksessies) from a checked backup file, never overwriting one; resolves with the
	 * scans' names.
	 */
	importScans(scans: Scan[], workshops?: Workshop[]): Promise<string[]>;
	/** Queues an answer for saving; the saver reports back with save.* events. */
	queueAnswer(scanId: string, questionId: string, answer: Answer): void;
	/**
	 * Queues the plan for saving. `previous` is the plan before this edit (null when there was none): the
	 * saver stores only what changed, so edits made in another tab at the same time are kept.
	 */
	queuePlan(scanId: string, plan: ActionPlan, previous: ActionPlan | null): void;
	/** Resolves when every queued write is committed; rejects with a Dutch message if one failed. */
	flushSaves(): Promise<void>;
	/** ISO timestamp; injected so tests are deterministic. */
	now(): string;
}

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/**
 * Part of the scan on screen was changed in another tab and the screen now shows what storage holds.
 * `replacedNote`: the toelichting this tab showed before, when it differs, so the user can put it back.
 */
export type ExternalChange =
	| { kind: 'answer'; questionId: string; replacedNote: string | null }
	| { kind: 'plan' };

export interface WizardContext {
	checklist: Checklist;
	route: Route;
	scans: ScanListItem[];
	scan: Scan | null;
	/**
	 * A message about the page as a whole (not found, could not load): a catalogue key the view puts into
	 * words, or the words of a storage error.
	 */
	problem: MessageRef | string | null;
	/** A confirmation on Mijn scans, e.g. after restoring a backup (a catalogue key and its parameters). */
	notice: MessageRef | null;
	/** True when "Opslaan en verder" was pressed without an answer. */
	answerMissing: boolean;
	saveState: SaveState;
	saveError: MessageRef | string | null;
	/** Set when another tab changed what this page shows; cleared on navigation. A new object each time. */
	externalChange: ExternalChange | null;
}

export type WizardEvent =
	| { type: 'nav.to'; route: Route }
	| { type: 'scan.create'; profile: ScanProfile; mode: ScanMode }
	| { type: 'profile.save'; profile: ScanProfile; mode: ScanMode }
	| { type: 'scan.rename'; scanId: string; organisation: string }
	| { type: 'scan.duplicate'; scanId: string }
	| { type: 'scan.delete'; scanId: string }
	| { type: 'scans.import'; scans: Scan[]; workshops?: Workshop[] }
	| { type: 'answer.change'; questionId: string; value: string | null; note: string }
	| { type: 'answer.submit' }
	| { type: 'answer.skip' }
	| { type: 'plan.set'; plan: ActionPlan }
	| { type: 'answer.external'; scanId: string; questionId: string; answer: Answer; replacedNote: string | null }
	| { type: 'plan.external'; scanId: string; plan: ActionPlan | null }
	| { type: 'scan.external'; scanId: string; profile: ScanProfile; mode: ScanMode }
	/** The whole scan as this tab just stored it (a delegation merged back): shown when it is the scan on screen. */
	| { type: 'scan.stored'; scan: Scan }
	| { type: 'save.pending' }
	| { type: 'save.done' }
	| { type: 'save.failed'; message: MessageRef | string }
	/** The checklist in another language (same ids, so the answers stay). */
	| { type: 'checklist.set'; checklist: Checklist };

export interface WizardInput {
	checklist: Checklist;
	route: Route;
}

const PROBLEM_NOT_FOUND: MessageRef = { key: 'problems.notFound' };
const PROBLEM_SCAN_MISSING: MessageRef = { key: 'problems.scanMissing' };
const PROBLEM_NOT_IN_SCAN: MessageRef = { key: 'problems.notInScan' };

function later(a: string, b: string): string {
	return a > b ? a : b;
}

function messageOf(error: unknown): MessageRef | string {
	return messageOfError(error) ?? { key: 'problems.saveFailed' };
}

/** Builds the wizard machine around its side effects. */
export function createWizardMachine(deps: WizardDeps) {
	return setup({
		types: {
			context: {} as WizardContext,
			events: {} as WizardEvent,
			input: {} as WizardInput
		},
		actors: {
			scanLister: fromPromise(() => deps.listScans()),
			scanLoader: fromPromise(({ input }: { input: { scanId: string } }) => deps.loadScan(input.scanId)),
			scanCreator: fromPromise(({ input }: { input: { profile: ScanProfile; mode: ScanMode } }) =>
				deps.createScan(input.profile, input.mode)
			),
			profileSaver: fromPromise(
				({ input }: { input: { scanId: string; profile: ScanProfile; mode: ScanMode } }) =>
					deps.saveProfile(input.scanId, input.profile, input.mode)
			),
			scanRenamer: fromPromise(({ input }: { input: { scanId: string; organisation: string } }) =>
				deps.renameScan(input.scanId, input.organisation)
			),
			scanDuplicator: fromPromise(({ input }: { input: { scanId: string } }) => deps.duplicateScan(input.scanId)),
			scanDeleter: fromPromise(({ input }: { input: { scanId: string } }) => deps.deleteScan(input.scanId)),
			scanImporter: fromPromise(({ input }: { input: { scans: Scan[]; workshops: Workshop[] } }) =>
				deps.importScans(input.scans, input.workshops)
			),
			saveFlusher: fromPromise(() => deps.flushSaves())
		},
		guards: {
			routeIsHome: ({ context }) => context.route.name === 'home',
			routeIsNew: ({ context }) => context.route.name === 'new',
			routeIsNotFound: ({ context }) => context.route.name === 'not-found',
			scanNotLoaded: ({ context }) =>
				isScanRoute(context.route) && context.scan?.id !== context.route.scanId,
			routeTargetMissing: ({ context }) =>
				context.scan !== null && !routeExists(context.checklist, context.scan, context.route),
			routeIs: ({ context }, params: { name: Route['name'] }) => context.route.name === params.name,
			currentQuestionAnswered: ({ context }) =>
				context.route.name === 'question' &&
				context.scan !== null &&
				isAnswered(context.scan, context.route.questionId),
			scanFound: ({ event }) => (event as unknown as { output: Scan | null }).output !== null
		},
		actions: {
			setRoute: assign(({ event }) => {
				if (event.type !== 'nav.to') return {};
				return { route: event.route, problem: null, notice: null, answerMissing: false, externalChange: null };
			}),
			/** Another tab stored a newer answer: show it; say so when it is the question on screen. */
			applyExternalAnswer: assign(({ context, event }) => {
				assertEvent(event, 'answer.external');
				if (context.scan?.id !== event.scanId) return {};
				const onScreen = context.route.name === 'question' && context.route.questionId === event.questionId;
				return {
					scan: {
						...context.scan,
						updatedAt: later(context.scan.updatedAt, event.answer.updatedAt),
						answers: { ...context.scan.answers, [event.questionId]: event.answer }
					},
					externalChange: onScreen
						? { kind: 'answer' as const, questionId: event.questionId, replacedNote: event.replacedNote }
						: context.externalChange
				};
			}),
			/** The plan as storage holds it now, with another tab's changes; say so on the plan page. */
			applyExternalPlan: assign(({ context, event }) => {
				assertEvent(event, 'plan.external');
				if (context.scan?.id !== event.scanId) return {};
				return {
					scan: { ...context.scan, plan: event.plan },
					externalChange: context.route.name === 'plan' ? { kind: 'plan' as const } : context.externalChange
				};
			}),
			applyExternalMeta: assign(({ context, event }) => {
				assertEvent(event, 'scan.external');
				if (context.scan?.id !== event.scanId) return {};
				return { scan: { ...context.scan, profile: event.profile, mode: event.mode } };
			}),
			applyStoredScan: assign(({ context, event }) => {
				assertEvent(event, 'scan.stored');
				return context.scan?.id === event.scan.id ? { scan: event.scan } : {};
			}),
			setScans: assign({ scans: (_, params: { scans: ScanListItem[] }) => params.scans }),
			setScan: assign({ scan: (_, params: { scan: Scan }) => params.scan }),
			setProblem: assign({ problem: (_, params: { message: MessageRef }) => params.message }),
			setChecklist: assign(({ event }) => {
				assertEvent(event, 'checklist.set');
				return { checklist: event.checklist };
			}),
			clearProblem: assign({ problem: null, notice: null }),
			setImportNotice: assign({
				// No scans in the file (a werksessie backup without a settled scan): the app says what it restored.
				notice: (_, params: { names: string[] }): MessageRef | null =>
					params.names.length === 0
						? null
						: params.names.length === 1
						? { key: 'home.restoredOne', params: [params.names[0] ?? ''] }
						: { key: 'home.restoredMany', params: [params.names.length] }
			}),
			/** Shows the Dutch message of a failed actor (the `error` of an xstate.error.actor event). */
			showError: assign(({ event }) => ({ problem: messageOf((event as unknown as { error?: unknown }).error) })),
			goToTasks: assign(({ context }) =>
				context.scan ? { route: { name: 'tasks', scanId: context.scan.id } as Route } : {}
			),
			recordAnswer: assign(({ context, event }) => {
				if (event.type !== 'answer.change' || !context.scan) return {};
				const answer: Answer = { value: event.value, note: event.note, updatedAt: deps.now() };
				return {
					scan: {
						...context.scan,
						updatedAt: answer.updatedAt,
						answers: { ...context.scan.answers, [event.questionId]: answer }
					},
					answerMissing: event.value === null ? context.answerMissing : false
				};
			}),
			queueAnswer: ({ context, event }) => {
				if (event.type !== 'answer.change' || !context.scan) return;
				const answer = context.scan.answers[event.questionId];
				if (answer) deps.queueAnswer(context.scan.id, event.questionId, answer);
			},
			markSkipped: assign(({ context }) => {
				// A skipped question keeps its note and gets an explicit "no answer", so the task
				// list shows the theme as started but not finished.
				if (context.route.name !== 'question' || !context.scan) return {};
				if (context.scan.answers[context.route.questionId]) return {};
				const answer: Answer = { value: null, note: '', updatedAt: deps.now() };
				return {
					scan: {
						...context.scan,
						updatedAt: answer.updatedAt,
						answers: { ...context.scan.answers, [context.route.questionId]: answer }
					}
				};
			}),
			queueSkipped: ({ context }) => {
				if (context.route.name !== 'question' || !context.scan) return;
				const answer = context.scan.answers[context.route.questionId];
				if (answer && answer.value === null) deps.queueAnswer(context.scan.id, context.route.questionId, answer);
			},
			forgetScan: assign({ scan: null }),
			flagAnswerMissing: assign({ answerMissing: true }),
			goAfterQuestion: assign(({ context }) => {
				if (context.route.name !== 'question' || !context.scan) return {};
				return {
					route: routeAfterQuestion(context.checklist, context.scan, context.route.questionId, context.route.returnTo),
					answerMissing: false
				};
			}),
			setPlan: assign(({ context, event }) => {
				if (event.type !== 'plan.set' || !context.scan) return {};
				return { scan: { ...context.scan, plan: event.plan, updatedAt: event.plan.updatedAt } };
			}),
			queuePlan: ({ context, event }) => {
				if (event.type !== 'plan.set' || !context.scan) return;
				// Runs before setPlan, so the context still holds the plan before this edit.
				deps.queuePlan(context.scan.id, event.plan, context.scan.plan);
			},
			setSaving: assign({ saveState: 'saving' as SaveState }),
			setSaved: assign({ saveState: 'saved' as SaveState, saveError: null }),
			setSaveFailed: assign(({ event }) =>
				event.type === 'save.failed' ? { saveState: 'error' as SaveState, saveError: event.message } : {}
			)
		}
	}).createMachine({
		id: 'wizard',
		context: ({ input }) => ({
			checklist: input.checklist,
			route: input.route,
			scans: [],
			scan: null,
			problem: null,
			notice: null,
			answerMissing: false,
			saveState: 'idle',
			saveError: null,
			externalChange: null
		}),
		initial: 'routing',
		on: {
			'nav.to': { target: '.routing', actions: 'setRoute' },
			'checklist.set': { actions: 'setChecklist' },
			'answer.external': { actions: 'applyExternalAnswer' },
			'plan.external': { actions: 'applyExternalPlan' },
			'scan.external': { actions: 'applyExternalMeta' },
			'scan.stored': { actions: 'applyStoredScan' },
			'save.pending': { actions: 'setSaving' },
			'save.done': { actions: 'setSaved' },
			'save.failed': { actions: 'setSaveFailed' }
		},
		states: {
			routing: {
				always: [
					{ guard: 'routeIsHome', target: 'home' },
					{ guard: 'routeIsNew', target: 'newScan' },
					// Pages of their own (Uw gegevens, a received share link): their state lives in their own class.
					{ guard: { type: 'routeIs', params: { name: 'data' } }, target: 'data' },
					{ guard: { type: 'routeIs', params: { name: 'receive' } }, target: 'receive' },
					// The werksessie screens have their own state class (WorkshopApp); the wizard only routes.
					{ guard: { type: 'routeIs', params: { name: 'workshop-new' } }, target: 'workshop' },
					{ guard: { type: 'routeIs', params: { name: 'workshop' } }, target: 'workshop' },
					{ guard: { type: 'routeIs', params: { name: 'join' } }, target: 'join' },
					{ guard: { type: 'routeIs', params: { name: 'answers' } }, target: 'answers' },
					// Delegation links (hand-out, return) have their own state classes (src/lib/app/delegation-*).
					{ guard: { type: 'routeIs', params: { name: 'delegation' } }, target: 'delegation' },
					{ guard: { type: 'routeIs', params: { name: 'delegation-returned' } }, target: 'delegation' },
					{ guard: 'routeIsNotFound', target: 'notFound', actions: { type: 'setProblem', params: { message: PROBLEM_NOT_FOUND } } },
					{ guard: 'scanNotLoaded', target: 'loadingScan' },
					{ guard: 'routeTargetMissing', target: 'notFound', actions: { type: 'setProblem', params: { message: PROBLEM_NOT_IN_SCAN } } },
					{ guard: { type: 'routeIs', params: { name: 'profile' } }, target: 'scan.profile' },
					{ guard: { type: 'routeIs', params: { name: 'question' } }, target: 'scan.question' },
					{ guard: { type: 'routeIs', params: { name: 'theme-check' } }, target: 'scan.themeCheck' },
					{ guard: { type: 'routeIs', params: { name: 'check' } }, target: 'scan.check' },
					{ guard: { type: 'routeIs', params: { name: 'results' } }, target: 'scan.results' },
					{ guard: { type: 'routeIs', params: { name: 'plan' } }, target: 'scan.plan' },
					{ guard: { type: 'routeIs', params: { name: 'hand-in' } }, target: 'scan.handIn' },
					{ guard: { type: 'routeIs', params: { name: 'repeat' } }, target: 'scan.repeat' },
					{ guard: { type: 'routeIs', params: { name: 'progress' } }, target: 'scan.progress' },
					{ guard: { type: 'routeIs', params: { name: 'delegate' } }, target: 'scan.delegation' },
					{ guard: { type: 'routeIs', params: { name: 'delegate-merge' } }, target: 'scan.delegation' },
					{ guard: { type: 'routeIs', params: { name: 'delegate-return' } }, target: 'scan.delegation' },
					{ target: 'scan.tasks' }
				]
			},
			home: {
				// Mijn scans can rename or delete the scan that was open, so the next visit to a
				// scan reloads it from storage instead of showing a stale or deleted copy.
				entry: 'forgetScan',
				initial: 'loading',
				states: {
					loading: {
						invoke: {
							src: 'scanLister',
							onDone: { target: 'ready', actions: { type: 'setScans', params: ({ event }) => ({ scans: event.output }) } },
							onError: {
								target: 'ready',
								actions: 'showError'
							}
						}
					},
					ready: {
						// Starting a new task clears the message of the last one.
						exit: 'clearProblem',
						on: {
							'scan.rename': 'renaming',
							'scan.duplicate': 'duplicating',
							'scan.delete': 'deleting',
							'scans.import': 'importing'
						}
					},
					renaming: {
						invoke: {
							src: 'scanRenamer',
							input: ({ event }) => {
								const e = event as Extract<WizardEvent, { type: 'scan.rename' }>;
								return { scanId: e.scanId, organisation: e.organisation };
							},
							onDone: 'loading',
							onError: { target: 'loading', actions: 'showError' }
						}
					},
					duplicating: {
						invoke: {
							src: 'scanDuplicator',
							input: ({ event }) => ({ scanId: (event as Extract<WizardEvent, { type: 'scan.duplicate' }>).scanId }),
							onDone: 'loading',
							onError: { target: 'loading', actions: 'showError' }
						}
					},
					deleting: {
						invoke: {
							src: 'scanDeleter',
							input: ({ event }) => ({ scanId: (event as Extract<WizardEvent, { type: 'scan.delete' }>).scanId }),
							onDone: 'loading',
							onError: { target: 'loading', actions: 'showError' }
						}
					},
					importing: {
						invoke: {
							src: 'scanImporter',
							input: ({ event }) => {
								const e = event as Extract<WizardEvent, { type: 'scans.import' }>;
								return { scans: e.scans, workshops: e.workshops ?? [] };
							},
							onDone: {
								target: 'loading',
								actions: { type: 'setImportNotice', params: ({ event }) => ({ names: event.output }) }
							},
							onError: { target: 'loading', actions: 'showError' }
						}
					}
				}
			},
			newScan: {
				initial: 'editing',
				states: {
					editing: {
						on: { 'scan.create': 'creating' }
					},
					creating: {
						invoke: {
							src: 'scanCreator',
							input: ({ event }) => {
								const e = event as Extract<WizardEvent, { type: 'scan.create' }>;
								return { profile: e.profile, mode: e.mode };
							},
							onDone: {
								target: '#wizard.scan.tasks',
								actions: [{ type: 'setScan', params: ({ event }) => ({ scan: event.output }) }, 'goToTasks']
							},
							onError: {
								target: 'editing',
								actions: 'showError'
							}
						}
					}
				}
			},
			loadingScan: {
				invoke: {
					src: 'scanLoader',
					input: ({ context }) => ({ scanId: isScanRoute(context.route) ? context.route.scanId : '' }),
					onDone: [
						{
							guard: 'scanFound',
							target: 'routing',
							actions: { type: 'setScan', params: ({ event }) => ({ scan: event.output as Scan }) }
						},
						{ target: 'notFound', actions: { type: 'setProblem', params: { message: PROBLEM_SCAN_MISSING } } }
					],
					onError: {
						target: 'notFound',
						actions: 'showError'
					}
				}
			},
			scan: {
				initial: 'tasks',
				on: {
					'answer.change': { actions: ['recordAnswer', 'queueAnswer'] },
					'plan.set': { actions: ['queuePlan', 'setPlan'] }
				},
				states: {
					tasks: {},
					profile: {
						initial: 'editing',
						states: {
							editing: { on: { 'profile.save': 'saving' } },
							saving: {
								invoke: {
									src: 'profileSaver',
									input: ({ context, event }) => {
										const e = event as Extract<WizardEvent, { type: 'profile.save' }>;
										return { scanId: context.scan?.id ?? '', profile: e.profile, mode: e.mode };
									},
									onDone: {
										target: '#wizard.scan.tasks',
										actions: [{ type: 'setScan', params: ({ event }) => ({ scan: event.output }) }, 'goToTasks']
									},
									onError: {
										target: 'editing',
										actions: 'showError'
									}
								}
							}
						}
					},
					question: {
						initial: 'editing',
						states: {
							editing: {
								on: {
									'answer.submit': [
										{ guard: 'currentQuestionAnswered', target: 'flushing' },
										{ actions: 'flagAnswerMissing' }
									],
									'answer.skip': { target: 'flushing', actions: ['markSkipped', 'queueSkipped'] }
								}
							},
							flushing: {
								// "Opslaan en verder" moves on only once every write has committed.
								invoke: {
									src: 'saveFlusher',
									onDone: { target: '#wizard.routing', actions: 'goAfterQuestion' },
									onError: {
										target: 'editing',
										actions: assign(({ event }) => ({ saveState: 'error' as SaveState, saveError: messageOf(event.error) }))
									}
								}
							}
						}
					},
					themeCheck: {},
					check: {},
					results: {},
					plan: {},
					/** A werksessie participant hands in their answers (QR code, file, link). */
					handIn: {},
					/** "Scan herhalen" and Voortgang: their state lives in their own classes (src/lib/app/). */
					repeat: {},
					progress: {},
					/** Themes handed to a colleague: hand-out, merge and the colleague's return (their own state classes). */
					delegation: {}
				}
			},
			data: {},
			receive: {},
			workshop: {},
			join: {},
			answers: {},
			delegation: {},
			notFound: {}
		}
	});
}

export type WizardMachine = ReturnType<typeof createWizardMachine>;
export type WizardActor = ActorRefFrom<WizardMachine>;
export type WizardSnapshot = SnapshotFrom<WizardMachine>;
