import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import checklist from '../../../checklists/kwartiermaken.yaml';
import { addCustomAction, createPlan } from '../domain/action-plan.ts';
import type { Answer, Scan } from '../domain/scan.ts';
import { NOT_APPLICABLE, SCAN_SCHEMA_VERSION, UNKNOWN } from '../domain/scan.ts';
import { LIMITS } from '../domain/scan-schema.ts';
import { answerChoices, questionText } from '../domain/scope.ts';
import { scoreScan } from '../domain/scoring.ts';
import { enAll as en } from '../i18n/whole-catalogues.ts';
import { translate, type MessageRef } from '../i18n/message-ref.ts';
import { nlAll as nl } from '../i18n/whole-catalogues.ts';
import { buildBackup } from './backup.ts';
import {
	MAX_BACKUP_DEPTH,
	decodeBackupBytes,
	parseBackup,
	parseBackupBytes,
	readBackupFile,
	type ParseBackupResult
} from './read-backup.ts';

const NOW = '2026-11-24T10:00:00.000Z';
const questions = checklist.themes.flatMap((theme) => theme.questions);
const allowsNa = (question: (typeof questions)[number]): boolean =>
	answerChoices(checklist, question).some((choice) => choice.value === NOT_APPLICABLE);
const naQuestion = questions.find(allowsNa)!;
const plainQuestion = questions.find((question) => !allowsNa(question))!;

/** A realistic scan: every question answered in a different way, with notes and a plan. */
function fullScan(): Scan {
	const answers: Record<string, Answer> = {};
	questions.forEach((question, index) => {
		const choices = answerChoices(checklist, question).map((choice) => choice.value);
		const value = index % 5 === 4 ? null : (choices[index % choices.length] ?? null);
		answers[question.id] = { value, note: index % 3 === 0 ? `“Toelichting” ${index} met € en 🙂\nregel 2` : '', updatedAt: NOW };
	});
	answers[naQuestion.id] = { value: NOT_APPLICABLE, note: '', updatedAt: NOW };
	const scan: Scan = {
		id: '0b7a4d0e-8a3c-4c55-9d7c-0d8f6f0e9a11',
		schemaVersion: SCAN_SCHEMA_VERSION,
		checklistId: checklist.id,
		checklistVersion: checklist.version,
		mode: 'full',
		profile: {
			organisation: 'Gemeente Zoë',
			filledInBy: 'Sam',
			role: 'Beleidsmedewerker',
			phase: 'eerste',
			focusAreas: checklist.focusAreas.slice(0, 2).map((area) => area.id)
		},
		answers,
		plan: null,
		createdAt: '2026-11-20T09:00:00.000Z',
		updatedAt: NOW,
		demo: false
	};
	let plan = createPlan(checklist, scan, scoreScan(checklist, scan), NOW);
	plan = addCustomAction(plan, { title: 'Eigen actie', owner: 'Team', deadline: '2027-02-28', status: 'bezig' }, NOW);
	// The shape a read gives back: every action with its own time, and an (empty) record of kept-aside answers.
	return { ...scan, plan: { ...plan, actions: plan.actions.map((action) => ({ ...action, updatedAt: NOW })) }, setAside: {} };
}

function minimalScan(): Scan {
	return {
		id: '11111111-2222-4333-8444-555555555555',
		schemaVersion: SCAN_SCHEMA_VERSION,
		checklistId: checklist.id,
		checklistVersion: checklist.version,
		mode: 'quick',
		profile: { organisation: '', filledInBy: '', role: '', phase: 'orienterend', focusAreas: [] },
		answers: {},
		plan: null,
		createdAt: NOW,
		updatedAt: NOW,
		demo: false,
		setAside: {}
	};
}

/** A valid backup, changed by `edit` on its parsed form. */
function backupWith(edit: (backup: { scans: Record<string, any>[] } & Record<string, any>) => void, scan = fullScan()): string {
	const backup = JSON.parse(buildBackup(scan, NOW));
	edit(backup);
	return JSON.stringify(backup);
}

/** A message in Dutch; fails when a key (or a key inside it) has no text. */
function dutch(message: MessageRef): string {
	const text = translate(nl, message);
	expect(text, JSON.stringify(message)).not.toMatch(/backupFile\.|storage\./);
	return text;
}

/** The Dutch message of a refusal (the reader gives a catalogue key; the page puts it into words). */
function refused(result: ParseBackupResult): string {
	expect(result.ok).toBe(false);
	return result.ok ? '' : dutch(result.message);
}

/** The scans and the Dutch warnings of an accepted file. */
function accepted(result: ParseBackupResult): { scans: Scan[]; warnings: string[]; refs: MessageRef[] } {
	if (!result.ok) throw new Error(`Refused: ${translate(nl, result.message)}`);
	return { scans: result.scans, warnings: result.warnings.map(dutch), refs: result.warnings };
}

const SCAN_WRONG = 'De scan in de reservekopie klopt niet: ';
const KEPT_ASIDE = (n: number): string =>
	n === 1
		? '1 antwoord past niet meer bij deze versie van de vragenlijst. Het is apart bewaard en staat bij het controleren van de antwoorden, onder ‘Antwoorden uit een eerdere versie’.'
		: `${n} antwoorden passen niet meer bij deze versie van de vragenlijst. Ze zijn apart bewaard en staan bij het controleren van de antwoorden, onder ‘Antwoorden uit een eerdere versie’.`;

