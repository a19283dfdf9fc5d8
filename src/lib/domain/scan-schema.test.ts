import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import {
	ACTION_STATUSES,
	ActionPlanSchema,
	AnswerSchema,
	BACKUP_TYPE,
	BackupEnvelopeSchema,
	BackupScanSchema,
	HORIZONS,
	LIMITS,
	PlanActionSchema,
	SCAN_SCHEMA_VERSION,
	ScanProfileSchema,
	SetAsideAnswerSchema,
	deadlineProblem,
	parseStoredScan,
	readStoredScan
} from './scan-schema.ts';
import type { Scan } from './scan.ts';

const T = '2026-11-24T10:00:00.000Z';
const MARKUP = '<img src=x onerror="alert(1)"><script>alert(2)</script>&lt;';

const answer = () => ({ value: '2', note: 'Toelichting', updatedAt: T });
const profile = () => ({ organisation: 'Gemeente Zoë', filledInBy: 'Sam', role: 'Beleid', phase: 'eerste', focusAreas: ['armoede'] });
const action = () => ({
	id: 'eigen-1',
	sourceActionId: null,
	themeId: null,
	questionId: null,
	title: 'Gesprek plannen',
	why: 'Omdat',
	firstStep: 'Mailen',
	owner: 'Team',
	deadline: '2027-01-31',
	horizon: '0-3',
	status: 'open',
	priority: 'custom',
	updatedAt: T
});
const plan = () => ({ actions: [action()], createdAt: T, updatedAt: T });
const setAside = () => ({ questionId: 'oud', value: '1', note: '', updatedAt: T, fromVersion: '0.9.0' });
const scan = (): Record<string, unknown> => ({
	id: '11111111-2222-4333-8444-555555555555',
	schemaVersion: SCAN_SCHEMA_VERSION,
	checklistId: 'kwartiermaken',
	checklistVersion: '1.0.0',
	mode: 'full',
	profile: profile(),
	answers: { 'k1-plan': answer() },
	plan: plan(),
	createdAt: T,
	updatedAt: T,
	demo: false,
	setAside: { oud: setAside() }
});

/** A copy with one change made through `edit` (on a JSON copy, so keys such as __proto__ stay own keys). */
function edited<T>(make: () => T, edit: (value: any) => void): unknown {
	const copy = JSON.parse(JSON.stringify(make()));
	edit(copy);
	return copy;
}

const ok = (schema: v.GenericSchema, value: unknown): boolean => v.safeParse(schema, value).success;

describe('each shape accepts good data and refuses a wrong type', () => {
	test.each<[string, v.GenericSchema, () => unknown, (value: any) => void]>([
		['Answer: value is a number', AnswerSchema, answer, (a) => (a.value = 2)],
		['Answer: note is missing', AnswerSchema, answer, (a) => delete a.note],
		['Answer: not an object', AnswerSchema, answer, () => undefined],
		['Answer: a time that is no time', AnswerSchema, answer, (a) => (a.updatedAt = 'gisteren')],
		['Profile: unknown phase', ScanProfileSchema, profile, (p) => (p.phase = 'klaar')],
		['Profile: focus areas as text', ScanProfileSchema, profile, (p) => (p.focusAreas = 'armoede')],
		['PlanAction: unknown status', PlanActionSchema, action, (a) => (a.status = 'gedaan')],
		['PlanAction: unknown horizon', PlanActionSchema, action, (a) => (a.horizon = '12-24')],
		['PlanAction: deadline 30 February', PlanActionSchema, action, (a) => (a.deadline = '2027-02-30')],
		['PlanAction: deadline as day-month-year', PlanActionSchema, action, (a) => (a.deadline = '31-01-2027')],
		['ActionPlan: actions as an object', ActionPlanSchema, plan, (p) => (p.actions = {})],
		['ActionPlan: two actions with one id', ActionPlanSchema, plan, (p) => p.actions.push(p.actions[0])],
		['SetAside: no version', SetAsideAnswerSchema, setAside, (s) => delete s.fromVersion],
		['Scan: answers as a list', BackupScanSchema, scan, (s) => (s.answers = [])],
		['Scan: kept-aside answers as a list', BackupScanSchema, scan, (s) => (s.setAside = [])],
		['Scan: unknown mode', BackupScanSchema, scan, (s) => (s.mode = 'turbo')],
		['Scan: id that is no UUID (backup)', BackupScanSchema, scan, (s) => (s.id = 'scan-1')]
	])('%s', (_name, schema, make, edit) => {
		expect(ok(schema, make())).toBe(true);
		const broken = _name.endsWith('not an object') ? 'tekst' : edited(make, edit);
		expect(ok(schema, broken)).toBe(false);
	});
});

