/**
 * A participant opens a werksessie's join link. This state class reads the invitation once, shows what
 * the session asks, takes the participant's role (and name, when the session asks it), and on "Beginnen"
 * creates the participant's own scan: an ordinary scan with the session's organisation, phase, mode and
 * themes, plus `participation` (which session, a fresh participant id, role, name). The question pages then
 * work as for any scan: autosaved, offline.
 *
 *   empty                    no invitation (the page was opened without one, or it was used already)
 *   reading → form | joined | refused
 *   form    → starting → (the task list) | failed
 *   joined                   this device already takes part: continue that scan, never a second one
 *
 * A broken, hostile or newer-version link ends in 'refused' with a message and stores nothing.
 */
import type { Checklist } from '../content/checklist-schema.ts';
import { SCAN_SCHEMA_VERSION, type Scan } from '../domain/scan.ts';
import { LIMITS } from '../domain/scan-limits.ts';
import { messageOfError, type MessageRef } from '../i18n/message-ref.ts';
import { parseInviteText } from '../workshop/answers-envelope.ts';
import { sessionQuestions, sessionScope } from '../workshop/session-questions.ts';
import { WORKSHOP_LIMITS, type Invite, type RoleId } from '../workshop/workshop-schema.ts';
import type { JoinedScan, WorkshopAppDeps } from './workshop-deps.ts';

export type JoinStatus = 'empty' | 'reading' | 'refused' | 'form' | 'joined' | 'starting' | 'failed';

export type JoinWorkshopDeps = Pick<
	WorkshopAppDeps,
	'checklist' | 'now' | 'newId' | 'go' | 'findParticipantScan' | 'createParticipantScan' | 'readJoinLink'
>;

/** The name a participant's scan can hold: the smaller of the workshop's and the profile's limits. */
const NAME_LIMIT = Math.min(WORKSHOP_LIMITS.name, LIMITS.filledInBy);

/** Reads a join link's hash into a checked invitation, or the message why it cannot be used. Never throws. */
export async function readInvite(
	hash: string,
	checklist: Checklist,
	readJoinLink: WorkshopAppDeps['readJoinLink']
): Promise<{ ok: true; invite: Invite } | { ok: false; message: MessageRef }> {
	try {
		const link = await readJoinLink(hash);
		if (!link.ok) return link;
		const parsed = parseInviteText(link.text);
		if (!parsed.ok) return parsed;
		// Answers to another questionnaire could never be put next to the others.
		if (parsed.invite.checklistId !== checklist.id) return { ok: false, message: { key: 'workshopSetup.join.otherChecklist' } };
		return parsed;
	} catch {
		return { ok: false, message: { key: 'workshopSetup.join.damaged' } };
	}
}

export class JoinWorkshop {
	status = $state<JoinStatus>('empty');
	invite = $state.raw<Invite | null>(null);
	/** This device's scan for the session, when it joined before. */
	joined = $state.raw<JoinedScan | null>(null);
	/** Why the link was refused, or why creating the scan failed. */
	message = $state.raw<MessageRef | string | null>(null);
	role = $state<string | null>(null);
	name = $state('');
	errors = $state.raw<{ role?: MessageRef; name?: MessageRef }>({});
	attempt = $state(0);
	readonly ready: Promise<void>;
	readonly #deps: JoinWorkshopDeps;

	/** `hash` is the join link's hash as it was in the address, or null when there was none. */
	constructor(hash: string | null, deps: JoinWorkshopDeps) {
		this.#deps = deps;
		this.ready = hash === null ? Promise.resolve() : this.#read(hash);
	}

	/** How many questions the session asks, in this app's checklist. */
	get questionCount(): number {
		return this.invite ? sessionQuestions(this.#deps.checklist(), this.invite.settings).length : 0;
	}

	async #read(hash: string): Promise<void> {
		this.status = 'reading';
		const result = await readInvite(hash, this.#deps.checklist(), this.#deps.readJoinLink);
		if (!result.ok) {
			this.message = result.message;
			this.status = 'refused';
			return;
		}
		this.invite = result.invite;
		// One session, one scan per device: a second "Beginnen" would split the participant's answers.
		const joined = await this.#deps.findParticipantScan(result.invite.workshopId).catch(() => null);
		this.joined = joined;
		// A session with one role needs no choice.
		if (result.invite.settings.roles.length === 1) this.role = result.invite.settings.roles[0] ?? null;
		this.status = joined ? 'joined' : 'form';
	}

	/** Checks role and name against the invitation; fills `errors`. */
	validate(): { role: RoleId; name: string } | null {
		const invite = this.invite;
		if (!invite) return null;
		const errors: { role?: MessageRef; name?: MessageRef } = {};
		const role = invite.settings.roles.find((item) => item === this.role) ?? null;
		if (!role) errors.role = { key: 'workshopSetup.join.errors.role' };
		const policy = invite.settings.names;
		const name = policy === 'never' ? '' : this.name.trim();
		if (policy === 'required' && !name) errors.name = { key: 'workshopSetup.join.errors.name' };
		else if (name.length > NAME_LIMIT) errors.name = { key: 'workshopSetup.join.errors.nameTooLong', params: [NAME_LIMIT] };
		this.errors = errors;
		return role && !errors.name ? { role, name } : null;
	}

	/** "Beginnen": creates the participant's scan and opens its task list. Resolves false when nothing was stored. */
	async start(): Promise<boolean> {
		if (this.status !== 'form' && this.status !== 'failed') return false;
		this.attempt++;
		const choice = this.validate();
		const invite = this.invite;
		if (!choice || !invite) return false;
		this.status = 'starting';
		this.message = null;
		try {
			const scan = this.#participantScan(invite, choice.role, choice.name);
			await this.#deps.createParticipantScan(scan);
			this.#deps.go({ name: 'tasks', scanId: scan.id });
			return true;
		} catch (error) {
			this.message = messageOfError(error) ?? { key: 'workshopSetup.join.errors.createFailed' };
			this.status = 'failed';
			return false;
		}
	}

	/** "Verder met uw antwoorden" for a device that joined before. */
	continueJoined(): void {
		if (this.joined) this.#deps.go({ name: 'tasks', scanId: this.joined.scanId });
	}

	#participantScan(invite: Invite, role: RoleId, name: string): Scan {
		const checklist = this.#deps.checklist();
		const { mode, themes } = sessionScope(invite.settings);
		const time = this.#deps.now().toISOString();
		return {
			id: this.#deps.newId(),
			schemaVersion: SCAN_SCHEMA_VERSION,
			checklistId: checklist.id,
			// The participant answers this app's questions; the facilitator's app migrates an older version.
			checklistVersion: checklist.version,
			mode,
			...(themes ? { themes } : {}),
			profile: { organisation: invite.settings.organisation, filledInBy: name, role: '', phase: invite.settings.phase, focusAreas: [] },
			answers: {},
			plan: null,
			createdAt: time,
			updatedAt: time,
			demo: false,
			participation: { workshopId: invite.workshopId, participantId: this.#deps.newId(), role, name, handedInAt: null }
		};
	}
}