describe('parseBackup: valid files', () => {
	test('round trip: buildBackup → parseBackup gives the same scan back, without warnings', () => {
		const scan = fullScan();
		expect(scan.plan?.actions.length).toBeGreaterThan(1);
		const result = accepted(parseBackup(buildBackup(scan, NOW), checklist));
		expect(result.warnings).toEqual([]);
		expect(result.scans).toStrictEqual([scan]);
	});

	test('round trip of a minimal scan (no answers, no plan, empty texts)', () => {
		const scan = minimalScan();
		expect(accepted(parseBackup(buildBackup(scan, NOW), checklist)).scans).toStrictEqual([scan]);
	});

	test('the result is made of fresh plain objects', () => {
		const result = accepted(parseBackup(buildBackup(fullScan(), NOW), checklist));
		const scan = result.scans[0]!;
		for (const object of [scan, scan.profile, scan.answers, scan.plan, scan.plan?.actions[0]]) {
			expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
		}
	});

	test('a byte order mark and surrounding white space are fine', () => {
		expect(parseBackup(`\uFEFF\n ${buildBackup(minimalScan(), NOW)}\n`, checklist).ok).toBe(true);
	});

	test('several scans come back in order; warnings name the scan', () => {
		const other = { ...minimalScan(), id: '99999999-2222-4333-8444-555555555555', checklistVersion: '0.9.0' };
		const text = backupWith((backup) => backup.scans.push(JSON.parse(JSON.stringify(other))), minimalScan());
		const result = accepted(parseBackup(text, checklist));
		expect(result.scans.map((scan) => scan.id)).toEqual([minimalScan().id, other.id]);
		expect(result.warnings).toEqual([
			`Scan 2: De scan is gemaakt met versie 0.9.0 van de vragenlijst. Deze app gebruikt versie ${checklist.version}. Kijk de antwoorden goed na.`
		]);
	});

	test('demo: true becomes false, and a missing demo too', () => {
		const demo = parseBackup(backupWith((backup) => (backup.scans[0]!.demo = true)), checklist);
		expect(accepted(demo).scans[0]!.demo).toBe(false);
		const missing = parseBackup(backupWith((backup) => delete backup.scans[0]!.demo), checklist);
		expect(accepted(missing).scans[0]!.demo).toBe(false);
	});

	test('unknown keys are stripped silently, at every level', () => {
		const text = backupWith((backup) => {
			backup.extra = 1;
			const scan = backup.scans[0]!;
			scan.extra = { nested: true };
			scan.profile.extra = 'x';
			scan.answers[plainQuestion.id].extra = 'x';
			scan.plan.extra = [];
			scan.plan.actions[0].extra = null;
		});
		const result = accepted(parseBackup(text, checklist));
		expect(result.warnings).toEqual([]);
		expect(result.scans).toStrictEqual([fullScan()]);
	});

	test('answers to unknown questions are kept aside with a warning, never dropped', () => {
		const text = backupWith((backup) => {
			backup.scans[0]!.answers['bestaat-niet'] = { value: '1', note: 'Oude uitleg', updatedAt: NOW };
			backup.scans[0]!.answers['ook-niet'] = { value: null, note: '', updatedAt: NOW };
		});
		const result = accepted(parseBackup(text, checklist));
		expect(result.warnings).toEqual([KEPT_ASIDE(2)]);
		expect(Object.keys(result.scans[0]!.answers).sort()).toEqual(questions.map((question) => question.id).sort());
		expect(result.scans[0]!.setAside).toEqual({
			'bestaat-niet': { questionId: 'bestaat-niet', value: '1', note: 'Oude uitleg', updatedAt: NOW, fromVersion: checklist.version },
			'ook-niet': { questionId: 'ook-niet', value: null, note: '', updatedAt: NOW, fromVersion: checklist.version }
		});
	});

	test('one unknown question: singular warning', () => {
		const text = backupWith((backup) => (backup.scans[0]!.answers['bestaat-niet'] = { value: '1', note: '', updatedAt: NOW }));
		expect(accepted(parseBackup(text, checklist)).warnings).toEqual([KEPT_ASIDE(1)]);
	});

	test('an answer value that does not fit the question is kept aside with its note', () => {
		const text = backupWith((backup) => {
			backup.scans[0]!.answers[plainQuestion.id] = { value: '9', note: '', updatedAt: NOW };
			backup.scans[0]!.answers[naQuestion.id] = { value: 'onzin', note: 'Mijn uitleg', updatedAt: NOW };
		});
		const result = accepted(parseBackup(text, checklist));
		expect(result.warnings).toEqual([KEPT_ASIDE(2)]);
		const scan = result.scans[0]!;
		expect(scan.answers[plainQuestion.id]).toBeUndefined();
		expect(scan.answers[naQuestion.id]).toBeUndefined();
		expect(scan.setAside?.[naQuestion.id]).toEqual({
			questionId: naQuestion.id,
			value: 'onzin',
			note: 'Mijn uitleg',
			updatedAt: NOW,
			fromVersion: checklist.version,
			questionText: questionText(naQuestion, 'eerste')
		});
		expect(scan.setAside?.[plainQuestion.id]).toMatchObject({ value: '9' });
	});

	test('"Niet van toepassing" only where the question allows it; "Weet ik niet" where the scale allows it', () => {
		const text = backupWith((backup) => {
			backup.scans[0]!.answers[plainQuestion.id] = { value: NOT_APPLICABLE, note: '', updatedAt: NOW };
		});
		const result = accepted(parseBackup(text, checklist));
		expect(result.warnings).toEqual([KEPT_ASIDE(1)]);
		expect(result.scans[0]!.answers[plainQuestion.id]).toBeUndefined();
		expect(result.scans[0]!.setAside?.[plainQuestion.id]?.value).toBe(NOT_APPLICABLE);

		const unknownAllowed = answerChoices(checklist, plainQuestion).some((choice) => choice.value === UNKNOWN);
		const withUnknown = backupWith((backup) => {
			backup.scans[0]!.answers[plainQuestion.id] = { value: UNKNOWN, note: '', updatedAt: NOW };
		});
		expect(accepted(parseBackup(withUnknown, checklist)).scans[0]!.answers[plainQuestion.id]?.value).toBe(
			unknownAllowed ? UNKNOWN : undefined
		);
	});

	test('unknown focus areas are dropped with a warning; duplicates are merged', () => {
		const known = checklist.focusAreas[0]!.id;
		const text = backupWith((backup) => (backup.scans[0]!.profile.focusAreas = [known, 'marsbewoners', known, 'x']));
		const result = accepted(parseBackup(text, checklist));
		expect(result.scans[0]!.profile.focusAreas).toEqual([known]);
		expect(result.warnings).toEqual(['2 aandachtsgebieden zijn onbekend en zijn niet overgenomen.']);
	});

	test('an older checklist version gives a warning, not a refusal; the scan is migrated to this version', () => {
		const text = backupWith((backup) => (backup.scans[0]!.checklistVersion = '0.1.0'));
		const result = accepted(parseBackup(text, checklist));
		expect(result.scans[0]!.checklistVersion).toBe(checklist.version);
		expect(result.warnings[0]).toBe(
			`De scan is gemaakt met versie 0.1.0 van de vragenlijst. Deze app gebruikt versie ${checklist.version}. Kijk de antwoorden goed na.`
		);
		// The checklist's own migrations run on the way (from 1.0.0 on): what they cannot map is kept aside, and said so.
		expect(result.warnings.slice(1)).toEqual(
			Object.keys(result.scans[0]!.setAside ?? {}).length > 0 ? [expect.stringMatching(/apart bewaard/)] : []
		);
	});

	test('the stored version-1 fixture still reads (backups from older releases keep working)', () => {
		const text = readFileSync(new URL('../../../tests/fixtures/backups/backup-v1.json', import.meta.url), 'utf8');
		const result = accepted(parseBackup(text, checklist));
		expect(result.scans).toHaveLength(1);
		const scan = result.scans[0]!;
		expect(scan.id).toBe('3f2c9a1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b');
		expect(scan.profile.organisation).toBe('Gemeente Fixturedorp');
		expect(scan.demo).toBe(false);
		expect(scan.plan?.actions.map((action) => action.id)).toEqual(['eigen-1']);
	});
});

