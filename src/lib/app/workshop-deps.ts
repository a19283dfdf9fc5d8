/**
 * What the werksessie screens of the set-up part (set-up, overview, join, hand-in) need from the running
 * app: the clock, ids, storage of workshops and scans, navigation, clipboard and downloads. WizardApp
 * gives them (`workshopDeps()`); the state classes take the part they use, so tests pass stand-ins.
 */
import type { Checklist } from '../content/checklist-schema.ts';
import type { Scan } from '../domain/scan.ts';
import type { MessageRef } from '../i18n/message-ref.ts';
import type { WorkshopRepository } from '../storage/workshop-repository.ts';
import type { Route } from '../wizard/routes.ts';

/** A participant's scan on this device, as the join page needs to know it. */
export interface JoinedScan {
	scanId: string;
	participation: NonNullable<Scan['participation']>;
}

export interface WorkshopAppDeps {
	/** The checklist in the current language. */
	checklist(): Checklist;
	now(): Date;
	/** A random UUID. */
	newId(): string;
	/** The join link of a session (`<app address>#/doe-mee/1.<invitation JSON, packed>`); link code loads on demand. */
	joinLink(inviteText: string): Promise<string>;
	/** Unpacks a join link's hash into the invitation's text (not yet checked), or why it cannot. Never throws. */
	readJoinLink(hash: string): Promise<{ ok: true; text: string } | { ok: false; message: MessageRef }>;
	/** A participant's answers as a link (`<app address>#/antwoorden/1.<envelope JSON, packed>`). */
	answersLink(envelopeText: string): Promise<string>;
	workshops: WorkshopRepository;
	/** Navigates like a link click. */
	go(route: Route): void;
	/** This device's scan for the workshop, if it joined before (the newest when there are several). */
	findParticipantScan(workshopId: string): Promise<JoinedScan | null>;
	/** Stores a participant's new scan, like any new scan. */
	createParticipantScan(scan: Scan): Promise<void>;
	/** The scan as storage holds it, after every pending write (the scan on screen when storage fails). */
	storedScan(shown: Scan): Promise<Scan>;
	/** Records when the participant handed in (participation.handedInAt). */
	saveParticipation(scanId: string, participation: NonNullable<Scan['participation']>): Promise<void>;
	/** Puts text on the clipboard; rejects when the browser does not allow it. */
	copy(text: string): Promise<void>;
	/** Downloads the workshop with its result scan as a backup file; resolves with the file name. */
	downloadWorkshopBackup(workshopId: string): Promise<string>;
	/** Offers a file as a download. */
	saveFile(blob: Blob, fileName: string): Promise<void>;
}
