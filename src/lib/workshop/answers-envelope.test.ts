import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import type { Scan } from '../domain/scan.ts';
import { UNKNOWN } from '../domain/scan.ts';
import { fixtureChecklist, makeScan } from '../domain/test-fixtures.ts';
import { nlAll as nl } from '../i18n/whole-catalogues.ts';
import { translate } from '../i18n/message-ref.ts';
import type { Messages } from '../i18n/messages.ts';
import {
	buildAnswersEnvelope,
	parseAnswersEnvelope,
	parseInviteText,
	serializeAnswersEnvelope
} from './answers-envelope.ts';
import { utf8Size } from '../domain/utf8-size.ts';
import { buildInvite } from './new-workshop.ts';
import { makeEnvelope, makeWorkshop, participantUuid, WORKSHOP_ID } from './test-fixtures.ts';
import { ANSWERS_TYPE, ANSWERS_VERSION, INVITE_VERSION, ParticipantEnvelopeSchema, WORKSHOP_LIMITS } from './workshop-schema.ts';

const NOW = '2025-03-01T10:15:00.000Z';
const words = (ref: Parameters<typeof translate>[1]) => translate(nl as unknown as Messages, ref);

function participantScan(answers: Record<string, string | null>, extra: Partial<Scan> = {}): Scan {
	return {
		...makeScan(answers),
		participation: { workshopId: WORKSHOP_ID, participantId: participantUuid(7), role: 'ervaringswerker', name: 'Sam', handedInAt: null },
		...extra
	};
}

describe('buildAnswersEnvelope', () => {
	test('carries the participation, the answered questions with notes, and the hand-in time', () => {
		const scan = participantScan({ 'a-wegbereider': '2', 'b-werving': UNKNOWN, 'a-plan': null });
		scan.answers['a-wegbereider']!.note = 'Alleen op papier.';
		const envelope = buildAnswersEnvelope(scan, NOW);
		expect(envelope).toEqual({
			type: ANSWERS_TYPE,
			version: ANSWERS_VERSION,
			workshopId: WORKSHOP_ID,
			participantId: participantUuid(7),
			role: 'ervaringswerker',
			name: 'Sam',
			checklistId: fixtureChecklist.id,
			checklistVersion: fixtureChecklist.version,
			// a-plan was skipped, so it is left out.
			answers: { 'a-wegbereider': { value: '2', note: 'Alleen op papier.' }, 'b-werving': { value: UNKNOWN, note: '' } },
			handedInAt: NOW
		});
		expect(v.safeParse(ParticipantEnvelopeSchema, envelope).success).toBe(true);
	});

	test('with the checklist, only the questions in the scan’s scope go in', () => {
		const scan = participantScan({ 'a-wegbereider': '2', 'b-werving': '3', 'b-begeleiding': '1' }, { themes: ['b'] });
		expect(Object.keys(buildAnswersEnvelope(scan, NOW, fixtureChecklist).answers)).toEqual(['b-werving', 'b-begeleiding']);
		const quick = participantScan({ 'b-werving': '3', 'b-begeleiding': '1' }, { mode: 'quick' });
		expect(Object.keys(buildAnswersEnvelope(quick, NOW, fixtureChecklist).answers)).toEqual(['b-werving']);
	});

	test('refuses a scan that is not part of a werksessie', () => {
		expect(() => buildAnswersEnvelope(makeScan({}), NOW)).toThrow();
	});

	test('round trip: serialized and parsed back gives the same envelope', () => {
		const envelope = makeEnvelope({ answers: { 'a-plan': { value: '1', note: 'Zie notulen' }, 'd-alibi': 'ja' } });
		expect(parseAnswersEnvelope(serializeAnswersEnvelope(envelope))).toEqual({ ok: true, envelope });
	});
});