describe('parseBackup: the shared schema', () => {
	test('a plan action without its own time (data from before per-action times) gets the plan’s time', () => {
		const text = backupWith((backup) => {
			delete backup.scans[0]!.plan.actions[0].updatedAt;
			backup.scans[0]!.plan.actions[1].updatedAt = '2026-11-23T08:00:00.000Z';
			backup.scans[0]!.plan.updatedAt = '2026-11-24T12:00:00.000Z';
		});
		const actions = accepted(parseBackup(text, checklist)).scans[0]!.plan!.actions;
		expect(actions[0]!.updatedAt).toBe('2026-11-24T12:00:00.000Z');
		expect(actions[1]!.updatedAt).toBe('2026-11-23T08:00:00.000Z');
	});

	test('kept-aside answers in a backup come back as they were', () => {
		const setAside = {
			'oude-vraag': {
				questionId: 'oude-vraag',
				value: '2',
				note: 'Uit versie 0.9',
				updatedAt: NOW,
				fromVersion: '0.9.0',
				questionText: 'Een oude vraag?',
				answerLabel: 'Deels'
			}
		};
		const scan = { ...fullScan(), setAside };
		const result = accepted(parseBackup(buildBackup(scan, NOW), checklist));
		expect(result.warnings).toEqual([]);
		expect(result.scans).toStrictEqual([scan]);
	});

	test('a scan made with a newer checklist version is refused, not half imported', () => {
		const text = backupWith((backup) => (backup.scans[0]!.checklistVersion = '99.0.0'));
		expect(refused(parseBackup(text, checklist))).toBe(
			`De scan in de reservekopie is gemaakt met versie 99.0.0 van de vragenlijst. Deze app heeft versie ${checklist.version}. Werk de app bij en probeer het opnieuw.`
		);
	});

	test('markup in texts is kept literally, as text', () => {
		const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script>&amp;';
		const text = backupWith((backup) => {
			const scan = backup.scans[0]!;
			scan.profile.organisation = markup;
			scan.answers[plainQuestion.id].note = markup;
			scan.plan.actions[0].title = markup;
		});
		const scan = accepted(parseBackup(text, checklist)).scans[0]!;
		expect(scan.profile.organisation).toBe(markup);
		expect(scan.answers[plainQuestion.id]?.note).toBe(markup);
		expect(scan.plan?.actions[0]?.title).toBe(markup);
	});

	test(`texts at the limits are accepted, one character more is not`, () => {
		const atLimit = backupWith((backup) => {
			const scan = backup.scans[0]!;
			scan.profile.organisation = 'o'.repeat(LIMITS.organisation);
			scan.answers[plainQuestion.id].note = 'n'.repeat(LIMITS.note);
			scan.plan.actions[0].owner = 'e'.repeat(LIMITS.action.owner);
			scan.plan.actions[0].deadline = LIMITS.deadline.max;
		});
		expect(parseBackup(atLimit, checklist).ok).toBe(true);
		const over = backupWith((backup) => (backup.scans[0]!.plan.actions[0].owner = 'e'.repeat(LIMITS.action.owner + 1)));
		expect(refused(parseBackup(over, checklist))).toBe(`${SCAN_WRONG}actieplan, actie 1, eigenaar is te lang (meer dan 200 tekens).`);
	});
});