describe('limits: at the limit is accepted, one more is refused', () => {
	const text = (n: number) => 'x'.repeat(n);
	test.each<[string, v.GenericSchema, () => unknown, (value: any, length: number) => void, number]>([
		['organisation', ScanProfileSchema, profile, (p, n) => (p.organisation = text(n)), LIMITS.organisation],
		['filledInBy', ScanProfileSchema, profile, (p, n) => (p.filledInBy = text(n)), LIMITS.filledInBy],
		['role', ScanProfileSchema, profile, (p, n) => (p.role = text(n)), LIMITS.role],
		['note', AnswerSchema, answer, (a, n) => (a.note = text(n)), LIMITS.note],
		['action title', PlanActionSchema, action, (a, n) => (a.title = text(n)), LIMITS.action.title],
		['action why', PlanActionSchema, action, (a, n) => (a.why = text(n)), LIMITS.action.why],
		['action first step', PlanActionSchema, action, (a, n) => (a.firstStep = text(n)), LIMITS.action.firstStep],
		['action owner', PlanActionSchema, action, (a, n) => (a.owner = text(n)), LIMITS.action.owner],
		['focus areas', ScanProfileSchema, profile, (p, n) => (p.focusAreas = Array.from({ length: n }, (_, i) => `w${i}`)), LIMITS.focusAreas],
		['plan size', ActionPlanSchema, plan, (p, n) => (p.actions = Array.from({ length: n }, (_, i) => ({ ...p.actions[0], id: `eigen-${i}` }))), LIMITS.planActions],
		[
			'answers',
			BackupScanSchema,
			scan,
			(s, n) => (s.answers = Object.fromEntries(Array.from({ length: n }, (_, i) => [`q${i}`, answer()]))),
			LIMITS.answers
		]
	])('%s', (_name, schema, make, set, limit) => {
		expect(ok(schema, edited(make, (value) => set(value, limit)))).toBe(true);
		expect(ok(schema, edited(make, (value) => set(value, limit + 1)))).toBe(false);
	});

	test('deadline range: the first and last day pass, a day outside does not', () => {
		expect(deadlineProblem(LIMITS.deadline.min)).toBeNull();
		expect(deadlineProblem(LIMITS.deadline.max)).toBeNull();
		expect(deadlineProblem('1999-12-31')).toBe('range');
		expect(deadlineProblem('2101-01-01')).toBe('range');
		expect(deadlineProblem('2028-02-29')).toBeNull();
		expect(deadlineProblem('2027-02-29')).toBe('day');
		expect(deadlineProblem('')).toBeNull();
		expect(ok(PlanActionSchema, { ...action(), deadline: '2101-01-01' })).toBe(false);
	});

	test('the status and horizon lists are the ones the plan uses', () => {
		expect(ACTION_STATUSES).toEqual(['open', 'bezig', 'klaar']);
		expect(HORIZONS).toEqual(['0-3', '3-12', 'later']);
	});
});

describe('markup is kept literally, as text', () => {
	test('in names, notes and plan texts', () => {
		const input = edited(scan, (s) => {
			s.profile.organisation = MARKUP;
			s.answers['k1-plan'].note = MARKUP;
			s.plan.actions[0].title = MARKUP;
		});
		const result = v.parse(BackupScanSchema, input);
		expect(result.profile.organisation).toBe(MARKUP);
		expect(result.answers['k1-plan']?.note).toBe(MARKUP);
		expect(result.plan?.actions[0]?.title).toBe(MARKUP);
	});
});

describe('defaults for data from before a field existed', () => {
	test('a plan action without updatedAt gets the plan’s updatedAt', () => {
		const later = '2026-12-01T08:00:00.000Z';
		const result = v.parse(ActionPlanSchema, edited(plan, (p) => {
			delete p.actions[0].updatedAt;
			p.updatedAt = later;
		}));
		expect(result.actions[0]?.updatedAt).toBe(later);
	});

	test('a scan without setAside or demo reads as a real scan with none kept aside', () => {
		const result = parseStoredScan(edited(scan, (s) => {
			delete s.setAside;
			delete s.demo;
		}));
		expect(result?.demo).toBe(false);
		expect(result?.setAside).toBeUndefined();
	});
});

