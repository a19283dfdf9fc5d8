import { describe, expect, test } from 'vitest';
import { parseHash, toHash } from './routes.ts';

const ID = '0b7e3a52-6f1d-4c8e-9a47-2f5d1c3e8b90';

describe('workshop routes that open at one question', () => {
	test('projector mode and the consensus page carry the question in ?vraag=', () => {
		for (const [segment, page] of [
			['projectie', 'project'],
			['overeenstemming', 'consensus']
		] as const) {
			const hash = `#/werksessie/${ID}/${segment}?vraag=k1-wegbereider`;
			const route = parseHash(hash);
			expect(route).toEqual({ name: 'workshop', workshopId: ID, page, questionId: 'k1-wegbereider' });
			expect(toHash(route)).toBe(hash);
		}
	});

	test('without the parameter the route has no question, and the hash stays as it was', () => {
		expect(parseHash(`#/werksessie/${ID}/projectie`)).toEqual({ name: 'workshop', workshopId: ID, page: 'project' });
		expect(toHash({ name: 'workshop', workshopId: ID, page: 'project' })).toBe(`#/werksessie/${ID}/projectie`);
	});

	test('a malformed question id or a question on another page is ignored, never passed on', () => {
		expect(parseHash(`#/werksessie/${ID}/projectie?vraag=<script>`)).toEqual({ name: 'workshop', workshopId: ID, page: 'project' });
		expect(parseHash(`#/werksessie/${ID}/handen?vraag=k1-wegbereider`)).toEqual({ name: 'workshop', workshopId: ID, page: 'hands' });
	});
});