describe('parseBackup: huge inputs get "te groot", not the generic message', () => {
	const million = `[${Array.from({ length: 1_000_000 }, () => '1').join(',')}]`;
	const header = '{"type":"kwartiermaker-backup","version":1';
	test.each([
		['as the list of scans', `${header},"scans":${million}}`],
		['beside the scans', `${header},"extra":${million},"scans":[]}`],
		['as the focus areas of a scan', backupWith((backup) => (backup.scans[0]!.profile.focusAreas = 'PLACEHOLDER')).replace('"PLACEHOLDER"', million)]
	])('a flat list of a million items %s', (_where, text) => {
		expect(text.length).toBeLessThan(5 * 1024 * 1024);
		expect(refused(parseBackup(text, checklist))).toBe('Dit bestand is te groot: het bevat te veel gegevens voor een reservekopie.');
	});

	test('an object with half a million keys', () => {
		const keys = Array.from({ length: 510_000 }, (_, i) => `"${i.toString(36)}":1`).join(',');
		const text = `${header},"scans":[],"x":{${keys}}}`;
		expect(refused(parseBackup(text, checklist))).toBe('Dit bestand is te groot: het bevat te veel gegevens voor een reservekopie.');
	});
});

describe('reading bytes and files: the character encoding', () => {
	/** The scan's texts encoded as windows-1252 / Latin-1, as an editor on Windows may save them. */
	function latin1(text: string): Uint8Array {
		const bytes = new Uint8Array(text.length);
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			if (code > 0xff) throw new Error(`not Latin-1: ${text[i]}`);
			bytes[i] = code;
		}
		return bytes;
	}
	const latinScan = (): Scan => {
		const scan = minimalScan();
		scan.profile.organisation = 'Gemeente Zoë en Café';
		scan.answers[plainQuestion.id] = { value: null, note: 'Financiële afspraken: één keer per jaar, ± 3 uur.', updatedAt: NOW };
		return scan;
	};

	test('valid UTF-8 (with or without a byte order mark) reads without a warning', () => {
		const text = buildBackup(latinScan(), NOW);
		const plain = accepted(parseBackupBytes(new TextEncoder().encode(text), checklist));
		expect(plain.warnings).toEqual([]);
		expect(plain.scans[0]!.profile.organisation).toBe('Gemeente Zoë en Café');
		const withBom = accepted(parseBackupBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), checklist));
		expect(withBom.scans[0]!.profile.organisation).toBe('Gemeente Zoë en Café');
	});

	test('a Latin-1 file gets its letters back, with a warning, and no replacement characters', () => {
		const bytes = latin1(buildBackup(latinScan(), NOW));
		// Decoded as UTF-8 the ë would become U+FFFD; this is what happened before.
		expect(new TextDecoder().decode(bytes)).toContain('\uFFFD');
		const result = accepted(parseBackupBytes(bytes, checklist));
		expect(result.warnings[0]).toBe(
			'Dit bestand is niet als UTF-8 opgeslagen. Letters met accenten (zoals ë en é) zijn daarom omgezet. Kijk de teksten van de scan goed na.'
		);
		const scan = result.scans[0]!;
		expect(scan.profile.organisation).toBe('Gemeente Zoë en Café');
		expect(scan.answers[plainQuestion.id]?.note).toBe('Financiële afspraken: één keer per jaar, ± 3 uur.');
		expect(JSON.stringify(scan)).not.toContain('\uFFFD');
	});

	test('windows-1252 characters outside Latin-1 (€, “”) decode as well', () => {
		expect(decodeBackupBytes(new Uint8Array([0x80, 0x20, 0x93, 0x61, 0x94]))).toEqual({
			text: '€ “a”',
			warning: { key: 'backupFile.warnings.notUtf8' }
		});
	});

	test('a binary file that is no UTF-8 is still "geen reservekopie"', () => {
		expect(refused(parseBackupBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0xff, 0xfe, 0x00, 0x81]), checklist))).toBe(
			'Dit bestand is geen reservekopie van Kwartiermaker.'
		);
	});

	test('readBackupFile refuses a file over the limit before reading it, and reads a good one', async () => {
		const huge = { size: 6 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
		expect(refused(await readBackupFile(huge, checklist))).toBe('Dit bestand is te groot (meer dan 5 MB).');
		const file = new Blob([buildBackup(minimalScan(), NOW)], { type: 'application/json' });
		expect(accepted(await readBackupFile(file, checklist)).scans).toStrictEqual([minimalScan()]);
	});
});

