import { describe, expect, test } from 'vitest';
import checklist from '../../../checklists/kwartiermaken.yaml';
import { addCustomAction, createPlan } from '../domain/action-plan.ts';
import type { Answer, PlanAction, Scan } from '../domain/scan.ts';
import { SCAN_SCHEMA_VERSION } from '../domain/scan.ts';
import { scaleOf } from '../domain/scope.ts';
import { scoreScan } from '../domain/scoring.ts';
import { enAll as en } from '../i18n/whole-catalogues.ts';
import { translate, type MessageRef } from '../i18n/message-ref.ts';
import { nlAll as nl } from '../i18n/whole-catalogues.ts';
import { buildBackup } from './backup.ts';
import {
	buildShareHash,
	createShareLink,
	decodeSharePayload,
	encodeSharePayload,
	fromBase64Url,
	isShareHash,
	MAX_SHARE_JSON_BYTES,
	MAX_SHARE_LINK_CHARS,
	readShareHash,
	SHARE_HASH_PREFIX,
	toBase64Url
} from './share-link.ts';

const NOW = '2026-11-24T10:00:00.000Z';
const BASE = 'https://kwartiermaker.example/app/';
const questions = checklist.themes.flatMap((theme) => theme.questions);

function baseScan(overrides: Partial<Scan> = {}): Scan {
	return {
		id: '0b7a4d0e-8a3c-4c55-9d7c-0d8f6f0e9a11',
		schemaVersion: SCAN_SCHEMA_VERSION,
		checklistId: checklist.id,
		checklistVersion: checklist.version,
		mode: 'quick',
		profile: { organisation: 'Gemeente Zoë', filledInBy: 'Sam', role: 'Beleid', phase: 'eerste', focusAreas: [] },
		answers: {},
		plan: null,
		createdAt: '2026-11-20T09:00:00.000Z',
		updatedAt: NOW,
		demo: false,
		...overrides
	};
}

/** A small scan with a few answers and notes in awkward characters. */
function smallScan(): Scan {
	const answers: Record<string, Answer> = {};
	questions.slice(0, 6).forEach((question, index) => {
		const option = scaleOf(checklist, question).options[index % 3]!;
		answers[question.id] = { value: option.id, note: index % 2 ? `“Toelichting” ${index} met € en 🙂\nregel 2` : '', updatedAt: NOW };
	});
	return baseScan({ answers });
}

/**
 * Deterministic Dutch notes that differ per question, like real ones: built from phrases a policy
 * officer would write, mixed with the question's own words, so compression gets no unfair advantage
 * from repeated text.
 */
const PHRASES = [
	'In het team hebben we dit besproken',
	'De wethouder is hiervan op de hoogte',
	'Er is nog geen budget voor vastgesteld',
	'Sinds vorig jaar werken we met twee ervaringswerkers',
	'De cliëntenraad heeft hier in maart advies over gegeven',
	'Dit staat in de nota sociaal domein 2025–2028',
	'Het management wil eerst de evaluatie afwachten',
	'Volgens de teamleider gaat dit goed, maar het is niet vastgelegd',
	'We weten niet precies hoe de aanbieders dit regelen',
	'Na de zomer volgt een gesprek met de regio',
	'De ervaringswerkers zelf zijn hier kritisch over',
	'Het inwerkprogramma wordt nu herschreven'
];
function note(index: number, question: (typeof questions)[number]): string {
	const pick = (n: number) => PHRASES[(index * 7 + n * 5) % PHRASES.length]!;
	const words = question.text.split(/\s+/).slice(2, 9).join(' ').toLowerCase();
	return `${pick(1)}. Over ‘${words}’: ${pick(2).toLowerCase()} (${index + 3} keer genoemd). ${pick(3)}; actie voor ${1 + (index % 12)}-${2027 + (index % 2)}.`;
}