describe('parseAnswersEnvelope: hostile and broken input', () => {
	const good = () => JSON.parse(serializeAnswersEnvelope(makeEnvelope({ answers: { 'a-plan': '2' } }))) as Record<string, unknown>;
	const refusedWith = (text: string) => {
		const result = parseAnswersEnvelope(text);
		expect(result.ok).toBe(false);
		return result.ok ? '' : result.message.key;
	};

	test('wrong type: not Kwartiermaker answers; an invitation gets its own message', () => {
		expect(refusedWith(JSON.stringify({ ...good(), type: 'kwartiermaker-backup' }))).toBe('workshopDomain.answers.notOurs');
		expect(refusedWith(JSON.stringify([good()]))).toBe('workshopDomain.answers.notOurs');
		expect(refusedWith('42')).toBe('workshopDomain.answers.notOurs');
		expect(refusedWith(JSON.stringify(buildInvite(makeWorkshop())))).toBe('workshopDomain.answers.otherFormat');
	});

	test('a newer envelope version asks to update the app', () => {
		expect(refusedWith(JSON.stringify({ ...good(), version: ANSWERS_VERSION + 1 }))).toBe('workshopDomain.answers.newer');
		expect(words({ key: 'workshopDomain.answers.newer' })).toContain('Werk de app bij');
	});

	test.each([
		['top level', '{"__proto__": {"polluted": true}, "type": "kwartiermaker-antwoorden"}', '__proto__'],
		['nested in answers', null, 'constructor'],
		['nested in an answer', null, 'prototype']
	])('prototype keys are refused (%s) and pollute nothing', (_where, literal, key) => {
		let text = literal;
		if (!text) {
			const raw = good();
			if (key === 'constructor') text = JSON.stringify(raw).replace('"answers":{', '"answers":{"constructor":{"value":"1","note":""},');
			else text = JSON.stringify(raw).replace('"note":""', '"note":"","prototype":{"x":1}');
		}
		const result = parseAnswersEnvelope(text);
		expect(result).toEqual({ ok: false, message: { key: 'workshopDomain.answers.forbiddenKey', params: [key] } });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	test('oversized text is refused before parsing; too deep and too many values too', () => {
		const huge = JSON.stringify({ ...good(), name: 'x'.repeat(WORKSHOP_LIMITS.answersJsonBytes) });
		expect(parseAnswersEnvelope(huge)).toEqual({
			ok: false,
			message: { key: 'workshopDomain.answers.tooLarge', params: [WORKSHOP_LIMITS.answersJsonBytes] }
		});
		// Multi-byte characters count as UTF-8 bytes: 200 000 'é' are 400 000 bytes, fine; 300 000 are too many.
		expect(utf8Size('é'.repeat(300_000), WORKSHOP_LIMITS.answersJsonBytes)).toBeGreaterThan(WORKSHOP_LIMITS.answersJsonBytes);
		let deep: unknown = 1;
		for (let i = 0; i < 50; i++) deep = { a: deep };
		expect(refusedWith(JSON.stringify({ ...good(), extra: deep }))).toBe('workshopDomain.answers.tooDeep');
		const many = Array.from({ length: WORKSHOP_LIMITS.envelopeValues + 10 }, () => 1);
		expect(refusedWith(JSON.stringify({ ...good(), extra: many }))).toBe('workshopDomain.answers.tooManyValues');
	});

	test('empty, not JSON, and wrong shapes give a clear message that names the field', () => {
		expect(refusedWith('   ')).toBe('workshopDomain.answers.empty');
		expect(refusedWith('{"type":')).toBe('workshopDomain.answers.notJson');
		const badRole = parseAnswersEnvelope(JSON.stringify({ ...good(), role: 'koning' }));
		expect(badRole.ok ? null : words(badRole.message)).toBe(
			'Deze antwoorden kloppen niet: de rol klopt niet. Vraag de deelnemer om opnieuw in te leveren.'
		);
		const badAnswer = parseAnswersEnvelope(JSON.stringify({ ...good(), answers: { 'a-plan': { value: 3, note: '' } } }));
		expect(badAnswer.ok ? null : words(badAnswer.message)).toContain('het antwoord op vraag a-plan');
		const longNote = parseAnswersEnvelope(
			JSON.stringify({ ...good(), answers: { 'a-plan': { value: '1', note: 'x'.repeat(10_001) } } })
		);
		expect(longNote.ok).toBe(false);
		expect(refusedWith(JSON.stringify({ ...good(), workshopId: 'not-a-uuid' }))).toBe('workshopDomain.answers.invalid');
		expect(refusedWith(JSON.stringify({ ...good(), answers: [] }))).toBe('workshopDomain.answers.invalid');
	});

	test('markup in names and notes is kept literally, as text', () => {
		const markup = '<img src=x onerror=alert(1)><b>Sam</b>';
		const envelope = makeEnvelope({ name: markup, answers: { 'a-plan': { value: '1', note: '<script>alert(1)</script> & "ok"' } } });
		const result = parseAnswersEnvelope(serializeAnswersEnvelope(envelope));
		expect(result.ok && result.envelope.name).toBe(markup);
		expect(result.ok && result.envelope.answers['a-plan']?.note).toBe('<script>alert(1)</script> & "ok"');
	});

	test('unknown keys are dropped; the result is a fresh object, not the parsed JSON', () => {
		const result = parseAnswersEnvelope(JSON.stringify({ ...good(), extra: 'ignored' }));
		expect(result.ok).toBe(true);
		expect(result.ok && Object.hasOwn(result.envelope, 'extra')).toBe(false);
	});
});

describe('parseInviteText', () => {
	const invite = () => buildInvite(makeWorkshop({ settings: { scope: 'themes', themes: ['b'] } }));

	test('reads an invitation back', () => {
		expect(parseInviteText(JSON.stringify(invite()))).toEqual({ ok: true, invite: invite() });
	});

	test('refuses hostile and wrong invitations with invite messages', () => {
		const refused = (text: string) => {
			const result = parseInviteText(text);
			return result.ok ? 'accepted' : result.message.key;
		};
		expect(refused(JSON.stringify({ ...invite(), version: INVITE_VERSION + 1 }))).toBe('workshopDomain.invite.newer');
		expect(refused(JSON.stringify({ ...invite(), type: 'iets' }))).toBe('workshopDomain.invite.notOurs');
		expect(refused(serializeAnswersEnvelope(makeEnvelope()))).toBe('workshopDomain.invite.otherFormat');
		expect(refused(JSON.stringify(invite()).replace('"settings":{', '"settings":{"__proto__":{"x":1},'))).toBe(
			'workshopDomain.invite.forbiddenKey'
		);
		expect(refused('x'.repeat(WORKSHOP_LIMITS.inviteJsonBytes + 1))).toBe('workshopDomain.invite.tooLarge');
		expect(refused(JSON.stringify({ ...invite(), settings: { ...invite().settings, roles: [] } }))).toBe(
			'workshopDomain.invite.invalid'
		);
		const result = parseInviteText(JSON.stringify({ ...invite(), settings: { ...invite().settings, scope: 'alles' } }));
		expect(result.ok ? '' : words(result.message)).toContain('de keuze van de vragen');
	});
});