describe('parseBackup: refused files', () => {
	test('not a backup', () => {
		const message = 'Dit bestand is geen reservekopie van Kwartiermaker.';
		expect(refused(parseBackup('hallo', checklist))).toBe(message);
		expect(refused(parseBackup('%PDF-1.7\u0000\u00ff\u00fe binary', checklist))).toBe(message);
		expect(refused(parseBackup('[1, 2]', checklist))).toBe(message);
		expect(refused(parseBackup('42', checklist))).toBe(message);
		expect(refused(parseBackup('{"type":"excalidraw","version":2}', checklist))).toBe(message);
		expect(refused(parseBackup(backupWith((backup) => delete backup.type), checklist))).toBe(message);
		expect(refused(parseBackup(undefined as unknown as string, checklist))).toBe(message);
	});

	test('empty file', () => {
		expect(refused(parseBackup('', checklist))).toBe('Dit bestand is leeg.');
		expect(refused(parseBackup(' \n\uFEFF', checklist))).toBe('Dit bestand is leeg.');
	});

	test('damaged JSON (for example a cut-off download)', () => {
		const text = buildBackup(fullScan(), NOW);
		expect(refused(parseBackup(text.slice(0, text.length / 2), checklist))).toBe(
			'Dit bestand is beschadigd: het is geen geldige JSON.'
		);
		expect(refused(parseBackup('{"type": kwartiermaker}', checklist))).toBe(
			'Dit bestand is beschadigd: het is geen geldige JSON.'
		);
	});

	test('too large: 6 MB, also when counted in UTF-8 bytes, and with a custom limit', () => {
		expect(refused(parseBackup('x'.repeat(6 * 1024 * 1024), checklist))).toBe('Dit bestand is te groot (meer dan 5 MB).');
		// 2 million euro signs: 2 million characters, but 6 million bytes.
		expect(refused(parseBackup(`{"a":"${'€'.repeat(2_000_000)}"}`, checklist))).toBe(
			'Dit bestand is te groot (meer dan 5 MB).'
		);
		expect(refused(parseBackup(buildBackup(fullScan(), NOW), checklist, { maxBytes: 2048 }))).toBe(
			'Dit bestand is te groot (meer dan 2 kB).'
		);
	});

	test('newer backup version', () => {
		expect(refused(parseBackup(backupWith((backup) => (backup.version = 2)), checklist))).toBe(
			'Deze reservekopie is gemaakt met een nieuwere versie van Kwartiermaker. Werk de app bij en probeer het opnieuw.'
		);
	});

	test('newer scan schema version', () => {
		expect(refused(parseBackup(backupWith((backup) => (backup.scans[0]!.schemaVersion = SCAN_SCHEMA_VERSION + 1)), checklist))).toBe(
			'Deze reservekopie is gemaakt met een nieuwere versie van Kwartiermaker. Werk de app bij en probeer het opnieuw.'
		);
	});

	test('missing or impossible version', () => {
		const message = 'Dit bestand is beschadigd: het versienummer van de reservekopie klopt niet.';
		for (const version of [undefined, '1', 0, -1, 1.5, null]) {
			expect(refused(parseBackup(backupWith((backup) => (backup.version = version)), checklist))).toBe(message);
		}
	});

	test('no scans', () => {
		expect(refused(parseBackup(backupWith((backup) => (backup.scans = [])), checklist))).toBe('De reservekopie bevat geen scans.');
		expect(refused(parseBackup(backupWith((backup) => delete (backup as Record<string, unknown>).scans), checklist))).toBe(
			'Dit bestand is beschadigd: de lijst met scans ontbreekt.'
		);
		expect(refused(parseBackup(backupWith((backup) => ((backup as Record<string, unknown>).scans = {})), checklist))).toBe(
			'Dit bestand is beschadigd: de lijst met scans ontbreekt.'
		);
	});

	test('more than 200 scans', () => {
		const text = backupWith((backup) => (backup.scans = Array.from({ length: 201 }, () => backup.scans[0]!)), minimalScan());
		expect(refused(parseBackup(text, checklist))).toBe('De reservekopie bevat te veel scans (meer dan 200).');
	});

	test('10 000 levels of nesting do not throw', () => {
		const deep = '['.repeat(10_000) + ']'.repeat(10_000);
		expect(refused(parseBackup(deep, checklist))).toBe('Dit bestand is geen reservekopie van Kwartiermaker.');
		const inBackup = `{"type":"kwartiermaker-backup","version":1,"scans":[${deep}]}`;
		expect(refused(parseBackup(inBackup, checklist))).toBe('Dit bestand is beschadigd: de gegevens zijn te diep genest.');
		const objects = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
		const inNote = backupWith((backup) => (backup.scans[0]!.answers[plainQuestion.id].note = 'PLACEHOLDER')).replace(
			'"PLACEHOLDER"',
			objects
		);
		expect(refused(parseBackup(inNote, checklist))).toBe('Dit bestand is beschadigd: de gegevens zijn te diep genest.');
	});

	test(`nesting up to ${MAX_BACKUP_DEPTH} levels is allowed, one more is not (also in keys that would be stripped)`, () => {
		// root (1) → scans (2) → scan (3) → extra (4) → … ; so `extra` may hold 17 more levels.
		const nest = (levels: number): unknown => (levels === 0 ? 'x' : [nest(levels - 1)]);
		const ok = backupWith((backup) => (backup.scans[0]!.extra = nest(MAX_BACKUP_DEPTH - 3)));
		expect(parseBackup(ok, checklist).ok).toBe(true);
		const tooDeep = backupWith((backup) => (backup.scans[0]!.extra = nest(MAX_BACKUP_DEPTH - 2)));
		expect(refused(parseBackup(tooDeep, checklist))).toBe('Dit bestand is beschadigd: de gegevens zijn te diep genest.');
	});

	describe('prototype pollution', () => {
		const valid = buildBackup(fullScan(), NOW);
		const cases: [string, string, string][] = [
			['__proto__ at the top', valid.replace('{', '{"__proto__":{"polluted":1},'), '__proto__'],
			['constructor.prototype at the top', valid.replace('{', '{"constructor":{"prototype":{"polluted":1}},'), 'constructor'],
			['__proto__ inside a scan', valid.replace('"id":', '"__proto__":{"polluted":1},"id":'), '__proto__'],
			['constructor.prototype inside a scan', valid.replace('"id":', '"constructor":{"prototype":{"polluted":1}},"id":'), 'constructor'],
			['__proto__ as a question id', valid.replace('"answers": {', '"answers": {"__proto__":{"value":"1","note":"","updatedAt":"x"},'), '__proto__'],
			['prototype deep in a plan action', valid.replace('"sourceActionId":', '"x":[{"prototype":{"polluted":1}}],"sourceActionId":'), 'prototype']
		];
		test.each(cases)('%s is refused', (_name, text, key) => {
			expect(text).not.toBe(valid);
			expect(refused(parseBackup(text, checklist))).toBe(
				`Dit bestand is niet ingelezen, omdat het een onveilige veldnaam bevat ("${key}").`
			);
			expect(({} as Record<string, unknown>).polluted).toBeUndefined();
			expect(Object.prototype).not.toHaveProperty('polluted');
		});
	});
});