/** The largest realistic scan: full, every question answered with a note, and a plan of 30 actions. */
function largestRealisticScan(): Scan {
	const answers: Record<string, Answer> = {};
	questions.forEach((question, index) => {
		const options = [...scaleOf(checklist, question).options].sort((a, b) => a.score - b.score);
		// Mostly low answers, so the plan proposes many actions.
		answers[question.id] = { value: options[index % 2]!.id, note: note(index, question), updatedAt: NOW };
	});
	const scan = baseScan({
		mode: 'full',
		profile: {
			organisation: 'Gemeente Súdwest-Fryslân en de samenwerkende gemeenten in de regio',
			filledInBy: 'Fatima el Amrani-van der Berg',
			role: 'Beleidsadviseur participatie en ervaringsdeskundigheid',
			phase: 'structureel',
			focusAreas: checklist.focusAreas.map((area) => area.id)
		},
		answers
	});
	let plan = createPlan(checklist, scan, scoreScan(checklist, scan), NOW);
	const owners = ['teamleider Wmo', 'beleidsadviseur', 'wethouder', 'HR-adviseur', 'kwartiermaker'];
	const actions: PlanAction[] = plan.actions.slice(0, 30).map((action, index) => ({
		...action,
		owner: owners[index % owners.length]!,
		deadline: `2027-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`,
		status: (['open', 'bezig', 'klaar'] as const)[index % 3]!
	}));
	plan = { ...plan, actions };
	for (let i = actions.length; i < 30; i++) {
		plan = addCustomAction(plan, { title: `Eigen actie ${i}: ${PHRASES[i % PHRASES.length]}`, owner: owners[i % 5]!, deadline: '2027-06-30' }, NOW);
	}
	expect(plan.actions).toHaveLength(30);
	return { ...scan, plan };
}

/** A link's hash with arbitrary JSON text as its data (a link someone made by hand). */
async function hashOfText(text: string): Promise<string> {
	return `${SHARE_HASH_PREFIX}1.${await encodeSharePayload(text)}`;
}

async function refusal(hash: string): Promise<MessageRef> {
	const result = await readShareHash(hash, checklist);
	if (result.ok) throw new Error('expected the link to be refused');
	return result.message;
}

describe('base64url', () => {
	test('round-trips every byte value, without padding or + and /', () => {
		const bytes = Uint8Array.from({ length: 256 * 3 + 1 }, (_, i) => (i * 37) % 256);
		const text = toBase64Url(bytes);
		expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(fromBase64Url(text)).toEqual(bytes);
	});

	test('refuses characters outside the alphabet and impossible lengths', () => {
		expect(fromBase64Url('abc+')).toBeNull();
		expect(fromBase64Url('ab c')).toBeNull();
		expect(fromBase64Url('abcde')).toBeNull();
	});
});

describe('share links', () => {
	test('a scan round-trips through a link: same answers, notes, plan and dates', async () => {
		const scan = largestRealisticScan();
		const created = await createShareLink(BASE, scan, NOW, 100_000);
		expect(created.ok).toBe(true);
		if (!created.ok) return;
		expect(created.url.startsWith(`${BASE}${SHARE_HASH_PREFIX}1.`)).toBe(true);
		expect(created.length).toBe(created.url.length);
		const read = await readShareHash(new URL(created.url).hash, checklist);
		// Reading always fills in `setAside` (answers of an earlier checklist version; none here).
		expect(read).toEqual({ ok: true, scan: { ...scan, setAside: {} }, warnings: [], sharedAt: NOW });
	});

	test('an existing hash on the page address is replaced, not kept', async () => {
		const created = await createShareLink(`${BASE}#/scan/abc`, smallScan(), NOW);
		expect(created.ok && created.url.startsWith(`${BASE}#/ontvang/1.`)).toBe(true);
	});

	test('the data is the backup envelope, without indentation', async () => {
		const scan = smallScan();
		const hash = await buildShareHash(scan, NOW);
		const decoded = await decodeSharePayload(hash.slice(`${SHARE_HASH_PREFIX}1.`.length));
		expect(decoded).toEqual({ ok: true, text: JSON.stringify(JSON.parse(buildBackup(scan, NOW))) });
	});

	test(`the largest realistic scan is measured against the ${MAX_SHARE_LINK_CHARS}-character limit`, async () => {
		const scan = largestRealisticScan();
		const json = JSON.stringify(JSON.parse(buildBackup(scan, NOW)));
		const created = await createShareLink(BASE, scan, NOW);
		const length = created.ok || created.reason === 'too-large' ? created.length : -1;
		// Shown in the test output; the README quotes it.
		console.info(`share link for the largest realistic scan: ${length} characters (JSON ${json.length} characters)`);
		expect(length).toBeGreaterThan(1000);
		// Whichever side of the limit it falls, the app's answer must match the length.
		expect(created.ok).toBe(length <= MAX_SHARE_LINK_CHARS);
	});

	test('a link over the limit is refused with its length, so the app can offer a file', async () => {
		const created = await createShareLink(BASE, smallScan(), NOW, 200);
		expect(created).toMatchObject({ ok: false, reason: 'too-large' });
		expect(!created.ok && created.reason === 'too-large' && created.length).toBeGreaterThan(200);
	});

	test('isShareHash recognises the prefix with or without #', () => {
		expect(isShareHash('#/ontvang/1.abc')).toBe(true);
		expect(isShareHash('/ontvang/1.abc')).toBe(true);
		expect(isShareHash('#/scan/x')).toBe(false);
		expect(isShareHash('#/ontvangen')).toBe(false);
	});
});