describe('parseStoredScan / readStoredScan (IndexedDB reads)', () => {
	test('a good stored scan comes back as fresh plain objects, unknown keys left out', () => {
		const raw: Record<string, unknown> = { ...scan(), unmigratedAnswers: { x: 1 }, extra: 'weg' };
		const result = parseStoredScan(raw) as Scan & Record<string, unknown>;
		expect(result).not.toBeNull();
		expect(result.extra).toBeUndefined();
		expect(result.unmigratedAnswers).toBeUndefined();
		expect(result.profile).not.toBe(raw.profile);
		expect(Object.getPrototypeOf(result.answers)).toBe(Object.prototype);
	});

	test('the demo scan’s id is fine in storage', () => {
		expect(parseStoredScan({ ...scan(), id: 'demo', demo: true })?.demo).toBe(true);
	});

	test('a scan from a newer release is refused as newer, with a catalogue key, and left alone', () => {
		expect(readStoredScan({ ...scan(), schemaVersion: SCAN_SCHEMA_VERSION + 1 })).toEqual({
			ok: false,
			problem: 'newer',
			message: { key: 'storage.errors.scanNewer' }
		});
	});

	test.each<[string, unknown]>([
		['null', null],
		['a text', 'scan'],
		['a list', [scan()]],
		['a wrong type inside', edited(scan, (s) => (s.answers['k1-plan'].value = 3))],
		['an oversized note', edited(scan, (s) => (s.answers['k1-plan'].note = 'x'.repeat(LIMITS.note + 1)))],
		['__proto__ as a question id', JSON.parse(JSON.stringify(scan()).replace('"k1-plan"', '"__proto__"'))],
		['constructor inside the profile', JSON.parse(JSON.stringify(scan()).replace('"organisation"', '"constructor":{"prototype":{"x":1}},"organisation"'))],
		['prototype in a kept-aside answer', JSON.parse(JSON.stringify(scan()).replace('"fromVersion"', '"prototype":1,"fromVersion"'))],
		['nesting 25 levels deep', { ...scan(), extra: JSON.parse('['.repeat(25) + ']'.repeat(25)) }]
	])('%s is refused as damaged, without throwing', (_name, raw) => {
		expect(readStoredScan(raw)).toEqual({ ok: false, problem: 'damaged', message: { key: 'storage.errors.scanDamaged' } });
		expect(parseStoredScan(raw)).toBeNull();
		expect(({} as Record<string, unknown>).x).toBeUndefined();
	});
});

describe('BackupEnvelopeSchema', () => {
	const envelope = () => ({ type: BACKUP_TYPE, version: 1, source: 'Kwartiermaker', createdAt: T, scans: [scan()] });
	test('accepts a backup envelope (the scans are checked one by one afterwards)', () => {
		expect(ok(BackupEnvelopeSchema, envelope())).toBe(true);
	});
	test.each<[string, (e: any) => void]>([
		['another type', (e) => (e.type = 'excalidraw')],
		['a version as text', (e) => (e.version = '1')],
		['no scans', (e) => (e.scans = [])],
		['too many scans', (e) => (e.scans = Array.from({ length: LIMITS.backupScans + 1 }, () => 1))],
		['scans as an object', (e) => (e.scans = {})],
		['no scans and no workshops', (e) => ((e.scans = []), (e.workshops = []))],
		['too many workshops', (e) => (e.workshops = Array.from({ length: LIMITS.backupWorkshops + 1 }, () => 1))],
		['workshops as an object', (e) => (e.workshops = {})]
	])('refuses %s', (_name, edit) => {
		expect(ok(BackupEnvelopeSchema, edited(envelope, edit))).toBe(false);
	});
	test('accepts a werksessie backup without scans (the workshops are checked one by one afterwards)', () => {
		expect(ok(BackupEnvelopeSchema, edited(envelope, (e) => ((e.scans = []), (e.workshops = [{}]))))).toBe(true);
	});
});