describe('parseBackup: refused scans', () => {
	const cases: [string, (scan: Record<string, any>) => void, string][] = [
		['an id that is no UUID', (scan) => (scan.id = 'scan-1'), `${SCAN_WRONG}id heeft niet de juiste vorm.`],
		['an upper-case UUID', (scan) => (scan.id = scan.id.toUpperCase()), `${SCAN_WRONG}id heeft niet de juiste vorm.`],
		['a missing field', (scan) => delete scan.profile.organisation, `${SCAN_WRONG}profiel, organisatie ontbreekt.`],
		['missing answers', (scan) => delete scan.answers, `${SCAN_WRONG}antwoorden ontbreken.`],
		['focus areas that are not a list', (scan) => (scan.profile.focusAreas = 'armoede'), `${SCAN_WRONG}profiel, aandachtsgebieden hebben niet de juiste vorm.`],
		['an unknown mode', (scan) => (scan.mode = 'turbo'), `${SCAN_WRONG}soort scan is onbekend.`],
		[
			'an unknown phase',
			(scan) => (scan.profile.phase = 'klaar'),
			`${SCAN_WRONG}profiel, fase is onbekend (kies orienterend, eerste of structureel).`
		],
		['a bad date', (scan) => (scan.updatedAt = 'gisteren'), `${SCAN_WRONG}datum van de laatste wijziging is geen geldige datum en tijd.`],
		['an impossible date', (scan) => (scan.createdAt = '2026-02-30T25:00:00Z'), `${SCAN_WRONG}aanmaakdatum is geen geldige datum en tijd.`],
		[
			'a name over 200 characters',
			(scan) => (scan.profile.organisation = 'x'.repeat(201)),
			`${SCAN_WRONG}profiel, organisatie is te lang (meer dan 200 tekens).`
		],
		['answers as a list', (scan) => (scan.answers = []), `${SCAN_WRONG}antwoorden hebben niet de juiste vorm.`],
		[
			'a note over 10 000 characters',
			(scan) => (scan.answers[plainQuestion.id].note = 'x'.repeat(10_001)),
			`${SCAN_WRONG}antwoord op vraag ${plainQuestion.id}, toelichting is te lang (meer dan 10.000 tekens).`
		],
		[
			'an answer value that is a number',
			(scan) => (scan.answers[plainQuestion.id].value = 2),
			`${SCAN_WRONG}antwoord op vraag ${plainQuestion.id}, gekozen antwoord is geen tekst.`
		],
		[
			'a bad deadline',
			(scan) => (scan.plan.actions[1].deadline = '31-03-2026'),
			`${SCAN_WRONG}actieplan, actie 2, deadline is geen geldige datum (jaar-maand-dag).`
		],
		[
			'a deadline that does not exist',
			(scan) => (scan.plan.actions[0].deadline = '2026-02-30'),
			`${SCAN_WRONG}actieplan, actie 1, deadline is geen geldige datum (jaar-maand-dag).`
		],
		[
			'an unknown status',
			(scan) => (scan.plan.actions[0].status = 'gedaan'),
			`${SCAN_WRONG}actieplan, actie 1, status is onbekend (kies open, bezig of klaar).`
		],
		[
			'an unknown horizon',
			(scan) => (scan.plan.actions[0].horizon = '12-24'),
			`${SCAN_WRONG}actieplan, actie 1, termijn is onbekend (kies 0-3, 3-12 of later).`
		],
		['an unknown priority', (scan) => (scan.plan.actions[0].priority = 'hoog'), `${SCAN_WRONG}actieplan, actie 1, prioriteit is onbekend.`],
		[
			'an action text over the limit of the plan form',
			(scan) => (scan.plan.actions[0].why = 'x'.repeat(LIMITS.action.why + 1)),
			`${SCAN_WRONG}actieplan, actie 1, waarom is te lang (meer dan 1.000 tekens).`
		],
		[
			'a deadline outside the range of the plan form',
			(scan) => (scan.plan.actions[0].deadline = '1999-12-31'),
			`${SCAN_WRONG}actieplan, actie 1, deadline valt buiten 2000–2100.`
		],
		[
			'an answer to an unknown question with a broken shape',
			(scan) => (scan.answers['bestaat-niet'] = 'rommel'),
			`${SCAN_WRONG}antwoord op vraag bestaat-niet heeft niet de juiste vorm.`
		],
		[
			'a kept-aside answer without its version',
			(scan) => (scan.setAside = { x: { questionId: 'x', value: '1', note: '', updatedAt: NOW } }),
			`${SCAN_WRONG}apart bewaard antwoord x, versie ontbreekt.`
		],
		['kept-aside answers as a list', (scan) => (scan.setAside = []), `${SCAN_WRONG}antwoorden uit een eerdere versie hebben niet de juiste vorm.`],
		[
			'a plan action with a bad time',
			(scan) => (scan.plan.actions[0].updatedAt = 'gisteren'),
			`${SCAN_WRONG}actieplan, actie 1, datum van de laatste wijziging is geen geldige datum en tijd.`
		],
		[
			'two actions with the same id',
			(scan) => (scan.plan.actions[1].id = scan.plan.actions[0].id),
			`${SCAN_WRONG}actieplan heeft twee acties met dezelfde id.`
		],
		['a plan that is not an object', (scan) => (scan.plan = 'leeg'), `${SCAN_WRONG}actieplan heeft niet de juiste vorm.`],
		['a scan that is not an object', (_scan) => undefined, `${SCAN_WRONG}het is geen scan.`],
		[
			'another checklist',
			(scan) => (scan.checklistId = 'andere-lijst'),
			'De scan in de reservekopie hoort bij een andere vragenlijst. Deze app kan die scan niet inlezen.'
		]
	];
	test.each(cases)('%s', (name, edit, message) => {
		const text = backupWith((backup) => {
			if (name === 'a scan that is not an object') backup.scans[0] = 'scan' as unknown as Record<string, any>;
			else edit(backup.scans[0]!);
		});
		expect(refused(parseBackup(text, checklist))).toBe(message);
	});

	test('in a file with several scans the message names the scan, and nothing is imported', () => {
		const text = backupWith((backup) => {
			backup.scans.push({ ...backup.scans[0]!, mode: 'turbo' });
		}, minimalScan());
		expect(refused(parseBackup(text, checklist))).toBe('Scan 2 in de reservekopie klopt niet: soort scan is onbekend.');
	});
});

