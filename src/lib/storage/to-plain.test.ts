// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { enAll as en } from '../i18n/whole-catalogues.ts';
import { translate } from '../i18n/message-ref.ts';
import { nlAll as nl } from '../i18n/whole-catalogues.ts';
import { NotPlainDataError, toPlain } from './to-plain.ts';
import { makeScan } from './test-fixtures.ts';

describe('toPlain', () => {
	it('rejects a function and says where it is', () => {
		const value = { answers: { q1: { value: 'ja', note: '', onChange: () => {} } } };
		expect(() => toPlain(value)).toThrow(NotPlainDataError);
		expect(() => toPlain(value)).toThrow(/answers\.q1\.onChange: a function/);
		const error = (() => {
			try {
				toPlain(value);
			} catch (caught) {
				return caught as NotPlainDataError;
			}
		})();
		// What a page may show: a catalogue key with the place, in the user's language.
		expect(error?.ref).toEqual({ key: 'storage.notPlain.function', params: ['answers.q1.onChange'] });
		expect(translate(nl, error!.ref)).toBe('Kan niet opslaan: answers.q1.onChange is een functie.');
		expect(translate(en, error!.ref)).toBe('Cannot save: answers.q1.onChange is a function.');
	});

	it('turns a Proxy-wrapped object (like a Svelte $state proxy) into plain data', () => {
		const scan = makeScan();
		const handler: ProxyHandler<object> = {
			get: (target, key, receiver) => {
				const v: unknown = Reflect.get(target, key, receiver);
				return typeof v === 'object' && v !== null ? new Proxy(v, handler) : v;
			}
		};
		const proxied = new Proxy(scan, handler) as typeof scan;
		// Precondition: the proxy itself cannot be stored, as with Svelte's proxies (DataCloneError).
		const reject = new Proxy({ a: 1 }, {});
		expect(() => structuredClone(reject)).toThrow();

		const plain = toPlain(proxied);
		expect(plain).toEqual(scan);
		expect(() => structuredClone(plain)).not.toThrow();
		expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
		expect(Array.isArray(plain.plan?.actions)).toBe(true);
		// A copy, not a view: changing the source leaves the copy alone.
		scan.answers.q1!.note = 'veranderd';
		expect(plain.answers.q1!.note).toBe('Eerste toelichting');
	});

	it('rejects Dates, Maps, cycles, NaN and prototype-polluting keys', () => {
		expect(() => toPlain({ at: new Date() })).toThrow(/at: not a plain object but Date/);
		expect(() => toPlain({ m: new Map() })).toThrow(NotPlainDataError);
		const cyclic: Record<string, unknown> = {};
		cyclic.self = cyclic;
		expect(() => toPlain(cyclic)).toThrow(/self: refers to itself/);
		expect(() => toPlain({ n: Number.NaN })).toThrow(NotPlainDataError);
		expect(() => toPlain(JSON.parse('{"__proto__":{"polluted":1}}'))).toThrow(/__proto__: a forbidden key/);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('keeps shared (non-cyclic) references, drops undefined keys, null-prototype objects become plain', () => {
		const shared = { a: 1 };
		const nullProto = Object.assign(Object.create(null) as Record<string, unknown>, { x: 'y' });
		expect(toPlain({ one: shared, two: shared, gone: undefined, nullProto })).toEqual({
			one: { a: 1 },
			two: { a: 1 },
			nullProto: { x: 'y' }
		});
	});
});
