import { describe, expect, test, vi } from 'vitest';
import type { Scan } from '../domain/scan.ts';
import { makeScan } from '../domain/test-fixtures.ts';
import { parseAnswersEnvelope } from '../workshop/answers-envelope.ts';
import { fixtureChecklist, WORKSHOP_ID } from '../workshop/test-fixtures.ts';
import { answersFileName, HandIn, type HandInDeps } from './hand-in.svelte.ts';

const NOW = new Date('2025-03-01T11:15:00.000Z');
const PARTICIPANT = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const LINK = 'https://kwartiermaker.test/#/antwoorden/1.abc';

const answer = (value: string | null, note = '') => ({ value, note, updatedAt: '2025-03-01T10:30:00.000Z' });

/** A participant's scan of the quick scan (4 questions, one per theme), phase 'eerste'. */
function participantScan(overrides: Partial<Scan> = {}): Scan {
	return {
		...makeScan({}, { mode: 'quick', phase: 'eerste' }),
		id: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd',
		profile: { organisation: 'Gemeente Test', filledInBy: 'Sam', role: '', phase: 'eerste', focusAreas: [] },
		answers: {
			'a-wegbereider': answer('2', 'Er is <b>iemand</b> aangewezen.'),
			'b-werving': answer('UNKNOWN'),
			'd-alibi': answer(null),
			// Not in the quick scan: left over from an earlier choice, never handed in.
			'a-plan': answer('3')
		},
		participation: { workshopId: WORKSHOP_ID, participantId: PARTICIPANT, role: 'ervaringswerker', name: 'Sam', handedInAt: null },
		...overrides
	};
}

/** jsdom's Blob has no text(); FileReader reads it. */
function readBlob(blob: Blob): Promise<string> {
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(String(reader.result));
		reader.onerror = () => reject(reader.error);
		reader.readAsText(blob);
	});
}

function deps(stored: Scan) {
	return {
		checklist: () => fixtureChecklist,
		now: () => NOW,
		answersLink: vi.fn(async () => LINK),
		storedScan: vi.fn(async () => stored),
		saveParticipation: vi.fn(async () => {}),
		copy: vi.fn(async () => {}),
		saveFile: vi.fn(async () => {})
	} satisfies HandInDeps;
}

describe('HandIn', () => {
	test('builds the envelope from the scan as stored: only the session\'s answered questions, notes kept literally', async () => {
		const shown = participantScan({ answers: {} });
		const stored = participantScan();
		const d = deps(stored);
		const handIn = new HandIn(shown, d);
		expect(handIn.status).toBe('building');
		await handIn.ready;
		expect(d.storedScan).toHaveBeenCalledWith(shown);
		expect(handIn.status).toBe('ready');
		expect(handIn.envelope).toEqual({
			type: 'kwartiermaker-antwoorden',
			version: 1,
			workshopId: WORKSHOP_ID,
			participantId: PARTICIPANT,
			role: 'ervaringswerker',
			name: 'Sam',
			checklistId: fixtureChecklist.id,
			checklistVersion: fixtureChecklist.version,
			answers: {
				'a-wegbereider': { value: '2', note: 'Er is <b>iemand</b> aangewezen.' },
				'b-werving': { value: 'UNKNOWN', note: '' }
			},
			handedInAt: NOW.toISOString()
		});
		// The text is what the file and the QR code carry, and the facilitator's reader accepts it.
		const parsed = parseAnswersEnvelope(handIn.text);
		expect(parsed.ok && parsed.envelope).toEqual(handIn.envelope);
		expect(handIn.answered).toBe(2);
		expect(handIn.total).toBe(4);
		expect(handIn.open).toBe(2);
		expect(handIn.link).toBe(LINK);
		expect(d.answersLink).toHaveBeenCalledWith(handIn.text);
	});

	test('records when the participant handed in, on the stored scan', async () => {
		const stored = participantScan();
		const d = deps(stored);
		const handIn = new HandIn(stored, d);
		await handIn.ready;
		expect(d.saveParticipation).toHaveBeenCalledWith(stored.id, { ...stored.participation, handedInAt: NOW.toISOString() });
		expect(handIn.recorded).toBe(true);
	});

	test('handing in still works when recording the time fails', async () => {
		const d = deps(participantScan());
		d.saveParticipation.mockRejectedValueOnce(new Error('quota'));
		const handIn = new HandIn(participantScan(), d);
		await handIn.ready;
		expect(handIn.status).toBe('ready');
		expect(handIn.recorded).toBe(false);
	});

	test('"Download bestand" saves the envelope as a .json file with a recognisable name', async () => {
		const d = deps(participantScan());
		const handIn = new HandIn(participantScan(), d);
		await handIn.ready;
		await handIn.download();
		expect(d.saveFile).toHaveBeenCalledTimes(1);
		const [blob, fileName] = d.saveFile.mock.calls[0] as unknown as [Blob, string];
		expect(fileName).toBe('kwartiermaken-antwoorden-gemeente-test-ervaringswerker-2025-03-01.json');
		expect(blob.type).toBe('application/json');
		expect(JSON.parse(await readBlob(blob))).toEqual(handIn.envelope);
		expect(handIn.notice).toEqual({ key: 'workshopSetup.handIn.downloaded', params: [fileName] });
	});

	test('"Kopieer link" copies the answers link, and says when the browser refuses', async () => {
		const d = deps(participantScan());
		const handIn = new HandIn(participantScan(), d);
		await handIn.ready;
		await handIn.copyLink();
		expect(d.copy).toHaveBeenCalledWith(LINK);
		expect(handIn.notice).toEqual({ key: 'workshopSetup.handIn.copied' });
		d.copy.mockRejectedValueOnce(new Error('denied'));
		await handIn.copyLink();
		expect(handIn.notice).toEqual({ key: 'workshopSetup.handIn.copyFailed' });
	});

	test('without a link (no compression in this browser) the QR code and file still work', async () => {
		const d = deps(participantScan());
		d.answersLink.mockRejectedValueOnce(new Error('unsupported'));
		const handIn = new HandIn(participantScan(), d);
		await handIn.ready;
		expect(handIn.status).toBe('ready');
		expect(handIn.link).toBeNull();
		await handIn.copyLink();
		expect(d.copy).not.toHaveBeenCalled();
		expect(handIn.text).not.toBe('');
	});

	test('a scan that is not a participant\'s builds nothing and records nothing', async () => {
		const { participation: _none, ...plain } = participantScan();
		const d = deps(plain);
		const handIn = new HandIn(plain, d);
		await handIn.ready;
		expect(handIn.status).toBe('not-participant');
		expect(handIn.envelope).toBeNull();
		expect(d.saveParticipation).not.toHaveBeenCalled();
	});

	test('a storage failure while reading ends in "failed", not a thrown error', async () => {
		const d = deps(participantScan());
		d.storedScan.mockRejectedValueOnce(new Error('kapot'));
		const handIn = new HandIn(participantScan(), d);
		await handIn.ready;
		expect(handIn.status).toBe('failed');
		expect(d.saveParticipation).not.toHaveBeenCalled();
	});

	test('answersFileName makes a safe name', () => {
		expect(answersFileName('’s-Hertogenbosch / Oost', 'beleid', new Date(2026, 2, 27))).toBe(
			'kwartiermaken-antwoorden-s-hertogenbosch-oost-beleid-2026-03-27.json'
		);
	});
});