describe('parseBackup: messages are catalogue keys, in words in either language', () => {
	const english = (result: ParseBackupResult): string => {
		expect(result.ok).toBe(false);
		return result.ok ? '' : translate(en, result.message);
	};

	test('a refused file gives a key, not Dutch words', () => {
		expect(parseBackup('hallo', checklist)).toEqual({ ok: false, message: { key: 'backupFile.errors.notBackup' } });
		expect(english(parseBackup('hallo', checklist))).toBe('This file is not a Kwartiermaker backup.');
		expect(english(parseBackup(buildBackup(fullScan(), NOW), checklist, { maxBytes: 2048 }))).toBe('This file is too large (more than 2 kB).');
		expect(english(parseBackup('x'.repeat(6 * 1024 * 1024), checklist))).toBe('This file is too large (more than 5 MB).');
		expect(english(parseBackup(buildBackup(minimalScan(), NOW).replace('{', '{"__proto__":{"a":1},'), checklist))).toBe(
			'This file was not read because it contains an unsafe field name ("__proto__").'
		);
	});

	test('a message about a field names the scan, the field and the problem in English, with English numbers', () => {
		const note = backupWith((backup) => (backup.scans[0]!.answers[plainQuestion.id].note = 'x'.repeat(10_001)));
		expect(english(parseBackup(note, checklist))).toBe(
			`The scan in the backup is not right: answer to question ${plainQuestion.id}, explanation is too long (more than 10,000 characters).`
		);
		expect(english(parseBackup(backupWith((backup) => delete backup.scans[0]!.answers), checklist))).toBe(
			'The scan in the backup is not right: answers are missing.'
		);
		const owner = backupWith((backup) => (backup.scans[0]!.plan.actions[0].owner = 'e'.repeat(LIMITS.action.owner + 1)));
		expect(english(parseBackup(owner, checklist))).toBe(
			'The scan in the backup is not right: action plan, action 1, owner is too long (more than 200 characters).'
		);
		const second = backupWith((backup) => backup.scans.push({ ...backup.scans[0]!, mode: 'turbo' }), minimalScan());
		expect(english(parseBackup(second, checklist))).toBe('Scan 2 in the backup is not right: type of scan is unknown.');
		expect(english(parseBackup(backupWith((backup) => (backup.scans[0]!.checklistVersion = '99.0.0')), checklist))).toBe(
			`The scan in the backup was made with version 99.0.0 of the questions. This app has version ${checklist.version}. Update the app and try again.`
		);
	});

	test('warnings are keys too, and read in English', () => {
		const text = backupWith((backup) => {
			backup.scans[0]!.answers['bestaat-niet'] = { value: '1', note: '', updatedAt: NOW };
			backup.scans[0]!.profile.focusAreas = ['marsbewoners'];
		});
		const { refs } = accepted(parseBackup(text, checklist));
		expect(refs).toEqual([
			{ key: 'backupFile.warnings.keptAside', params: [1] },
			{ key: 'backupFile.warnings.unknownFocusAreas', params: [1] }
		]);
		expect(refs.map((ref) => translate(en, ref))).toEqual([
			'1 answer no longer fits this version of the questions. It has been kept separately and is shown when you check your answers, under ‘Answers from an earlier version’.',
			'1 focus area is unknown and was not taken over.'
		]);
		const other = { ...minimalScan(), id: '99999999-2222-4333-8444-555555555555', checklistVersion: '0.9.0' };
		const two = backupWith((backup) => backup.scans.push(JSON.parse(JSON.stringify(other))), minimalScan());
		expect(accepted(parseBackup(two, checklist)).refs.map((ref) => translate(en, ref))).toEqual([
			`Scan 2: The scan was made with version 0.9.0 of the questions. This app uses version ${checklist.version}. Check the answers carefully.`
		]);
	});
});

