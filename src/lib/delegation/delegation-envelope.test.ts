import { describe, expect, test } from 'vitest';
import { readStoredScan } from '../domain/scan-schema.ts';
import { fixtureChecklist } from '../domain/test-fixtures.ts';
import { translate } from '../i18n/message-ref.ts';
import { nlAll } from '../i18n/whole-catalogues.ts';
import { buildDelegationEnvelope, parseDelegationText, parseReturnText, recordOf } from './delegation-envelope.ts';
import { delegationLink, isReturnLink, readDelegationLink, readReturnLink, returnLink } from './delegation-link.ts';
import { DELEGATION_LIMITS } from './delegation-limits.ts';
import { handOutProblem, scanFromHandOut } from './delegated-scan.ts';
import {
	COLLEAGUE_SCAN_ID,
	HAND_OUT_ID,
	OWNER_SCAN_ID,
	T_HAND_OUT,
	T_RETURN,
	answer,
	colleagueReturn,
	handOut,
	ownerScan
} from './test-support.ts';

const MARKUP = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

describe('the hand-out', () => {
	test('holds the chosen themes in checklist order, who asked, and the current answers to those themes only', () => {
		const { envelope } = handOut(ownerScan(), ['b', 'a', 'zz-unknown']);
		expect(envelope).toMatchObject({
			type: 'kwartiermaker-uitbesteding',
			version: 1,
			handOutId: HAND_OUT_ID,
			handedOutAt: T_HAND_OUT,
			scanId: OWNER_SCAN_ID,
			checklistVersion: '1.0.0',
			mode: 'full',
			phase: 'structureel',
			askedBy: { name: 'Tester', role: 'Beleidsmedewerker', organisation: 'Gemeente Test' },
			role: 'beleidsmedewerker',
			note: 'Graag voor vrijdag',
			themes: ['a', 'b']
		});
		// c-netwerk is answered too, but theme c was not handed out.
		expect(envelope.answers).toEqual({
			'a-wegbereider': { value: '1', note: '' },
			'a-plan': { value: '2', note: '' },
			'b-werving': { value: '3', note: '' }
		});
	});

	test('a choice without any theme in scope is a programming error', () => {
		expect(() => buildDelegationEnvelope(fixtureChecklist, ownerScan(), { themes: ['zz'], role: 'x', note: '' }, { id: HAND_OUT_ID, at: T_HAND_OUT })).toThrow();
	});

	test('the owner’s record keeps the answers at the hand-out and starts "out"; the scan schema accepts it', () => {
		const { envelope, scan } = handOut();
		expect(recordOf(envelope)).toEqual({
			id: HAND_OUT_ID,
			themes: ['a', 'b'],
			role: 'beleidsmedewerker',
			note: 'Graag voor vrijdag',
			handedOutAt: T_HAND_OUT,
			status: 'out',
			returnedAt: null,
			mergedAt: null,
			checklistVersion: '1.0.0',
			answersAtHandOut: envelope.answers
		});
		const stored = readStoredScan(JSON.parse(JSON.stringify(scan)));
		expect(stored.ok && stored.scan.delegations).toEqual(scan.delegations);
	});

	test('reads back from its own JSON, through a link too', async () => {
		const { envelope } = handOut();
		const text = JSON.stringify(envelope);
		expect(parseDelegationText(text)).toEqual({ ok: true, value: envelope });
		const link = await delegationLink(text, 'https://example.org/app/#/oud');
		expect(link).toMatch(/^https:\/\/example\.org\/app\/#\/delegatie\/1\.[A-Za-z0-9_-]+$/);
		const read = await readDelegationLink(link);
		expect(read).toEqual({ ok: true, text });
		// A return link is not a hand-out link.
		expect(await readReturnLink(link)).toEqual({ ok: false, message: { key: 'workshopQr.links.notLink' } });
	});
});

describe('the colleague’s scan', () => {
	test('answers only the delegated themes, starts with the hand-out answers, and says who asked', () => {
		const { envelope } = handOut();
		const scan = scanFromHandOut(envelope, COLLEAGUE_SCAN_ID, T_RETURN);
		expect(scan.themes).toEqual(['a', 'b']);
		expect(scan.answers['a-plan']).toEqual({ value: '2', note: '', updatedAt: T_HAND_OUT });
		expect(scan.profile).toMatchObject({ organisation: 'Gemeente Test', role: 'beleidsmedewerker', phase: 'structureel' });
		expect(scan.delegatedPart).toEqual({
			handOutId: HAND_OUT_ID,
			scanId: OWNER_SCAN_ID,
			askedBy: { name: 'Tester', role: 'Beleidsmedewerker', organisation: 'Gemeente Test' },
			role: 'beleidsmedewerker',
			note: 'Graag voor vrijdag',
			themes: ['a', 'b'],
			handedOutAt: T_HAND_OUT,
			returnedAt: null
		});
		expect(readStoredScan(JSON.parse(JSON.stringify(scan))).ok).toBe(true);
	});

	test('a hand-out of another checklist or a newer version cannot be answered here', () => {
		const { envelope } = handOut();
		expect(handOutProblem(fixtureChecklist, envelope)).toBeNull();
		expect(handOutProblem(fixtureChecklist, { ...envelope, checklistId: 'anders' })).toEqual({ key: 'delegation.errors.otherChecklist' });
		expect(handOutProblem(fixtureChecklist, { ...envelope, checklistVersion: '1.1.0' })).toEqual({ key: 'delegation.errors.newerChecklist' });
	});

	test('the return holds the colleague’s answers to the delegated themes only, with the same hand-out and scan', async () => {
		const { envelope } = handOut();
		const { colleague, returned } = colleagueReturn(envelope, {
			'a-plan': answer('4', 'Vastgesteld'),
			'b-begeleiding': answer(null, 'Weet ik nog niet'),
			// Not delegated: must not go back.
			'c-netwerk': answer('0')
		});
		expect(colleague.answers['c-netwerk']).toBeDefined();
		expect(returned).toMatchObject({
			type: 'kwartiermaker-uitbesteding-terug',
			handOutId: HAND_OUT_ID,
			scanId: OWNER_SCAN_ID,
			organisation: 'Gemeente Test',
			role: 'beleidsmedewerker',
			themes: ['a', 'b'],
			returnedAt: T_RETURN
		});
		expect(Object.keys(returned.answers).sort()).toEqual(['a-plan', 'a-wegbereider', 'b-werving']);
		const text = JSON.stringify(returned);
		expect(parseReturnText(text)).toEqual({ ok: true, value: returned });
		const link = await returnLink(text, 'https://example.org/');
		expect(isReturnLink(link)).toBe(true);
		expect(await readReturnLink(`  <${link}>  `)).toEqual({ ok: true, text });
	});
});

describe('hostile hand-outs and returns are refused with a clear message', () => {
	const { envelope } = handOut();
	const good = () => JSON.parse(JSON.stringify(envelope)) as Record<string, unknown>;
	const keyOf = (text: unknown) => {
		const result = parseDelegationText(text);
		return result.ok ? 'ok' : result.message.key;
	};

	test.each([
		['not text', 42, 'delegation.errors.notOurs'],
		['empty', '   ', 'delegation.errors.empty'],
		['not JSON', '{"type":', 'delegation.errors.notJson'],
		['an array', '[]', 'delegation.errors.notOurs'],
		['another type', JSON.stringify({ ...good(), type: 'kwartiermaker-backup' }), 'delegation.errors.notOurs'],
		['the return instead', JSON.stringify({ ...good(), type: 'kwartiermaker-uitbesteding-terug' }), 'delegation.errors.isReturn'],
		['a newer version', JSON.stringify({ ...good(), version: 2 }), 'delegation.errors.newer'],
		['a wrong field', JSON.stringify({ ...good(), mode: 'alles' }), 'delegation.errors.invalid'],
		['a missing field', JSON.stringify({ ...good(), role: undefined }), 'delegation.errors.invalid'],
		['an empty role', JSON.stringify({ ...good(), role: '' }), 'delegation.errors.invalid'],
		['no themes', JSON.stringify({ ...good(), themes: [] }), 'delegation.errors.invalid'],
		['a scan id that is no id', JSON.stringify({ ...good(), scanId: '../../etc' }), 'delegation.errors.invalid']
	])('%s', (_name, text, key) => {
		expect(keyOf(text)).toBe(key);
	});

	test.each(['__proto__', 'constructor', 'prototype'])('a key named %s anywhere', (key) => {
		const text = JSON.stringify(good()).replace('"answers":{', `"answers":{"${key}":{"value":"1","note":""},`);
		const result = parseDelegationText(text);
		expect(result).toEqual({ ok: false, message: { key: 'delegation.errors.forbiddenKey', params: [key] } });
		// Nothing leaked onto the prototype of plain objects.
		expect(({} as Record<string, unknown>).value).toBeUndefined();
	});

	test('too large, too deep and too many values', () => {
		const large = JSON.stringify({ ...good(), note: 'x'.repeat(DELEGATION_LIMITS.jsonBytes) });
		expect(keyOf(large)).toBe('delegation.errors.tooLarge');
		let deep: unknown = 'x';
		for (let i = 0; i < 40; i++) deep = { a: deep };
		expect(keyOf(JSON.stringify({ ...good(), extra: deep }))).toBe('delegation.errors.tooComplex');
		expect(keyOf(JSON.stringify({ ...good(), extra: new Array(DELEGATION_LIMITS.values + 1).fill(1) }))).toBe('delegation.errors.tooComplex');
	});

	test('the message names the field, with a question id cut short and kept as text', () => {
		const bad = good();
		bad.answers = { [`${'q'.repeat(70)}<b>`]: { value: 5, note: '' } };
		const result = parseDelegationText(JSON.stringify(bad));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(translate(nlAll, result.message)).toBe(`Het bestand klopt niet: het antwoord op vraag ${'q'.repeat(60)}… is niet goed.`);
	});

	test('markup in names, roles, notes and answers is kept literally (it is only ever shown as text)', () => {
		const marked = good();
		marked.role = MARKUP;
		marked.note = MARKUP;
		marked.askedBy = { name: MARKUP, role: MARKUP, organisation: MARKUP };
		marked.answers = { 'a-plan': { value: '2', note: MARKUP } };
		const result = parseDelegationText(JSON.stringify(marked));
		expect(result.ok && [result.value.role, result.value.note, result.value.askedBy.organisation, result.value.answers['a-plan']?.note]).toEqual([
			MARKUP,
			MARKUP,
			MARKUP,
			MARKUP
		]);
	});

	test('unknown keys are dropped', () => {
		const result = parseDelegationText(JSON.stringify({ ...good(), extra: 'x', askedBy: { ...envelope.askedBy, password: 'x' } }));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect('extra' in result.value).toBe(false);
		expect('password' in result.value.askedBy).toBe(false);
	});

	test('returns: the hand-out instead, a newer version, a prototype key', () => {
		const { returned } = colleagueReturn(envelope, {});
		const text = JSON.stringify(returned);
		expect(parseReturnText(JSON.stringify(envelope))).toEqual({ ok: false, message: { key: 'delegation.errors.isHandOut' } });
		expect(parseReturnText(text.replace('"version":1', '"version":7'))).toEqual({ ok: false, message: { key: 'delegation.errors.newer' } });
		expect(parseReturnText(text.replace('"answers":{', '"answers":{"__proto__":{"value":"1","note":"","updatedAt":"2026-12-06T11:00:00.000Z"},'))).toEqual({
			ok: false,
			message: { key: 'delegation.errors.forbiddenKey', params: ['__proto__'] }
		});
	});

	test('damaged and foreign links', async () => {
		expect(await readDelegationLink('#/delegatie/1.@@@')).toEqual({ ok: false, message: { key: 'workshopQr.links.damaged' } });
		expect(await readDelegationLink('#/delegatie/9.abc')).toEqual({ ok: false, message: { key: 'workshopQr.links.newer' } });
		expect(await readDelegationLink('#/ontvang/1.abc')).toEqual({ ok: false, message: { key: 'workshopQr.links.notLink' } });
		expect(await readDelegationLink(`#/delegatie/1.${'a'.repeat(DELEGATION_LIMITS.linkPayloadChars + 10)}`)).toEqual({
			ok: false,
			message: { key: 'workshopQr.links.tooLarge' }
		});
	});
});