describe('hostile or broken links are refused with a message', () => {
	test('a changed character anywhere in the data is refused as damaged (checksum)', async () => {
		const hash = await buildShareHash(smallScan(), NOW);
		const start = `${SHARE_HASH_PREFIX}1.`.length;
		const payload = hash.slice(start);
		let tried = 0;
		// Every position but the last, whose low bits may be padding that base64 ignores.
		for (let i = 0; i < payload.length - 1; i += Math.max(1, Math.floor(payload.length / 60))) {
			const original = payload[i]!;
			const replacement = original === 'A' ? 'B' : 'A';
			const tampered = `${hash.slice(0, start)}${payload.slice(0, i)}${replacement}${payload.slice(i + 1)}`;
			expect(await refusal(tampered), `changed at ${i}`).toEqual({ key: 'shareLink.errors.damaged' });
			tried++;
		}
		expect(tried).toBeGreaterThan(30);
	});

	test('characters outside base64url are refused as damaged', async () => {
		const hash = await buildShareHash(smallScan(), NOW);
		expect(await refusal(`${hash.slice(0, 40)}%3C${hash.slice(43)}`)).toEqual({ key: 'shareLink.errors.damaged' });
		expect(await refusal(`${hash}=`)).toEqual({ key: 'shareLink.errors.damaged' });
	});

	test('a cut-off link is refused as damaged, wherever it was cut', async () => {
		const hash = await buildShareHash(smallScan(), NOW);
		for (const keep of [0.1, 0.5, 0.9, 0.99]) {
			const cut = hash.slice(0, Math.floor(hash.length * keep));
			expect(['shareLink.errors.damaged', 'shareLink.errors.notShare'], `kept ${keep}`).toContain((await refusal(cut)).key);
		}
		expect(await refusal(hash.slice(0, -2))).toEqual({ key: 'shareLink.errors.damaged' });
		expect(await refusal(SHARE_HASH_PREFIX)).toEqual({ key: 'shareLink.errors.damaged' });
	});

	test('a link with a newer format asks to update; an unknown format or other link is foreign', async () => {
		const hash = await buildShareHash(smallScan(), NOW);
		const payload = hash.slice(`${SHARE_HASH_PREFIX}1.`.length);
		expect(await refusal(`${SHARE_HASH_PREFIX}2.${payload}`)).toEqual({ key: 'shareLink.errors.newer' });
		expect(await refusal(`${SHARE_HASH_PREFIX}0.${payload}`)).toEqual({ key: 'shareLink.errors.notShare' });
		expect(await refusal(`${SHARE_HASH_PREFIX}v1.${payload}`)).toEqual({ key: 'shareLink.errors.notShare' });
		expect(await refusal(`${SHARE_HASH_PREFIX}${payload}`)).toEqual({ key: 'shareLink.errors.notShare' });
		expect(await refusal('#/scan/0b7a4d0e-8a3c-4c55-9d7c-0d8f6f0e9a11')).toEqual({ key: 'shareLink.errors.notShare' });
	});

	test('data that unpacks beyond the limit (a decompression bomb) stops early', async () => {
		// 20 MB of spaces packs into about 20 kB.
		const bomb = await encodeSharePayload(' '.repeat(20 * 1024 * 1024));
		expect(bomb.length).toBeLessThan(40_000);
		expect(await refusal(`${SHARE_HASH_PREFIX}1.${bomb}`)).toEqual({ key: 'shareLink.errors.tooLarge' });
		const small = await decodeSharePayload(await encodeSharePayload('x'.repeat(5000)), 4096);
		expect(small).toEqual({ ok: false, message: { key: 'shareLink.errors.tooLarge' } });
		expect(MAX_SHARE_JSON_BYTES).toBeLessThanOrEqual(1024 * 1024);
	});

	test('a link longer than any this app could make is refused before unpacking', async () => {
		expect(await refusal(`${SHARE_HASH_PREFIX}1.${'A'.repeat(70_000)}`)).toEqual({ key: 'shareLink.errors.tooLarge' });
	});

	test('compressed text that is not UTF-8 is refused as damaged', async () => {
		const stream = new Blob([new Uint8Array([0xff, 0xfe, 0x00, 0xc3])]).stream().pipeThrough(new CompressionStream('deflate'));
		const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
		expect(await refusal(`${SHARE_HASH_PREFIX}1.${toBase64Url(bytes)}`)).toEqual({ key: 'shareLink.errors.damaged' });
	});

	test('JSON that is not a backup, or not JSON at all, is refused by the backup reader', async () => {
		expect(await refusal(await hashOfText('{"hallo":"wereld"}'))).toEqual({ key: 'backupFile.errors.notBackup' });
		expect(await refusal(await hashOfText('gewoon tekst'))).toEqual({ key: 'backupFile.errors.notBackup' });
		const badScan = await refusal(await hashOfText('{"type":"kwartiermaker-backup","version":1,"scans":[{"id":1}]}'));
		expect(translate(nl, badScan)).toBe('De scan in de reservekopie klopt niet: id is geen tekst.');
		expect(translate(en, badScan)).toBe('The scan in the backup is not right: id is not text.');
	});

	test('unsafe keys (__proto__, constructor, prototype) are refused and pollute nothing', async () => {
		for (const key of ['__proto__', 'constructor', 'prototype']) {
			const text = `{"type":"kwartiermaker-backup","version":1,"${key}":{"polluted":true},"scans":[]}`;
			expect(await refusal(await hashOfText(text))).toEqual({ key: 'backupFile.errors.forbiddenKey', params: [key] });
		}
		const nested = JSON.parse(buildBackup(smallScan(), NOW)) as { scans: Array<{ profile: Record<string, unknown> }> };
		const text = JSON.stringify(nested).replace('"profile":{', '"profile":{"__proto__":{"polluted":true},');
		expect(await refusal(await hashOfText(text))).toEqual({ key: 'backupFile.errors.forbiddenKey', params: ['__proto__'] });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	test('a link with two scans is refused: the app only makes links with one', async () => {
		const one = JSON.parse(buildBackup(smallScan(), NOW)) as { scans: Scan[] };
		const two = { ...one, scans: [one.scans[0], { ...one.scans[0], id: '11111111-2222-4333-8444-555555555555' }] };
		expect(await refusal(await hashOfText(JSON.stringify(two)))).toEqual({ key: 'shareLink.errors.severalScans' });
	});

	test('markup in a scan stays literal text', async () => {
		const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
		const scan = baseScan({ profile: { ...smallScan().profile, organisation: markup } });
		const read = await readShareHash(await buildShareHash(scan, NOW), checklist);
		expect(read.ok && read.scan.profile.organisation).toBe(markup);
	});

	test('a scan of another checklist is refused by the backup reader', async () => {
		const scan = baseScan({ checklistId: 'een-andere-lijst' });
		const message = await refusal(await buildShareHash(scan, NOW));
		expect(message).toEqual({ key: 'backupFile.errors.otherChecklist', params: [{ key: 'backupFile.scanLabel.single' }] });
		expect(translate(nl, message)).toBe('De scan in de reservekopie hoort bij een andere vragenlijst. Deze app kan die scan niet inlezen.');
	});
});