// ---------------------------------------------------------------------------------------------
// Fuzz
// ---------------------------------------------------------------------------------------------

/** A small seeded PRNG (mulberry32), so a failure can be reproduced. */
function prng(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('parseBackup: fuzz', () => {
	test('500 random and mutated inputs never throw and always give a clear answer', () => {
		const random = prng(20261124);
		const int = (max: number): number => Math.floor(random() * max);
		const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
		const KEYS = [
			'type', 'version', 'scans', 'id', 'answers', 'value', 'note', 'plan', 'actions', 'profile', 'phase', 'mode',
			'__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', plainQuestion.id, naQuestion.id, ''
		];
		const STRINGS = [
			'', 'kwartiermaker-backup', '1', '0', '4', 'nee', UNKNOWN, NOT_APPLICABLE, 'quick', 'full', 'eerste',
			'2026-01-01', NOW, 'x'.repeat(300), '\u0000', '\ud800', '🙂', '<script>'
		];
		const value = (depth: number): unknown => {
			const kind = int(depth > 6 ? 6 : 9);
			if (kind === 0) return null;
			if (kind === 1) return random() < 0.5;
			if (kind === 2) return pick([0, 1, -1, 1.5, 2, 1e308, -0, SCAN_SCHEMA_VERSION + 1]);
			if (kind <= 5) return pick(STRINGS);
			if (kind <= 6) return Array.from({ length: int(4) }, () => value(depth + 1));
			const object: Record<string, unknown> = {};
			for (let i = int(5); i > 0; i--) Object.defineProperty(object, pick(KEYS), { value: value(depth + 1), enumerable: true, configurable: true, writable: true });
			return object;
		};
		const valid = JSON.parse(buildBackup(fullScan(), NOW));
		/** Replaces, deletes or adds something at a random place in a copy of the valid backup. */
		const mutate = (): unknown => {
			const copy = JSON.parse(JSON.stringify(valid));
			for (let n = 1 + int(3); n > 0; n--) {
				let node: any = copy;
				for (let depth = int(6); depth > 0; depth--) {
					const keys = Object.keys(node);
					if (keys.length === 0) break;
					const next = node[pick(keys)];
					if (typeof next !== 'object' || next === null) break;
					node = next;
				}
				const keys = Object.keys(node);
				const key = keys.length > 0 && random() < 0.8 ? pick(keys) : pick(KEYS);
				if (random() < 0.2) delete node[key];
				else Object.defineProperty(node, key, { value: value(3), enumerable: true, configurable: true, writable: true });
			}
			return copy;
		};
		const validText = buildBackup(fullScan(), NOW);

		let accepted = 0;
		for (let i = 0; i < 500; i++) {
			let text: string;
			const mode = i % 5;
			if (mode <= 1) text = JSON.stringify(mutate());
			else if (mode === 2) text = JSON.stringify(value(0)) ?? 'null';
			else if (mode === 3) {
				// Cut or corrupt the valid text.
				const at = int(validText.length);
				text = random() < 0.5 ? validText.slice(0, at) : validText.slice(0, at) + pick(['"', '{', ']', ',', '\u0000']) + validText.slice(at + 1);
			} else text = Array.from({ length: int(200) }, () => String.fromCharCode(int(0x10000))).join('');

			let result: ParseBackupResult | undefined;
			expect(() => (result = parseBackup(text, checklist)), `input ${i}: ${text.slice(0, 200)}`).not.toThrow();
			expect(typeof result?.ok).toBe('boolean');
			if (result?.ok) {
				accepted++;
				expect(result.scans.length).toBeGreaterThan(0);
				for (const scan of result.scans) {
					expect(scan.demo).toBe(false);
					for (const [questionId, answer] of Object.entries(scan.answers)) {
						const question = questions.find((candidate) => candidate.id === questionId);
						expect(question, questionId).toBeDefined();
						if (answer.value !== null) {
							expect(answerChoices(checklist, question!).map((choice) => choice.value)).toContain(answer.value);
						}
					}
				}
				for (const warning of result.warnings) {
					for (const messages of [nl, en]) expect(translate(messages, warning)).toMatch(/^\S.*\.$/s);
				}
			} else if (result) {
				expect(result.message.key).not.toBe('backupFile.errors.unexpected');
				// Every refusal has words in both languages: no key is left as it is, in the message or inside it.
				for (const messages of [nl, en]) {
					const text = translate(messages, result.message);
					expect(text, JSON.stringify(result.message)).toMatch(/^\S.*\.$/s);
					expect(text, JSON.stringify(result.message)).not.toMatch(/backupFile\.|\bundefined\b|\[object/);
				}
			}
		}
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		// The mutations keep some files valid, so the accepting path is fuzzed too.
		expect(accepted).toBeGreaterThan(10);
	});
});