describe('repeatOf: the earlier scan a repeated scan follows up (optional)', () => {
	const earlierId = '99999999-8888-4777-8666-555555555555';
	test('a scan without it reads as before; with it, the id is kept in storage and in backups', () => {
		expect(parseStoredScan(scan())?.repeatOf).toBeUndefined();
		expect(parseStoredScan({ ...scan(), repeatOf: earlierId })?.repeatOf).toBe(earlierId);
		expect(v.parse(BackupScanSchema, { ...scan(), repeatOf: earlierId }).repeatOf).toBe(earlierId);
	});
	test.each<[string, unknown]>([
		['a number', 42],
		['an empty text', ''],
		['an object', { id: earlierId }],
		['a list', [earlierId]],
		['null', null],
		['an oversized text', 'x'.repeat(LIMITS.id + 1)],
		['the demo scan’s id (the demo is never repeated)', 'demo'],
		['a UUID with markup after it', `${earlierId}<b>`]
	])('%s is refused, in storage and in a backup', (_name, value) => {
		expect(parseStoredScan({ ...scan(), repeatOf: value })).toBeNull();
		expect(ok(BackupScanSchema, { ...scan(), repeatOf: value })).toBe(false);
	});
	test('prototype keys next to it change nothing', () => {
		const raw = JSON.parse(JSON.stringify({ ...scan(), repeatOf: earlierId }).replace('"repeatOf"', '"__proto__":{"x":1},"repeatOf"'));
		expect(readStoredScan(raw).ok).toBe(false);
		expect(({} as Record<string, unknown>).x).toBeUndefined();
	});
});

describe('delegations and delegatedPart (themes handed to a colleague): optional, additive', () => {
	const HAND_OUT = '22222222-3333-4444-8555-666666666666';
	const record = () => ({
		id: HAND_OUT,
		themes: ['k1'],
		role: 'beleidsmedewerker',
		note: MARKUP,
		handedOutAt: T,
		status: 'out',
		returnedAt: null,
		mergedAt: null,
		checklistVersion: '1.0.0',
		answersAtHandOut: { 'k1-plan': { value: '2', note: MARKUP } }
	});
	const part = () => ({
		handOutId: HAND_OUT,
		scanId: '11111111-2222-4333-8444-555555555555',
		askedBy: { name: 'Sam', role: '', organisation: MARKUP },
		role: 'teamleider',
		note: '',
		themes: ['k1', 'k2'],
		handedOutAt: T,
		returnedAt: null
	});

	test('a scan without them reads as before, without the fields', () => {
		const result = readStoredScan(scan());
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect('delegations' in result.scan).toBe(false);
		expect('delegatedPart' in result.scan).toBe(false);
	});

	test('both round-trip, with markup kept literally', () => {
		const result = readStoredScan({ ...scan(), delegations: [record()], delegatedPart: part() });
		expect(result.ok && result.scan.delegations).toEqual([record()]);
		expect(result.ok && result.scan.delegatedPart).toEqual(part());
	});

	test.each<[string, (value: any) => void]>([
		['an unknown status', (s) => (s.delegations[0].status = 'lost')],
		['no themes', (s) => (s.delegations[0].themes = [])],
		['an empty role', (s) => (s.delegations[0].role = '')],
		['a role that is too long', (s) => (s.delegations[0].role = 'x'.repeat(101))],
		['a hand-out id that is no UUID', (s) => (s.delegations[0].id = 'abc')],
		['delegations as an object', (s) => (s.delegations = {})],
		['too many hand-outs', (s) => (s.delegations = Array.from({ length: 101 }, () => s.delegations[0]))],
		['an answer at hand-out with a number', (s) => (s.delegations[0].answersAtHandOut['k1-plan'].value = 3)],
		['a delegated part for a scan id that is no UUID', (s) => (s.delegatedPart.scanId = 'demo')],
		['a delegated part without who asked', (s) => delete s.delegatedPart.askedBy]
	])('refused: %s', (_name, edit) => {
		const raw = edited(() => ({ ...scan(), delegations: [record()], delegatedPart: part() }), edit);
		expect(readStoredScan(raw)).toMatchObject({ ok: false, problem: 'damaged' });
	});

	test('a __proto__ key in the answers at hand-out is refused, not stripped', () => {
		const raw = JSON.parse(
			JSON.stringify({ ...scan(), delegations: [record()] }).replace('"answersAtHandOut":{', '"answersAtHandOut":{"__proto__":{"value":"1","note":""},')
		);
		expect(readStoredScan(raw)).toMatchObject({ ok: false, problem: 'damaged' });
	});
});
