import { describe, expect, it } from 'vitest';
import { BASE45_ALPHABET, fromBase45, toBase45 } from './base45.ts';

const text = (s: string) => new TextEncoder().encode(s);

describe('Base45 (RFC 9285)', () => {
	it('encodes the examples of the RFC', () => {
		expect(toBase45(text('AB'))).toBe('BB8');
		expect(toBase45(text('Hello!!'))).toBe('%69 VD92EX0');
		expect(toBase45(text('base-45'))).toBe('UJCLQE7W581');
		expect(toBase45(new Uint8Array())).toBe('');
	});

	it('decodes the examples of the RFC', () => {
		expect(new TextDecoder().decode(fromBase45('QED8WEX0')!)).toBe('ietf!');
		expect(new TextDecoder().decode(fromBase45('%69 VD92EX0')!)).toBe('Hello!!');
	});

	it('round-trips every byte value and odd lengths', () => {
		const bytes = new Uint8Array(513);
		for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 97 + 13) % 256;
		bytes[0] = 0xff;
		bytes[1] = 0xff;
		for (const length of [0, 1, 2, 3, 512, 513]) {
			const part = bytes.subarray(0, length);
			const encoded = toBase45(part);
			expect([...encoded].every((char) => BASE45_ALPHABET.includes(char))).toBe(true);
			expect(fromBase45(encoded)).toEqual(part);
		}
	});

	it('refuses text that is not exact Base45', () => {
		expect(fromBase45('GGW')).toBeNull(); // 65536: more than two bytes hold (the RFC's own example)
		expect(fromBase45('ZZZ')).toBeNull(); // 35 + 35*45 + 35*2025 = 72485 > 65535
		expect(fromBase45('::')).toBeNull(); // 44 + 44*45 = 2024 > 255
		expect(fromBase45('A')).toBeNull(); // one character over
		expect(fromBase45('abc')).toBeNull(); // lower case is not in the alphabet
		expect(fromBase45('BB8=')).toBeNull();
	});
});
